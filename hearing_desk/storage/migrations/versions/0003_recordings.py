"""The hearing's sound: a table of recordings, and each turn's place in one.

``recording`` holds a hearing's recordings (file name in the recordings folder,
SHA-256 and length once finished). A turn gets ``recording`` (the recording's key)
and ``audio_start_ms`` / ``audio_end_ms``, its offsets in it. Older rows keep NULL:
a turn typed before there was sound has no place in it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recording",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("duration_ms", sa.Integer),
        sa.Column("started_at", sa.String(40)),
        sa.Column("sample_rate", sa.Integer),
        sa.Column("channels", sa.Integer),
        sa.UniqueConstraint("hearing_id", "key", name="uq_recording_key"),
    )
    op.create_index("ix_recording_hearing_id", "recording", ["hearing_id"])
    with op.batch_alter_table("turn") as batch:           # add_column: no table copy on SQLite
        batch.add_column(sa.Column("recording", sa.String(200)))
        batch.add_column(sa.Column("audio_start_ms", sa.Integer))
        batch.add_column(sa.Column("audio_end_ms", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("turn", recreate="never") as batch:
        batch.drop_column("audio_end_ms")
        batch.drop_column("audio_start_ms")
        batch.drop_column("recording")
    op.drop_index("ix_recording_hearing_id", table_name="recording")
    op.drop_table("recording")

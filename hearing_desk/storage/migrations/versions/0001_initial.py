"""The first schema: hearings, people, turns, opinions, changes after the lock.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hearing",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("matter", sa.Text),
        sa.Column("organizer", sa.Text),
        sa.Column("legal_bases", sa.JSON),
        sa.Column("purpose", sa.Text),
        sa.Column("starts_at", sa.String(40)),
        sa.Column("ends_at", sa.String(40)),
        sa.Column("venue", sa.Text),
        sa.Column("role_labels", sa.JSON),
        sa.Column("milestones", sa.JSON),
        sa.Column("agenda", sa.JSON),
        sa.Column("disputes", sa.JSON),
        sa.Column("other_notes", sa.Text),
        sa.Column("report", sa.JSON),
        sa.Column("draft", sa.JSON),
        sa.Column("basic_info_override", sa.Text),
        sa.Column("settings", sa.JSON),
        sa.Column("transcript_locked_at", sa.String(40)),
        sa.Column("transcript_fingerprint", sa.String(64)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("affiliation", sa.Text),
        sa.Column("description", sa.Text),
        sa.Column("selection", sa.Text),
        sa.Column("category", sa.Text),
        sa.Column("seq", sa.Integer),
        sa.Column("attended", sa.Boolean),
        sa.Column("contact", sa.JSON),
        sa.Column("signature_status", sa.String(20)),
        sa.Column("signature_note", sa.Text),
        sa.UniqueConstraint("hearing_id", "key", name="uq_person_key"),
    )
    op.create_index("ix_person_hearing_id", "person", ["hearing_id"])
    op.create_table(
        "turn",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(200)),
        sa.Column("speaker_label", sa.Text),
        sa.Column("at", sa.String(40)),
        sa.Column("kind", sa.String(10)),
        sa.Column("agenda_item", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("draft", sa.Boolean, nullable=False),
        sa.UniqueConstraint("hearing_id", "seq", name="uq_turn_seq"),
    )
    op.create_index("ix_turn_hearing_id", "turn", ["hearing_id"])
    op.create_table(
        "opinion",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(200), nullable=False),
        sa.Column("seq", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("basis", sa.Text),
        sa.Column("articles", sa.JSON),
        sa.Column("topic", sa.Text),
        sa.Column("transcript_refs", sa.JSON),
        sa.Column("decision", sa.String(20)),
        sa.Column("analysis", sa.Text),
        sa.UniqueConstraint("hearing_id", "key", name="uq_opinion_key"),
    )
    op.create_index("ix_opinion_hearing_id", "opinion", ["hearing_id"])
    op.create_index("ix_opinion_speaker", "opinion", ["hearing_id", "speaker"])
    op.create_table(
        "turn_change",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("turn_seq", sa.Integer, nullable=False),
        sa.Column("changed_at", sa.String(40), nullable=False),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("after", sa.Text, nullable=False),
    )
    op.create_index("ix_turn_change_hearing_id", "turn_change", ["hearing_id"])


def downgrade() -> None:
    for table in ("turn_change", "opinion", "turn", "person", "hearing"):
        op.drop_table(table)

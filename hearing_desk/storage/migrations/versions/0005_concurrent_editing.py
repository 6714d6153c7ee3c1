"""Many clerks on one archive: versions, editing leases, the event log.

* ``version`` on ``hearing``, ``person`` and ``opinion``: rows are updated in place and
  each update adds one (SQLAlchemy's ``version_id_col`` on people and opinions); a save
  of a row that another session changed since it was read is refused.
* ``hearing_lease``: who edits a hearing now (one row per hearing being edited): the
  holder's name, computer and window, its last heartbeat and when the lease runs out,
  in the database's own clock.
* ``hearing_event``: who changed what, when, written in the transaction of the change;
  ``target`` names the row (``person:p3``, ``opinion:a6-1``), so that a refused stale
  save can say who changed the row.

Older rows get version 1. (Numbered 0005 on issue 14a's branch; 0004 is another
branch's: the lead renumbers on merge.)

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("hearing", "person", "opinion"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.create_table(
        "hearing_lease",
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("holder", sa.Text, nullable=False),
        sa.Column("host", sa.Text, nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("taken_at", sa.String(40), nullable=False),
        sa.Column("heartbeat_at", sa.String(40), nullable=False),
        sa.Column("expires_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "hearing_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("target", sa.String(200)),
    )
    op.create_index("ix_hearing_event_hearing_id", "hearing_event", ["hearing_id"])


def downgrade() -> None:
    op.drop_index("ix_hearing_event_hearing_id", table_name="hearing_event")
    op.drop_table("hearing_event")
    op.drop_table("hearing_lease")
    for table in ("opinion", "person", "hearing"):
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("version")

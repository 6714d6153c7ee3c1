"""Search across hearings: ``search_entry`` (a hearing's texts and their index terms),
``search_stale`` (hearings whose entries are out of date), SQLite's FTS5 table or
PostgreSQL's GIN index, and the triggers that keep ``search_stale`` (``storage/fulltext.py``).

Every existing hearing is listed as stale: the first search builds its entries.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

from hearing_desk.storage import fulltext

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(200), nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("terms", sa.Text, nullable=False),
    )
    op.create_index("ix_search_entry_hearing_id", "search_entry", ["hearing_id"])
    op.create_table(
        "search_stale",
        sa.Column("hearing_id", sa.Integer, primary_key=True, autoincrement=False),
    )
    fulltext.create(op.get_bind())
    op.execute("INSERT INTO search_stale (hearing_id) SELECT id FROM hearing")


def downgrade() -> None:
    fulltext.drop(op.get_bind())
    op.drop_table("search_stale")
    op.drop_index("ix_search_entry_hearing_id", table_name="search_entry")
    op.drop_table("search_entry")

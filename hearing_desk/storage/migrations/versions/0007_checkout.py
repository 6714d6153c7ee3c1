"""Check-out and check-in: the ``checkout`` table (a hearing lent to a laptop's file,
or a laptop's copy of an archive's hearing) and the triggers with which the archive
refuses every change of a lent hearing (``storage/guards.py``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

from hearing_desk.storage import guards

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkout",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("counterpart", sa.Text, nullable=False),
        sa.Column("counterpart_id", sa.Integer),
        sa.Column("checked_out_by", sa.Text, nullable=False),
        sa.Column("checked_out_at", sa.String(40), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("snapshot", sa.Text, nullable=False),
    )
    op.create_index("ix_checkout_token", "checkout", ["token"])
    guards.create(op.get_bind())


def downgrade() -> None:
    guards.drop(op.get_bind())
    op.drop_index("ix_checkout_token", table_name="checkout")
    op.drop_table("checkout")

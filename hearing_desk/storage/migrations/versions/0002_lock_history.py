"""The lock history: every lock of the transcript with its time and fingerprint, the
changes of the printed record logged between locks, and the lock each signature was
given for.

Data carried over from 0001: a hearing's lock (``transcript_locked_at``,
``transcript_fingerprint``) becomes lock 1, of scheme 1 (its fingerprint covered the
turns only). A lock already lifted had lost its times; it gets the time of the first
change logged after it, else the hearing's last update, as ``unlocked_at`` ("at the
latest"). The changes to turns become changes after lock 1, named by the turn's
number as 0001 showed it; signatures recorded then belong to lock 1. The two hearing
columns are dropped with SQLite's own ALTER TABLE … DROP COLUMN (3.35+), which leaves
the table and the rows that point to it alone; an older SQLite keeps them, unused.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""
import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_OLD_COLUMNS = ("transcript_locked_at", "transcript_fingerprint")


def upgrade() -> None:
    op.create_table(
        "transcript_lock",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("locked_at", sa.String(40)),
        sa.Column("unlocked_at", sa.String(40)),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("scheme", sa.Integer, nullable=False),
        sa.UniqueConstraint("hearing_id", "number", name="uq_transcript_lock_number"),
    )
    op.create_index("ix_transcript_lock_hearing_id", "transcript_lock", ["hearing_id"])
    op.create_table(
        "record_change",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hearing_id", sa.Integer, sa.ForeignKey("hearing.id", ondelete="CASCADE"), nullable=False),
        sa.Column("lock", sa.Integer, nullable=False),
        sa.Column("changed_at", sa.String(40), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("after", sa.Text, nullable=False),
    )
    op.create_index("ix_record_change_hearing_id", "record_change", ["hearing_id"])
    with op.batch_alter_table("person") as batch:        # add_column: no table copy on SQLite
        batch.add_column(sa.Column("signature_lock", sa.Integer))

    conn = op.get_bind()
    locks = conn.execute(sa.text(
        "SELECT h.id, h.transcript_locked_at, h.transcript_fingerprint, h.updated_at, "
        "(SELECT MIN(c.changed_at) FROM turn_change c WHERE c.hearing_id = h.id) "
        "FROM hearing h WHERE h.transcript_fingerprint IS NOT NULL")).all()
    for hid, locked_at, fingerprint, updated_at, first_change in locks:
        unlocked_at = None if locked_at else (first_change or updated_at)
        conn.execute(sa.text(
            "INSERT INTO transcript_lock (hearing_id, number, locked_at, unlocked_at, fingerprint, scheme) "
            "VALUES (:h, 1, :l, :u, :f, 1)"), {"h": hid, "l": locked_at, "u": unlocked_at, "f": fingerprint})
        conn.execute(sa.text("UPDATE person SET signature_lock = 1 WHERE hearing_id = :h "
                             "AND signature_status IS NOT NULL AND signature_status != 'pending'"), {"h": hid})
    conn.execute(sa.text(
        "INSERT INTO record_change (hearing_id, lock, changed_at, key, what, before, after) "
        "SELECT hearing_id, 1, changed_at, 'turn:' || turn_seq, '第 ' || turn_seq || ' 段', before, after "
        "FROM turn_change ORDER BY id"))
    op.drop_index("ix_turn_change_hearing_id", table_name="turn_change")
    op.drop_table("turn_change")
    _drop_old_columns(conn)


def _drop_old_columns(conn) -> None:
    if conn.dialect.name != "sqlite":
        for column in _OLD_COLUMNS:
            op.drop_column("hearing", column)
        return
    if sqlite3.sqlite_version_info < (3, 35, 0):      # pragma: no cover - old SQLite: keep them, unused
        return
    for column in _OLD_COLUMNS:
        conn.execute(sa.text(f"ALTER TABLE hearing DROP COLUMN {column}"))


def downgrade() -> None:
    conn = op.get_bind()
    have = {c["name"] for c in sa.inspect(conn).get_columns("hearing")}
    with op.batch_alter_table("hearing", recreate="never") as batch:
        if "transcript_locked_at" not in have:
            batch.add_column(sa.Column("transcript_locked_at", sa.String(40)))
        if "transcript_fingerprint" not in have:
            batch.add_column(sa.Column("transcript_fingerprint", sa.String(64)))
    conn.execute(sa.text(
        "UPDATE hearing SET transcript_fingerprint = (SELECT l.fingerprint FROM transcript_lock l "
        "WHERE l.hearing_id = hearing.id ORDER BY l.number DESC LIMIT 1), "
        "transcript_locked_at = (SELECT l.locked_at FROM transcript_lock l WHERE l.hearing_id = hearing.id "
        "AND l.unlocked_at IS NULL AND l.number = (SELECT MAX(m.number) FROM transcript_lock m "
        "WHERE m.hearing_id = hearing.id))"))
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
    conn.execute(sa.text(
        "INSERT INTO turn_change (hearing_id, turn_seq, changed_at, before, after) "
        "SELECT hearing_id, CAST(substr(key, 6) AS INTEGER), changed_at, before, after FROM record_change "
        "WHERE key LIKE 'turn:%' ORDER BY id"))
    op.drop_index("ix_record_change_hearing_id", table_name="record_change")
    op.drop_table("record_change")
    op.drop_index("ix_transcript_lock_hearing_id", table_name="transcript_lock")
    op.drop_table("transcript_lock")
    with op.batch_alter_table("person", recreate="never") as batch:
        batch.drop_column("signature_lock")

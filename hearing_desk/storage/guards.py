"""The archive refuses changes of a checked-out hearing: database triggers on every
table of a hearing abort an INSERT, UPDATE or DELETE of a hearing that has a
``checkout`` row with ``side='archive'`` – whoever writes (the window, the command line,
another clerk, an older program). :meth:`Database.session` turns the abort into
:class:`~hearing_desk.errors.CheckedOut` with a sentence in Chinese; the transaction
is rolled back, nothing is half-written. Check-in deletes the row first, in the
transaction that brings the hearing back.

Created by migration 0007 and, for a new database, through the models' metadata
(``after_create``), like ``fulltext.py``.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

#: the marker of the abort's message (``Database.session`` looks for it)
MARKER = "hearing-desk:checked-out"

CHILDREN = ("person", "turn", "opinion", "transcript_lock", "record_change", "recording")

_LENT = "EXISTS (SELECT 1 FROM checkout WHERE hearing_id = {ref} AND side = 'archive')"


def _sqlite() -> list[str]:
    out = []
    for table in CHILDREN:
        for when, ref in (("INSERT", "new.hearing_id"), ("UPDATE", "new.hearing_id"), ("DELETE", "old.hearing_id")):
            out.append(f"CREATE TRIGGER checkout_guard_{table}_{when.lower()} BEFORE {when} ON {table} "
                       f"WHEN {_LENT.format(ref=ref)} BEGIN SELECT RAISE(ABORT, '{MARKER}'); END")
    for when, ref in (("UPDATE", "old.id"), ("DELETE", "old.id")):
        out.append(f"CREATE TRIGGER checkout_guard_hearing_{when.lower()} BEFORE {when} ON hearing "
                   f"WHEN {_LENT.format(ref=ref)} BEGIN SELECT RAISE(ABORT, '{MARKER}'); END")
    return out


SQLITE = _sqlite()

POSTGRESQL = [
    f"""CREATE FUNCTION checkout_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE hid integer;
BEGIN
  IF TG_TABLE_NAME = 'hearing' THEN
    hid := OLD.id;
  ELSIF TG_OP = 'DELETE' THEN
    hid := OLD.hearing_id;
  ELSE
    hid := NEW.hearing_id;
  END IF;
  IF {_LENT.format(ref="hid")} THEN
    RAISE EXCEPTION '{MARKER}:%', hid;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$""",
    "CREATE TRIGGER checkout_guard_hearing BEFORE UPDATE OR DELETE ON hearing "
    "FOR EACH ROW EXECUTE FUNCTION checkout_guard()",
] + [f"CREATE TRIGGER checkout_guard_{t} BEFORE INSERT OR UPDATE OR DELETE ON {t} "
     f"FOR EACH ROW EXECUTE FUNCTION checkout_guard()" for t in CHILDREN]


def create(conn: Connection) -> None:
    name = conn.dialect.name
    for statement in SQLITE if name == "sqlite" else POSTGRESQL if name == "postgresql" else []:
        conn.execute(text(statement))


def drop(conn: Connection) -> None:
    name = conn.dialect.name
    if name == "sqlite":
        for statement in SQLITE:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {statement.split()[2]}"))
    elif name == "postgresql":
        for t in ("hearing", *CHILDREN):
            conn.execute(text(f"DROP TRIGGER IF EXISTS checkout_guard_{t} ON {t}"))
        conn.execute(text("DROP FUNCTION IF EXISTS checkout_guard()"))


def after_create(_metadata, connection: Connection, **_kw) -> None:
    create(connection)

"""The search index's database objects that are not tables of the models: SQLite's
FTS5 table and PostgreSQL's GIN index over ``search_entry.terms``, and the triggers
that list a hearing in ``search_stale`` when its text changes.

Both the migration (``0006_search``) and a new database (``Base.metadata.create_all``,
through the metadata's ``after_create`` event in ``models.py``) run :func:`create`;
``test_storage`` holds the two equal. Changing anything here needs a new migration that
drops (:func:`drop`) and creates again.

**SQLite.** ``search_fts`` is an FTS5 table with external content (``search_entry``,
rowid = ``search_entry.id``), kept in step by three triggers on ``search_entry``, as
the FTS5 manual shows. Its tokenizer is ``unicode61`` over terms already cut by
``domain.search`` (space-separated), so 数据 is a term of its own.

**PostgreSQL.** ``ix_search_entry_terms``: GIN over ``string_to_array(terms, ' ')``
(an array of the same terms; ``@>`` asks for entries holding every query term). Not a
``tsvector``: the text parser's idea of a word depends on the cluster's locale, an
array of terms does not; not ``pg_trgm``: trigrams cannot find a two-character word
(``tests/unit/test_search.py`` shows it on a real server).

**Staleness.** A row change of ``hearing`` (title, matter), ``person``, ``opinion`` or a
committed ``turn`` lists its hearing in ``search_stale``, in the same transaction.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

_WATCHED = ("person", "opinion", "turn")

SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='search_entry', content_rowid='id', "
    "tokenize='unicode61')",
    "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END",
    "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); END",
    "CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); "
    "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END",
    "CREATE TRIGGER search_stale_hearing_ai AFTER INSERT ON hearing BEGIN "
    "INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (new.id); END",
    "CREATE TRIGGER search_stale_hearing_au AFTER UPDATE OF title, matter ON hearing BEGIN "
    "INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (new.id); END",
    "CREATE TRIGGER search_stale_hearing_ad AFTER DELETE ON hearing BEGIN "
    "DELETE FROM search_stale WHERE hearing_id = old.id; END",
]
for _t in ("person", "opinion"):
    SQLITE += [
        f"CREATE TRIGGER search_stale_{_t}_ai AFTER INSERT ON {_t} BEGIN "
        f"INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (new.hearing_id); END",
        f"CREATE TRIGGER search_stale_{_t}_au AFTER UPDATE ON {_t} BEGIN "
        f"INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (new.hearing_id); END",
        f"CREATE TRIGGER search_stale_{_t}_ad AFTER DELETE ON {_t} "
        f"WHEN EXISTS (SELECT 1 FROM hearing WHERE id = old.hearing_id) BEGIN "
        f"INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (old.hearing_id); END",
    ]
SQLITE += [     # the typing box's unfinished turn is not searched: its keystrokes mark nothing
    "CREATE TRIGGER search_stale_turn_ai AFTER INSERT ON turn WHEN NOT new.draft BEGIN "
    "INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (new.hearing_id); END",
    "CREATE TRIGGER search_stale_turn_au AFTER UPDATE ON turn WHEN NOT (old.draft AND new.draft) BEGIN "
    "INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (new.hearing_id); END",
    "CREATE TRIGGER search_stale_turn_ad AFTER DELETE ON turn "
    "WHEN NOT old.draft AND EXISTS (SELECT 1 FROM hearing WHERE id = old.hearing_id) BEGIN "
    "INSERT OR IGNORE INTO search_stale(hearing_id) VALUES (old.hearing_id); END",
]

POSTGRESQL = [
    "CREATE INDEX ix_search_entry_terms ON search_entry USING gin (string_to_array(terms, ' '))",
    """CREATE FUNCTION search_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE hid integer;
BEGIN
  IF TG_TABLE_NAME = 'hearing' THEN
    IF TG_OP = 'DELETE' THEN
      DELETE FROM search_stale WHERE hearing_id = OLD.id;
      RETURN NULL;
    END IF;
    hid := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    hid := OLD.hearing_id;
    IF TG_TABLE_NAME = 'turn' THEN
      IF OLD.draft THEN RETURN NULL; END IF;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM hearing WHERE id = hid) THEN RETURN NULL; END IF;
  ELSE
    hid := NEW.hearing_id;
    IF TG_TABLE_NAME = 'turn' THEN
      IF NEW.draft THEN
        IF TG_OP = 'INSERT' THEN RETURN NULL; END IF;
        IF OLD.draft THEN RETURN NULL; END IF;
      END IF;
    END IF;
  END IF;
  INSERT INTO search_stale(hearing_id) VALUES (hid) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$""",
    "CREATE TRIGGER search_stale_hearing AFTER INSERT OR DELETE OR UPDATE OF title, matter ON hearing "
    "FOR EACH ROW EXECUTE FUNCTION search_mark_stale()",
] + [f"CREATE TRIGGER search_stale_{t} AFTER INSERT OR UPDATE OR DELETE ON {t} "
     f"FOR EACH ROW EXECUTE FUNCTION search_mark_stale()" for t in _WATCHED]


def create(conn: Connection) -> None:
    """Create the index and the triggers on this connection's database."""
    name = conn.dialect.name
    for statement in SQLITE if name == "sqlite" else POSTGRESQL if name == "postgresql" else []:
        conn.execute(text(statement))


def drop(conn: Connection) -> None:
    name = conn.dialect.name
    if name == "sqlite":
        for statement in SQLITE:
            if statement.startswith("CREATE TRIGGER"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {statement.split()[2]}"))
        conn.execute(text("DROP TABLE IF EXISTS search_fts"))
    elif name == "postgresql":
        for t in ("hearing", *_WATCHED):
            conn.execute(text(f"DROP TRIGGER IF EXISTS search_stale_{t} ON {t}"))
        conn.execute(text("DROP FUNCTION IF EXISTS search_mark_stale()"))
        conn.execute(text("DROP INDEX IF EXISTS ix_search_entry_terms"))


def after_create(_metadata, connection: Connection, **_kw) -> None:
    """``Base.metadata``'s after_create event: a new database gets the index too."""
    create(connection)


def include_name(name: str | None, type_: str, _parent_names) -> bool:
    """For Alembic's comparison of the database with the models: SQLite's FTS5 table and
    its shadow tables (``search_fts``, ``search_fts_data`` …), and PostgreSQL's GIN index
    ``ix_search_entry_terms``, are the search index, not models."""
    if name is None:
        return True
    if type_ == "table" and name.startswith("search_fts"):
        return False
    return not (type_ == "index" and name == "ix_search_entry_terms")

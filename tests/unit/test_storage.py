"""The database: durability settings, migrations, newer versions, a second copy."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

from dataclasses import replace

import pytest
from sqlalchemy import text

from hearing_desk.services.errors import DatabaseInUse, DatabaseTooNew, HearingDeskError
from hearing_desk.storage.database import Database


def test_sqlite_runs_durable(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2        # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_migrations_build_exactly_the_models(tmp_path):
    """The Alembic history and the SQLAlchemy models describe the same schema, so a new
    database may be created from the models and stamped at the head."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from hearing_desk.storage.database import SCHEMA_HEAD, _script_directory
    from hearing_desk.storage.models import Base

    migrated = Database(str(tmp_path / "migrated.sqlite3"), migrate=False)
    migrated._upgrade(_script_directory())          # every migration from an empty file
    created = Database(str(tmp_path / "created.sqlite3"))   # the new-file path
    try:
        for db in (migrated, created):
            with db.engine.connect() as conn:
                assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [SCHEMA_HEAD]
        schema = []
        for db in (migrated, created):
            with db.engine.connect() as conn:
                schema.append(sorted(conn.execute(text(
                    "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")).all()))
        assert schema[0] == schema[1]
    finally:
        migrated.close()
        created.close()


def test_database_from_a_newer_version_is_refused_untouched(db_path):
    db = Database(str(db_path))
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        Database(str(db_path))
    assert "更新版本" in str(info.value) and "9999_future" in str(info.value)
    assert db_path.read_bytes() == before


def test_newer_version_refused_on_the_command_line(db_path):
    Database(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    proc = subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db_path), "list"],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 1 and "更新版本" in proc.stderr and "Traceback" not in proc.stderr


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(HearingDeskError) as info:
        Database(str(path))
    assert "不是 Hearing Desk 的数据库" in str(info.value)
    assert path.read_text(encoding="utf-8").startswith("这不是数据库")


def test_second_window_on_the_same_file_is_told_plainly(db_path):
    first = Database(str(db_path))
    first.lock_exclusive()
    second = Database(str(db_path))
    with pytest.raises(DatabaseInUse) as info:
        second.lock_exclusive()
    assert "已在另一个 Hearing Desk 窗口中打开" in str(info.value)
    first.close()
    second.lock_exclusive()        # free again once the first window has closed
    second.close()


def test_lock_is_released_when_the_holder_dies(db_path):
    """A window killed with SIGKILL does not leave the file locked for ever."""
    code = ("import sys, os; from hearing_desk.storage.database import Database; "
            f"db = Database({str(db_path)!r}); db.lock_exclusive(); print('locked', flush=True); "
            "os.kill(os.getpid(), 9)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "locked" in proc.stdout
    db = Database(str(db_path))
    db.lock_exclusive()
    db.close()


def test_command_line_works_beside_an_open_window(db_path, hearings):
    """The CLI does not take the window's lock: SQLite's own locking keeps both safe."""
    window = Database(str(db_path))
    window.lock_exclusive()
    proc = subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db_path), "demo"],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    assert [h.id for h in hearings.list()] == [int(proc.stdout)]
    window.close()


def test_failed_import_stores_nothing(hearings, sample_hearing):
    hearings.add_demo()
    broken = sample_hearing
    broken.people.append(broken.people[0])      # duplicate key: the database refuses mid-insert
    with pytest.raises(Exception):
        hearings.add(broken)
    assert len(hearings.list()) == 1


def test_delete_removes_everything_of_the_hearing(db, hearings, full_hearing_path):
    hid = hearings.import_file(full_hearing_path)
    keep = hearings.add_demo()
    hearings.delete(hid)
    with db.engine.connect() as conn:
        for table in ("person", "turn", "opinion"):
            ids = {r[0] for r in conn.execute(text(f"SELECT DISTINCT hearing_id FROM {table}"))}
            assert hid not in ids
            assert ids <= {keep}


def test_duplicate_is_a_separate_copy(hearings, full_hearing_path):
    hid = hearings.import_file(full_hearing_path)
    copy_id = hearings.duplicate(hid)
    original, dup = hearings.get(hid), hearings.get(copy_id)
    assert dup.title == original.title + "（副本）"
    assert dup.opinions == original.opinions
    # a copy has not been signed by anyone: same people, no signatures, no locks
    assert [replace(p, signature=None) for p in original.people] == dup.people
    assert dup.locks == [] and dup.changes == []
    hearings.delete(hid)
    assert hearings.get(copy_id).transcript == dup.transcript


def test_schema_head_constant_names_the_newest_migration():
    from hearing_desk.storage.database import SCHEMA_HEAD, _script_directory
    assert _script_directory().get_current_head() == SCHEMA_HEAD

"""The database: durability settings, migrations, newer versions, a second copy."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from hearing_desk.errors import DatabaseInUse, DatabaseTooNew, HearingDeskError
from hearing_desk.storage.database import Database


@pytest.mark.sqlite_only
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
    from hearing_desk.storage.fulltext import include_name
    from hearing_desk.storage.models import Base

    migrated = Database(str(tmp_path / "migrated.sqlite3"), migrate=False)
    migrated._upgrade(_script_directory())          # every migration from an empty file
    created = Database(str(tmp_path / "created.sqlite3"))   # the new-file path
    try:
        for db in (migrated, created):
            with db.engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"include_name": include_name})
                assert compare_metadata(context, Base.metadata) == []
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
    with pytest.raises(IntegrityError, match="UNIQUE constraint failed: person|uq_person_key"):
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


def test_migration_0002_keeps_the_lock_its_changes_and_signatures(tmp_path):
    """A database of schema 0001 with a locked transcript, a change after the lock and
    signatures opens in this version with the lock as lock 1 (scheme 1, its fingerprint
    as printed then), the change logged after it and the signatures belonging to it."""
    from alembic import command
    from alembic.config import Config

    from hearing_desk.domain.fingerprint import turns_digest_v1
    from hearing_desk.domain.locking import lock_intact
    from hearing_desk.paths import migrations_dir
    from hearing_desk.services.hearings import HearingService

    path = tmp_path / "old.sqlite3"
    old = Database(str(path), migrate=False)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO hearing (id, title, created_at, updated_at, transcript_locked_at, "
                          "transcript_fingerprint) VALUES (1, '旧听证会', '2024-07-16T09:00:00+08:00', "
                          "'2024-07-16T18:00:00+08:00', '2024-07-16T17:30:00+08:00', :fp)"), {"fp": "0" * 64})
        conn.execute(text("INSERT INTO hearing (id, title, created_at, updated_at, transcript_locked_at, "
                          "transcript_fingerprint) VALUES (2, '解锁过的', '2024-07-16T09:00:00+08:00', "
                          "'2024-07-16T18:00:00+08:00', NULL, :fp)"), {"fp": "1" * 64})
        conn.execute(text("INSERT INTO person (hearing_id, key, position, role, name, signature_status, "
                          "signature_note) VALUES (1, 'a1', 0, 'participant', '甲', 'refused', '不签'), "
                          "(1, 'a2', 1, 'participant', '乙', NULL, NULL)"))
        conn.execute(text("INSERT INTO turn (hearing_id, seq, speaker, text, draft) "
                          "VALUES (1, 1, 'a1', '我说完了。', 0)"))
        conn.execute(text("INSERT INTO turn_change (hearing_id, turn_seq, changed_at, before, after) "
                          "VALUES (2, 3, '2024-07-16T17:40:00+08:00', '甲：旧', '甲：新')"))
    old.close()

    db = Database(str(path))                        # migrates to the head
    try:
        hearings = HearingService(db)
        first, second = hearings.get(1), hearings.get(2)
        [k] = first.locks
        assert (k.number, k.scheme, k.fingerprint, k.unlocked_at) == (1, 1, "0" * 64, None)
        assert k.locked_at.isoformat() == "2024-07-16T17:30:00+08:00" and first.is_locked
        assert first.person("a1").signature.lock == 1 and first.person("a2").signature is None
        [k2] = second.locks
        assert not second.is_locked and k2.unlocked_at.isoformat() == "2024-07-16T17:40:00+08:00"
        [c] = second.changes
        assert (c.lock, c.key, c.what, c.before, c.after) == (1, "turn:3", "第 3 段", "甲：旧", "甲：新")
        with db.engine.connect() as conn:
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(hearing)"))}
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        assert "transcript_fingerprint" not in columns and "turn_change" not in tables
        # a scheme-1 lock is checked with the scheme it was made with
        first.locks[0].fingerprint = turns_digest_v1(first)
        assert lock_intact(first)
    finally:
        db.close()


def test_migration_0002_downgrades_and_upgrades_again(tmp_path, full_hearing_path):
    from alembic import command
    from alembic.config import Config

    from hearing_desk.paths import migrations_dir
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.transcript import TranscriptService

    path = tmp_path / "db.sqlite3"
    db = Database(str(path))
    hid = HearingService(db).import_file(full_hearing_path.parent / "signed-hearing.json")
    before = HearingService(db).get(hid)
    db.close()
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    db = Database(str(path), migrate=False)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
        row = conn.execute(text("SELECT transcript_locked_at, transcript_fingerprint FROM hearing")).one()
        assert row == (before.current_lock.locked_at.isoformat(), before.current_lock.fingerprint)
        assert conn.execute(text("SELECT COUNT(*) FROM turn_change")).scalar() == 1     # the turn's change
    db.close()
    db = Database(str(path))
    try:
        again = TranscriptService(db).history(hid)
        assert again.locks[0].fingerprint == before.current_lock.fingerprint and again.is_locked
    finally:
        db.close()


def test_migrations_build_exactly_the_models_on_postgresql(pg_cluster):
    """The same Alembic history on a real PostgreSQL server: every migration from an
    empty schema gives the models' tables, as does a new database made from the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    from hearing_desk.storage.database import SCHEMA_HEAD, _script_directory
    from hearing_desk.storage.fulltext import include_name
    from hearing_desk.storage.models import Base

    urls = [pg_cluster.fresh_url(), pg_cluster.fresh_url()]
    migrated = Database(urls[0], migrate=False)
    migrated._upgrade(_script_directory())
    created = Database(urls[1])
    try:
        columns = []
        for db in (migrated, created):
            assert not db.is_sqlite and db.path is None
            with db.engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"include_name": include_name})
                assert compare_metadata(context, Base.metadata) == []
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [SCHEMA_HEAD]
                found = inspect(conn)
                columns.append({t: sorted((c["name"], str(c["type"])) for c in found.get_columns(t))
                                for t in found.get_table_names()})
        assert columns[0] == columns[1]
        assert "hearing" in columns[0]
    finally:
        migrated.close()
        created.close()
        for url in urls:
            pg_cluster.drop(url)


def test_the_test_server_listens_on_loopback_only(pg_cluster):
    row = pg_cluster.admin().execute("SHOW listen_addresses").fetchone()
    assert row is not None and row[0] == "127.0.0.1"


def test_command_line_round_trip_on_postgresql(pg_cluster, full_hearing_path, tmp_path):
    """``import``, ``list`` and ``export --json`` with a postgresql+psycopg URL, as real
    processes: the hearing file comes back whole."""
    import json
    import os

    from tests.unit.test_interchange import normalised

    url = pg_cluster.fresh_url()
    try:
        def run(*args: object) -> str:
            proc = subprocess.run([sys.executable, "-m", "hearing_desk", "--db", url, *map(str, args)],
                                  capture_output=True, text=True, encoding="utf-8", timeout=60,
                                  env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            assert proc.returncode == 0, proc.stderr
            return proc.stdout
        hid = run("import", full_hearing_path).strip()
        assert run("list").startswith(f"{hid}\t")
        out = tmp_path / "back.json"
        run("export", hid, "--json", out)
        original = json.loads(full_hearing_path.read_text(encoding="utf-8"))
        assert normalised(json.loads(out.read_text(encoding="utf-8"))) == normalised(original)
    finally:
        pg_cluster.drop(url)

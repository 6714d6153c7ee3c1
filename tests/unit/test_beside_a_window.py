"""The command line beside an open window: safe even if the window lost its
SQLite locks. A real second process plays the window; the command line runs as the
user runs it."""
from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hearing_desk.storage import locks
from hearing_desk.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]

WINDOW = """
import os, sys
from hearing_desk.storage.database import Database
db = Database(sys.argv[1]); db.lock_exclusive()
if sys.argv[2] == "lose":          # what Qt's file dialog did: open and close the files
    for name in (sys.argv[1], sys.argv[1] + "-shm", sys.argv[1] + "-wal"):
        os.close(os.open(name, os.O_RDONLY))
print("ready", flush=True)
sys.stdin.read()                   # until the test closes stdin
db.close()
"""


class Window:
    """A process holding the database as the window does (lock file, anchor connection)."""

    def __init__(self, db_path: Path, how: str = "keep"):
        self.proc = subprocess.Popen([sys.executable, "-c", WINDOW, str(db_path), how], cwd=ROOT,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def close(self) -> None:
        self.proc.stdin.close()
        code = self.proc.wait(30)
        self.proc.stdout.close()
        assert code == 0


def cli(*args, db) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def files(db_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (db_path, Path(str(db_path) + "-wal")) if p.exists()}


@pytest.fixture
def demo_db(db_path) -> Path:
    assert cli("demo", db=db_path).returncode == 0
    return db_path


def test_the_window_state_is_seen_from_another_process(demo_db):
    assert locks.window_state(demo_db) == locks.WindowState(open=False, sqlite_locks=True)
    window = Window(demo_db)
    try:
        state = locks.window_state(demo_db)
        assert state.open and state.sqlite_locks and state.pid == window.proc.pid
    finally:
        window.close()
    assert not locks.window_state(demo_db).open


def test_closing_a_descriptor_is_seen_as_lost_locks(demo_db):
    """The check can fail: the same process that drops its locks is seen without them."""
    window = Window(demo_db, "lose")
    try:
        state = locks.window_state(demo_db)
        assert state.open and not state.sqlite_locks and state.locks_lost
    finally:
        window.close()


def test_every_command_refuses_beside_a_window_that_lost_its_locks(demo_db, tmp_path, full_hearing_path):
    window = Window(demo_db, "lose")
    try:
        before = files(demo_db)
        for args in (("import", full_hearing_path), ("demo",), ("list",), ("export", 1, "--json", tmp_path / "o.json"),
                     ("backup",), ("restore", tmp_path / "nothing.sqlite3")):
            proc = cli(*args, db=demo_db)
            assert proc.returncode == 1, (args, proc.stderr)
            assert "正在 Hearing Desk 窗口中打开" in proc.stderr and str(demo_db) in proc.stderr, (args, proc.stderr)
            assert "Traceback" not in proc.stderr and proc.stdout == ""
        assert files(demo_db) == before             # not a byte changed, the WAL still there
        assert not (tmp_path / "o.json").exists()
    finally:
        window.close()
    assert cli("import", full_hearing_path, db=demo_db).stdout.strip() == "2"    # once the window is closed


def test_commands_work_beside_a_window_that_holds_its_locks(demo_db, tmp_path, full_hearing_path):
    window = Window(demo_db)
    try:
        assert cli("import", full_hearing_path, db=demo_db).stdout.strip() == "2"
        assert [line.split("\t")[0] for line in cli("list", db=demo_db).stdout.splitlines()] == ["1", "2"]
        assert cli("export", 2, "--json", tmp_path / "o.json", db=demo_db).returncode == 0
        backup = cli("backup", db=demo_db)
        assert backup.returncode == 0 and Path(backup.stdout.strip()).is_file()
        refused = cli("restore", backup.stdout.strip(), db=demo_db)
        assert refused.returncode == 1 and "备份与恢复" in refused.stderr
        assert Path(str(demo_db) + "-wal").exists()        # the window's WAL was left alone
    finally:
        window.close()
    con = sqlite3.connect(demo_db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_reading_commands_open_the_file_read_only_beside_a_window(demo_db):
    from hearing_desk import cli as cli_module

    window = Database(str(demo_db))
    window.lock_exclusive()
    try:
        for command, read_only in (("list", True), ("export", True), ("backup", True), ("import", False)):
            db = cli_module._open_database(argparse.Namespace(db=str(demo_db), command=command))
            try:
                assert db.read_only is read_only
                if read_only:
                    with pytest.raises(Exception, match="readonly"), db.engine.begin() as conn:
                        conn.exec_driver_sql("DELETE FROM hearing")
            finally:
                db.close()
    finally:
        window.close()
    db = cli_module._open_database(argparse.Namespace(db=str(demo_db), command="list"))
    assert not db.read_only             # no window: an ordinary opening
    db.close()


def test_export_never_writes_over_the_database(demo_db):
    before = files(demo_db)
    for target in (demo_db, f"{demo_db}-wal", f"{demo_db}-shm"):
        proc = cli("export", 1, "--json", target, db=demo_db)
        assert proc.returncode == 2 and "数据库本身" in proc.stderr
    assert files(demo_db) == before

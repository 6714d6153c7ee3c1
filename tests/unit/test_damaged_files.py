"""A damaged file is met, not dead-ended: a truncated, zero-byte,
random-bytes, another program's and a read-only database each get a clear message
in Chinese and the offer of the newest good backup (exit status 1), and none of them
is modified; restoring keeps the refused file beside itself, byte for byte."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hearing_desk.errors import DatabaseDamaged
from hearing_desk.services import backups
from hearing_desk.storage.database import Database
from hearing_desk.storage.health import FileState, inspect_database

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, db) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://www.gov.cn/')")
    con.commit()
    con.close()


def _read_only(path: Path) -> None:
    path.chmod(0o444)


#: kind -> (how the file is spoiled, state, words the message must have)
KINDS = {
    "truncated": (_truncated, FileState.DAMAGED, ["已损坏", "SQLite 检查发现"]),
    "zero bytes": (_zero, FileState.EMPTY, ["空文件（0 字节）"]),
    "random bytes": (_random, FileState.NOT_SQLITE, ["不是 Hearing Desk 的数据库"]),
    "another program's database": (_foreign, FileState.FOREIGN, ["另一个程序的 SQLite 数据库", "moz_places"]),
    "read-only": (_read_only, FileState.READ_ONLY, ["只读文件", "chmod u+w"]),
}


@pytest.fixture
def spoiled(request, tmp_path):
    """A database with the sample hearing and a backup, then spoiled as ``kind`` says."""
    def make(kind: str) -> tuple[Path, Path]:
        path = tmp_path / "venue.sqlite3"
        assert cli("demo", db=path).returncode == 0
        made = cli("backup", db=path)
        assert made.returncode == 0, made.stderr
        spoil = KINDS[kind][0]
        spoil(path)
        return path, Path(made.stdout.strip())
    return make


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_command_line_offers_the_backup_and_changes_nothing(kind, spoiled):
    path, backup = spoiled(kind)
    _spoil, state, words = KINDS[kind]
    assert inspect_database(path).state is state
    before = _snapshot(path.parent)
    commands = [("list",), ("import", ROOT / "resources/sample/guangming-public-data.json"), ("backup",)]
    if kind == "read-only":
        # a read-only file may be read, and only read: list works, writing is refused
        listed = cli("list", db=path)
        assert listed.returncode == 0 and listed.stdout.startswith("1\t"), listed.stderr
        commands = [("import", ROOT / "resources/sample/guangming-public-data.json"), ("demo",)]
    for command in commands:
        proc = cli(*command, db=path)
        assert proc.returncode == 1, (command, proc.stderr)
        assert proc.stdout == "" and "Traceback" not in proc.stderr
        for word in [*words, str(path), "文件未作任何改动", "最近的完好备份", str(backup),
                     f"hearing-desk --db {path} restore {backup}", "听证会 1 场"]:
            assert word in proc.stderr, (command, word, proc.stderr)
    assert _snapshot(path.parent) == before         # bytes and times of every file, nothing new beside it
    with pytest.raises(DatabaseDamaged):
        Database(str(path))
    assert _snapshot(path.parent) == before


@pytest.mark.parametrize("kind", list(KINDS))
def test_restoring_keeps_the_refused_file_beside_it(kind, spoiled):
    path, backup = spoiled(kind)
    before = path.read_bytes()
    proc = cli("restore", backup, db=path)
    assert proc.returncode == 0, proc.stderr
    [kept] = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".replaced-")
              and not p.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == before and str(kept) in proc.stdout
    assert cli("list", db=path).stdout.count("\n") == 1
    assert inspect_database(path).state is FileState.OK


def test_a_zero_byte_file_without_backups_becomes_a_new_database(tmp_path):
    """What a first start that crashed leaves: it holds nothing, so it is set up afresh."""
    path = tmp_path / "first.sqlite3"
    path.write_bytes(b"")
    assert cli("demo", db=path).stdout.strip() == "1"
    assert inspect_database(path).state is FileState.OK


def test_the_message_without_any_backup(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(os.urandom(4096))
    proc = cli("list", db=path)
    assert proc.returncode == 1 and "没有找到这个数据库的备份" in proc.stderr


def test_the_newest_good_backup_skips_a_bad_one(spoiled):
    path, good = spoiled("truncated")
    folder = good.parent
    bad = folder / "29991231-235959-000000-auto.sqlite3"      # newer, but damaged
    bad.write_bytes(good.read_bytes()[:5000])
    best = backups.newest_good_backup(path)
    assert best is not None and best.path == good


def test_a_name_with_rare_characters_is_read_through_its_uri(tmp_path):
    """Read-only connections open the file by URI: '#', '?', '%', spaces and Chinese stay the name."""
    path = tmp_path / "听证 #1?%20.sqlite3"
    assert cli("demo", db=path).returncode == 0
    assert inspect_database(path).state is FileState.OK
    made = cli("backup", db=path)
    assert made.returncode == 0, made.stderr
    assert backups.describe(backups.backup_info(made.stdout.strip())).counts.hearings == 1
    path.chmod(0o444)
    assert cli("list", db=path).stdout.startswith("1\t")

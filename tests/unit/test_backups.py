"""Backups: consistent copies by SQLite's backup API, private, rotated,
restorable from the command line; what a restore replaces is kept."""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hearing_desk import paths
from hearing_desk.errors import BadInput
from hearing_desk.services import backups
from hearing_desk.services.backups import BackupPolicy
from hearing_desk.services.hearings import HearingService
from hearing_desk.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, db) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def titles(db_path) -> list[str]:
    db = Database(str(db_path))
    try:
        return [h.title for h in HearingService(db).list()]
    finally:
        db.close()


def test_a_backup_is_a_checked_private_copy(db, hearings, full_hearing_path):
    hearings.add_demo()
    hearings.import_file(full_hearing_path)
    info = backups.make_backup(db.path, reason="manual")
    assert info.path.parent == paths.backup_dir_for(db.path)
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.backup_root().stat().st_mode) == 0o700
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]     # no -wal, no temporary file
    con = sqlite3.connect(info.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert con.execute("SELECT count(*) FROM hearing").fetchone() == (2,)
    finally:
        con.close()
    described = backups.describe(backups.list_backups(db.path)[0])
    assert described.good and described.counts == info.counts
    live = sqlite3.connect(db.path)
    try:
        assert (info.counts.hearings, info.counts.turns, info.counts.opinions, info.counts.answers) == live.execute(
            "SELECT (SELECT count(*) FROM hearing), (SELECT count(*) FROM turn WHERE NOT draft), "
            "(SELECT count(*) FROM opinion), (SELECT count(*) FROM opinion WHERE decision IS NOT NULL)").fetchone()
    finally:
        live.close()
    assert info.counts.hearings == 2 and info.counts.turns > 0 and info.counts.answers >= 21
    assert "听证会 2 场" in described.summary() and "手动" in described.summary()


def test_a_backup_is_one_snapshot_while_another_connection_writes(db, hearings):
    """A transaction open in another connection during the backup is not in it, half or whole."""
    hid = hearings.add_demo()
    title = hearings.get(hid).title
    writer = sqlite3.connect(db.path, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE hearing SET title = 'half written' WHERE id = ?", (hid,))
    writer.execute("DELETE FROM opinion")
    done = threading.Event()
    result = {}

    def back_up():
        result["info"] = backups.make_backup(db.path, reason="auto")
        done.set()
    worker = threading.Thread(target=back_up)
    worker.start()
    assert done.wait(30), "the backup waited for the writer (WAL readers must not)"
    writer.commit()
    writer.close()
    worker.join()
    assert result["info"].counts.opinions == 21
    backup = sqlite3.connect(f"file:{result['info'].path}?mode=ro", uri=True)
    assert backup.execute("SELECT title FROM hearing").fetchall() == [(title,)]
    backup.close()
    assert hearings.get(hid).title == "half written"          # committed afterwards, after the snapshot


def _fake_backups(db_path, times: list[datetime]) -> None:
    folder = paths.backup_dir_for(db_path)
    for t in times:
        (folder / f"{t.strftime('%Y%m%d-%H%M%S-%f')}-auto.sqlite3").write_bytes(b"")


def test_rotation_keeps_the_newest_and_one_a_day(db_path):
    now = datetime(2024, 7, 16, 18, 0, 0)
    times = [now - timedelta(minutes=5 * i) for i in range(30)]                  # today, every 5 minutes
    times += [now - timedelta(days=d, hours=h) for d in range(1, 45) for h in (1, 5)]   # two a day before
    _fake_backups(db_path, times)
    removed = backups.rotate(db_path, BackupPolicy(keep_recent=20, keep_days=30), now=now)
    kept = sorted((b.time for b in backups.list_backups(db_path)), reverse=True)
    expected = sorted(set(times[:20]) | {now - timedelta(days=d, hours=1) for d in range(1, 30)}, reverse=True)
    assert kept == expected
    assert len(removed) == len(times) - len(expected)


def test_policy_is_read_from_the_settings_file_the_window_writes(tmp_path):
    from hearing_desk.ui.settings import Settings

    path = tmp_path / "config" / "hearing-desk.ini"
    settings = Settings(path)
    assert settings.backup_policy() == BackupPolicy()
    settings.set("backup/keep_recent", 7)
    settings.set("backup/keep_days", 3)
    settings.set("backup/interval_minutes", 2)
    settings.sync()
    assert BackupPolicy.from_settings_file(path) == BackupPolicy(interval_minutes=2, keep_recent=7, keep_days=3)
    assert settings.backup_policy() == BackupPolicy.from_settings_file(path)
    assert BackupPolicy.from_settings_file(tmp_path / "none.ini") == BackupPolicy()


def test_backup_and_restore_on_the_command_line(db_path, tmp_path, full_hearing_path):
    assert cli("demo", db=db_path).returncode == 0
    made = cli("backup", db=db_path)
    assert made.returncode == 0, made.stderr
    first = Path(made.stdout.strip())
    assert first.is_file() and first.name.endswith("-command-line.sqlite3")
    copy = tmp_path / "usb" / "copy.sqlite3"
    copy.parent.mkdir()
    assert cli("backup", "--to", copy, db=db_path).stdout.strip() == str(copy)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert cli("import", full_hearing_path, db=db_path).returncode == 0
    listing = cli("backups", db=db_path).stdout.splitlines()
    assert len(listing) == 1 and listing[0].startswith(f"{first}\t") and "听证会 1 场" in listing[0]

    restored = cli("restore", copy, db=db_path)
    assert restored.returncode == 0, restored.stderr
    assert len(titles(db_path)) == 1
    # what was replaced is a backup of its own, and can be restored in turn
    kept = [b for b in backups.list_backups(db_path) if b.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in restored.stdout
    assert cli("restore", kept[0].path, db=db_path).returncode == 0
    assert len(titles(db_path)) == 2


def test_restore_refuses_what_it_cannot_use(db_path, tmp_path):
    assert cli("demo", db=db_path).returncode == 0
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    proc = cli("restore", junk, db=db_path)
    assert proc.returncode == 2 and "不能用这个文件恢复" in proc.stderr
    newer = tmp_path / "newer.sqlite3"
    assert cli("backup", "--to", newer, db=db_path).returncode == 0
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    proc = cli("restore", newer, db=db_path)
    assert proc.returncode == 2 and "更新版本" in proc.stderr
    assert cli("restore", tmp_path / "none.sqlite3", db=db_path).returncode == 2
    assert cli("restore", db_path, db=db_path).returncode == 2
    with pytest.raises(BadInput):
        backups.make_backup(db_path, to=Path(str(db_path) + "-wal"))
    assert len(titles(db_path)) == 1


def test_backup_of_a_missing_database_is_bad_input(tmp_path):
    proc = cli("backup", db=tmp_path / "none.sqlite3")
    assert proc.returncode == 2 and "不存在" in proc.stderr
    assert not (tmp_path / "none.sqlite3").exists()

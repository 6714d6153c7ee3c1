"""End to end, the file dialog that dropped SQLite's locks: the window open on DIR/x.db, a file
dialog listing DIR, then ``hearing-desk --db DIR/x.db import f.json`` in another
process, then more edits in the window, then close. Before the fix the dialog opened
and closed x.db, x.db-wal and x.db-shm in the window's process (Qt sniffing file
types), the window lost SQLite's locks, the command line took the file for unused,
checkpointed and deleted the WAL the window still wrote into, and the next start said
"database disk image is malformed". Now: the locks hold throughout (seen from this
process), ``integrity_check`` is ok and every answer and turn is in place.

Needs Xvfb and xdotool (``./hd test`` installs them on Debian/Ubuntu).
"""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from hearing_desk.storage.locks import window_state
from tests.e2e.support import ROOT, Xdo, cli, environment, integrity, until

pytestmark = pytest.mark.slow

SAMPLE = ROOT / "resources" / "sample" / "guangming-public-data.json"
FULL = ROOT / "tests" / "data" / "full-hearing.json"


def answers(doc: dict) -> list:
    return [(o["seq"], o.get("response")) for o in doc["opinions"]]


def test_file_dialog_then_command_line_then_more_edits(tmp_path, x_display):
    venue = tmp_path / "venue"
    venue.mkdir()
    db_path = venue / "x.db"
    env = environment(tmp_path, x_display)
    (tmp_path / "config").mkdir()
    # the dialogs start in the database's folder, as for a clerk who keeps everything there
    (tmp_path / "config" / "hearing-desk.ini").write_text(
        f"[hearing_file]\nfolder={venue}\n\n[export]\nfolder={venue}\n", encoding="utf-8")
    (venue / "f.json").write_bytes(FULL.read_bytes())
    assert cli("--db", db_path, "demo", env=env).stdout.strip() == "1"
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert sum(1 for o in sample["opinions"] if o.get("response")) == 21

    xdo = Xdo(env)
    log = tmp_path / "gui.log"
    with open(log, "wb") as errors:
        app = subprocess.Popen([sys.executable, "-m", "hearing_desk", "--db", str(db_path), "--hearing", "1",
                                "--tab", "transcript"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        def main_window():
            assert app.poll() is None, log.read_text(errors="replace")
            return xdo.windows(app.pid)
        wid = until(main_window, 30, "the program's window")[0]
        until(lambda: window_state(db_path).open, 10, "the window's lock")
        time.sleep(1.0)                     # let the window finish opening the hearing
        xdo("windowfocus", "--sync", wid)

        # 1. a file dialog lists the database's folder (文件 → 导入听证会文件…, Ctrl+O)
        xdo("key", "--clearmodifiers", "ctrl+o")
        dialog = until(lambda: [w for w in xdo.windows(app.pid) if xdo.name(w) == "导入听证会文件"], 15,
                       "the import dialog")[0]
        # while it lists the folder (and after), the window keeps SQLite's locks
        end = time.monotonic() + 3.0
        while time.monotonic() < end:
            state = window_state(db_path)
            assert state.open and state.sqlite_locks and state.pid == app.pid, state
            time.sleep(0.2)

        # 2. the command line imports beside the window, the dialog still open
        imported = cli("--db", db_path, "import", venue / "f.json", env=env)
        assert imported.returncode == 0, imported.stderr
        assert imported.stdout.strip() == "2"
        assert window_state(db_path).sqlite_locks
        xdo("windowfocus", "--sync", dialog)
        xdo("key", "Escape")
        until(lambda: dialog not in xdo.windows(app.pid), 10, "the dialog to close")

        # 3. more edits in the window: two turns typed into the transcript
        xdo("windowfocus", "--sync", wid)
        xdo("key", "--clearmodifiers", "F1")
        xdo("type", "--delay", "15", "After the import, the hearing goes on.")
        xdo("key", "Return")
        xdo("key", "F2")
        xdo("type", "--delay", "15", "The presenter answers.")
        xdo("key", "Return")
        time.sleep(1.0)                     # the typing box's writer stores within a second

        # the export dialog (Ctrl+Shift+S: personal data? Enter = without; then the save dialog)
        xdo("key", "--clearmodifiers", "ctrl+shift+s")
        time.sleep(1.0)
        xdo("key", "Return")
        save = until(lambda: [w for w in xdo.windows(app.pid) if xdo.name(w) == "导出听证会文件"], 15,
                     "the export dialog")[0]
        time.sleep(1.5)
        assert window_state(db_path).sqlite_locks
        xdo("windowfocus", "--sync", save)
        xdo("key", "Escape")
        until(lambda: save not in xdo.windows(app.pid), 10, "the export dialog to close")

        # 4. close the window normally
        xdo("windowfocus", "--sync", wid)
        xdo("key", "--clearmodifiers", "ctrl+q")
        assert app.wait(30) == 0, log.read_text(errors="replace")
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)

    assert integrity(db_path) == "ok"
    assert not (venue / "x.db-wal").exists() or (venue / "x.db-wal").stat().st_size == 0
    listing = cli("--db", db_path, "list", env=env).stdout.splitlines()
    assert [line.split("\t")[0] for line in listing] == ["1", "2"]
    out = tmp_path / "out"
    out.mkdir()
    for hid in ("1", "2"):
        assert cli("--db", db_path, "export", hid, "--json", out / f"{hid}.json", env=env).returncode == 0
    first = json.loads((out / "1.json").read_text(encoding="utf-8"))
    assert answers(first) == answers(sample)                    # every answer in place
    assert [t["text"] for t in first["transcript"]] == ["After the import, the hearing goes on.",
                                                        "The presenter answers."]
    # the imported hearing is whole: as a fresh import of the same file gives it back
    fresh = tmp_path / "fresh.sqlite3"
    assert cli("--db", fresh, "import", FULL, env=env).returncode == 0
    assert cli("--db", fresh, "export", "1", "--json", out / "fresh.json", env=env).returncode == 0
    assert json.loads((out / "2.json").read_text(encoding="utf-8")) == \
        json.loads((out / "fresh.json").read_text(encoding="utf-8"))
    # and the window made its backups: on opening and on closing
    backups = cli("--db", db_path, "backups", env=env).stdout
    assert "打开时" in backups and "关闭时" in backups

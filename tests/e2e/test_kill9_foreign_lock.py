"""End to end (issue 16): another process holds SQLite's write lock for 15 s (a large
import beside the window); the recorder types, the autosave cannot write, the program
is killed with SIGKILL. The typed text was kept in the side file next to the database,
and the restart stores it.

Needs Xvfb and xdotool (``./hd test`` installs them on Debian/Ubuntu).
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from .support import ROOT, cli, environment, need, until

pytestmark = pytest.mark.slow

LOCKER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("ROLLBACK")
"""


def _start(db_file, hearing_id, env, log):
    with open(log, "ab") as errors:
        return subprocess.Popen([sys.executable, "-m", "hearing_desk", "--db", str(db_file),
                                 "--hearing", hearing_id, "--tab", "transcript"],
                                env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)


def _window(app, env, xdotool, log):
    def found():
        out = subprocess.run([xdotool, "search", "--onlyvisible", "--pid", str(app.pid)],
                             env=env, capture_output=True, text=True)
        assert app.poll() is None, log.read_text(errors="replace")
        return out.stdout.split()
    return until(found, 30, "the program's window")[0]


def test_kill_9_under_a_foreign_write_lock_loses_nothing(tmp_path, x_display):
    xdotool = need("xdotool")
    db_file = tmp_path / "venue.sqlite3"
    env = environment(tmp_path, x_display)
    demo = cli("--db", str(db_file), "demo", env=env)
    assert demo.returncode == 0, demo.stderr
    hearing_id = demo.stdout.strip()
    side = tmp_path / "venue.sqlite3.pending.json"
    log = tmp_path / "gui.log"

    app = _start(db_file, hearing_id, env, log)
    locker = None
    try:
        wid = _window(app, env, xdotool, log)
        time.sleep(1.0)            # let the window finish opening the hearing
        subprocess.run([xdotool, "windowfocus", "--sync", wid], env=env, check=True, timeout=10)
        locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db_file), "15"], stdout=subprocess.PIPE,
                                  text=True)
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        subprocess.run([xdotool, "key", "--clearmodifiers", "F2"], env=env, check=True, timeout=20)
        subprocess.run([xdotool, "type", "--delay", "15", "Typed while another program held the lock"],
                       env=env, check=True, timeout=20)
        until(lambda: side.exists() and "held the lock" in side.read_text(encoding="utf-8", errors="replace"),
              12, "the typed text in the side file")
        assert locker.poll() is None, "the foreign lock ended before the kill"
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        locker.wait(30)            # the other program finishes and lets go
    finally:
        for proc in (app, locker):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(10)
        if locker is not None and locker.stdout is not None:
            locker.stdout.close()

    assert side.exists() and side.stat().st_mode & 0o777 == 0o600
    from hearing_desk.services.transcript import TranscriptService
    from hearing_desk.storage.database import Database

    def stored() -> str | None:
        db = Database(str(db_file), read_only=True)
        try:
            draft = TranscriptService(db).draft(int(hearing_id))
        finally:
            db.close()
        return draft.text if draft else None

    assert stored() != "Typed while another program held the lock"       # it never reached the database

    app = _start(db_file, hearing_id, env, log)                          # the restart stores it
    try:
        _window(app, env, xdotool, log)
        until(lambda: not side.exists(), 20, "the side file to be applied")
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(10)
    assert stored() == "Typed while another program held the lock"
    out = tmp_path / "out.json"
    export = cli("--db", str(db_file), "export", hearing_id, "--json", str(out), env=env)
    assert export.returncode == 0, export.stderr
    turns = json.loads(out.read_text(encoding="utf-8"))["transcript"]
    assert turns[-1]["text"] == "Typed while another program held the lock"

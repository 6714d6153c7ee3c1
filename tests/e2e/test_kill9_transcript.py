"""End to end: the real program under Xvfb, typed into with xdotool, killed with
SIGKILL one second after the last key. Both turns are in ``export --json`` and the
unfinished turn (with its speaker) is in the database for the restart.

Needs Xvfb and xdotool (``./hd test`` installs them on Debian/Ubuntu).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from .support import ROOT, cli, need, until

pytestmark = pytest.mark.slow


def test_typed_text_survives_kill_9(tmp_path, x_display):
    xdotool = need("xdotool")
    db_file = tmp_path / "venue.sqlite3"
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    demo = cli("--db", str(db_file), "demo", env=env)
    assert demo.returncode == 0, demo.stderr
    hearing_id = demo.stdout.strip()

    log = tmp_path / "gui.log"
    with open(log, "wb") as errors:
        app = subprocess.Popen([sys.executable, "-m", "hearing_desk", "--db", str(db_file),
                                "--hearing", hearing_id, "--tab", "transcript"],
                               env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        def window():
            found = subprocess.run([xdotool, "search", "--onlyvisible", "--pid", str(app.pid)],
                                   env=env, capture_output=True, text=True)
            assert app.poll() is None, log.read_text(errors="replace")
            return found.stdout.split()
        wid = until(window, 20, "the program's window")[0]
        time.sleep(1.0)            # let the window finish opening the hearing
        subprocess.run([xdotool, "windowfocus", "--sync", wid], env=env, check=True, timeout=10)

        def xdo(*args):
            subprocess.run([xdotool, *args], env=env, check=True, timeout=20)
        xdo("key", "--clearmodifiers", "F1")
        xdo("type", "--delay", "15", "Good morning, the hearing is open.")
        xdo("key", "Return")
        xdo("key", "F2")
        xdo("type", "--delay", "15", "The draft has six chapters and")
        time.sleep(1.0)            # one second after the last key ...
        app.send_signal(signal.SIGKILL)   # ... the power goes
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)

    out = tmp_path / "out.json"
    export = cli("--db", str(db_file), "export", hearing_id, "--json", str(out), env=env)
    assert export.returncode == 0, export.stderr
    turns = json.loads(out.read_text(encoding="utf-8"))["transcript"]
    # the unfinished turn travels in the file too, as the last turn, with its speaker
    assert [(t["speaker"], t["text"]) for t in turns] == [("host", "Good morning, the hearing is open."),
                                                         ("presenter", "The draft has six chapters and")]

    from hearing_desk.services.transcript import TranscriptService
    from hearing_desk.storage.database import Database
    db = Database(str(db_file))
    try:
        draft = TranscriptService(db).draft(int(hearing_id))
    finally:
        db.close()
    assert draft is not None, "the unfinished turn was lost"
    assert (draft.speaker, draft.text, draft.seq) == ("presenter", "The draft has six chapters and", 2)

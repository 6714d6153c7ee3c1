"""End to end, one field per tab: the real program under Xvfb, a field reached and
typed into with xdotool, SIGKILL one second after the last key — nobody left the
field, nothing was saved by hand. The text is in the database (``export --json``)
and a window started again on the file shows it.

- 听证会设置: 地点 (the setup tab opens with the focus on the tab bar; the fields
  follow in the order of the form, the start time's editor taking a Tab per section);
- 现场笔录: the typing box (it has the focus whenever the tab is shown);
- 意见登记: the text of the first disputed question (below the list of questions);
- 意见处理: the analysis (F8 puts the cursor in it).

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

#: what reaches 地点 from the tab bar: the setup pages' list, the page, 听证会名称, 听证事项,
#: 听证组织机关, 目的, 依据, the start time's tick box and its five sections (yyyy MM dd
#: HH mm), the end time's tick box
TO_VENUE = ["Tab"] * 15
#: from the tab bar to the first disputed question's text: three filters, the search,
#: the register, the selected opinion, the side tabs, the list of questions, 新增 修改 删除
TO_DISPUTE = ["Tab"] * 12

CASES = {
    "setup": (TO_VENUE, "Hall B, second floor"),
    "transcript": (["F1"], "The hearing is open and"),
    "opinions": (TO_DISPUTE, "Disputed: fees "),
    "responses": (["Tab", "F8"], "Reason typed before the crash "),
}


def _stored(db_file, hearing_id: str, tab: str, env) -> str:
    """The field as the command line exports it (the transcript: the unfinished turn)."""
    out = db_file.parent / f"{tab}.json"
    export = cli("--db", str(db_file), "export", hearing_id, "--json", str(out), env=env)
    assert export.returncode == 0, export.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    if tab == "setup":
        return doc["hearing"].get("venue") or ""
    if tab == "transcript":
        return doc["transcript"][-1]["text"] if doc.get("transcript") else ""
    if tab == "opinions":
        first = doc["disputes"][0]
        return first if isinstance(first, str) else first["text"]
    return (doc["opinions"][0].get("response") or {}).get("analysis") or ""


def _shown_after_restart(db_file, hearing_id: int, tab: str, qapp) -> str:
    """The field as a window started again on the file shows it (in this process, offscreen)."""
    from hearing_desk.app import create_main_window
    from hearing_desk.storage.database import Database
    from hearing_desk.ui.context import AppContext
    from hearing_desk.ui.settings import Settings

    db = Database(str(db_file))
    window = create_main_window(AppContext(db=db, settings=Settings(db_file.parent / "again.ini")), hearing_id, tab)
    try:
        qapp.processEvents()
        widget = window.tab_widgets[tab]
        if tab == "setup":
            return widget.pages["basic"].ui.venue.text()
        if tab == "transcript":
            return widget.typing.toPlainText()
        if tab == "opinions":
            return widget.disputes.text.toPlainText()
        return widget.answer.analysis.toPlainText()
    finally:
        window.close()
        window.deleteLater()
        qapp.processEvents()
        db.close()


@pytest.mark.parametrize("tab", list(CASES))
def test_typed_field_survives_kill_9(tab, tmp_path, x_display, qapp):
    xdotool = need("xdotool")
    keys, text = CASES[tab]
    db_file = tmp_path / "venue.sqlite3"
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    demo = cli("--db", str(db_file), "demo", env=env)
    assert demo.returncode == 0, demo.stderr
    hearing_id = demo.stdout.strip()
    before = _stored(db_file, hearing_id, tab, env)

    log = tmp_path / "gui.log"
    with open(log, "wb") as errors:
        app = subprocess.Popen([sys.executable, "-m", "hearing_desk", "--db", str(db_file),
                                "--hearing", hearing_id, "--tab", tab],
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
        for key in keys:
            xdo("key", "--clearmodifiers", key)
            time.sleep(0.05)
        xdo("type", "--delay", "15", text)
        time.sleep(1.0)            # one second after the last key ...
        app.send_signal(signal.SIGKILL)   # ... the power goes
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)

    stored = _stored(db_file, hearing_id, tab, env)
    assert text.strip() in stored, (
        f"{tab}: typed {text!r}, stored {stored!r} (before: {before!r}); if the text is elsewhere, "
        f"the keys {keys} no longer reach the field")
    shown = _shown_after_restart(db_file, int(hearing_id), tab, qapp)
    assert text.strip() in shown

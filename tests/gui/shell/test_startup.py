"""Work asked for while the program starts waits for the main window's first paint,
then runs one piece per turn of the event loop (a piece without Qt on a worker thread);
outside a start-up it runs at once."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from hearing_desk.ui import startup


@pytest.fixture(autouse=True)
def _no_start_up_left():
    yield
    startup.drop()


@pytest.fixture
def label(qtbot):
    widget = QLabel("听证会")
    qtbot.addWidget(widget)
    return widget


def test_outside_a_start_up_work_runs_at_once():
    done = []
    startup.after_first_paint(lambda: done.append("now"))
    startup.after_first_paint(lambda: done.append("background, now"), background=True)
    assert done == ["now", "background, now"]


def test_held_work_waits_for_the_first_paint_then_runs_one_piece_per_turn(label, qtbot):
    done: list[str] = []

    def first():
        done.append("first")
        QTimer.singleShot(0, lambda: done.append("a turn of the event loop"))

    startup.hold()
    startup.after_first_paint(first)
    startup.after_first_paint(lambda: done.append("second"))
    startup.release_after_paint(label)
    QApplication.processEvents()
    assert done == []                           # not painted yet: nothing ran
    label.show()
    qtbot.waitUntil(lambda: "second" in done)
    assert done == ["first", "a turn of the event loop", "second"]
    startup.after_first_paint(lambda: done.append("later"))
    assert done[-1] == "later"                  # the start-up is over


def test_work_without_qt_runs_on_a_worker_thread_before_the_next_piece(label, qtbot):
    # thread idents, not names: asking a Qt worker thread for its threading.current_thread()
    # leaves a "Dummy" thread behind for the rest of the process (and for later tests to see)
    threads: list[int] = []
    started, release = threading.Event(), threading.Event()

    def slow():
        started.set()
        release.wait(5)
        threads.append(threading.get_ident())

    startup.hold()
    startup.after_first_paint(slow, background=True)
    startup.after_first_paint(lambda: threads.append(threading.get_ident()))
    startup.release_after_paint(label)
    label.show()
    qtbot.waitUntil(started.is_set)
    for _ in range(5):
        QApplication.processEvents()
    assert threads == []                        # the next piece waits for the worker
    release.set()
    qtbot.waitUntil(lambda: len(threads) == 2)
    assert threads[0] != threading.main_thread().ident
    assert threads[1] == threading.main_thread().ident


def test_a_piece_that_fails_is_logged_and_the_rest_still_runs(label, qtbot, caplog):
    done = []

    def broken():
        raise RuntimeError("字体目录无法读取")

    startup.hold()
    startup.after_first_paint(broken)
    startup.after_first_paint(lambda: done.append("after"))
    startup.release_after_paint(label)
    label.show()
    qtbot.waitUntil(lambda: done == ["after"])
    assert "字体目录无法读取" in caplog.text


def test_a_window_closed_before_its_first_paint_runs_nothing(label, qtbot):
    done = []
    startup.hold()
    startup.after_first_paint(lambda: done.append("late"))
    startup.release_after_paint(label)
    startup.drop()
    label.show()
    qtbot.waitExposed(label)
    label.repaint()                             # painted now, whatever the platform
    for _ in range(5):
        QApplication.processEvents()
    assert done == []


#: what the window's first paint does not wait for (the sound engine, numpy, the documents)
NOT_BEFORE_THE_PAINT = ("PySide6.QtMultimedia", "numpy", "reportlab", "openpyxl", "docx", "pypinyin", "jsonschema",
                        "alembic", "soundfile")

_WINDOW_CHILD = r"""
import json, sys
from hearing_desk import app as hd_app
from hearing_desk.ui import startup

WATCHED = json.loads(sys.argv[2])

def loaded():
    return sorted(name for name in WATCHED if name in sys.modules)

def exec_and_watch(qapp):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from hearing_desk.ui.audio.bar import AudioBar

    window = next(w for w in qapp.topLevelWidgets() if w.isVisible() and w.inherits("QMainWindow"))
    seen = {}

    def after_the_work():
        if startup._pending is not None:
            QTimer.singleShot(20, after_the_work)
            return
        bar = window.findChild(AudioBar)
        seen.update(after=loaded(), listed_after=bar._inputs_listed, played=bar.player.started)
        print("SEEN " + json.dumps(seen), flush=True)
        qapp.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "painted" not in seen:
                window.removeEventFilter(self)
                seen.update(painted=loaded(), listed_at_paint=window.findChild(AudioBar)._inputs_listed)
                QTimer.singleShot(0, after_the_work)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    return qapp.exec()

hd_app._exec = exec_and_watch
sys.exit(hd_app.run_gui(db=sys.argv[1], tab="transcript"))
"""


def test_the_window_is_painted_before_qt_multimedia_and_the_documents_are_loaded(tmp_path):
    """The whole program in a process of its own (what an import loaded stays loaded), at
    现场笔录 with its recording bar: QtMultimedia, numpy and the documents' libraries come
    after the first paint; the microphones are then listed, and nothing was played."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, PYTHONPATH=str(root))
    db = tmp_path / "h.sqlite3"
    subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db), "demo"],      # not the first start:
                   capture_output=True, check=True, cwd=root, env=env, timeout=120)    # that one imports the sample
    proc = subprocess.run([sys.executable, "-c", _WINDOW_CHILD, str(db),
                           json.dumps(NOT_BEFORE_THE_PAINT)],
                          capture_output=True, text=True, cwd=root, env=env, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("SEEN ")]
    assert proc.returncode == 0 and lines, proc.stderr
    seen = json.loads(lines[0][5:])
    assert seen["painted"] == [] and not seen["listed_at_paint"]
    assert "PySide6.QtMultimedia" in seen["after"] and seen["listed_after"]   # the microphones, after the paint
    assert not seen["played"]

"""What does storing every edit as it is typed cost the typist? Prints figures; asserts nothing.

    python benchmarks/bench_autosave.py [--keys 240] [--interval 0.1] [--pause-every 25]

In the main window on the generated full-day hearing (3,000 turns, 600 opinions,
60 participants; tests/tools/generate.py) stored in a SQLite file (WAL,
synchronous=FULL), with the watcher of other programs' commits running:

(a) keystrokes in 听证会设置 → 地点 (a line edit) and 目的 (a text box), and in
    意见处理 → the analysis: ``--keys`` characters each, ``--interval`` seconds apart,
    with a one-second pause every ``--pause-every`` keys (the user stops to think:
    the field is stored then). Each keystroke is timed from sending the key event
    until every event that is due has been handled (``processEvents``); between
    keys the benchmark sleeps without handling events, so every store (the
    debounced ones and those at the latest 1.5 s after the first unsaved key) lands
    in some keystroke's time, as it would delay a real key;
(b) the stores themselves (``AutoSave.flush``: the undo command, the service's
    transaction, the tab's reload), by cause;
(c) asking the database whether another program committed (``PRAGMA
    data_version``, the main window does it every 1.5 s) and the stamp of the open
    hearing taken after each of this program's commits.

QT_QPA_PLATFORM defaults to offscreen; set it to xcb (with DISPLAY) for a real X server.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = ("经研究，该意见涉及数据安全责任的划分，建议在实施细则中进一步明确授权运营单位的义务，"
        "并对数据分类分级、收益分配和个人信息保护作出规定。")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def summary(name: str, values: list[float]) -> None:
    if values:
        print(f"  {name:<40} n={len(values):<5} p50 {ms(pct(values, 50))}  p99 {ms(pct(values, 99))}  "
              f"max {ms(max(values))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=240, help="keystrokes per editor (default 240)")
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between keys (default 0.1)")
    parser.add_argument("--pause-every", type=int, default=25, help="a 1 s pause after this many keys")
    parser.add_argument("--turns", type=int, default=3000)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QGuiApplication, QKeyEvent
    from PySide6.QtWidgets import QApplication

    from hearing_desk.services.hearings import HearingService
    from hearing_desk.storage.database import Database
    from hearing_desk.ui.autosave import AutoSave
    from hearing_desk.ui.context import AppContext
    from hearing_desk.ui.main_window import MainWindow
    from hearing_desk.ui.settings import Settings
    from tests.tools.generate import generate_hearing

    app = QApplication.instance() or QApplication([])
    folder = tempfile.TemporaryDirectory(prefix="bench-autosave-")
    db = Database(str(Path(folder.name) / "hearings.sqlite3"))
    hid = HearingService(db).add(generate_hearing(turns=args.turns))
    ctx = AppContext(db=db, settings=Settings(Path(folder.name) / "settings.ini"))
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    window.open_hearing(hid, "setup")
    app.processEvents()
    print(f"hearing: {args.turns} turns, 600 opinions, 60 participants; database {db.describe()}")
    print(f"Qt platform: {QGuiApplication.platformName()}; keys {args.interval * 1000:.0f} ms apart, "
          f"a 1 s pause every {args.pause_every} keys")

    stores: dict[str, list[float]] = defaultdict(list)
    flush = AutoSave.flush

    def timed_flush(self, cause=None, _flush=flush):
        pending = self.is_pending()
        t = time.perf_counter()
        try:
            return _flush(self, cause) if cause is not None else _flush(self)
        finally:
            if pending:
                stores[getattr(cause, "value", "leave")].append(time.perf_counter() - t)
    AutoSave.flush = timed_flush  # type: ignore[method-assign]   # timed, for this run only

    def type_into(widget, n: int) -> list[float]:
        widget.setFocus()
        app.processEvents()
        times = []
        next_at = time.perf_counter()
        for i in range(n):
            ch = TEXT[i % len(TEXT)]
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            release = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            pause = next_at - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            t = time.perf_counter()
            QApplication.sendEvent(widget, press)
            QApplication.sendEvent(widget, release)
            app.processEvents()
            times.append(time.perf_counter() - t)
            next_at = t + args.interval + (1.0 if (i + 1) % args.pause_every == 0 else 0.0)
        time.sleep(0.7)
        app.processEvents()
        return times

    setup_tab: Any = window.tab_widgets["setup"]
    basic = setup_tab.pages["basic"]
    print("\n(a) keystrokes (each: the key event and every event then due, stores included)")
    basic.ui.venue.clear()
    summary("听证会设置 → 地点 (line edit)", type_into(basic.ui.venue, args.keys))
    basic.ui.purpose.clear()
    summary("听证会设置 → 目的 (text box)", type_into(basic.ui.purpose, args.keys))
    ctx.edits.flush_all()
    window.show_tab("responses")
    app.processEvents()
    responses: Any = window.tab_widgets["responses"]
    answer = responses.answer
    answer.go_to(answer.ordered_opinions()[0].id)
    answer.analysis.selectAll()
    summary("意见处理 → 分析及处理建议 (text box)", type_into(answer.analysis, args.keys))
    ctx.edits.flush_all()
    AutoSave.flush = flush  # type: ignore[method-assign]

    print("\n(b) the stores (undo command, transaction with synchronous=FULL, the tab's reload)")
    for cause, values in stores.items():
        summary(f"stored on {cause}", values)
    print(f"  undo steps made by {3 * args.keys} keystrokes in 3 fields: {ctx.undo_stack.count()}")

    print("\n(c) other programs' commits")
    watcher = db.watcher()
    assert watcher is not None                              # an SQLite file has one
    polls = []
    for _ in range(200):
        t = time.perf_counter()
        watcher.poll()
        polls.append(time.perf_counter() - t)
    summary("PRAGMA data_version (every 1.5 s)", polls)
    stamps = []
    for _ in range(50):
        t = time.perf_counter()
        with watcher._lock:
            watcher._read_stamp()
        stamps.append(time.perf_counter() - t)
    summary("stamp of the open hearing (per commit)", stamps)

    window.close()
    db.close()
    folder.cleanup()


if __name__ == "__main__":
    main()

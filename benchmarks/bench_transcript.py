"""How fast is the live transcript tab on a full-day hearing? Prints figures; asserts nothing.

    python benchmarks/bench_transcript.py [--keys 2000] [--interval 0.02] [--opens 5]

With the generated 3,000-turn hearing (tests/tools/generate.py) stored in a
SQLite file (WAL, synchronous=FULL) and its transcript tab shown:

(a) opening the tab: ``set_hearing`` until the turn list has painted (target < 500 ms);
(b) one keystroke in the typing box: the key event sent and every event that is
    due handled (``processEvents``), for ``--keys`` keystrokes typed
    ``--interval`` seconds apart, every 60th an Enter that records the turn.
    Between keys the benchmark sleeps without handling events, so the autosave
    ticks, the timer's refresh and the writer's "saved" notices all land in
    some keystroke's time (targets: p99 < 8 ms, max < 50 ms);
(c) the writes of the typing box in the writer's thread (for information);
(d) a few other actions: search, a correction and its undo, Ctrl+M;
(e) the process's memory (RSS; target < 300 MB).

QT_QPA_PLATFORM defaults to offscreen; set it to xcb (with DISPLAY) for a real X server.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = ("关于公共数据授权运营的范围，建议进一步明确数据安全责任，数据分类分级应当细化，"
        "授权运营单位的选择应公开透明，收益分配机制需要研究，应当保障个人信息权益。")


def rss_mb() -> tuple[float, float]:
    """Current and peak resident memory of this process, in MB."""
    current = peak = float("nan")
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return current, peak


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def summary(name: str, values: list[float]) -> None:
    if not values:
        return
    print(f"  {name:<34} n={len(values):<5} p50 {ms(pct(values, 50))}  p99 {ms(pct(values, 99))}  "
          f"max {ms(max(values))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=2000, help="keystrokes to time (default 2000)")
    parser.add_argument("--interval", type=float, default=0.02, help="seconds between keys (default 0.02)")
    parser.add_argument("--opens", type=int, default=5, help="times the tab is opened (default 5)")
    parser.add_argument("--turns", type=int, default=3000)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QGuiApplication, QKeyEvent
    from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.transcript import TranscriptService
    from hearing_desk.storage.database import Database
    from hearing_desk.ui.context import AppContext
    from hearing_desk.ui.settings import Settings
    from hearing_desk.ui.transcript import TranscriptTab
    from hearing_desk.ui.transcript.document import SPEAKER_KEYS
    from tests.tools.generate import generate_hearing

    app = QApplication.instance() or QApplication([])
    folder = tempfile.TemporaryDirectory(prefix="bench-transcript-")
    db = Database(str(Path(folder.name) / "hearings.sqlite3"))
    hid = HearingService(db).add(generate_hearing(turns=args.turns))
    ctx = AppContext(db=db, settings=Settings(Path(folder.name) / "settings.ini"))
    print(f"hearing: {args.turns} turns, 600 opinions, 60 participants; database {db.describe()}")
    print(f"Qt platform: {QGuiApplication.platformName()}; memory after start: {rss_mb()[0]:.0f} MB")

    window = QTabWidget()
    tab = TranscriptTab(ctx)
    window.addTab(QLabel("设置"), "设置")
    window.addTab(tab, "现场笔录")
    window.setCurrentWidget(tab)
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    # (c) time the writer's database writes from its own thread
    writes: list[float] = []
    service: TranscriptService = tab.doc.service
    for name in ("save_draft", "append_turn"):
        original = getattr(service, name)

        def timed(*a, _original=original, **k):
            t = time.perf_counter()
            try:
                return _original(*a, **k)
            finally:
                writes.append(time.perf_counter() - t)
        setattr(service, name, timed)

    # (a) opening
    opens, loads, paints = [], [], []
    load = service.load

    def timed_load(*a, **k):
        t = time.perf_counter()
        try:
            return load(*a, **k)
        finally:
            loads.append(time.perf_counter() - t)
    service.load = timed_load  # type: ignore[method-assign]   # timed, for this run only
    for _ in range(args.opens):
        tab.set_hearing(None)
        app.processEvents()
        t = time.perf_counter()
        tab.set_hearing(hid)
        app.processEvents()
        p = time.perf_counter()
        tab.turns.viewport().repaint()
        paints.append(time.perf_counter() - p)
        opens.append(time.perf_counter() - t)
    service.load = load  # type: ignore[method-assign]
    print("\n(a) opening the transcript tab (set_hearing + first paint of the turn list)")
    print(f"  first {ms(opens[0])}   median of {len(opens)} {ms(statistics.median(opens))}   "
          f"max {ms(max(opens))}   (target < 500 ms)")
    print(f"  of which reading the database: median {ms(statistics.median(loads))}; "
          f"painting the list: median {ms(statistics.median(paints))}")
    time.sleep(1.5)                  # the names' pinyin is read in a thread after opening
    app.processEvents()

    # (b) typing
    typing = tab.typing
    tab.recording.pick_key(next(k for k in SPEAKER_KEYS if k.key == "F1"))
    keys: list[float] = []
    enters: list[float] = []
    ticks_before = len(writes)
    next_at = time.perf_counter()
    for i in range(args.keys):
        enter = i % 60 == 59
        if enter:
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            release = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        else:
            ch = TEXT[i % len(TEXT)]
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            release = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        pause = next_at - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        t = time.perf_counter()
        QApplication.sendEvent(typing, press)
        QApplication.sendEvent(typing, release)
        app.processEvents()
        (enters if enter else keys).append(time.perf_counter() - t)
        next_at = t + args.interval
    tab.flush()
    app.processEvents()
    print(f"\n(b) keystrokes in the typing box, {args.interval * 1000:.0f} ms apart "
          f"(targets: p99 < 8 ms, max < 50 ms)")
    summary("all keystrokes", keys + enters)
    summary("characters", keys)
    summary("Enter (records the turn)", enters)
    print(f"  autosave and append writes during typing: {len(writes) - ticks_before}")

    print("\n(c) database writes in the writer's thread (not on the GUI thread)")
    summary("save_draft / append_turn", writes)

    # (d) other actions
    print("\n(d) other actions on the 3,000-turn transcript")
    t = time.perf_counter()
    tab.editing.find("数据安全")
    summary("search (first match)", [time.perf_counter() - t])
    seq = tab.doc.model.turns[len(tab.doc.model.turns) // 2].seq
    t = time.perf_counter()
    tab.editing.correct_text(seq, "更正后的文字。")
    app.processEvents()
    summary("correction (to the database)", [time.perf_counter() - t])
    t = time.perf_counter()
    ctx.undo_stack.undo()
    app.processEvents()
    summary("undo of the correction", [time.perf_counter() - t])
    row = next(i for i, turn in enumerate(tab.doc.model.turns)
               if turn.speaker and turn.speaker.startswith("p"))
    tab.editing.select_row(row)
    t = time.perf_counter()
    tab.editing.mark_opinion()
    app.processEvents()
    summary("Ctrl+M (opinion from a turn)", [time.perf_counter() - t])

    current, peak = rss_mb()
    print(f"\n(e) memory: {current:.0f} MB now, {peak:.0f} MB at most (target < 300 MB)")
    tab.shutdown()
    window.close()
    db.close()
    folder.cleanup()


if __name__ == "__main__":
    main()

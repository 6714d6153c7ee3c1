"""How fast is the live transcript tab on a full-day hearing? Prints figures; asserts nothing.

    python benchmarks/bench_transcript.py [--keys 2000] [--interval 0.02] [--opens 5] [--ime]

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

With ``--ime`` the tab runs on a private X server (Xvfb) with a real pinyin input
method (ibus + libpinyin, ``tests/tools/ime.py``; QT_IM_MODULE=ibus), and besides (b):

(f) keystrokes typed through the input method: X key events (XTest) of pinyin
    letters, a space that commits each word and every sixth word an Enter, each
    timed from the key sent to the X server until the typing box has handled what
    the input method made of it (the composition shown, the word committed, the
    turn recorded) and the events then due (target: p99 < 8 ms). The input
    method's own work (ibus and the engine, over D-Bus) is in these times.

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

#: what (f) types: pinyin words, each committed with a space (their first candidates)
PINYIN = ("guanyu gonggong shuju shouquan yunying de fanwei jianyi jinyibu mingque shuju anquan zeren "
          "shuju fenlei fenji yingdang xihua").split()
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
    parser.add_argument("--ime", action="store_true",
                        help="also type through a real pinyin input method on a private X server (f)")
    parser.add_argument("--ime-keys", type=int, default=1500, help="keystrokes typed through it (default 1500)")
    args = parser.parse_args()
    if args.ime and os.environ.get("QT_IM_MODULE") != "ibus":
        with_input_method()         # runs this script again under Xvfb with ibus, and returns
        return

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

    if args.ime:
        type_through_input_method(app, window, tab, args)

    current, peak = rss_mb()
    print(f"\n(e) memory: {current:.0f} MB now, {peak:.0f} MB at most (target < 300 MB)")
    tab.shutdown()
    window.close()
    db.close()
    folder.cleanup()


def with_input_method() -> None:
    """Run this script again on a private X server with ibus + libpinyin, and end them."""
    import subprocess

    from tests.tools.ime import NoInputMethod, pinyin_ime

    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            display = ":" + fh.readline().strip()
        with tempfile.TemporaryDirectory(prefix="bench-ime-") as folder, pinyin_ime(Path(folder), display) as env:
            subprocess.run([sys.executable, *sys.argv], env=env, check=False)
    except NoInputMethod as exc:
        print(f"no input method: {exc}")
    finally:
        xvfb.terminate()
        xvfb.wait(10)


class XKeys:
    """Key presses sent to the X server (XTest), as a keyboard does."""

    def __init__(self):
        import ctypes
        import ctypes.util
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XStringToKeysym.restype = ctypes.c_ulong
        self.x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(None)
        self._codes: dict[str, int] = {}

    def tap(self, name: str) -> None:
        """Press and release the key ``name`` (an X keysym name: ``a``, ``space``, ``Return``)."""
        code = self._codes.get(name)
        if code is None:
            code = self._codes[name] = self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(name.encode()))
        self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        self.x11.XFlush(self.display)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)


def type_through_input_method(app, window, tab, args) -> None:
    """(f): see the module. The same keys go to a bare QPlainTextEdit too: what the input
    method costs by itself."""
    from PySide6.QtWidgets import QPlainTextEdit

    keys = XKeys()
    bare_editor = QPlainTextEdit()
    bare_editor.resize(800, 200)
    bare_editor.show()
    # the words once, untimed: the engine's first look-up of a word costs more than later ones
    _timed_typing(app, bare_editor, bare_editor, keys, args, sum(len(w) + 1 for w in PINYIN))
    before = tab.doc.model.rowCount()
    box = _timed_typing(app, window, tab.typing, keys, args, args.ime_keys)
    recorded = tab.doc.model.rowCount() - before
    tab.flush()
    bare = _timed_typing(app, bare_editor, bare_editor, keys, args, args.ime_keys)
    bare_editor.close()
    keys.close()
    print(f"\n(f) keystrokes through the input method (ibus + libpinyin, QT_IM_MODULE=ibus), "
          f"{args.interval * 1000:.0f} ms apart (target: p99 < 8 ms)")
    print("  key sent to the X server → the typing box has shown what the input method made of it:")
    summary("all keystrokes", box["all"])
    summary("pinyin letters (composition shown)", box["letters"])
    summary("space (the word committed)", box["commits"])
    summary("Enter (records the turn)", box["enters"])
    print("  of which the program (the box's event handled → every event then due handled):")
    summary("all keystrokes", box["program"])
    print("  the same keys in a bare QPlainTextEdit (the input method's own time):")
    summary("all keystrokes", bare["all"])
    summary("of which the editor", bare["program"])
    print(f"  turns recorded: {recorded}; keys with no answer within 1 s: {box['lost']} (bare: {bare['lost']})")


def _timed_typing(app, window, editor, keys: XKeys, args, count: int) -> dict:
    """Type ``count`` keys of :data:`PINYIN` into ``editor``; the times of each."""
    from PySide6.QtCore import QEvent, QObject

    class Seen(QObject):
        """When the editor was given what the input method made of a key (or the key)."""

        def __init__(self):
            super().__init__()
            self.count, self.at = 0, 0.0

        def eventFilter(self, obj, event):
            if event.type() in (QEvent.Type.InputMethod, QEvent.Type.KeyPress):
                if self.count == 0 or self.at == 0.0:
                    self.at = time.perf_counter()
                self.count += 1
            return False

    deadline = time.monotonic() + 10
    while not (window.isActiveWindow() and editor.hasFocus()) and time.monotonic() < deadline:
        window.raise_()
        window.activateWindow()
        editor.setFocus()
        pause = time.monotonic() + 0.2
        while time.monotonic() < pause:
            app.processEvents()
    if not editor.hasFocus():
        print(f"  ({type(editor).__name__} did not get the keyboard: not timed)")
        return {"letters": [], "commits": [], "enters": [], "all": [], "program": [], "lost": count}
    seen = Seen()
    editor.installEventFilter(seen)
    keys.tap("space")                   # the input method wakes up (its first answer is slow)
    end = time.monotonic() + 2
    while time.monotonic() < end:
        app.processEvents()
    editor.clear()
    times: dict = {"letters": [], "commits": [], "enters": [], "all": [], "program": [], "lost": 0}
    sent = words = 0
    next_at = time.perf_counter()
    while sent < count:
        word = PINYIN[words % len(PINYIN)]
        words += 1
        plan = [(ch, "letters") for ch in word] + [("space", "commits")] + \
            ([("Return", "enters")] if words % 6 == 0 else [])
        for name, kind in plan:
            pause = next_at - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            answers = seen.count
            seen.at = 0.0
            t = time.perf_counter()
            keys.tap(name)
            while seen.count == answers and time.perf_counter() - t < 1.0:
                app.processEvents()
            app.processEvents()         # what the key made due: the paint, the autosave, the timer
            done = time.perf_counter()
            if seen.count == answers:
                times["lost"] += 1
                if times["lost"] >= 10 and not times["all"]:
                    print("  (the input method answers nothing: stopped)")
                    return times
            else:
                times[kind].append(done - t)
                times["all"].append(done - t)
                times["program"].append(done - seen.at)
            next_at = t + args.interval
            sent += 1
    editor.removeEventFilter(seen)
    return times


if __name__ == "__main__":
    main()

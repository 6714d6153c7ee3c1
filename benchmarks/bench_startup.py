"""Start-up: the first window painted, against a bare PySide6 window with four tabs.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--platform offscreen] [--hearing FILE.json]

The window opens the sample hearing at 现场笔录, or the hearing file given (e.g. a
full-day hearing from ``python -m tests.tools.generate full.json``).

Both are whole processes started the same way on the same machine, one after the
other in each run, so the ratio holds even when the machine is busy. A process ends
at the first paint of its main window (the hearing list and the last tab shown).
Two times are taken: from starting the process to that first paint (what the user
waits for: the interpreter's start and every import included; the child reports the
moment of its paint on the system-wide monotonic clock, which the parent compares
with the moment it started the child), and the whole process, its exit included
(closing the window stores what it holds and waits for its threads); and the CPU
time the child had used at its first paint (all its threads), which a machine busy
with other work changes far less than the wall clock. Memory is the peak resident
size (ru_maxrss) at the first paint, reported by the child, and of the whole process
(which includes what the program loads after its first paint while it exits). Python writes no bytecode cache
here unless told to, so the first run warms the cache (PYTHONDONTWRITEBYTECODE is
removed for the children).
Also counted: the modules imported at the first paint, and which of LATE (QtMultimedia,
numpy, the documents' libraries …: what the first paint must not wait for) were among them.
Target: the first paint within 2.5x the bare window's time and 2x its memory.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent

#: what the first paint does not wait for (loaded after it, when needed): reported when loaded before it
LATE = ("PySide6.QtMultimedia", "numpy", "soundfile", "reportlab", "openpyxl", "docx", "pypinyin", "jsonschema",
        "alembic", "PySide6.QtPdf", "PySide6.QtCharts", "PySide6.QtPrintSupport")

#: Ends the process at the main window's first paint; prints when (system-wide monotonic
#: clock), the CPU time used and the peak memory then. PySide6 is imported when the probe
#: is installed, not before: the program's own import order is part of its start-up.
_PAINT_PROBE = r"""
import resource
import sys
import time

LATE = """ + repr(LATE) + r"""

def watch(window):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                when, cpu = time.monotonic(), time.process_time()
                mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                late = ",".join(m for m in LATE if m in sys.modules) or "-"
                QTimer.singleShot(0, lambda: (print(f"PAINTED {when:.6f} {cpu:.6f} {mb:.1f} {len(sys.modules)} {late}",
                                                    flush=True),
                                              QApplication.instance().exit(0)))
            return False

    window.installEventFilter(FirstPaint(window))
"""

_BARE = _PAINT_PROBE + r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QLabel
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
for name in ("听证会设置", "现场笔录", "意见登记", "意见处理"):
    tabs.addTab(QLabel(name), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
watch(window)
window.show()
app.exec()
"""

_HEARING_DESK = _PAINT_PROBE + r"""
import sys
from hearing_desk import app as hd_app

def exec_with_probe(qapp):
    window = next(w for w in qapp.topLevelWidgets() if w.isVisible() and w.inherits("QMainWindow"))
    watch(window)
    return qapp.exec()

hd_app._exec = exec_with_probe
sys.exit(hd_app.run_gui(db=sys.argv[1], tab="transcript"))
"""


class Run(NamedTuple):
    paint: float        # seconds from starting the process to its first paint
    cpu: float          # CPU seconds it had used then
    paint_mb: float     # peak resident MB then
    whole: float        # seconds of the whole process, its exit included
    whole_mb: float     # peak resident MB of the whole process
    modules: float      # modules imported at the first paint
    late: str           # of LATE, those imported before the first paint ("-": none)


def measure(code: str, args: list[str], env: dict) -> Run:
    """One child, its whole-process memory read in isolation (the wrapper has no other child)."""
    wrapper = ("import resource, subprocess, sys, time\n"
               "t = time.monotonic()\n"
               "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "w = time.monotonic() - t\n"
               "painted = [l.split()[1:] for l in p.stdout.splitlines() if l.startswith('PAINTED')]\n"
               "at, cpu, mb, mods, late = ((float(painted[0][0]) - t, *painted[0][1:]) if painted\n"
               "                           else (-1, -1, -1, 0, '-'))\n"
               "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
               "print(f'{at:.4f} {cpu} {mb} {w:.4f} {peak:.1f} {mods} {late}')\n"
               "sys.stderr.write(p.stderr)\n")
    child = [sys.executable, "-c", code, *args]
    proc = subprocess.run([sys.executable, "-c", wrapper, *child], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=180)
    *numbers, late = proc.stdout.split()
    paint, cpu, paint_mb, whole, whole_mb, modules = map(float, numbers)
    run = Run(paint, cpu, paint_mb, whole, whole_mb, modules, late)
    if run.paint < 0:
        raise SystemExit(f"the child did not paint:\n{proc.stderr}")
    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--hearing", type=Path, help="a hearing file to open instead of the sample")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hd-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, PYTHONPATH=str(ROOT),
               HEARING_DESK_DATA_DIR=str(tmp / "data"), HEARING_DESK_CONFIG_DIR=str(tmp / "config"),
               HEARING_DESK_LOG_DIR=str(tmp / "log"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = tmp / "startup.sqlite3"
    add = ["import", str(args.hearing.resolve())] if args.hearing else ["demo"]
    subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db), *add], env=env, cwd=ROOT,
                   check=True, capture_output=True)
    measure(_BARE, [], env)                      # warm the bytecode cache and the page cache
    measure(_HEARING_DESK, [str(db)], env)
    bare: list[Run] = []
    hd: list[Run] = []
    for _ in range(args.runs):
        bare.append(measure(_BARE, [], env))
        hd.append(measure(_HEARING_DESK, [str(db)], env))

    print(f"platform {args.platform}, {args.runs} runs (medians); bare PySide6 window with four tabs"
          f" against Hearing Desk on {args.hearing.name if args.hearing else 'the sample hearing'} at 现场笔录")
    print(f"{'':34s}{'bare':>10s}{'Hearing Desk':>14s}{'ratio':>9s}")
    for label, field, unit, scale in (("start to first paint (target 2.5x)", "paint", "ms", 1000),
                                      ("CPU at first paint", "cpu", "ms", 1000),
                                      ("memory at first paint (target 2x)", "paint_mb", "MB", 1),
                                      ("whole process, exit included", "whole", "ms", 1000),
                                      ("memory, whole process", "whole_mb", "MB", 1)):
        b = statistics.median(getattr(r, field) for r in bare)
        h = statistics.median(getattr(r, field) for r in hd)
        print(f"{label:34s}{b * scale:7.0f} {unit}{h * scale:11.0f} {unit}{h / b:8.2f}x")
    print(f"{'modules imported at first paint':34s}{statistics.median(r.modules for r in bare):10.0f}"
          f"{statistics.median(r.modules for r in hd):14.0f}")
    early = sorted({name for r in hd if r.late != "-" for name in r.late.split(",")})
    print("loaded before the first paint though it could wait: " + (", ".join(early) or "none"))


if __name__ == "__main__":
    main()

"""Start-up: the first window painted, against a bare PySide6 window with four tabs.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--platform offscreen]

Both are whole processes started the same way on the same machine, one after the
other in each run, so the ratio holds even when the machine is busy. A process ends
at the first paint of its main window (the hearing list and the last tab shown) and
reports how long that took from its own start; the benchmark also reads its peak
memory (ru_maxrss). Python writes no bytecode cache here unless told to, so the
first run warms the cache (PYTHONDONTWRITEBYTECODE is removed for the children).
Target: Hearing Desk within 2.5x the bare window's time and 2x its memory.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Ends the process at the main window's first paint; prints the seconds since start.
_PAINT_PROBE = r"""
import time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"PAINTED {time.perf_counter() - START:.4f}", flush=True),
                                          QApplication.instance().exit(0)))
        return False

def watch(window):
    window.installEventFilter(FirstPaint(window))
"""

_BARE = _PAINT_PROBE + r"""
from PySide6.QtWidgets import QMainWindow, QTabWidget, QLabel
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


def measure(code: str, args: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, peak MB) of one child, its memory read in isolation."""
    wrapper = ("import resource, subprocess, sys, time\n"
               "t = time.perf_counter()\n"
               "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "w = time.perf_counter() - t\n"
               "ok = any(l.startswith('PAINTED') for l in p.stdout.splitlines())\n"
               "print(f'{w:.4f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f} {int(ok)}')\n"
               "sys.stderr.write(p.stderr)\n")
    child = [sys.executable, "-c", "import time; START = time.perf_counter()\n" + code, *args]
    proc = subprocess.run([sys.executable, "-c", wrapper, *child], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=180)
    wall, mb, ok = proc.stdout.split()
    if ok != "1":
        raise SystemExit(f"the child did not paint:\n{proc.stderr}")
    return float(wall), float(mb)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hd-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, PYTHONPATH=str(ROOT),
               HEARING_DESK_DATA_DIR=str(tmp / "data"), HEARING_DESK_CONFIG_DIR=str(tmp / "config"),
               HEARING_DESK_LOG_DIR=str(tmp / "log"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = tmp / "startup.sqlite3"
    subprocess.run([sys.executable, "-m", "hearing_desk", "--db", str(db), "demo"], env=env, cwd=ROOT,
                   check=True, capture_output=True)
    measure(_BARE, [], env)                      # warm the bytecode cache and the page cache
    measure(_HEARING_DESK, [str(db)], env)
    bare_t, bare_m, hd_t, hd_m = [], [], [], []
    for _ in range(args.runs):
        t, m = measure(_BARE, [], env)
        bare_t.append(t)
        bare_m.append(m)
        t, m = measure(_HEARING_DESK, [str(db)], env)
        hd_t.append(t)
        hd_m.append(m)
    med = statistics.median
    print(f"platform {args.platform}, {args.runs} runs, whole processes until the first paint")
    print(f"bare PySide6, four tabs : {med(bare_t) * 1000:7.0f} ms  {med(bare_m):6.1f} MB")
    print(f"Hearing Desk (sample)   : {med(hd_t) * 1000:7.0f} ms  {med(hd_m):6.1f} MB")
    print(f"ratio                   : {med(hd_t) / med(bare_t):7.2f} x time (target <= 2.5)"
          f"  {med(hd_m) / med(bare_m):.2f} x memory (target <= 2)")


if __name__ == "__main__":
    main()

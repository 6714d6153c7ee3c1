"""Python's cyclic garbage collected in the GUI thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold is
passed — often a background task (an export, the report preview). When that garbage
holds Qt objects, their C++ side is then destroyed outside the GUI thread, and Qt
crashes (a segmentation fault, seen in the test suite). As pyqtgraph's
``GarbageCollector`` does, automatic collection is switched off and the same
generational thresholds are checked on a timer in the GUI thread.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_thresholds = gc.get_threshold()


def collect_if_due() -> int:
    """One generational step, as the automatic collector would take it (GUI thread only)."""
    young, middle, old = gc.get_count()
    found = 0
    if young > _thresholds[0]:
        found += gc.collect(0)
        if middle > _thresholds[1]:
            found += gc.collect(1)
            if old > _thresholds[2]:
                found += gc.collect(2)
    return found


class GuiThreadCollector(QObject):
    """Turns automatic collection off while it lives; checks every ``interval_ms``."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start(interval_ms)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

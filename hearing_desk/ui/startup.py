"""Start-up: the first window is painted before anything it does not show is loaded.

Heavy work that a later key or click needs (pinyin tables for the speaker picker,
the other tabs' modules with QtPdf, QtCharts and reportlab) is asked for with
:func:`after_first_paint`. While the program starts (:func:`hold` … :func:`release_after_paint`)
it waits until the main window has been painted once, then runs one piece at a time:
a piece for the GUI thread in one turn of the event loop (a key pressed meanwhile waits
for at most that piece), a piece without Qt on a worker thread (``background=True``),
the next piece when it is done. Outside a start-up (tests, a tab built later) work runs
at once, as if there were no start-up.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from .background import run_in_background

log = logging.getLogger(__name__)

#: work waiting for the first paint (and whether it runs on a worker thread);
#: None when no start-up is in progress
_pending: list[tuple[Callable[[], object], bool]] | None = None


def hold() -> None:
    """A start-up begins: :func:`after_first_paint` keeps work until the first paint."""
    global _pending
    if _pending is None:
        _pending = []


def after_first_paint(work: Callable[[], object], *, background: bool = False) -> None:
    """Run ``work`` once the first window is painted (now, if no start-up is in progress):
    in the GUI thread, or with ``background`` on a worker thread (then it must not touch Qt)."""
    if _pending is None:
        work()
    else:
        _pending.append((work, background))


def release_after_paint(window: QWidget) -> None:
    """Run the held work, one piece per event-loop turn, after ``window``'s first paint."""
    window.installEventFilter(_FirstPaint(window))


def drop() -> None:
    """The start-up ended without a paint (the window was closed first): forget the work."""
    global _pending
    _pending = None


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _run_next)
            self.deleteLater()
        return False


def _run_next() -> None:
    global _pending
    if not _pending:
        _pending = None         # the start-up is over: later work runs at once
        return
    work, background = _pending.pop(0)
    if background:
        task = run_in_background(None, work, on_error=lambda exc: _failed(work, exc),
                                 description=f"start-up: {_name(work)}")
        task.finished.connect(_run_next)
        return
    started = time.perf_counter()
    try:
        work()
    except Exception as exc:    # noqa: BLE001 - what failed here is done when first needed
        _failed(work, exc)
    log.debug("after the first paint: %s took %.0f ms", _name(work), (time.perf_counter() - started) * 1000)
    QTimer.singleShot(0, _run_next)


def _failed(work: Callable[[], object], exc: BaseException) -> None:
    log.warning("start-up work %s failed: %s", _name(work), exc)


def _name(work: Callable[[], object]) -> str:
    if isinstance(work, partial):
        return f"{_name(work.func)}({', '.join(map(repr, work.args))})"
    return getattr(work, "__qualname__", repr(work))

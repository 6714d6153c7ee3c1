"""Run slow work (imports, exports) off the GUI thread — the one helper for it.

Modelled on Anki's ``aqt/operations`` and Orange's ``TaskState``::

    task = run_in_background(self, ctx.documents.export, hid, targets,
                             on_done=lambda _: ..., on_error=..., on_progress=...)

* ``fn(*args, **kwargs)`` runs on a worker thread of ``QThreadPool.globalInstance()``.
  It must not touch widgets. Services open their own database session per call,
  so each thread has its own session.
* When ``on_progress`` is given, ``fn`` is also passed ``progress=report`` where
  ``report(done: int, total: int, text: str = "")`` may be called from the worker;
  it raises :class:`Cancelled` once :meth:`Task.cancel` was called, which ends the work.
* Result, error and progress come back through :class:`Task`, a QObject living in
  the GUI thread: its signals are delivered there (queued), so the callbacks may
  use widgets freely.
* Every running task is kept referenced (``running_tasks()``) until it finished,
  so neither the Python wrapper nor the runnable is collected while it works.
* Without ``on_error`` an error is shown in a message box: a
  :class:`~hearing_desk.errors.HearingDeskError` with its Chinese
  message, anything else as an internal error, logged with its traceback.
"""
from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from ..errors import HearingDeskError

log = logging.getLogger(__name__)

#: minimum seconds between two progress reports delivered to the GUI (the last one always goes)
PROGRESS_INTERVAL = 0.05

_RUNNING: set[Task] = set()


class Cancelled(Exception):
    """Raised inside the worker by ``progress()`` after :meth:`Task.cancel`."""


class Task(QObject):
    """The GUI-thread side of one piece of background work."""

    #: the function's return value
    done = Signal(object)
    #: the exception it raised (not emitted for a cancelled task)
    failed = Signal(object)
    #: done, total, text
    progress = Signal(int, int, str)
    #: after done/failed, or when a cancelled task stopped
    finished = Signal()

    # worker -> GUI thread (queued because this object lives in the GUI thread)
    _result = Signal(object)
    _error = Signal(object, str)
    _progress = Signal(int, int, str)
    _cancelled = Signal()

    def __init__(self, description: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.description = description
        self.result: Any = None
        self.error: BaseException | None = None
        self.error_traceback = ""
        self._cancel = threading.Event()
        self._finished = threading.Event()
        self._last_progress = 0.0
        self._runnable: QRunnable | None = None      # held until the work finished
        self._result.connect(self._on_result)
        self._error.connect(self._on_error)
        self._progress.connect(self._on_progress)
        self._cancelled.connect(self._on_cancelled)

    # ---------------------------------------------------------------- state
    def cancel(self) -> None:
        """Ask the work to stop: its next ``progress()`` call raises :class:`Cancelled`."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self in _RUNNING

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker function has returned (its signals may still be queued);
        the backup on closing waits for a backup still running."""
        return self._finished.wait(None if timeout_ms < 0 else timeout_ms / 1000)

    # ---------------------------------------------------------------- worker side
    def report(self, done: int, total: int, text: str = "") -> None:
        """Called from the worker (passed to ``fn`` as ``progress=``)."""
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self._progress.emit(int(done), int(total), str(text))

    def _run(self, fn: Callable, args: tuple, kwargs: dict) -> None:
        try:
            value = fn(*args, **kwargs)
        except Cancelled:
            self._finished.set()
            self._cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            self._finished.set()
            self._error.emit(exc, traceback.format_exc())
        else:
            self._finished.set()
            self._result.emit(value)

    # ---------------------------------------------------------------- GUI side
    @Slot(object)
    def _on_result(self, value: Any) -> None:
        self.result = value
        try:
            self.done.emit(value)
        finally:
            self._finish()

    @Slot(object, str)
    def _on_error(self, exc: BaseException, tb: str) -> None:
        self.error, self.error_traceback = exc, tb
        if not isinstance(exc, HearingDeskError):
            log.error("background task %r failed:\n%s", self.description, tb)
        try:
            self.failed.emit(exc)
        finally:
            self._finish()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self in _RUNNING:
            self.progress.emit(done, total, text)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()

    def _finish(self) -> None:
        _RUNNING.discard(self)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.setAutoDelete(False)       # the Task holds this object until it finished
        self._task, self._fn, self._args, self._kwargs = task, fn, args, kwargs

    def run(self) -> None:
        self._task._run(self._fn, self._args, self._kwargs)


def run_in_background(parent: QObject | None, fn: Callable, *args: Any,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int, str], None] | None = None,
                      description: str = "", **kwargs: Any) -> Task:
    """Start ``fn(*args, **kwargs)`` on a worker thread; call back in the GUI thread.

    ``parent`` is the widget error messages are shown over (it does not own the task).
    Must be called from the GUI thread.
    """
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("run_in_background must be called from the GUI thread")
    task = Task(description or getattr(fn, "__name__", "task"))
    if on_done is not None:
        task.done.connect(on_done)
    task.failed.connect(on_error if on_error is not None else (lambda exc: show_error(parent, task, exc)))
    if on_progress is not None:
        task.progress.connect(on_progress)
        kwargs["progress"] = task.report
    task._runnable = _Runnable(task, fn, args, kwargs)
    _RUNNING.add(task)
    QThreadPool.globalInstance().start(task._runnable)
    return task


def running_tasks() -> list[Task]:
    return list(_RUNNING)


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Wait for every running task's worker to return, then deliver their signals."""
    ok = QThreadPool.globalInstance().waitForDone(timeout_ms)
    QCoreApplication.sendPostedEvents()
    return ok


def show_error(parent: QObject | None, task: Task, exc: BaseException) -> None:
    """The default ``on_error``: a message box in Chinese."""
    from PySide6.QtWidgets import QMessageBox, QWidget
    from shiboken6 import isValid

    widget = parent if isinstance(parent, QWidget) and isValid(parent) else None
    title = QCoreApplication.translate("background", "操作未完成")
    if isinstance(exc, HearingDeskError):
        text = str(exc)
    else:
        text = QCoreApplication.translate(
            "background", "程序内部错误，操作未完成（{0}）。详细信息已写入日志文件。").format(task.description)
    QMessageBox.warning(widget, title, text)

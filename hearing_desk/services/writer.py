"""The transcript's writer thread: the typing box's turn, and turns appended from it,
are stored off the GUI thread, in order, so that typing never waits for the disk."""
from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..domain import Turn
from ..errors import HearingDeskError, NotFound, TranscriptLocked, describe_failure
from .transcript import TranscriptService

log = logging.getLogger(__name__)


@dataclass
class _Op:
    kind: str                     # "draft" or "append"
    hearing_id: int
    turn: Turn                    # the draft (kind "draft") or the appended turn
    draft: Turn | None = None     # kind "append": the typing box's turn afterwards


class TranscriptWriter:
    """Writes the typing box's turn, and turns appended from it, in a thread of its own.

    The GUI thread only puts the latest state in a queue (microseconds), so typing
    never waits for the disk; consecutive saves of the typing box are merged. The
    writes happen in order; one that fails (disk full, database locked) is retried
    every second and ``on_error`` is called, so nothing queued is dropped.
    ``flush()`` waits until everything queued is stored: call it before any other
    write to the transcript, and before closing.
    """

    RETRY_SECONDS = 1.0
    #: a write starts this long after it was queued (or at once when flushed): the
    #: GUI thread has painted by then, so the two do not take turns at Python's lock
    SETTLE_SECONDS = 0.05

    def __init__(self, service: TranscriptService, *,
                 on_saved: Callable[[str, int, Turn], None] | None = None,
                 on_error: Callable[[Exception], None] | None = None):
        self.service = service
        self.on_saved = on_saved
        self.on_error = on_error
        self._cond = threading.Condition()
        self._queue: deque[_Op] = deque()
        self._busy = False
        self._closed = False
        self._hurry = False
        self._thread = threading.Thread(target=self._run, name="transcript-writer", daemon=True)
        self._thread.start()

    def save_draft(self, hearing_id: int, turn: Turn) -> None:
        self._put(_Op("draft", hearing_id, replace(turn)))

    def append(self, hearing_id: int, turn: Turn, draft: Turn) -> None:
        self._put(_Op("append", hearing_id, replace(turn), replace(draft)))

    def pending(self) -> int:
        with self._cond:
            return len(self._queue) + self._busy

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued is stored; False if that took longer than ``timeout``."""
        with self._cond:
            self._hurry = True
            self._cond.notify_all()
            done = self._cond.wait_for(lambda: not self._queue and not self._busy, timeout)
            self._hurry = False
            return done

    def close(self, timeout: float = 10.0) -> bool:
        done = self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(1.0)
        return done

    def _put(self, op: _Op) -> None:
        with self._cond:
            if self._closed:
                raise RuntimeError("the transcript writer is closed")
            last = self._queue[-1] if self._queue else None
            if op.kind == "draft" and last is not None and last.kind == "draft" \
                    and last.hearing_id == op.hearing_id:
                self._queue[-1] = op
            else:
                self._queue.append(op)
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._queue or self._closed)
                self._cond.wait_for(lambda: self._closed or self._hurry, self.SETTLE_SECONDS)
                if not self._queue:
                    return
                op = self._queue.popleft()
                self._busy = True
            error: Exception | None = None
            try:
                if op.kind == "append" and op.draft is not None:
                    self.service.append_turn(op.hearing_id, op.turn, op.draft)
                else:
                    self.service.save_draft(op.hearing_id, op.turn)
            except NotFound:
                pass                                # the hearing was deleted: nothing to keep
            except TranscriptLocked as exc:         # kept and retried until it is unlocked
                error = exc
            except HearingDeskError as exc:         # refused for good (an empty turn): report, drop
                self._call(self.on_error, exc)
            except Exception as exc:                # noqa: BLE001 - reported, then retried
                log.warning("transcript write failed, will retry: %s", describe_failure(exc))
                error = exc
            with self._cond:
                self._busy = False
                if error is not None:
                    newer = self._queue[0] if self._queue else None
                    if not (op.kind == "draft" and newer is not None and newer.kind == "draft"
                            and newer.hearing_id == op.hearing_id):
                        self._queue.appendleft(op)
                self._cond.notify_all()
            if error is None:
                self._call(self.on_saved, op.kind, op.hearing_id, op.turn)
            else:
                self._call(self.on_error, error)
                with self._cond:
                    self._cond.wait_for(lambda: self._closed, self.RETRY_SECONDS)
                    if self._closed:
                        return

    @staticmethod
    def _call(callback, *args) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:                           # noqa: BLE001 - the writer must go on
            log.exception("transcript writer callback failed")

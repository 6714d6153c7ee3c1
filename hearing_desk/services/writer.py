"""The transcript's writer thread: the typing box's turn, and turns appended from it,
are stored off the GUI thread, in order, so that typing never waits for the disk.

While a write fails (another program holds SQLite's write lock for longer than the
busy timeout, a full disk) the writes wait in memory and are retried every second,
and what waits is also kept in a side file next to the database
(``<database>.pending.json``, 0600, flushed to the disk, replaced whole at every
change) until the write lands, when it is removed. A program killed meanwhile loses
nothing: at the next start :func:`apply_pending` writes what the file holds (a turn
already stored is not stored twice) and removes it.
"""
from __future__ import annotations

import json
import logging
import os
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from ..domain import Turn, TurnKind
from ..errors import HearingDeskError, NotFound, TranscriptLocked, describe_failure
from ..files import atomic_write_bytes
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
                 on_error: Callable[[Exception], None] | None = None,
                 pending_file: Path | None | bool = True):
        self.service = service
        self.on_saved = on_saved
        self.on_error = on_error
        #: the side file of writes not yet stored (True: beside the service's database)
        self.pending_file: Path | None = (pending_file_of(service.db.path) if pending_file is True
                                          else pending_file or None)
        self._spill_lock = threading.Lock()
        self._failing = False
        self._inflight: _Op | None = None
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
            failing = self._failing
        if failing:                 # the database refuses: the new state goes to the side file now
            self._spill()

    # ------------------------------------------------------------ the side file
    def _spill(self) -> None:
        """Write what is waiting (the write in progress and the queue) to the side file."""
        if self.pending_file is None:
            return
        with self._spill_lock:
            with self._cond:
                ops = ([self._inflight] if self._inflight is not None else []) + list(self._queue)
            try:
                if ops:
                    data = {"format": PENDING_FORMAT, "ops": [_op_to_dict(o) for o in ops]}
                    atomic_write_bytes(self.pending_file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
                else:
                    self.pending_file.unlink(missing_ok=True)
            except (OSError, HearingDeskError) as exc:
                log.warning("pending writes could not be kept in the side file: %s", describe_failure(exc))

    def _landed(self) -> None:
        """A write landed: the side file is brought up to date (removed when nothing waits)."""
        with self._cond:
            was_failing, self._failing = self._failing, False
        if was_failing or (self.pending_file is not None and self.pending_file.exists()):
            self._spill()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._queue or self._closed)
                self._cond.wait_for(lambda: self._closed or self._hurry, self.SETTLE_SECONDS)
                if not self._queue:
                    return
                op = self._queue.popleft()
                self._inflight = op
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
                self._inflight = None
                if error is not None:
                    newer = self._queue[0] if self._queue else None
                    if not (op.kind == "draft" and newer is not None and newer.kind == "draft"
                            and newer.hearing_id == op.hearing_id):
                        self._queue.appendleft(op)
                    self._failing = True
            if error is None:
                self._landed()          # the side file follows before flush() returns
            else:
                self._spill()
            with self._cond:
                self._busy = False
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


# ---------------------------------------------------------------- the side file

PENDING_FORMAT = "hearing-desk-pending/1"
PENDING_SUFFIX = ".pending.json"


def pending_file_of(db_path: Path | None) -> Path | None:
    """``x.sqlite3`` → ``x.sqlite3.pending.json`` (None for a server database)."""
    return Path(str(db_path) + PENDING_SUFFIX) if db_path is not None else None


def _turn_to_dict(t: Turn) -> dict:
    out = asdict(t)
    out["at"] = t.at.isoformat() if t.at else None
    out["kind"] = str(t.kind) if t.kind else None
    return out


def _turn_from_dict(d: dict) -> Turn:
    d = dict(d)
    d["at"] = datetime.fromisoformat(d["at"]) if d.get("at") else None
    d["kind"] = TurnKind(d["kind"]) if d.get("kind") else None
    return Turn(**d)


def _op_to_dict(op: _Op) -> dict:
    return {"kind": op.kind, "hearing_id": op.hearing_id, "turn": _turn_to_dict(op.turn),
            "draft": _turn_to_dict(op.draft) if op.draft is not None else None}


def apply_pending(service: TranscriptService, path: Path | None = None) -> int:
    """Store what a killed program left in the side file, then remove it; the number of
    writes applied. A turn already stored (the kill came after the write, before the
    file was removed) is not stored twice. Raises (and keeps the file) when the
    database still refuses; a file that cannot be read is kept under another name."""
    path = path or pending_file_of(service.db.path)
    if path is None or not path.is_file():
        return 0
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != PENDING_FORMAT:
            raise ValueError(data.get("format"))
        ops = [_Op(o["kind"], int(o["hearing_id"]), _turn_from_dict(o["turn"]),
                   _turn_from_dict(o["draft"]) if o.get("draft") else None) for o in data["ops"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        kept = path.with_name(path.name + ".unreadable")
        os.replace(path, kept)
        log.error("the side file of pending writes could not be read (%s); kept as %s", type(exc).__name__, kept)
        return 0
    applied = 0
    for op in ops:
        try:
            if op.kind == "append" and op.draft is not None:
                stored = service.turn(op.hearing_id, op.turn.seq)
                if stored is not None and stored.text == op.turn.text:
                    service.save_draft(op.hearing_id, op.draft)       # the append landed before the kill
                else:
                    service.append_turn(op.hearing_id, op.turn, op.draft)
            else:
                service.save_draft(op.hearing_id, op.turn)
            applied += 1
        except NotFound:
            continue                    # the hearing was deleted since: nothing to keep
    path.unlink(missing_ok=True)
    log.info("applied %d pending transcript writes from %s", applied, path)
    return applied

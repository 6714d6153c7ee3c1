"""The guard of the signed record: every write that may change what the transcript
prints goes through :func:`guarded`.

* Never locked: nothing to do (changes before the first lock are not logged).
* Locked: a write that changes the printed record is refused (:class:`TranscriptLocked`)
  and rolled back – the venue, a name, an attendance, a turn: anything on the pages.
* Locked before and unlocked now: the write goes through and each change of the
  printed record is logged with its time, before and after, as a change after the last
  lock (the change annex prints them).

Whether something is printed is not decided here: the record before and after the
write are composed by :func:`~hearing_desk.domain.printed.printed_record` – the same
function the transcript PDF draws from – and compared.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.orm import Session

from ..domain.fingerprint import short_fingerprint
from ..domain.printed import Difference, differences, printed_record
from ..errors import TranscriptLocked
from ..storage.database import Database
from ..storage.repository import hearings, record


def now_local() -> datetime:
    """The current time with the computer's UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def locked_message(fingerprint: str | None, diffs: list[Difference] | None = None) -> str:
    what = ""
    if diffs:
        names = "、".join(dict.fromkeys(d.what for d in diffs[:3]))
        what = f"这会改变笔录上印出的内容（{names}{'等' if len(diffs) > 3 else ''}），"
    return (f"笔录已锁定待签字（指纹 {short_fingerprint(fingerprint)}），{what}"
            "修改前请先在“现场笔录 → 核对签字”中解锁。")


@contextmanager
def guarded(s: Session, hearing_id: int) -> Iterator[None]:
    """Run the block's writes under the record's rules (see the module)."""
    lock = record.last_lock_row(s, hearing_id)
    if lock is None:
        yield
        return
    before = printed_record(hearings.load_hearing(s, hearing_id))
    yield
    s.flush()
    diffs = differences(before, printed_record(hearings.load_hearing(s, hearing_id)))
    if not diffs:
        return
    if lock.unlocked_at is None:
        raise TranscriptLocked(locked_message(lock.fingerprint, diffs))
    record.log_changes(s, hearing_id, lock.number, now_local(), diffs)


@contextmanager
def guarded_session(db: Database, hearing_id: int) -> Iterator[Session]:
    """A transaction of ``db`` whose changes of the printed record obey the lock."""
    with db.session() as s, guarded(s, hearing_id):
        yield s

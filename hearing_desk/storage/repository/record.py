"""The signed record: every lock of the transcript (its time and fingerprint) and every
change of what the transcript prints logged after a lock was lifted."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ...domain import RecordChange, TranscriptLock
from ...domain.printed import Difference
from ..models import RecordChangeRow, TranscriptLockRow
from .common import iso, parse_dt

_LOCKS = cast(Table, TranscriptLockRow.__table__)


def lock_to_row(lock: TranscriptLock) -> TranscriptLockRow:
    return TranscriptLockRow(number=lock.number, locked_at=iso(lock.locked_at), unlocked_at=iso(lock.unlocked_at),
                             fingerprint=lock.fingerprint, scheme=lock.scheme)


def row_to_lock(row: TranscriptLockRow) -> TranscriptLock:
    return TranscriptLock(number=row.number, fingerprint=row.fingerprint, locked_at=parse_dt(row.locked_at),
                          unlocked_at=parse_dt(row.unlocked_at), scheme=row.scheme)


def change_to_row(c: RecordChange) -> RecordChangeRow:
    return RecordChangeRow(lock=c.lock, changed_at=iso(c.changed_at), key=c.key, what=c.what,
                           before=c.before, after=c.after)


def row_to_change(row: RecordChangeRow) -> RecordChange:
    return RecordChange(lock=row.lock, changed_at=datetime.fromisoformat(row.changed_at), key=row.key,
                        what=row.what, before=row.before, after=row.after)


# ---------------------------------------------------------------- reading

def load_locks(session: Session, hearing_id: int) -> list[TranscriptLock]:
    return [row_to_lock(r) for r in session.scalars(select(TranscriptLockRow).where(
        TranscriptLockRow.hearing_id == hearing_id).order_by(TranscriptLockRow.number))]


def last_lock_row(session: Session, hearing_id: int) -> TranscriptLockRow | None:
    return session.scalar(select(TranscriptLockRow).where(TranscriptLockRow.hearing_id == hearing_id)
                          .order_by(TranscriptLockRow.number.desc()).limit(1))


def last_lock_state(session: Session, hearing_id: int) -> Any:
    """The last lock's ``number, unlocked_at, fingerprint`` (one Core SELECT: the check
    before every Enter), or None when the transcript was never locked."""
    return session.execute(select(_LOCKS.c.number, _LOCKS.c.unlocked_at, _LOCKS.c.fingerprint)
                           .where(_LOCKS.c.hearing_id == hearing_id)
                           .order_by(_LOCKS.c.number.desc()).limit(1)).one_or_none()


def load_changes(session: Session, hearing_id: int) -> list[RecordChange]:
    return [row_to_change(r) for r in session.scalars(select(RecordChangeRow).where(
        RecordChangeRow.hearing_id == hearing_id).order_by(RecordChangeRow.id))]


def locks_of_every_hearing(session: Session) -> dict[int, list[TranscriptLock]]:
    out: dict[int, list[TranscriptLock]] = {}
    for r in session.scalars(select(TranscriptLockRow).order_by(TranscriptLockRow.hearing_id,
                                                                 TranscriptLockRow.number)):
        out.setdefault(r.hearing_id, []).append(row_to_lock(r))
    return out


# ---------------------------------------------------------------- writing

def add_lock(session: Session, hearing_id: int, lock: TranscriptLock) -> TranscriptLock:
    """Store a new lock; returns it as stored."""
    row = lock_to_row(lock)
    row.hearing_id = hearing_id
    session.add(row)
    session.flush()
    return row_to_lock(row)


def log_changes(session: Session, hearing_id: int, lock: int, when: datetime,
                differences: Iterable[Difference]) -> None:
    """Log each change of the printed record as made after lock ``lock`` was lifted."""
    for d in differences:
        session.add(RecordChangeRow(hearing_id=hearing_id, lock=lock, changed_at=when.isoformat(), key=d.key,
                                    what=d.what, before=d.before, after=d.after))

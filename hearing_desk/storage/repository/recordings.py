"""The hearing's sound recordings (0003): one row per recording, found by its key
(``r1``, ``r2`` … the interchange id). A row without ``sha256`` is a recording being
made, or one a killed program left (``services.recordings`` finishes it)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import Recording
from ...errors import NotFound
from ..models import RecordingRow
from .common import iso, parse_dt


def recording_to_row(r: Recording) -> RecordingRow:
    row = RecordingRow()
    write_recording(row, r)
    return row


def write_recording(row: RecordingRow, r: Recording) -> None:
    row.key = r.id
    row.file = r.file
    row.sha256 = r.sha256
    row.duration_ms = r.duration_ms
    row.started_at = iso(r.started_at)
    row.sample_rate = r.sample_rate
    row.channels = r.channels


def row_to_recording(row: RecordingRow) -> Recording:
    return Recording(id=row.key, file=row.file, sha256=row.sha256, duration_ms=row.duration_ms,
                     started_at=parse_dt(row.started_at), sample_rate=row.sample_rate, channels=row.channels)


def load_recordings(session: Session, hearing_id: int) -> list[Recording]:
    return [row_to_recording(r) for r in session.scalars(select(RecordingRow).where(
        RecordingRow.hearing_id == hearing_id).order_by(RecordingRow.id))]


def recording_row(session: Session, hearing_id: int, key: str) -> RecordingRow:
    """The recording ``key`` of the hearing; NotFound when it is not there."""
    row = session.scalar(select(RecordingRow).where(RecordingRow.hearing_id == hearing_id,
                                                    RecordingRow.key == key))
    if row is None:
        raise NotFound(f"听证会 {hearing_id} 没有录音 {key}。")
    return row


def add_recording(session: Session, hearing_id: int, recording: Recording) -> None:
    row = recording_to_row(recording)
    row.hearing_id = hearing_id
    session.add(row)


def unfinished_recordings(session: Session) -> list[tuple[int, Recording]]:
    """(hearing id, recording) of every recording without a hash, in every hearing."""
    rows = session.scalars(select(RecordingRow).where(RecordingRow.sha256.is_(None)).order_by(RecordingRow.id))
    return [(r.hearing_id, row_to_recording(r)) for r in rows]

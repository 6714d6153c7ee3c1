"""Use case of 签到: who is present, absent or not checked yet.

A person who holds two roles (a presenter who is also on the panel, say) is one
person at the door: their attendance is kept equal on every record
(:func:`~hearing_desk.domain.signing.same_person_ids`). While the transcript is locked
for signing, attendance – which it prints – cannot change (:mod:`.record`).
"""
from __future__ import annotations

from ..domain import Hearing, Person
from ..domain.signing import same_person_ids
from ..errors import NotFound
from ..storage.database import Database
from ..storage.repository import hearings, people
from .record import guarded_session


def with_twins(everyone: list[Person], values: dict[str, bool | None]) -> dict[str, bool | None]:
    """``values`` (person id → attendance) extended to the other records of the same
    people (a person in two roles)."""
    hearing = Hearing(title="", people=everyone)
    out = dict(values)
    for pid, value in values.items():
        for twin in same_person_ids(hearing, pid):
            out.setdefault(twin, value)
    return out


class AttendanceService:
    def __init__(self, db: Database):
        self.db = db

    def set_attendance(self, hearing_id: int, values: dict[str, bool | None]) -> dict[str, bool | None]:
        """Mark people present (True), absent (False) or not checked (None); a person in
        two roles is marked on both records. Returns what every record touched was."""
        with guarded_session(self.db, hearing_id) as s:
            rows = {r.key: r for r in people.person_rows(s, hearing_id)}
            missing = [pid for pid in values if pid not in rows]
            if missing:
                raise NotFound(f"找不到编号为 {missing[0]} 的人员，可能已被删除。")
            values = with_twins([people.row_to_person(r) for r in rows.values()], values)
            old = {pid: rows[pid].attended for pid in values}
            for pid, value in values.items():
                rows[pid].attended = value
            hearings.touch(s, hearing_id)
        return old

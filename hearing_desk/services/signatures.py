"""Use cases of the signatures on the locked transcript (核对签字).

A signature is recorded for the lock in force, on every record of that person (a
person in two roles signs once); those of an earlier lock stay, as belonging to that
version. Who signs, and where each signature stands, is the domain's rule
(:mod:`hearing_desk.domain.signing`): a refusal needs the recorder's real note, and
someone recorded absent at 签到 does not sign until the attendance is corrected.
"""
from __future__ import annotations

from ..domain import Person, Signature, SignatureStatus
from ..domain.locking import lock_intact
from ..domain.signing import can_sign, refusal_problem, signer_of
from ..domain.text import clean_text
from ..errors import BadInput, NotFound
from ..storage.database import Database
from ..storage.repository import hearings, people


class SignatureService:
    def __init__(self, db: Database):
        self.db = db

    def people(self, hearing_id: int) -> list[Person]:
        """The people with their attendance and signatures (cheap: no turns)."""
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            return people.load_people(s, hearing_id)

    def set_signature(self, hearing_id: int, person_id: str, status: SignatureStatus,
                      note: str | None = None) -> dict[str, Signature | None]:
        """Record a signature for the lock in force, on every record of that person (a
        person in two roles signs once). Returns what each record had before (for undo).
        待签字 (``PENDING``) clears it."""
        note = clean_text(note or "").strip() or None
        with self.db.session() as s:
            hearing = hearings.load_hearing(s, hearing_id)
            signer = signer_of(hearing, person_id)
            if signer is None:
                raise NotFound(f"找不到签字人（{person_id}），他可能已从名单中删除或不需签字。")
            lock = hearing.current_lock
            if lock is None:
                raise BadInput("笔录尚未锁定，不能登记签字：请先锁定笔录，打印后再登记。")
            if not lock_intact(hearing):
                raise BadInput("笔录内容与锁定时的指纹不符，不能登记签字：请解锁后重新锁定、重新打印。")
            if status is not SignatureStatus.PENDING and not can_sign(signer):
                raise BadInput(f"{signer.name}在签到中记为未到，笔录上印为缺席，不能登记签字；"
                               "如其实际到会，请先更正签到（笔录随之改变，需重新锁定和打印）。")
            if status is SignatureStatus.REFUSED:
                problem = refusal_problem(note, signer.name)
                if problem:
                    raise BadInput(problem)
            elif status is not SignatureStatus.ABSENT:
                note = None
            after = None if status is SignatureStatus.PENDING else Signature(status, note, lock.number)
            rows = people.rows_of(s, hearing_id, signer.ids)
            before = {r.key: people.row_to_person(r).signature for r in rows}
            for r in rows:
                people.write_signature(r, after)
            hearings.touch(s, hearing_id)
            return before

    def restore_signatures(self, hearing_id: int, signatures: dict[str, Signature | None]) -> None:
        """Put back signatures exactly as they were (undo), record by record."""
        with self.db.session() as s:
            for r in people.rows_of(s, hearing_id, signatures):
                people.write_signature(r, signatures[r.key])
            hearings.touch(s, hearing_id)

"""Use cases of the report's 争论的主要问题 (the disputed questions, each linked to the
opinions it is about) and 其他需要说明的情况 (other notes)."""
from __future__ import annotations

from ..domain import Dispute
from ..domain.register import union
from ..domain.text import clean_text, stored_text
from ..errors import BadInput
from ..storage.database import Database
from ..storage.repository import hearings, opinions


class DisputeService:
    def __init__(self, db: Database):
        self.db = db

    def disputes(self, hearing_id: int) -> list[Dispute]:
        with self.db.session() as s:
            return hearings.load_fields(s, hearing_id).disputes

    def set_disputes(self, hearing_id: int, disputes: list[Dispute]) -> list[Dispute]:
        """Store the disputed questions (争论的主要问题) whole; returns the previous ones.
        Links to opinions that do not exist are refused."""
        cleaned = []
        for i, d in enumerate(disputes, start=1):
            text = clean_text(d.text or "").strip()
            if not text:
                raise BadInput(f"第 {i} 个争论的主要问题没有内容，请填写或删除它。")
            cleaned.append(Dispute(text, union(d.opinion_ids)))
        with self.db.session() as s:
            fields = hearings.load_fields(s, hearing_id)
            keys = set(opinions.opinion_ids(s, hearing_id))
            for i, d in enumerate(cleaned, start=1):
                missing = [oid for oid in d.opinion_ids if oid not in keys]
                if missing:
                    raise BadInput(f"第 {i} 个争论的主要问题关联的意见不存在（{'、'.join(missing)}），"
                                   "可能已被删除，请重新关联。")
            previous = fields.disputes
            fields.disputes = cleaned
            hearings.save_fields(s, fields)
            return previous

    def set_other_notes(self, hearing_id: int, text: str | None) -> str | None:
        """Store 其他需要说明的情况; returns the previous text."""
        with self.db.session() as s:
            fields = hearings.load_fields(s, hearing_id)
            previous = fields.other_notes
            fields.other_notes = stored_text(text)
            hearings.save_fields(s, fields)
            return previous

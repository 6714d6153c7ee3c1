"""Use cases of the agenda (议程) and of the draft under hearing (征求意见稿).

Agenda steps are numbered 1, 2, 3 …; transcript turns recorded under a step follow it
when the steps are reordered, and a step that turns belong to cannot be removed. A
hearing with no agenda and no transcript gets the order of 第十七条
(:func:`~hearing_desk.domain.agenda.default_agenda`).
"""
from __future__ import annotations

import copy
from pathlib import Path

from ..domain import AgendaItem, Draft, default_agenda
from ..domain.text import clean_tree, stored_line
from ..errors import BadInput
from ..formats import drafts
from ..storage.database import Database
from ..storage.repository import checkout, hearings, people, turns
from .record import guarded_session


class AgendaService:
    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------ agenda
    def set_agenda(self, hearing_id: int,
                   steps: list[tuple[int | None, str]]) -> tuple[list[AgendaItem], dict[int, int]]:
        """Replace the agenda by ``steps`` = (old seq or None for a new step, title), in order.

        Steps are renumbered 1, 2, 3 ...; transcript turns follow their step to its
        new number. A step that transcript turns belong to cannot be removed.
        Returns the old agenda and the mapping old seq → new seq.
        """
        titles = [stored_line(t) for _, t in steps]
        empty = [i for i, t in enumerate(titles, start=1) if not t]
        if empty:
            raise BadInput(f"议程第 {empty[0]} 步没有内容。请填写该步骤，或删除它。")
        with guarded_session(self.db, hearing_id) as s:
            h = hearings.load_fields(s, hearing_id)
            old = [AgendaItem(a.seq, a.title) for a in h.agenda]
            old_seqs = {a.seq for a in old}
            mapping = {seq: i for i, (seq, _) in enumerate(steps, start=1) if seq in old_seqs}
            removed = old_seqs - set(mapping)
            if removed:
                used = turns.agenda_use(s, hearing_id, removed)
                if used:
                    seq, n = sorted(used.items())[0]
                    title = next(a.title for a in old if a.seq == seq)
                    raise BadInput(f"议程第 {seq} 步“{title}”下已有 {n} 段笔录，不能删除。"
                                   "可以修改该步骤的文字。")
            h.agenda = [AgendaItem(i, t or "") for i, t in enumerate(titles, start=1)]
            turns.move_agenda_steps(s, hearing_id, {a: b for a, b in mapping.items() if a != b})
            hearings.save_fields(s, h)
        return old, mapping

    def fill_default_agenda(self, hearing_id: int) -> bool:
        """Give a hearing with no agenda and no transcript the order of 第十七条. True if it did
        (not a hearing checked out of this archive: it cannot be changed here)."""
        with guarded_session(self.db, hearing_id) as s:
            h = hearings.load_fields(s, hearing_id)
            if h.agenda or turns.count_turns(s, hearing_id) or checkout.lent(s, hearing_id) is not None:
                return False
            h.people = people.load_people(s, hearing_id)
            h.agenda = default_agenda(h)
            hearings.save_fields(s, h)
        return True

    # ------------------------------------------------------------ draft
    @staticmethod
    def read_draft(path: str | Path) -> Draft:
        """A draft file (.txt, .docx) split into chapters and articles; nothing is stored
        (:meth:`set_draft` stores it)."""
        return drafts.read_draft(path)

    def set_draft(self, hearing_id: int, draft: Draft | None) -> Draft | None:
        """Store the draft under hearing (None removes it); return the old one."""
        with guarded_session(self.db, hearing_id) as s:
            h = hearings.load_fields(s, hearing_id)
            old = h.draft
            h.draft = clean_tree(copy.deepcopy(draft))
            hearings.save_fields(s, h)
        return old

    def set_draft_title(self, hearing_id: int, title: str | None) -> str | None:
        """Store the draft's title; return the old one."""
        with guarded_session(self.db, hearing_id) as s:
            h = hearings.load_fields(s, hearing_id)
            old = h.draft.title if h.draft else None
            h.draft = h.draft or Draft()
            h.draft.title = stored_line(title)
            hearings.save_fields(s, h)
        return old

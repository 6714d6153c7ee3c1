"""Undoable answers, in the one undo vocabulary (``ui/undo.py``; see
``ui/opinions/commands.py``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import Decision, Response
from ...services.changes import Changes
from ..autosave import MergesEdits
from ..names import decision_text
from ..undo import Command

translate = QCoreApplication.translate

__all__ = ["AnswerOpinions"]


def _label(n: int, decision: Decision) -> str:
    if n > 1:
        return translate("AnswerCommand", "答复 {0} 条意见（{1}）").format(n, decision_text(decision))
    return translate("AnswerCommand", "答复意见（{0}）").format(decision_text(decision))


class AnswerOpinions(MergesEdits, Command):
    """One decision and analysis for one or several opinions. The answers it replaced
    are kept from its first store (the stores of one typed answer merge into it)."""

    def __init__(self, ctx, hearing_id: int, opinion_ids: list[str], decision: Decision,
                 analysis: str | None, seen: dict[str, int] | None = None):
        # the hearing list counts the answered opinions
        super().__init__(ctx, Changes(hearing_id, responses=True, listing=True), _label(len(opinion_ids), decision))
        self.hearing_id = hearing_id
        self.opinion_ids = list(opinion_ids)
        self.decision = decision
        self.analysis = analysis
        self.previous: dict[str, Response | None] | None = None
        self.seen = seen                    # the opinions' versions as shown: a stale save is refused
        self.versions: dict[str, int] = {}  # their versions after this store

    def absorb(self, other: AnswerOpinions) -> None:
        self.decision, self.analysis = other.decision, other.analysis
        self.setText(other.text())

    def unchanged(self) -> bool:
        analysis = (self.analysis or "").strip() or None
        answer = None if self.decision is Decision.PENDING and analysis is None else Response(self.decision, analysis)
        return all((self.previous or {}).get(i) == answer for i in self.opinion_ids)

    def do(self) -> None:
        previous = self.ctx.responses.answer_many(
            self.hearing_id, self.opinion_ids, self.decision, self.analysis, seen=self.seen)
        self.seen = None                    # a redo after an undo puts back this window's own answer
        self.versions = self.ctx.responses.versions(self.hearing_id, self.opinion_ids)
        if self.previous is None:
            self.previous = previous

    def undo_do(self) -> None:
        assert self.previous is not None
        self.ctx.responses.restore(self.hearing_id, self.previous)

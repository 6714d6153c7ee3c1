"""Undoable answers (see ``ui/opinions/commands.py`` for the pattern)."""
from __future__ import annotations

from ...domain import Decision, Response
from ..opinions.commands import ServiceCommand, push

__all__ = ["AnswerOpinions", "push"]


class AnswerOpinions(ServiceCommand):
    """One decision and analysis for one or several opinions."""

    def __init__(self, ctx, hearing_id: int, opinion_ids: list[str], decision: Decision,
                 analysis: str | None):
        n = len(opinion_ids)
        super().__init__(ctx, hearing_id, f"答复 {n} 条意见（{decision.label}）" if n > 1
                         else f"答复意见（{decision.label}）")
        self.opinion_ids = list(opinion_ids)
        self.decision = decision
        self.analysis = analysis
        self.previous: dict[str, Response | None] = {}

    def absorb(self, other: AnswerOpinions) -> None:
        self.decision, self.analysis = other.decision, other.analysis
        self.setText(other.text())

    def unchanged(self) -> bool:
        analysis = (self.analysis or "").strip() or None
        answer = None if self.decision is Decision.PENDING and analysis is None else Response(self.decision, analysis)
        return all(self.previous.get(i) == answer for i in self.opinion_ids)

    def _first(self) -> None:
        self.previous = self.ctx.responses.answer_many(
            self.hearing_id, self.opinion_ids, self.decision, self.analysis)

    def _do(self) -> None:
        self.ctx.responses.answer_many(self.hearing_id, self.opinion_ids, self.decision, self.analysis)

    def _undo(self) -> None:
        self.ctx.responses.restore(self.hearing_id, self.previous)

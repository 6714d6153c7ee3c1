"""Undoable edits of the report view (see ``ui/opinions/commands.py`` for the pattern)."""
from __future__ import annotations

from ..opinions.commands import ServiceCommand, push

__all__ = ["SetBasicInfo", "push"]


class SetBasicInfo(ServiceCommand):
    """The report's 基本情况 paragraph as the user wrote it (None: compose it again).
    The stores of one edit of the paragraph merge into one undo step."""

    def __init__(self, ctx, hearing_id: int, text: str | None, label: str = "修改基本情况"):
        super().__init__(ctx, hearing_id, label)
        self.new = text
        self.old: str | None = None

    def absorb(self, other: SetBasicInfo) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old

    def _first(self) -> None:
        self.old = self.ctx.responses.set_basic_info(self.hearing_id, self.new)

    def _do(self) -> None:
        self.ctx.responses.set_basic_info(self.hearing_id, self.new)

    def _undo(self) -> None:
        self.ctx.responses.set_basic_info(self.hearing_id, self.old)

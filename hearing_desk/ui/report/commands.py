"""Undoable edits of the report view (see ``ui/opinions/commands.py`` for the pattern)."""
from __future__ import annotations

from ...services.responses import ResponseService
from ..opinions.commands import ServiceCommand, push

__all__ = ["SetBasicInfo", "push"]


class SetBasicInfo(ServiceCommand):
    """The report's 基本情况 paragraph as the user wrote it (None: compose it again).
    Consecutive edits of the paragraph merge into one undo step."""

    ID = 0x4249   # "BI"

    def __init__(self, ctx, hearing_id: int, text: str | None, label: str = "修改基本情况",
                 mergeable: bool = True):
        super().__init__(ctx, hearing_id, label)
        self.new = text
        self.old: str | None = None
        self.mergeable = mergeable

    def id(self) -> int:
        return self.ID if self.mergeable else -1

    def mergeWith(self, other) -> bool:
        if (not isinstance(other, SetBasicInfo) or other.hearing_id != self.hearing_id
                or not other.mergeable):
            return False
        self.new = other.new
        return True

    def _first(self) -> None:
        self.old = ResponseService(self.ctx.db).set_basic_info(self.hearing_id, self.new)

    def _do(self) -> None:
        ResponseService(self.ctx.db).set_basic_info(self.hearing_id, self.new)

    def _undo(self) -> None:
        ResponseService(self.ctx.db).set_basic_info(self.hearing_id, self.old)

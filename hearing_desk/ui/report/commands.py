"""Undoable edits of the report page, in the one undo vocabulary (``ui/undo.py``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.changes import Changes
from ..autosave import MergesEdits
from ..undo import Command

translate = QCoreApplication.translate

__all__ = ["SetBasicInfo"]


class SetBasicInfo(MergesEdits, Command):
    """The report's 基本情况 paragraph as the user wrote it (None: compose it again).
    The stores of one edit of the paragraph merge into one undo step."""

    def __init__(self, ctx, hearing_id: int, text: str | None, label: str | None = None):
        super().__init__(ctx, Changes(hearing_id, fields=True), label or translate("ReportCommand", "修改基本情况"))
        self.hearing_id = hearing_id
        self.new = text
        self.old: str | None = None
        self._stored_once = False

    def absorb(self, other: SetBasicInfo) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old

    def do(self) -> None:
        old = self.ctx.responses.set_basic_info(self.hearing_id, self.new)
        if not self._stored_once:
            self.old, self._stored_once = old, True

    def undo_do(self) -> None:
        self.ctx.responses.set_basic_info(self.hearing_id, self.old)

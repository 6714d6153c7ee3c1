"""The attendance (签到) table model: participants, then officials, with their state."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from ...domain import Person, Role
from .models import DISPLAY, USER, Index, ListTableModel, _text


class AttendanceColumn(IntEnum):
    STATUS = 0
    ROLE = 1
    SEQ = 2
    NAME = 3
    INFO = 4


STATE_ROLE = USER + 1        # True present, False absent, None not checked yet
SEARCH_ROLE = USER + 2       # name, 序号 and pinyin initials, for the quick filter

PRESENT_COLOR = QColor("#1e8e3e")
ABSENT_COLOR = QColor("#c5221f")
UNCHECKED_COLOR = QColor("#80868b")


class AttendanceModel(ListTableModel[Person, AttendanceColumn]):
    """Participants, then officials: who is here. Observers and staff are not listed."""

    Column = AttendanceColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._label: Callable[[Role], str] = lambda r: r.usual_label
        self._search: dict[str, str] = {}

    def key(self, item: Person) -> Any:
        return item.id

    def set_people(self, people: Sequence[Person], label: Callable[[Role], str]) -> None:
        labels = [label(r) for r in Role]
        self._always_refresh = labels != [self._label(r) for r in Role]    # the role column changes
        self._label = label
        self._search = {p.id: _search_text(p) for p in people}
        self.set_items(people)
        self._always_refresh = False

    def search_words(self, person_id: str) -> list[str]:
        """序号 (or ""), name, pinyin initials, full pinyin."""
        return self._search.get(person_id, "").split(" ")

    def header(self, column: AttendanceColumn) -> str:
        return {AttendanceColumn.STATUS: self.tr("签到"), AttendanceColumn.ROLE: self.tr("身份"),
                AttendanceColumn.SEQ: self.tr("序号"), AttendanceColumn.NAME: self.tr("姓名"),
                AttendanceColumn.INFO: self.tr("基本情况 / 工作单位")}[column]

    def state_text(self, state: bool | None) -> str:
        return self.tr("已到") if state else (self.tr("未到") if state is False else self.tr("未核对"))

    def value(self, p: Person, column: AttendanceColumn, role: int) -> Any:
        if role == STATE_ROLE:
            return p.attended
        if role == SEARCH_ROLE:
            return self._search.get(p.id, p.name)
        if role == DISPLAY:
            return {
                AttendanceColumn.STATUS: self.state_text(p.attended),
                AttendanceColumn.ROLE: self._label(p.role),
                AttendanceColumn.SEQ: _text(p.seq) if p.role is Role.PARTICIPANT else "",
                AttendanceColumn.NAME: p.name,
                AttendanceColumn.INFO: p.description or p.affiliation or "",
            }[column]
        if role == Qt.ItemDataRole.FontRole and column == AttendanceColumn.NAME:
            font = QFont()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and p.attended is False and column != AttendanceColumn.STATUS:
            return UNCHECKED_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AttendanceColumn.STATUS, AttendanceColumn.SEQ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == AttendanceColumn.STATUS:
            return self.tr("单击或按空格键切换“已到 / 未到”")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _search_text(p: Person) -> str:
    """What the quick filter matches: 序号, name, pinyin initials (蔡鼎 → cd) and full pinyin."""
    initials, full = _pinyin(p.name)
    return " ".join((_text(p.seq), p.name, initials, full))


@lru_cache(maxsize=4096)
def _pinyin(name: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore"))
    full = "".join(lazy_pinyin(name, errors="ignore"))
    return initials.lower(), full.lower()

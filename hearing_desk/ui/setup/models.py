"""Table models of the setup tab, one per table, over domain objects.

Edits are not stored by the models: ``setData`` emits ``edit_requested`` and the
page pushes an undo command; the page's refresh after the change updates the model.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...domain import AgendaItem, DraftArticle, Milestone, Person

T = TypeVar("T")
C = TypeVar("C", bound=IntEnum)
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
USER = Qt.ItemDataRole.UserRole

PRIVATE_BACKGROUND = QColor("#fdf6e3")


class ListTableModel(QAbstractTableModel, Generic[T, C]):
    """Rows over a list of domain objects (``T``), columns an enum (``C``); ``set_items``
    keeps rows when the keys are the same."""

    Column: type[C]
    #: rows show more than the item itself (labels...): refresh every row on ``set_items``
    _always_refresh = False

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[T] = []

    # --- to define
    def key(self, item: T) -> Any:
        return id(item)

    def header(self, column: C) -> str:
        raise NotImplementedError

    def value(self, item: T, column: C, role: int) -> Any:
        raise NotImplementedError

    # --- the list
    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    def row_of(self, key: Any) -> int:
        for i, item in enumerate(self._items):
            if self.key(item) == key:
                return i
        return -1

    def set_items(self, items: Sequence[T]) -> None:
        items = list(items)
        if [self.key(x) for x in items] == [self.key(x) for x in self._items]:
            old, self._items = self._items, items
            last = len(self.Column) - 1
            changed = [i for i, (a, b) in enumerate(zip(old, items)) if a != b or self._always_refresh]
            if changed:      # one signal over the changed rows (a toggle repaints one row, not the table)
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    # --- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Column):
            if role == DISPLAY:
                return self.header(self.Column(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip(self.Column(section))
        elif orientation == Qt.Orientation.Vertical and role == DISPLAY and 0 <= section < len(self._items):
            return section + 1
        return None

    def header_tip(self, column: C) -> str | None:
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items) or not 0 <= index.column() < len(self.Column):
            return None
        item = self._items[index.row()]
        if role == USER:
            return item
        return self.value(item, self.Column(index.column()), role)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# ---------------------------------------------------------------- people

class PeopleColumn(IntEnum):
    SEQ = 0
    SELECTION = 1
    NAME = 2
    DESCRIPTION = 3
    CATEGORY = 4
    AFFILIATION = 5
    PHONE = 6
    ID_NUMBER = 7
    EMAIL = 8
    ADDRESS = 9


PEOPLE_FIELDS = {
    PeopleColumn.SEQ: "seq", PeopleColumn.SELECTION: "selection", PeopleColumn.NAME: "name",
    PeopleColumn.DESCRIPTION: "description", PeopleColumn.CATEGORY: "category",
    PeopleColumn.AFFILIATION: "affiliation", PeopleColumn.PHONE: "contact.phone",
    PeopleColumn.ID_NUMBER: "contact.id_number", PeopleColumn.EMAIL: "contact.email",
    PeopleColumn.ADDRESS: "contact.address",
}
PRIVATE_COLUMNS = (PeopleColumn.PHONE, PeopleColumn.ID_NUMBER, PeopleColumn.EMAIL, PeopleColumn.ADDRESS)


def mask_id_number(value: str | None) -> str:
    """``110105********002X``: the screen may be projected at the venue."""
    if not value:
        return ""
    if len(value) <= 8:
        return value
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


class PeopleModel(ListTableModel[Person, PeopleColumn]):
    """The people of one role. Contact columns are personal data: tinted, never printed."""

    Column = PeopleColumn
    #: (person id, field name as in ``PeopleService.update_person``, new value)
    edit_requested = Signal(str, str, object)

    def key(self, item: Person) -> str:
        return item.id

    def header(self, column: PeopleColumn) -> str:
        return {
            PeopleColumn.SEQ: self.tr("序号"), PeopleColumn.SELECTION: self.tr("产生方式"),
            PeopleColumn.NAME: self.tr("姓名"), PeopleColumn.DESCRIPTION: self.tr("基本情况"),
            PeopleColumn.CATEGORY: self.tr("类别"), PeopleColumn.AFFILIATION: self.tr("工作单位"),
            PeopleColumn.PHONE: self.tr("联系电话（不打印）"), PeopleColumn.ID_NUMBER: self.tr("身份证号（不打印）"),
            PeopleColumn.EMAIL: self.tr("邮箱（不打印）"), PeopleColumn.ADDRESS: self.tr("地址（不打印）"),
        }[column]

    def header_tip(self, column: PeopleColumn) -> str | None:
        if column in PRIVATE_COLUMNS:
            return self.tr("个人信息：只保存在本机数据库中，不会出现在听证报告、笔录或意见汇总表里。")
        if column == PeopleColumn.DESCRIPTION:
            return self.tr("印在听证报告“听证参加人的产生方式及基本情况”表中，如“某公司企业单位代表”。")
        return None

    def value(self, p: Person, column: PeopleColumn, role: int) -> Any:
        field = PEOPLE_FIELDS[column]
        raw: Any = p.seq if field == "seq" else (
            getattr(p.contact, field[8:]) if field.startswith("contact.") and p.contact else
            (None if field.startswith("contact.") else getattr(p, field)))
        if role == DISPLAY:
            return mask_id_number(raw) if column == PeopleColumn.ID_NUMBER else _text(raw)
        if role == EDIT:
            return raw if column == PeopleColumn.SEQ and raw is not None else _text(raw)
        if role == Qt.ItemDataRole.BackgroundRole and column in PRIVATE_COLUMNS:
            return PRIVATE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column == PeopleColumn.ID_NUMBER and raw:
            return self.tr("身份证号（个人信息，不打印）：{0}").format(raw)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PeopleColumn.SEQ:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        person = self._items[index.row()]
        column = PeopleColumn(index.column())
        if value == self.value(person, column, EDIT):
            return False
        self.edit_requested.emit(person.id, PEOPLE_FIELDS[column], value)
        return True


# ---------------------------------------------------------------- milestones

class MilestoneColumn(IntEnum):
    DATE = 0
    EVENT = 1


class MilestoneModel(ListTableModel[Milestone, MilestoneColumn]):
    Column = MilestoneColumn
    #: (row, "date" or "event", new value)
    edit_requested = Signal(int, str, object)

    def header(self, column: MilestoneColumn) -> str:
        return self.tr("日期") if column == MilestoneColumn.DATE else self.tr("事项")

    def key(self, item: Milestone) -> Any:
        return item.date       # an event being typed keeps its row (and its open editor)

    def value(self, m: Milestone, column: MilestoneColumn, role: int) -> Any:
        if column == MilestoneColumn.DATE:
            if role == DISPLAY:
                return m.date.isoformat()
            if role == EDIT:
                return QDate(m.date.year, m.date.month, m.date.day)
        elif role in (DISPLAY, EDIT):
            return m.event
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        if index.column() == MilestoneColumn.DATE:
            if isinstance(value, QDate):
                value = date(value.year(), value.month(), value.day())
            self.edit_requested.emit(index.row(), "date", value)
        else:
            self.edit_requested.emit(index.row(), "event", str(value))
        return True


# ---------------------------------------------------------------- agenda

class AgendaColumn(IntEnum):
    SEQ = 0
    TITLE = 1


class AgendaModel(ListTableModel[AgendaItem, AgendaColumn]):
    Column = AgendaColumn
    #: (row, new title)
    edit_requested = Signal(int, str)

    def key(self, item: AgendaItem) -> Any:
        return item.seq

    def header(self, column: AgendaColumn) -> str:
        return self.tr("步骤") if column == AgendaColumn.SEQ else self.tr("内容")

    def value(self, a: AgendaItem, column: AgendaColumn, role: int) -> Any:
        if column == AgendaColumn.SEQ:
            if role == DISPLAY:
                return str(a.seq)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        elif role in (DISPLAY, EDIT):
            return a.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == AgendaColumn.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or index.column() != AgendaColumn.TITLE:
            return False
        if str(value) == self._items[index.row()].title:
            return False
        self.edit_requested.emit(index.row(), str(value))
        return True


# ---------------------------------------------------------------- draft articles

class ArticleColumn(IntEnum):
    LABEL = 0
    CHAPTER = 1
    TEXT = 2


class ArticlesModel(ListTableModel[DraftArticle, ArticleColumn]):
    Column = ArticleColumn

    def key(self, item: DraftArticle) -> Any:
        return (item.label, item.chapter, item.text)

    def header(self, column: ArticleColumn) -> str:
        return {ArticleColumn.LABEL: self.tr("条"), ArticleColumn.CHAPTER: self.tr("章"),
                ArticleColumn.TEXT: self.tr("条文")}[column]

    def value(self, a: DraftArticle, column: ArticleColumn, role: int) -> Any:
        if role == DISPLAY:
            return {ArticleColumn.LABEL: a.label, ArticleColumn.CHAPTER: a.chapter or "",
                    ArticleColumn.TEXT: a.text}[column]
        if role == Qt.ItemDataRole.FontRole and column == ArticleColumn.LABEL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ArticleColumn.TEXT:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

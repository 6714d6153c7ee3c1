"""Qt models of the opinion register: the table over the opinions, the filter, and a
proxy that groups the rows under section rows (by participant or by article)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import cast

from PySide6.QtCore import QAbstractProxyModel, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain import Decision, Opinion, Person
from ...domain.answers import reason_missing
from ...domain.register import article_sort_key
from ...domain.turns import refs_text
from ...services.responses import NO_ARTICLE
from ..names import decision_text

#: the opinion object of a row
OpinionRole = Qt.ItemDataRole.UserRole
#: the value columns sort by
SortRole = Qt.ItemDataRole.UserRole + 1

ANSWERED_COLOR = QColor("#1b7f3b")
PENDING_COLOR = QColor("#b3261e")
REASON_MISSING_COLOR = QColor("#b3261e")
LINK_COLOR = QColor("#1a5fb4")
GROUP_BACKGROUND = QColor("#eef2f7")

_TEXT_CHARS = 160


class Column(IntEnum):
    PARTICIPANT = 0
    NUMBER = 1
    TEXT = 2
    BASIS = 3
    ARTICLES = 4
    TOPIC = 5
    DISPUTED = 6
    DECISION = 7
    SOURCE = 8


_COLUMNS = tuple(Column)
_NCOLS = len(_COLUMNS)
_CHILD_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def one_line(text: str | None, limit: int = _TEXT_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class OpinionTableModel(QAbstractTableModel):
    """One row per opinion, in register order. The opinion is under ``OpinionRole``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._opinions: list[Opinion] = []
        self._people: dict[str, Person] = {}
        self._disputed: dict[str, list[int]] = {}
        self._numbers: dict[int, int] = {}
        self._row_of: dict[str, int] = {}
        self._headers = {
            Column.PARTICIPANT: self.tr("听证参加人"), Column.NUMBER: self.tr("序号"),
            Column.TEXT: self.tr("意见或建议"), Column.BASIS: self.tr("依据、理由"),
            Column.ARTICLES: self.tr("涉及条款"), Column.TOPIC: self.tr("主题"),
            Column.DISPUTED: self.tr("争论问题"), Column.DECISION: self.tr("处理情况"),
            Column.SOURCE: self.tr("笔录出处"),
        }

    # ------------------------------------------------------------ contents
    def set_contents(self, opinions: list[Opinion], people: dict[str, Person],
                     disputed: dict[str, list[int]], numbers: dict[int, int] | None = None) -> None:
        """Show these opinions; ``numbers`` maps turn seqs to their printed numbers. Same
        opinions in the same order: only changed rows are redrawn (selection and
        scrolling stay); otherwise the model is reset."""
        numbers = dict(numbers or {})
        same_rows = [o.id for o in opinions] == [o.id for o in self._opinions]
        if not same_rows:
            self.beginResetModel()
        old = self._opinions
        others_changed = people != self._people or disputed != self._disputed or numbers != self._numbers
        self._numbers = numbers
        self._opinions = list(opinions)
        self._people = dict(people)
        self._disputed = {k: list(v) for k, v in disputed.items()}
        self._row_of = {o.id: i for i, o in enumerate(self._opinions)}
        if not same_rows:
            self.endResetModel()
            return
        last = self.columnCount() - 1
        if others_changed:
            if self._opinions:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._opinions) - 1, last))
            return
        for i, (a, b) in enumerate(zip(old, self._opinions)):
            if a != b:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def update_opinion(self, opinion: Opinion) -> None:
        row = self._row_of.get(opinion.id)
        if row is None:
            return
        self._opinions[row] = opinion
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def opinions(self) -> list[Opinion]:
        return list(self._opinions)

    def opinion_at(self, row: int) -> Opinion:
        return self._opinions[row]

    def row_of(self, opinion_id: str) -> int | None:
        return self._row_of.get(opinion_id)

    def person(self, person_id: str) -> Person | None:
        return self._people.get(person_id)

    def numbers(self) -> dict[int, int]:
        """seq → printed number of every committed turn."""
        return dict(self._numbers)

    def disputes_of(self, opinion_id: str) -> list[int]:
        return self._disputed.get(opinion_id, [])

    # ------------------------------------------------------------ Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._opinions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else _NCOLS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[Column(section)]
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.SOURCE:
                return self.tr("意见出自笔录的哪几段；单击即跳到“现场笔录”中的这一段")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHILD_FLAGS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        """``data()`` by row and column numbers (the grouping proxy calls this directly)."""
        if not (0 <= row < len(self._opinions)) or not (0 <= column < _NCOLS):
            return None
        o = self._opinions[row]
        col = _COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(o, col)
        if role == OpinionRole:
            return o
        if role == SortRole:
            return self._sort_value(o, col, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(o, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Column.DECISION:
                if not o.decision.is_answered:
                    return QBrush(PENDING_COLOR)
                if reason_missing(o.decision, o.response.analysis if o.response else None):
                    return QBrush(REASON_MISSING_COLOR)
                return QBrush(ANSWERED_COLOR)
            if col == Column.SOURCE and o.transcript_refs:
                return QBrush(LINK_COLOR)
        if role == Qt.ItemDataRole.FontRole and col == Column.SOURCE and o.transcript_refs:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.NUMBER, Column.DISPUTED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _name(self, o: Opinion) -> str:
        p = self._people.get(o.speaker)
        return p.name if p else o.speaker

    def _display(self, o: Opinion, col: Column) -> str:
        if col == Column.PARTICIPANT:
            return self._name(o)
        if col == Column.NUMBER:
            return "" if o.seq is None else str(o.seq)
        if col == Column.TEXT:
            return one_line(o.text)
        if col == Column.BASIS:
            return one_line(o.basis, 80)
        if col == Column.ARTICLES:
            return "、".join(o.articles)
        if col == Column.TOPIC:
            return o.topic or ""
        if col == Column.DISPUTED:
            return "、".join(self.tr("问题{0}").format(n) for n in self.disputes_of(o.id))
        if col == Column.DECISION:
            return decision_text(o.decision)
        if col == Column.SOURCE:
            return refs_text(o.transcript_refs, self._numbers)
        return ""

    def _sort_value(self, o: Opinion, col: Column, row: int):
        if col == Column.NUMBER:
            return o.seq if o.seq is not None else 10 ** 6
        if col == Column.ARTICLES:
            return article_sort_key(o.articles[0])[1] if o.articles else 10 ** 6
        if col == Column.SOURCE:
            return o.transcript_refs[0] if o.transcript_refs else 10 ** 9
        if col == Column.DECISION:
            return list(Decision).index(o.decision)
        if col == Column.PARTICIPANT:
            p = self._people.get(o.speaker)
            return (p.seq if p and p.seq is not None else 10 ** 6) * 10000 + row
        return self._display(o, col)

    def _tooltip(self, o: Opinion, col: Column) -> str | None:
        if col == Column.TEXT:
            return o.text
        if col == Column.BASIS:
            return o.basis
        if col == Column.DECISION and o.response and o.response.analysis:
            return o.response.analysis
        if col == Column.SOURCE and o.transcript_refs:
            return self.tr("单击跳到笔录第 {0} 段").format(self._numbers.get(o.transcript_refs[0], "?"))
        if col == Column.PARTICIPANT:
            p = self._people.get(o.speaker)
            return p.description if p else None
        return None


class OpinionFilterProxy(QSortFilterProxyModel):
    """Filters by decision (or 未答复), participant category and text."""

    UNANSWERED = "unanswered"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._decision: Decision | str | None = None
        self._category: str | None = None
        self._needle = ""
        #: opinions shown whatever the filters (the ones being answered: an answer typed into
        #: 未答复 must not make its row vanish under the typing)
        self.keep: frozenset[str] = frozenset()
        self.setSortRole(SortRole)

    def set_filters(self, *, decision=..., category=..., text=...) -> None:
        """Change any of the filters at once (one refiltering)."""
        if decision is not ...:
            # combo boxes give enum members back as plain strings
            self._decision = (Decision(decision) if decision not in (None, self.UNANSWERED)
                              else decision)
        if category is not ...:
            self._category = category or None
        if text is not ...:
            self._needle = (text or "").strip().lower()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = cast(OpinionTableModel, self.sourceModel())
        o = model.opinion_at(source_row)
        if o.id in self.keep:
            return True
        if self._decision == self.UNANSWERED:
            if o.decision.is_answered:
                return False
        elif self._decision is not None and o.decision is not self._decision:
            return False
        if self._category is not None:
            p = model.person(o.speaker)
            if p is None or (p.category or "") != self._category:
                return False
        if self._needle:
            p = model.person(o.speaker)
            hay = " ".join((o.text, o.basis or "", o.topic or "", " ".join(o.articles),
                            p.name if p else "", o.response.analysis or "" if o.response else ""))
            if self._needle not in hay.lower():
                return False
        return True


class GroupBy(Enum):
    NONE = "none"
    PARTICIPANT = "participant"
    ARTICLE = "article"


@dataclass
class _Group:
    key: str
    title: str
    rows: list[int]          # rows of the source (the filter proxy)


_TOP = 0   # internal id of top-level indexes; a child's is its group's number + 1


class GroupingProxy(QAbstractProxyModel):
    """Puts the rows of a flat model under section rows: one per participant (in the
    order their opinions were first raised, as the report lists them) or one per
    article of the draft (an opinion naming two articles is under both; those naming
    none are under 未涉及具体条款). ``GroupBy.NONE`` passes the rows through."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._mode = GroupBy.NONE
        self._groups: list[_Group] = []
        self._flat: list[int] = []
        self._where: dict[int, tuple[int, int]] = {}   # source row -> (group, child row)
        self._trow: list[int] = []                     # source row -> row of the table model
        self._tbl: OpinionTableModel | None = None
        self._resetting = False

    # ------------------------------------------------------------ set-up
    def setSourceModel(self, source) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.beginResetModel()
        self._tbl = None
        super().setSourceModel(source)
        for signal, slot in self._connections(source):
            signal.connect(slot)
        self._build()
        self.endResetModel()

    def _connections(self, src):
        return [
            (src.modelAboutToBeReset, self._begin), (src.modelReset, self._end),
            (src.layoutAboutToBeChanged, self._begin), (src.layoutChanged, self._end),
            (src.rowsAboutToBeInserted, self._begin), (src.rowsInserted, self._end),
            (src.rowsAboutToBeRemoved, self._begin), (src.rowsRemoved, self._end),
            (src.rowsAboutToBeMoved, self._begin), (src.rowsMoved, self._end),
            (src.dataChanged, self._on_data_changed),
        ]

    def _begin(self, *args) -> None:
        if not self._resetting:
            self._resetting = True
            self.beginResetModel()

    def _end(self, *args) -> None:
        if self._resetting:
            self._build()
            self._resetting = False
            self.endResetModel()

    def set_mode(self, mode: GroupBy) -> None:
        if mode == self._mode:
            return
        self.beginResetModel()
        self._mode = mode
        self._build()
        self.endResetModel()

    def mode(self) -> GroupBy:
        return self._mode

    def groups(self) -> list[tuple[str, int]]:
        """(section title, number of rows) of each section, for tests and the status line."""
        return [(g.title, len(g.rows)) for g in self._groups]

    def _table(self) -> OpinionTableModel:
        if self._tbl is None:
            src = self.sourceModel()
            while isinstance(src, QAbstractProxyModel):
                src = src.sourceModel()
            self._tbl = cast(OpinionTableModel, src)
        return self._tbl

    def _build(self) -> None:
        src = self.sourceModel()
        self._groups, self._flat, self._where, self._trow = [], [], {}, []
        if src is None:
            return
        n = src.rowCount()
        table = self._table()
        if src is table:
            self._trow = list(range(n))
        else:
            proxy = cast(QAbstractProxyModel, src)
            self._trow = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(n)]
        if self._mode == GroupBy.NONE:
            self._flat = list(range(n))
            return
        groups: dict[str, _Group] = {}
        opinions = [table.opinion_at(t) for t in self._trow]
        if self._mode == GroupBy.PARTICIPANT:
            # participants in the order their opinions were first raised (the register's order)
            first: dict[str, int] = {}
            for i, o in enumerate(table.opinions()):
                first.setdefault(o.speaker, i)
            for r, o in enumerate(opinions):
                g = groups.get(o.speaker)
                if g is None:
                    p = table.person(o.speaker)
                    g = groups[o.speaker] = _Group(o.speaker, p.name if p else o.speaker, [])
                g.rows.append(r)
            order = sorted(groups.values(), key=lambda g: first.get(g.key, 10 ** 9))
        else:
            for r, o in enumerate(opinions):
                for label in (dict.fromkeys(o.articles) or [NO_ARTICLE]):
                    groups.setdefault(label, _Group(label, label, [])).rows.append(r)
            order = sorted(groups.values(), key=lambda g: (g.key == NO_ARTICLE, article_sort_key(g.key)))
        self._groups = order
        for gi, g in enumerate(order):
            for ci, r in enumerate(g.rows):
                self._where.setdefault(r, (gi, ci))

    def _on_data_changed(self, top_left, bottom_right, roles=()) -> None:
        if self._mode == GroupBy.ARTICLE or self._mode == GroupBy.PARTICIPANT:
            # a changed participant or article moves the row to another section
            for r in range(top_left.row(), bottom_right.row() + 1):
                o = self.sourceModel().index(r, 0).data(OpinionRole)
                gi, _ = self._where.get(r, (None, None))
                if gi is None:
                    continue
                key = self._groups[gi].key
                if (self._mode == GroupBy.PARTICIPANT and o.speaker != key) or (
                        self._mode == GroupBy.ARTICLE and key not in (o.articles or [NO_ARTICLE])):
                    self.beginResetModel()
                    self._build()
                    self.endResetModel()
                    return
        last = self.columnCount() - 1
        first_row, last_row = top_left.row(), bottom_right.row()
        if self._mode == GroupBy.NONE:
            self.dataChanged.emit(self.index(first_row, 0), self.index(last_row, last))
            return
        for gi, g in enumerate(self._groups):
            inside = [ci for ci, r in enumerate(g.rows) if first_row <= r <= last_row]
            if inside:
                parent = self.createIndex(gi, 0, _TOP)
                self.dataChanged.emit(self.index(inside[0], 0, parent), self.index(inside[-1], last, parent))
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    # ------------------------------------------------------------ structure
    def index(self, row, column, parent=QModelIndex()):
        if column < 0 or column >= _NCOLS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            limit = len(self._flat) if self._mode == GroupBy.NONE else len(self._groups)
            return self.createIndex(row, column, _TOP) if row < limit else QModelIndex()
        if self._mode == GroupBy.NONE or parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if g >= len(self._groups) or row >= len(self._groups[g].rows):
            return QModelIndex()
        return self.createIndex(row, column, g + 1)

    def parent(self, child=QModelIndex()):
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def sibling(self, row, column, idx):
        return self.index(row, column, self.parent(idx)) if idx.isValid() else QModelIndex()

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._flat) if self._mode == GroupBy.NONE else len(self._groups)
        if self._mode == GroupBy.NONE or parent.internalId() != _TOP or parent.column() != 0:
            return 0
        return len(self._groups[parent.row()].rows) if parent.row() < len(self._groups) else 0

    def columnCount(self, parent=QModelIndex()) -> int:
        src = self.sourceModel()
        return src.columnCount() if src is not None else 0

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def is_group(self, index) -> bool:
        return index.isValid() and self._mode != GroupBy.NONE and index.internalId() == _TOP

    def mapToSource(self, proxy_index):
        src = self.sourceModel()
        if src is None or not proxy_index.isValid():
            return QModelIndex()
        if self._mode == GroupBy.NONE:
            row = proxy_index.row()
            return src.index(self._flat[row], proxy_index.column()) if row < len(self._flat) else QModelIndex()
        if proxy_index.internalId() == _TOP:
            return QModelIndex()
        g = self._groups[proxy_index.internalId() - 1]
        return src.index(g.rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index):
        if not source_index.isValid():
            return QModelIndex()
        r = source_index.row()
        if self._mode == GroupBy.NONE:
            return self.createIndex(r, source_index.column(), _TOP) if r < len(self._flat) else QModelIndex()
        where = self._where.get(r)
        if where is None:
            return QModelIndex()
        gi, ci = where
        return self.createIndex(ci, source_index.column(), gi + 1)

    # ------------------------------------------------------------ data
    def _source_row(self, index) -> int | None:
        """The row of the filter proxy behind a proxy index (None for a section row)."""
        if self._mode == GroupBy.NONE:
            return self._flat[index.row()] if index.row() < len(self._flat) else None
        gid = index.internalId()
        if gid == _TOP:
            return None
        return self._groups[gid - 1].rows[index.row()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._source_row(index)
        if r is None:
            return self._group_data(index, role)
        return self._table().cell(self._trow[r], index.column(), role)

    def _group_data(self, index, role):
        g = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            table = self._table()
            answered = sum(1 for r in g.rows if table.opinion_at(self._trow[r]).decision.is_answered)
            text = g.title
            if self._mode == GroupBy.PARTICIPANT:
                p = self._table().person(g.key)
                if p is not None and p.description:
                    text += f"（{one_line(p.description, 40)}）"
            return self.tr("{0}　—　{1} 条，已答复 {2} 条").format(text, len(g.rows), answered)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BACKGROUND)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_group(index):
            return Qt.ItemFlag.ItemIsEnabled
        return _CHILD_FLAGS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        src = self.sourceModel()
        return src.headerData(section, orientation, role) if src is not None else None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        src = self.sourceModel()
        if src is not None:
            src.sort(column, order)

    def itemData(self, index):
        return {} if self.is_group(index) else super().itemData(index)

    def opinion(self, index) -> Opinion | None:
        if not index.isValid() or index.model() is not self:
            return None
        r = self._source_row(index)
        return None if r is None else self._table().opinion_at(self._trow[r])

    def opinion_rows(self) -> list[QModelIndex]:
        """Every opinion row in display order (first column)."""
        if self._mode == GroupBy.NONE:
            return [self.index(r, 0) for r in range(len(self._flat))]
        out: list[QModelIndex] = []
        for gi, g in enumerate(self._groups):
            out.extend(self.createIndex(ci, 0, gi + 1) for ci in range(len(g.rows)))
        return out


__all__ = ["Column", "OpinionTableModel", "OpinionFilterProxy", "GroupBy", "GroupingProxy",
           "OpinionRole", "SortRole"]

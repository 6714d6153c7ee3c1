"""The hearing list on the left of the main window: a table model over
``HearingService.list()`` summaries, a two-line delegate and the panel around them."""
from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPalette, QTextLayout
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..domain import HearingSummary
from .generated.ui_hearing_list_panel import Ui_HearingListPanel

UserRole = Qt.ItemDataRole.UserRole


translate = QCoreApplication.translate


def date_text(s: HearingSummary) -> str:
    return s.starts_at.strftime("%Y-%m-%d") if s.starts_at else translate("hearing_list", "日期未定")


def status_text(s: HearingSummary) -> str:
    """Where a hearing stands, e.g. ``笔录已锁定 · 意见已答复 12/21 · 待签字 3``."""
    return SEPARATOR.join(status_parts(s))


SEPARATOR = " · "

#: what a line of the list is made of (title, date, and the status below: the lock and
#: the signatures, the turns, the participants, the answers): a change that touches any
#: of these refreshes the list
SHOWS = ("listing", "fields", "record", "transcript", "people", "attendance", "opinions", "responses")


def status_parts(s: HearingSummary) -> list[str]:
    parts: list[str] = []
    if s.lent_by:
        parts.append(translate("hearing_list", "已借出（{0}），交回前不能修改").format(s.lent_by))
    elif s.borrowed:
        parts.append(translate("hearing_list", "借自档案库"))
    if s.locked:
        parts.append(translate("hearing_list", "笔录已锁定"))
    elif s.turns:
        parts.append(translate("hearing_list", "笔录 {0} 段").format(s.turns))
    else:
        parts.append(translate("hearing_list", "筹备中"))
        if s.participants:
            parts.append(translate("hearing_list", "参加人 {0} 人").format(s.participants))
    if s.opinions:
        parts.append(translate("hearing_list", "意见已答复 {0}/{1}").format(s.answered, s.opinions))
    if s.locked:
        parts.append(translate("hearing_list", "待签字 {0}").format(s.signatures_pending) if s.signatures_pending
                     else translate("hearing_list", "签字已完成"))
    return parts


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    STATUS = 2


class HearingListModel(QAbstractTableModel):
    """One row per hearing, newest first; the summary under ``Qt.UserRole``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[HearingSummary] = []

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return (self.tr("听证会"), self.tr("日期"), self.tr("进展"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is Column.TITLE:
                return s.title
            if col is Column.DATE:
                return date_text(s)
            return status_text(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{s.title}\n{date_text(s)}\n{status_text(s)}"
        if role == UserRole:
            return s
        return None

    # ---------------------------------------------------------------- contents
    def summaries(self) -> list[HearingSummary]:
        return list(self._rows)

    def row_of(self, hearing_id: int) -> int:
        for row, s in enumerate(self._rows):
            if s.id == hearing_id:
                return row
        return -1

    def set_summaries(self, summaries: list[HearingSummary]) -> None:
        """Merge a fresh list in: rows removed, inserted and updated, never a reset
        (so the selection and the scroll position stay)."""
        new = sorted(summaries, key=lambda s: s.id, reverse=True)
        wanted = {s.id for s in new}
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, s in enumerate(new):
            if row < len(self._rows) and self._rows[row].id == s.id:
                if self._rows[row] != s:
                    self._rows[row] = s
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, s)
                self.endInsertRows()


def wrap_text(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width`` pixels (Unicode line
    breaking, so Chinese breaks between characters); the last line is elided."""
    if width <= 0 or not text:
        return [text] if text else []
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if len(lines) == max_lines - 1:
            rest = text[line.textStart():]
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines


def flow_parts(parts: list[str], metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Pack ``a · b · c`` onto lines without splitting a part; the last line is elided."""
    lines: list[str] = []
    current = ""
    for i, part in enumerate(parts):
        candidate = current + SEPARATOR + part if current else part
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == max_lines - 1:
            current = SEPARATOR.join(parts[i:])
            break
        current = part
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


class HearingDelegate(QStyledItemDelegate):
    """The title in bold (up to two lines), then date · where the hearing stands (up to two)."""

    PAD = 6
    GAP = 3

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(width - 3 * self.PAD, 40)

    def _lines(self, option: QStyleOptionViewItem, summary: HearingSummary) -> tuple[list[str], list[str]]:
        bold, normal = self._fonts(option)
        width = self._width(option)
        title = wrap_text(summary.title, bold, width, 2)
        status = flow_parts([date_text(summary), *status_parts(summary)], QFontMetrics(normal), width, 2)
        return title, status

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        summary = index.data(UserRole)
        bold, normal = self._fonts(option)
        if summary is None:
            return QSize(200, QFontMetrics(bold).height() + 2 * self.PAD)
        title, status = self._lines(option, summary)
        height = (len(title) * QFontMetrics(bold).height() + len(status) * QFontMetrics(normal).height()
                  + self.GAP + 2 * self.PAD + 2)
        return QSize(self._width(option), height)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        summary = index.data(UserRole)
        if summary is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        active = bool(option.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, normal = self._fonts(option)
        title, status = self._lines(option, summary)
        left, top = option.rect.left() + self.PAD + 2, option.rect.top() + self.PAD
        width = option.rect.width() - 2 * self.PAD
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.save()
        painter.setFont(bold)
        painter.setPen(option.palette.color(group, text_role))
        h = QFontMetrics(bold).height()
        for line in title:
            painter.drawText(QRect(left, top, width, h), flags, line)
            top += h
        top += self.GAP
        painter.setFont(normal)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        h = QFontMetrics(normal).height()
        for line in status:
            painter.drawText(QRect(left, top, width, h), flags, line)
            top += h
        painter.restore()


class HearingListPanel(QWidget):
    """Filter box, tool buttons and the list (forms/hearing_list_panel.ui).
    ``hearing_selected(id)`` when the user picks one."""

    hearing_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HearingListPanel()
        self.ui.setupUi(self)
        self.toolbar, self.filter, self.view = self.ui.toolbar, self.ui.filter, self.ui.view
        self.model = HearingListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(Column.TITLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view.setModel(self.proxy)
        self.view.setModelColumn(Column.TITLE)
        self.view.setItemDelegate(HearingDelegate(self.view))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.filter.textChanged.connect(self._apply_filter)
        self._quiet = False
        self._open_id: int | None = None

    def set_actions(self, actions: list[QAction], context_actions: list[QAction]) -> None:
        """The tool buttons above the list and the list's context menu."""
        self.toolbar.addActions(actions)
        self.view.addActions(context_actions)

    def set_summaries(self, summaries: list[HearingSummary]) -> None:
        self._quiet = True
        try:
            self.model.set_summaries(summaries)
        finally:
            self._quiet = False
        self.select_hearing(self._open_id)

    def _apply_filter(self, text: str) -> None:
        self._quiet = True
        try:
            self.proxy.setFilterFixedString(text)
        finally:
            self._quiet = False
        self.select_hearing(self._open_id)

    def select_hearing(self, hearing_id: int | None) -> None:
        """Show ``hearing_id`` as the current row without emitting ``hearing_selected``."""
        self._open_id = hearing_id
        self._quiet = True
        try:
            row = self.model.row_of(hearing_id) if hearing_id is not None else -1
            index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE)) if row >= 0 else QModelIndex()
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(index, flags)
                self.view.scrollTo(index)
            else:
                self.view.selectionModel().clear()
        finally:
            self._quiet = False

    def selected_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        summary = index.data(UserRole) if index.isValid() else None
        return summary.id if summary is not None else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        summary = current.data(UserRole)
        if summary is not None:
            self.hearing_selected.emit(summary.id)

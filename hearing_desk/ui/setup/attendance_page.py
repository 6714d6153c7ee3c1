"""签到: who is here. One click or the space bar per person; 应到 / 实到 and the quorum rule
(forms/setup_attendance_page.ui)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain import ROLE_ORDER, Hearing, Person, Role
from ...domain.attendance import Attendance, Quorum, attendance
from ..generated.ui_setup_attendance_page import Ui_AttendancePage
from ..names import fraction, hearing_role, role_text
from .attendance_model import (
    ABSENT_COLOR,
    PRESENT_COLOR,
    SEARCH_ROLE,
    STATE_ROLE,
    UNCHECKED_COLOR,
    AttendanceColumn,
    AttendanceModel,
)
from .commands import AttendanceCommand, stored_id
from .models import USER

if TYPE_CHECKING:
    from .tab import SetupTab


class StatusDelegate(QStyledItemDelegate):
    """A large coloured pill: 已到 (green), 未到 (red outline), 未核对 (grey)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        state = index.data(STATE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        rect = QRectF(option.rect).adjusted(8, 5, -8, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        if state is True:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PRESENT_COLOR)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor("white"))
        elif state is False:
            painter.setPen(QPen(ABSENT_COLOR, 2))
            painter.setBrush(QColor("#fce8e6"))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(ABSENT_COLOR)
        else:
            painter.setPen(QPen(UNCHECKED_COLOR, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor("white"))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(UNCHECKED_COLOR)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class _Filter(QSortFilterProxyModel):
    """序号, name, pinyin initials (cd → 蔡鼎) or full pinyin."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self.text:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        words = (index.data(SEARCH_ROLE) or "").split(" ")
        seq = words[0] if words and words[0].isdigit() else None
        if self.text.isdigit():
            return seq == self.text
        return any(w.startswith(self.text) or (self.text in w and not w.isascii()) for w in words)


class AttendancePage(QWidget):
    """Who is here (forms/setup_attendance_page.ui)."""

    #: attendance, the people listed, their labels, and the quorum rule of the settings
    SHOWS = frozenset({"attendance", "people", "fields", "settings"})

    def __init__(self, tab: SetupTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AttendancePage()
        self.ui.setupUi(self)
        self.tab = tab
        self.hearing: Hearing | None = None
        ui = self.ui
        ui.unchecked.setMinimumHeight(ui.unchecked.fontMetrics().height())   # no jump when it empties
        ui.filter.textChanged.connect(self._on_filter)
        ui.filter.returnPressed.connect(self._on_filter_enter)
        ui.all_present.clicked.connect(lambda: self.set_all(True))
        ui.all_absent.clicked.connect(lambda: self.set_all(False))

        self.model = AttendanceModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        view = ui.view
        view.setModel(self.proxy)
        view.setItemDelegateForColumn(AttendanceColumn.STATUS, StatusDelegate(view))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(AttendanceColumn.STATUS, QHeaderView.ResizeMode.Fixed)
        for column, width in ((AttendanceColumn.STATUS, 120), (AttendanceColumn.ROLE, 110),
                              (AttendanceColumn.SEQ, 56), (AttendanceColumn.NAME, 110)):
            header.resizeSection(column, width)
        view.clicked.connect(self._on_clicked)
        view.installEventFilter(self)

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        if hearing is None:
            self.model.set_people([], role_text)
            return
        current = self._current_person()
        people = hearing.participants() + [p for role in ROLE_ORDER if role.is_official
                                           for p in hearing.people_in(role)]
        self.model.set_people(people, lambda role: hearing_role(hearing, role))
        if current is not None:
            self._select(current.id)
        a = attendance(hearing)
        label = hearing_role(hearing, Role.PARTICIPANT)
        self.ui.help.setText(self.tr(
            "单击“签到”一栏或按空格键切换已到 / 未到，↑↓ 键移动。应到、实到只计{0}，实到只计已标为“已到”的人；"
            "主持人等人员也在此签到，笔录的签名栏据此列出到会人员。改动立即保存，可撤销。"
            "笔录锁定前，每个人都须标明已到或未到。").format(label))
        self.ui.counts.setText(self.tr("应到 {0} 人　　实到 {1} 人").format(a.expected, a.present))
        self.ui.counts.setToolTip(self.tr("只计{0}；实到只计已签到的人").format(label))
        if a.quorum is Quorum.NO_RULE or a.quorum is Quorum.NOBODY:
            colour, background = "#3c4043", "#f1f3f4"
        elif a.quorum is Quorum.MET:
            colour, background = "#137333", "#e6f4ea"
        elif a.quorum is Quorum.OPEN:
            colour, background = "#7a4a00", "#fff4d6"
        else:
            colour, background = "#a50e0e", "#fce8e6"
        self.ui.quorum.setText(self.quorum_message(a, hearing))
        self.ui.quorum.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {colour}; background: {background};"
                                     "border-radius: 4px; padding: 6px 10px;")
        self.ui.quorum.setProperty("quorum_met", a.quorum_met)
        self.ui.quorum.setProperty("quorum", str(a.quorum))
        self.ui.unchecked.setText(
            self.tr("其中 {0} 人尚未核对，不计入实到。").format(a.unchecked) if a.unchecked else "")

    def quorum_message(self, a: Attendance, hearing: Hearing | None) -> str:
        """The sentence of ``domain.attendance`` (``a.message``, which the checks and documents use),
        said in the window's language (in Chinese it is ``a.message``; a test compares them)."""
        rule = fraction(hearing.settings.quorum_numerator, hearing.settings.quorum_denominator) \
            if hearing is not None and a.has_rule else ""
        if a.quorum is Quorum.NO_RULE:
            return self.tr("未设到会人数要求（可在“议程与程序”中设置）")
        if a.quorum is Quorum.NOBODY:
            return self.tr("尚未登记{0}").format(hearing_role(hearing, Role.PARTICIPANT))
        if a.quorum is Quorum.MET:
            return self.tr("到会人数达到应到人数的{0}（至少 {1} 人），符合要求").format(rule, a.needed)
        if a.quorum is Quorum.OPEN:
            return self.tr("签到尚未完成：已到 {0} 人，{1} 人未核对；"
                           "到会人数须达到应到人数的{2}（至少 {3} 人）").format(
                a.present, a.unchecked, rule, a.needed)
        return self.tr("到会人数未达到应到人数的{0}（至少需 {1} 人，还差 {2} 人），不符合要求").format(
            rule, a.needed, a.needed - a.present)

    def commit_pending(self) -> None:
        """Nothing waits: every click is stored at once."""

    # ------------------------------------------------------------ rows
    def _person_at(self, proxy_index: QModelIndex) -> Person | None:
        if not proxy_index.isValid():
            return None
        return self.proxy.mapToSource(proxy_index).data(USER)

    def _current_person(self) -> Person | None:
        return self._person_at(self.ui.view.currentIndex())

    def _select(self, person_id: str) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, AttendanceColumn.NAME))
        if index.isValid():
            self.ui.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # ------------------------------------------------------------ changes
    def set_attended(self, values: Mapping[str, bool | None], text: str) -> bool:
        if self.hearing is None or not values:
            return False
        return self.tab.perform(AttendanceCommand(self.tab.ctx, stored_id(self.hearing),
                                                  dict(values), text))

    def toggle(self, person: Person | None) -> None:
        if person is None:
            return
        new = not person.attended if person.attended is not None else True
        state = self.tr("已到") if new else self.tr("未到")
        self.set_attended({person.id: new}, self.tr("签到：{0} {1}").format(person.name, state))
        self._select(person.id)

    def set_all(self, present: bool) -> None:
        values = {p.id: present for p in self.model.items() if p.attended is not present}
        self.set_attended(values, self.tr("全部标为已到") if present else self.tr("全部标为未到"))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == AttendanceColumn.STATUS:
            self.toggle(self._person_at(index))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.view and event.type() == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space:
                self.toggle(self._current_person())
                return True
        return super().eventFilter(watched, event)

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        n = self.proxy.rowCount()
        self.ui.found.setText("" if not text.strip() else (self.tr("找到 {0} 人").format(n) if n
                                                        else self.tr("没有找到")))
        self.ui.found.setStyleSheet("" if n or not text.strip() else "color: #c5221f; font-weight: bold;")
        if self.proxy.rowCount() > 0:
            self.ui.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, AttendanceColumn.NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _exact_match(self) -> Person | None:
        """The one shown person whose 序号, name or pinyin initials are exactly what was typed."""
        text = self.proxy.text
        rows = [self._person_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]
        if len(rows) == 1:
            return rows[0]
        exact = [p for p in rows if p is not None and text in self.model.search_words(p.id)[:3]]
        return exact[0] if len(exact) == 1 else None

    def _on_filter_enter(self) -> None:
        """One match: mark that person present and clear the search for the next arrival."""
        person = self._exact_match()
        if person is not None:
            if person.attended is not True:
                self.set_attended({person.id: True}, self.tr("签到：{0} 已到").format(person.name))
            self.ui.filter.clear()
            self._select(person.id)
        elif self.proxy.rowCount() > 1:
            self.ui.view.setFocus()

"""基本信息: name, matter, organizer, purpose, legal bases, time, venue, milestones, report
(forms/setup_basic_page.ui)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFormLayout, QHeaderView, QLabel, QLineEdit, QScrollArea, QWidget

from ...domain import DEFAULT_ATTACHMENTS, Hearing, Milestone, Role
from ...domain.deadlines import materials_due, report_deadline
from ...services.hearing_fields import field_value
from ..autosave import AutoSave, Edit
from ..cleaninput import keep_clean
from ..generated.ui_setup_basic_page import Ui_BasicPage
from ..names import date_text, hearing_role
from .commands import SetFieldCommand, stored_id
from .models import MilestoneColumn, MilestoneModel
from .widgets import CommitTextEdit, OptionalDateTimeEdit, warn

if TYPE_CHECKING:
    from .tab import SetupTab

#: the fields typed in a line or text box: stored as they are typed
_LINE_FIELDS = ("title", "matter", "organizer", "venue", "report_issuer")
_TEXT_FIELDS = ("purpose",)
_LINES_FIELDS = ("legal_bases", "attachments")       # one item a line
#: the dates: stored when one is changed
_DATE_FIELDS = ("starts_at", "ends_at", "report_date")


class BasicPage(QScrollArea):
    #: hearing-level fields, and the settings the deadline hints count with
    SHOWS = frozenset({"fields", "settings"})

    def __init__(self, tab: SetupTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BasicPage()
        self.ui.setupUi(self)
        self.tab = tab
        self.hearing: Hearing | None = None
        ui = self.ui
        ui.attachments.setPlaceholderText("\n".join(DEFAULT_ATTACHMENTS))
        _align_labels([ui.hearingForm, ui.timeForm, ui.reportForm])

        #: the text fields, stored as they are typed (``ui/autosave.py``)
        self.savers: dict[str, AutoSave] = {}
        for name in _LINE_FIELDS:
            self._save_line(name, getattr(ui, name))
        for name in _TEXT_FIELDS + _LINES_FIELDS:
            self._save_text(name, getattr(ui, name), lines=name in _LINES_FIELDS)
        #: the date fields
        self.dates: dict[str, OptionalDateTimeEdit] = {name: getattr(ui, name) for name in _DATE_FIELDS}
        for name, edit in self.dates.items():
            edit.committed.connect(lambda name=name: self.commit(name))

        self.milestones = MilestoneModel(self)
        self.milestones.edit_requested.connect(self._edit_milestone)
        view = ui.milestone_view
        view.setModel(self.milestones)
        view.setItemDelegate(tab.typed_cell(view, lambda index: (
            self.hearing.id if self.hearing else None, "milestone", index.row(), index.column())))
        view.horizontalHeader().setSectionResizeMode(MilestoneColumn.DATE, QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().resizeSection(MilestoneColumn.DATE, 120)
        ui.new_date.setDate(QDate.currentDate())
        keep_clean(ui.new_event)
        ui.new_event.returnPressed.connect(self.add_milestone)
        ui.add_milestone_button.clicked.connect(self.add_milestone)
        ui.remove_milestone_button.clicked.connect(self.remove_milestones)

    # ------------------------------------------------------------ building
    def _save_line(self, name: str, edit: QLineEdit) -> None:
        self.savers[name] = AutoSave(
            edit, self._store, edits=self.tab.ctx.edits, read=lambda: edit.text().strip() or None,
            write=lambda v: edit.setText(v or "") if (v or "") != edit.text().strip() else None)

    def _save_text(self, name: str, edit: CommitTextEdit, *, lines: bool) -> None:
        read: Callable[[], Any]
        write: Callable[[Any], None]
        if lines:
            read, write = (lambda: edit.lines() or None), edit.set_lines
        else:
            def read() -> str | None:
                return edit.toPlainText().strip() or None

            def write(v: str | None) -> None:
                if (v or "") != edit.toPlainText().strip():
                    edit.setPlainText(v or "")
        self.savers[name] = AutoSave(edit, self._store, edits=self.tab.ctx.edits, read=read, write=write)

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        ui = self.ui
        if hearing is None:
            self.milestones.set_items([])
            return
        for name, saver in self.savers.items():
            saver.show((hearing.id, name), field_value(hearing, name))
        for name, edit in self.dates.items():
            edit.set_value(field_value(hearing, name))
        ui.report_issuer.setPlaceholderText(hearing.organizer or self.tr("一般为听证组织机关"))
        ui.ends_at.default = hearing.starts_at
        ui.report_date.default = hearing.ends_at or hearing.starts_at
        self.milestones.set_items(hearing.milestones or [])
        due = materials_due(hearing)
        ui.materials_hint.setText(
            self.tr("听证材料应于 {0} 前送达{1}（提前 {2} 日，《重大行政决策程序暂行条例》第十六条）。").format(
                date_text(due), hearing_role(hearing, Role.PARTICIPANT), hearing.settings.materials_days_before)
            if due else self.tr("填写开始时间后，这里会提示送达听证材料的最后日期。"))
        report = report_deadline(hearing)
        written = hearing.report.date if hearing.report else None
        late = report is not None and written is not None and written > report
        ui.deadline_hint.setText(
            (self.tr("应在听证会后 {0} 个工作日内完成，即 {1} 前（未计法定节假日）。").format(
                hearing.settings.report_deadline_working_days, date_text(report))
             + (self.tr("成文日期已超过期限。") if late else ""))
            if report else self.tr("填写听证会时间后，这里会提示报告的完成期限。"))
        ui.deadline_hint.setStyleSheet("color: #c5221f;" if late else "color: palette(placeholder-text);")

    # ------------------------------------------------------------ storing
    def _store(self, target: Any, value: Any, edit: Edit) -> bool:
        """A text field's pending value, for the hearing and field it was typed in."""
        hearing_id, name = target
        return self.tab.perform(SetFieldCommand(self.tab.ctx, hearing_id, name, value),
                                edit=edit, target=target)

    def commit(self, name: str) -> None:
        """Store a field now (a date: when it is changed; a text field: what is typed)."""
        if name in self.savers:
            self.savers[name].end_session()
            return
        if self.hearing is None:
            return
        value = self.dates[name].value()
        if value == field_value(self.hearing, name):
            return
        self.tab.perform(SetFieldCommand(self.tab.ctx, stored_id(self.hearing), name, value))

    def commit_pending(self) -> None:
        for name in list(self.savers) + list(self.dates):
            self.commit(name)

    def _milestone_list(self) -> list[Milestone]:
        return [Milestone(m.date, m.event) for m in self.milestones.items()]

    def _set_milestones(self, items: list[Milestone]) -> bool:
        if self.hearing is None:
            return False
        return self.tab.perform(SetFieldCommand(self.tab.ctx, stored_id(self.hearing),
                                                "milestones", items))

    def add_milestone(self) -> None:
        event = self.ui.new_event.text().strip()
        if not event:
            warn(self, self.tr("请先填写筹备事项，例如“发布听证会公告”。"))
            self.ui.new_event.setFocus()
            return
        d = self.ui.new_date.date()
        items = self._milestone_list() + [Milestone(date(d.year(), d.month(), d.day()), event)]
        if self._set_milestones(items):
            self.ui.new_event.clear()

    def remove_milestones(self) -> None:
        rows = {i.row() for i in self.ui.milestone_view.selectionModel().selectedRows()}
        if not rows:
            warn(self, self.tr("请先在表格中选择要删除的筹备事项。"))
            return
        self._set_milestones([m for i, m in enumerate(self._milestone_list()) if i not in rows])

    def _edit_milestone(self, row: int, field: str, value: Any) -> None:
        items = self._milestone_list()
        if not 0 <= row < len(items):
            return
        m = items[row]
        items[row] = Milestone(value, m.event) if field == "date" else Milestone(m.date, value)
        self._set_milestones(items)


def _align_labels(forms: list[QFormLayout]) -> None:
    """One label column for all the groups, so the fields line up down the page."""
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

"""基本信息: name, matter, organizer, purpose, legal bases, time, venue, milestones, report."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import DEFAULT_ATTACHMENTS, Hearing, Milestone, Role
from ...domain.deadlines import materials_due, report_deadline
from ...services.hearing_fields import field_value
from ..autosave import AutoSave, Edit
from ..cleaninput import keep_clean
from .commands import SetFieldCommand
from .models import MilestoneColumn, MilestoneModel
from .widgets import CommitTextEdit, OptionalDateTimeEdit, hint_label, warn


class BasicPage(QScrollArea):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.hearing: Hearing | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        content.setMaximumWidth(980)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(12)
        self.setWidget(content)
        #: the date fields: name → (read the editor, show a value)
        self._fields: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        #: the text fields, stored as they are typed (``ui/autosave.py``)
        self.savers: dict[str, AutoSave] = {}

        # --- the hearing
        box = QGroupBox(self.tr("听证会"))
        form = self._form(box)
        self.title = self._line("title", self.tr("例如：《××市××管理办法（征求意见稿）》听证会"))
        form.addRow(self._required(self.tr("听证会名称")), self.title)
        self.matter = self._line("matter", self.tr("例如：《××市××管理办法（征求意见稿）》"))
        form.addRow(self.tr("听证事项"), self.matter)
        self.organizer = self._line("organizer", self.tr("组织听证的行政机关"))
        form.addRow(self.tr("听证组织机关"), self.organizer)
        self.purpose = self._text("purpose", 2, self.tr("例如：为促进科学、民主、依法决策……"), lines=False)
        form.addRow(self.tr("目的"), self.purpose)
        self.legal_bases = self._text("legal_bases", 4, self.tr("每行一项，例如：\n《重大行政决策程序暂行条例》"),
                                      lines=True)
        form.addRow(self.tr("依据"), self._with_hint(self.legal_bases, self.tr("每行一项，按报告中的顺序排列。")))
        outer.addWidget(box)

        # --- time and place
        box = QGroupBox(self.tr("时间和地点"))
        form = self._form(box)
        self.starts_at = self._when("starts_at", with_time=True)
        self.materials_hint = hint_label("")
        form.addRow(self.tr("开始时间"), self._with_hint(self.starts_at, self.materials_hint))
        self.ends_at = self._when("ends_at", with_time=True)
        form.addRow(self.tr("结束时间"), self.ends_at)
        self.venue = self._line("venue", self.tr("例如：××区公共服务平台103会议室"))
        form.addRow(self.tr("地点"), self.venue)
        outer.addWidget(box)

        # --- milestones
        box = QGroupBox(self.tr("筹备过程（发布公告、公布名单、送达材料等）"))
        col = QVBoxLayout(box)
        self.milestones = MilestoneModel(self)
        self.milestones.edit_requested.connect(self._edit_milestone)
        self.milestone_view = QTableView()
        self.milestone_view.setModel(self.milestones)
        self.milestone_view.setItemDelegate(tab.typed_cell(self.milestone_view, lambda index: (
            self.hearing.id if self.hearing else None, "milestone", index.row(), index.column())))
        self.milestone_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestone_view.horizontalHeader().setSectionResizeMode(
            MilestoneColumn.DATE, QHeaderView.ResizeMode.Fixed)
        self.milestone_view.horizontalHeader().resizeSection(MilestoneColumn.DATE, 120)
        self.milestone_view.horizontalHeader().setStretchLastSection(True)
        self.milestone_view.verticalHeader().hide()
        self.milestone_view.setMinimumHeight(110)
        self.milestone_view.setMaximumHeight(180)
        col.addWidget(self.milestone_view)
        bar = QHBoxLayout()
        self.new_date = QDateEdit(QDate.currentDate())
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("yyyy-MM-dd")
        self.new_event = QLineEdit()
        self.new_event.setPlaceholderText(self.tr("新事项，如：发布听证会公告（回车添加）"))
        self.new_event.returnPressed.connect(self.add_milestone)
        keep_clean(self.new_event)
        add = QPushButton(self.tr("添加"))
        add.clicked.connect(self.add_milestone)
        self.remove_milestone_button = QPushButton(self.tr("删除所选"))
        self.remove_milestone_button.clicked.connect(self.remove_milestones)
        bar.addWidget(self.new_date)
        bar.addWidget(self.new_event, 1)
        bar.addWidget(add)
        bar.addSpacing(12)
        bar.addWidget(self.remove_milestone_button)
        col.addLayout(bar)
        outer.addWidget(box)

        # --- the report
        box = QGroupBox(self.tr("听证报告"))
        form = self._form(box)
        self.report_issuer = self._line("report_issuer", "")
        form.addRow(self.tr("落款单位"), self.report_issuer)
        self.report_date = self._when("report_date", with_time=False)
        self.deadline_hint = hint_label("")
        form.addRow(self.tr("成文日期"), self._with_hint(self.report_date, self.deadline_hint))
        self.attachments = self._text("attachments", 4, "\n".join(DEFAULT_ATTACHMENTS), lines=True)
        form.addRow(self.tr("附件"), self._with_hint(
            self.attachments, self.tr("每行一项；不填则为默认的“听证意见汇总表”“听证笔录”。")))
        outer.addWidget(box)
        outer.addStretch(1)
        self._align_labels(content)

    # ------------------------------------------------------------ building
    @staticmethod
    def _align_labels(content: QWidget) -> None:
        """One label column for all the groups, so the fields line up down the page."""
        forms = [box.layout() for box in content.findChildren(QGroupBox) if isinstance(box.layout(), QFormLayout)]
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                  for form in forms for row in range(form.rowCount())
                  if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        return form

    def _required(self, text: str) -> QLabel:
        label = QLabel(text + ' <span style="color:#c5221f">*</span>')
        label.setToolTip(self.tr("必填"))
        return label

    @staticmethod
    def _with_hint(editor: QWidget, hint: QLabel | str) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(editor)
        col.addWidget(hint if isinstance(hint, QLabel) else hint_label(hint))
        return box

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setObjectName(name)
        self.savers[name] = AutoSave(
            edit, self._store, edits=self.tab.ctx.edits, read=lambda: edit.text().strip() or None,
            write=lambda v: edit.setText(v or "") if (v or "") != edit.text().strip() else None)
        return edit

    def _text(self, name: str, rows: int, placeholder: str, *, lines: bool) -> CommitTextEdit:
        edit = CommitTextEdit(rows)
        edit.setPlaceholderText(placeholder)
        edit.setObjectName(name)
        if lines:
            read, write = (lambda: edit.lines() or None), edit.set_lines
        else:
            def write(v: str | None) -> None:
                if (v or "") != edit.toPlainText().strip():
                    edit.setPlainText(v or "")
            read = lambda: edit.toPlainText().strip() or None     # noqa: E731
        self.savers[name] = AutoSave(edit, self._store, edits=self.tab.ctx.edits, read=read, write=write)
        return edit

    def _when(self, name: str, *, with_time: bool) -> OptionalDateTimeEdit:
        edit = OptionalDateTimeEdit(with_time)
        edit.setObjectName(name)
        self._fields[name] = (edit.value, edit.set_value)
        edit.committed.connect(lambda: self.commit(name))
        return edit

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        if hearing is None:
            self.milestones.set_items([])
            return
        for name, saver in self.savers.items():
            saver.show((hearing.id, name), field_value(hearing, name))
        for name, (_read, show) in self._fields.items():
            show(field_value(hearing, name))
        self.report_issuer.setPlaceholderText(hearing.organizer or self.tr("一般为听证组织机关"))
        self.ends_at.default = hearing.starts_at
        self.report_date.default = hearing.ends_at or hearing.starts_at
        self.milestones.set_items(hearing.milestones or [])
        due = materials_due(hearing)
        self.materials_hint.setText(
            self.tr("听证材料应于 {0} 前送达{1}（提前 {2} 日，《重大行政决策程序暂行条例》第十六条）。").format(
                due.isoformat(), hearing.label(Role.PARTICIPANT), hearing.settings.materials_days_before)
            if due else self.tr("填写开始时间后，这里会提示送达听证材料的最后日期。"))
        report = report_deadline(hearing)
        written = hearing.report.date if hearing.report else None
        late = report is not None and written is not None and written > report
        self.deadline_hint.setText(
            (self.tr("应在听证会后 {0} 个工作日内完成，即 {1} 前（未计法定节假日）。").format(
                hearing.settings.report_deadline_working_days, report.isoformat())
             + (self.tr("成文日期已超过期限。") if late else ""))
            if report else self.tr("填写听证会时间后，这里会提示报告的完成期限。"))
        self.deadline_hint.setStyleSheet("color: #c5221f;" if late else "color: palette(placeholder-text);")

    # ------------------------------------------------------------ storing
    def _store(self, target: tuple[int, str], value: Any, edit: Edit) -> bool:
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
        read, _show = self._fields[name]
        value = read()
        if value == field_value(self.hearing, name):
            return
        self.tab.perform(SetFieldCommand(self.tab.ctx, self.hearing.id, name, value))

    def commit_pending(self) -> None:
        for name in list(self.savers) + list(self._fields):
            self.commit(name)

    def _milestone_list(self) -> list[Milestone]:
        return [Milestone(m.date, m.event) for m in self.milestones.items()]

    def _set_milestones(self, items: list[Milestone]) -> bool:
        if self.hearing is None:
            return False
        return self.tab.perform(SetFieldCommand(self.tab.ctx, self.hearing.id,
                                                "milestones", items))

    def add_milestone(self) -> None:
        event = self.new_event.text().strip()
        if not event:
            warn(self, self.tr("请先填写筹备事项，例如“发布听证会公告”。"))
            self.new_event.setFocus()
            return
        d = self.new_date.date()
        items = self._milestone_list() + [Milestone(date(d.year(), d.month(), d.day()), event)]
        if self._set_milestones(items):
            self.new_event.clear()

    def remove_milestones(self) -> None:
        rows = {i.row() for i in self.milestone_view.selectionModel().selectedRows()}
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

"""议程与程序: the agenda steps (713号令 第十七条 by default) and the procedure settings."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import Hearing, ProcedureSettings, Role, default_agenda
from ...domain.attendance import fraction_text
from ..cleaninput import keep_clean
from .commands import AgendaCommand, SettingsCommand
from .models import AgendaColumn, AgendaModel
from .widgets import confirm, hint_label, warn


class AgendaPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.hearing: Hearing | None = None

        # --- agenda
        agenda_box = QGroupBox(self.tr("听证议程"))
        col = QVBoxLayout(agenda_box)
        col.addWidget(hint_label(self.tr(
            "现场笔录中的每段发言都记下所处的议程步骤。默认顺序依据《重大行政决策程序暂行条例》"
            "（国务院令第713号）第十七条。双击内容可修改。")))
        self.model = AgendaModel(self)
        self.model.edit_requested.connect(self._on_edit)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(tab.typed_cell(self.view, lambda index: (
            self.hearing.id if self.hearing else None, "agenda", self.model.item(index.row()).seq, index.column())))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(AgendaColumn.SEQ, QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().resizeSection(AgendaColumn.SEQ, 56)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        col.addWidget(self.view, 1)
        add_bar = QHBoxLayout()
        self.new_step = QLineEdit()
        self.new_step.setPlaceholderText(self.tr("新步骤，如“主持人宣布休会”（回车添加到末尾）"))
        self.new_step.returnPressed.connect(self.add_step)
        keep_clean(self.new_step)
        add = QPushButton(self.tr("添加"))
        add.clicked.connect(self.add_step)
        add_bar.addWidget(self.new_step, 1)
        add_bar.addWidget(add)
        col.addLayout(add_bar)
        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.default_button = QPushButton(self.tr("恢复默认议程"))
        self.default_button.setToolTip(self.tr("按《重大行政决策程序暂行条例》第十七条的顺序，使用本听证会的称谓"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.delete_button.clicked.connect(self.delete_step)
        self.default_button.clicked.connect(self.reset_default)
        for b in (self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        col.addLayout(buttons)

        # --- procedure settings
        settings_box = QGroupBox(self.tr("程序设置"))
        form = QFormLayout(settings_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        self.speaking = self._spin(1, 120, self.tr(" 分钟"), "speaking_limit_minutes")
        form.addRow(self.tr("每人每次发言时限"), self._row(self.speaking, self.tr("现场笔录的计时器按此变色；常见为 3 或 5 分钟。")))
        self.numerator = self._spin(0, 99, "", "quorum_numerator")
        self.denominator = self._spin(1, 99, "", "quorum_denominator")
        quorum = QHBoxLayout()
        quorum.setContentsMargins(0, 0, 0, 0)
        quorum.addWidget(QLabel(self.tr("应到人数的")))
        quorum.addWidget(self.numerator)
        quorum.addWidget(QLabel("/"))
        quorum.addWidget(self.denominator)
        quorum.addStretch(1)
        quorum_box = QWidget()
        quorum_box.setLayout(quorum)
        self.quorum_text = hint_label("")
        form.addRow(self.tr("到会人数要求"), self._row(quorum_box, self.quorum_text))
        self.materials = self._spin(0, 365, self.tr(" 日"), "materials_days_before")
        form.addRow(self.tr("提前送达听证材料"), self._row(
            self.materials, self.tr("《重大行政决策程序暂行条例》第十六条：听证会举行 7 日前送达。")))
        self.deadline = self._spin(1, 365, self.tr(" 个工作日"), "report_deadline_working_days")
        form.addRow(self.tr("听证报告期限"), self._row(
            self.deadline, self.tr("听证会结束后多少个工作日内出具听证报告（各地常见 5、7 或 10 个工作日）。")))
        self.show_times = QCheckBox(self.tr("在听证笔录中印出每段发言的时间"))
        self.show_times.toggled.connect(lambda _v: self._commit_settings("show_turn_times"))
        form.addRow("", self.show_times)
        self.count_decisions = QCheckBox(self.tr("在听证报告中统计各类处理意见的条数（采纳 X 条、部分采纳 Y 条……）"))
        self.count_decisions.toggled.connect(lambda _v: self._commit_settings("report_decision_counts"))
        form.addRow("", self.count_decisions)
        reset = QPushButton(self.tr("恢复默认设置"))
        reset.clicked.connect(self.reset_settings)
        form.addRow("", reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(agenda_box, 3)
        layout.addWidget(settings_box, 2)

    @staticmethod
    def _row(editor: QWidget, hint: QLabel | str) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(editor)
        line.addStretch(1)
        col.addLayout(line)
        col.addWidget(hint if isinstance(hint, QLabel) else hint_label(hint))
        return box

    def _spin(self, low: int, high: int, suffix: str, field: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)       # one change per arrow click or finished entry
        spin.setMinimumWidth(72)
        spin.setMaximumWidth(130)
        spin.setObjectName(field)
        spin.valueChanged.connect(lambda _v: self._commit_settings(field))
        return spin

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        current = self.view.currentIndex().row()
        self.model.set_items(hearing.agenda if hearing else [])
        if 0 <= current < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(current, AgendaColumn.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()
        if hearing is None:
            return
        s = hearing.settings
        for spin, value in ((self.speaking, s.speaking_limit_minutes), (self.numerator, s.quorum_numerator),
                            (self.denominator, s.quorum_denominator), (self.materials, s.materials_days_before),
                            (self.deadline, s.report_deadline_working_days)):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        for box, value in ((self.show_times, s.show_turn_times), (self.count_decisions, s.report_decision_counts)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.quorum_text.setText(
            self.tr("到会的{0}不少于应到人数的{1}，方可举行；分子填 0 表示不作要求。").format(
                hearing.label(Role.PARTICIPANT), fraction_text(s.quorum_numerator, s.quorum_denominator))
            if s.quorum_numerator > 0 else self.tr("不作要求（分子填 0）。如云南等地规定不少于三分之二，填 2 / 3。"))

    def commit_pending(self) -> None:
        pass       # spin boxes and the tick box store at once

    def _update_buttons(self, *_) -> None:
        row = self.view.currentIndex().row() if self.view.selectionModel().hasSelection() else -1
        n = self.model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)
        self.delete_button.setEnabled(row >= 0)

    # ------------------------------------------------------------ agenda changes
    def _steps(self) -> list[tuple[int | None, str]]:
        return [(a.seq, a.title) for a in self.model.items()]

    def _set(self, steps: list[tuple[int | None, str]], text: str, select: int | None = None) -> bool:
        if self.hearing is None:
            return False
        done = self.tab.perform(AgendaCommand(self.tab.ctx, self.hearing.id, steps, text))
        if done and select is not None and 0 <= select < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(select, AgendaColumn.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return done

    def add_step(self) -> None:
        title = self.new_step.text().strip()
        if not title:
            warn(self, self.tr("请先填写新步骤的内容。"))
            self.new_step.setFocus()
            return
        steps = self._steps() + [(None, title)]
        if self._set(steps, self.tr("添加议程步骤"), len(steps) - 1):
            self.new_step.clear()

    def delete_step(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        steps = self._steps()
        del steps[row]
        self._set(steps, self.tr("删除议程步骤"), min(row, len(steps) - 1))

    def move(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        steps = self._steps()
        if not (0 <= row < len(steps) and 0 <= row + delta < len(steps)):
            return
        steps[row], steps[row + delta] = steps[row + delta], steps[row]
        self._set(steps, self.tr("调整议程顺序"), row + delta)

    def reset_default(self) -> None:
        if self.hearing is None:
            return
        new = default_agenda(self.hearing)
        if [a.title for a in new] == [a.title for a in self.hearing.agenda]:
            return
        if self.hearing.agenda and not confirm(self, self.tr(
                "用默认议程（《重大行政决策程序暂行条例》第十七条的顺序）替换现有的 {0} 个步骤？").format(
                len(self.hearing.agenda))):
            return
        old = self.hearing.agenda
        # keep the steps' numbers where they stay, so that turns keep pointing at a step
        steps = [(old[i].seq if i < len(old) else None, a.title) for i, a in enumerate(new)]
        self._set(steps, self.tr("恢复默认议程"))

    def _on_edit(self, row: int, title: str) -> None:
        steps = self._steps()
        if not 0 <= row < len(steps):
            return
        steps[row] = (steps[row][0], title)
        self._set(steps, self.tr("修改议程步骤"), row)

    # ------------------------------------------------------------ settings
    def _read_settings(self) -> ProcedureSettings:
        return ProcedureSettings(
            speaking_limit_minutes=self.speaking.value(), quorum_numerator=self.numerator.value(),
            quorum_denominator=self.denominator.value(), materials_days_before=self.materials.value(),
            report_deadline_working_days=self.deadline.value(), show_turn_times=self.show_times.isChecked(),
            report_decision_counts=self.count_decisions.isChecked())

    def _commit_settings(self, field: str) -> None:
        if self.hearing is None:
            return
        new = self._read_settings()
        if new == self.hearing.settings:
            return
        self.tab.perform(SettingsCommand(self.tab.ctx, self.hearing.id, new, field))

    def reset_settings(self) -> None:
        if self.hearing is None or self.hearing.settings == ProcedureSettings():
            return
        self.tab.perform(SettingsCommand(self.tab.ctx, self.hearing.id,
                                         replace(ProcedureSettings()), "all"))

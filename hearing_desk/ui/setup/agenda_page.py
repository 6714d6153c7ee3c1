"""议程与程序: the agenda steps (713号令 第十七条 by default) and the procedure settings
(forms/setup_agenda_page.ui)."""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHeaderView, QWidget

from ...domain import Hearing, ProcedureSettings, Role, default_agenda
from ..cleaninput import keep_clean
from ..generated.ui_setup_agenda_page import Ui_AgendaPage
from ..names import fraction, hearing_role
from .commands import AgendaCommand, SettingsCommand, Steps, stored_id
from .models import AgendaColumn, AgendaModel
from .widgets import confirm, warn

if TYPE_CHECKING:
    from .tab import SetupTab


class AgendaPage(QWidget):
    """The agenda on the left, the procedure settings on the right (forms/setup_agenda_page.ui)."""

    #: the agenda, the settings, and the role labels the default agenda and the quorum use
    SHOWS = frozenset({"agenda", "settings", "fields"})

    def __init__(self, tab: SetupTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgendaPage()
        self.ui.setupUi(self)
        self.tab = tab
        self.hearing: Hearing | None = None
        ui = self.ui

        self.model = AgendaModel(self)
        self.model.edit_requested.connect(self._on_edit)
        view = ui.view
        view.setModel(self.model)
        view.setItemDelegate(tab.typed_cell(view, lambda index: (
            self.hearing.id if self.hearing else None, "agenda", self.model.item(index.row()).seq, index.column())))
        view.horizontalHeader().setSectionResizeMode(AgendaColumn.SEQ, QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().resizeSection(AgendaColumn.SEQ, 56)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        keep_clean(ui.new_step)
        ui.new_step.returnPressed.connect(self.add_step)
        ui.add_step_button.clicked.connect(self.add_step)
        ui.up_button.clicked.connect(lambda: self.move_step(-1))
        ui.down_button.clicked.connect(lambda: self.move_step(+1))
        ui.delete_button.clicked.connect(self.delete_step)
        ui.default_button.clicked.connect(self.reset_default)

        #: each setting's editor and its field of ``ProcedureSettings``; one change per
        #: arrow click or finished entry (no keyboard tracking)
        self._spins = {ui.speaking: "speaking_limit_minutes", ui.numerator: "quorum_numerator",
                       ui.denominator: "quorum_denominator", ui.materials: "materials_days_before",
                       ui.deadline: "report_deadline_working_days"}
        for spin, field in self._spins.items():
            spin.valueChanged.connect(lambda _v, field=field: self._commit_settings(field))
        ui.show_times.toggled.connect(lambda _v: self._commit_settings("show_turn_times"))
        ui.count_decisions.toggled.connect(lambda _v: self._commit_settings("report_decision_counts"))
        ui.reset_settings_button.clicked.connect(self.reset_settings)

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        current = self.ui.view.currentIndex().row()
        self.model.set_items(hearing.agenda if hearing else [])
        if 0 <= current < self.model.rowCount():
            self.ui.view.selectionModel().setCurrentIndex(
                self.model.index(current, AgendaColumn.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()
        if hearing is None:
            return
        s = hearing.settings
        for spin, field in self._spins.items():
            value = getattr(s, field)
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        for box, value in ((self.ui.show_times, s.show_turn_times),
                           (self.ui.count_decisions, s.report_decision_counts)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.ui.quorum_text.setText(
            self.tr("到会的{0}不少于应到人数的{1}，方可举行；分子填 0 表示不作要求。").format(
                hearing_role(hearing, Role.PARTICIPANT), fraction(s.quorum_numerator, s.quorum_denominator))
            if s.quorum_numerator > 0 else self.tr("不作要求（分子填 0）。如云南等地规定不少于三分之二，填 2 / 3。"))

    def commit_pending(self) -> None:
        """Nothing waits: the agenda's cells store as typed, spin and tick boxes at once."""

    def _update_buttons(self, *_) -> None:
        row = self.ui.view.currentIndex().row() if self.ui.view.selectionModel().hasSelection() else -1
        n = self.model.rowCount()
        self.ui.up_button.setEnabled(row > 0)
        self.ui.down_button.setEnabled(0 <= row < n - 1)
        self.ui.delete_button.setEnabled(row >= 0)

    # ------------------------------------------------------------ agenda changes
    def _steps(self) -> Steps:
        return [(a.seq, a.title) for a in self.model.items()]

    def _set(self, steps: Steps, text: str, select: int | None = None) -> bool:
        if self.hearing is None:
            return False
        done = self.tab.perform(AgendaCommand(self.tab.ctx, stored_id(self.hearing), steps, text))
        if done and select is not None and 0 <= select < self.model.rowCount():
            self.ui.view.selectionModel().setCurrentIndex(
                self.model.index(select, AgendaColumn.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return done

    def add_step(self) -> None:
        title = self.ui.new_step.text().strip()
        if not title:
            warn(self, self.tr("请先填写新步骤的内容。"))
            self.ui.new_step.setFocus()
            return
        steps = [*self._steps(), (None, title)]
        if self._set(steps, self.tr("添加议程步骤"), len(steps) - 1):
            self.ui.new_step.clear()

    def delete_step(self) -> None:
        row = self.ui.view.currentIndex().row()
        if row < 0:
            return
        steps = self._steps()
        del steps[row]
        self._set(steps, self.tr("删除议程步骤"), min(row, len(steps) - 1))

    def move_step(self, delta: int) -> None:
        row = self.ui.view.currentIndex().row()
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
        steps: Steps = [(old[i].seq if i < len(old) else None, a.title) for i, a in enumerate(new)]
        self._set(steps, self.tr("恢复默认议程"))

    def _on_edit(self, row: int, title: str) -> None:
        steps = self._steps()
        if not 0 <= row < len(steps):
            return
        steps[row] = (steps[row][0], title)
        self._set(steps, self.tr("修改议程步骤"), row)

    # ------------------------------------------------------------ settings
    def _read_settings(self) -> ProcedureSettings:
        # the settings this page does not show (the answers' numbering) stay as they are
        return dataclasses.replace(
            self.hearing.settings if self.hearing is not None else ProcedureSettings(),
            speaking_limit_minutes=self.ui.speaking.value(), quorum_numerator=self.ui.numerator.value(),
            quorum_denominator=self.ui.denominator.value(), materials_days_before=self.ui.materials.value(),
            report_deadline_working_days=self.ui.deadline.value(), show_turn_times=self.ui.show_times.isChecked(),
            report_decision_counts=self.ui.count_decisions.isChecked())

    def _commit_settings(self, field: str) -> None:
        if self.hearing is None:
            return
        new = self._read_settings()
        if new == self.hearing.settings:
            return
        self.tab.perform(SettingsCommand(self.tab.ctx, stored_id(self.hearing), new, field))

    def reset_settings(self) -> None:
        if self.hearing is None or self.hearing.settings == ProcedureSettings():
            return
        self.tab.perform(SettingsCommand(self.tab.ctx, stored_id(self.hearing),
                                         ProcedureSettings(), "all"))

"""程序检查: the panel that lists what is still wrong with the hearing; double-click
(or Enter) on a line leads to the place to fix it."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyle, QTreeWidgetItem, QWidget

from ...domain import Hearing
from ...domain.deadlines import report_deadline
from ...errors import NotFound
from ...services.checks import Check, run_checks
from ..generated.ui_checks_panel import Ui_ChecksPanel
from ..names import date_text
from .messages import check_label, check_text


class ChecksPanel(QWidget):
    """Lists :func:`run_checks` of the hearing (forms/checks_panel.ui); ``navigate(Check)``
    when one is opened."""

    navigate = Signal(object)
    #: the number of problems after each refresh
    counted = Signal(int)

    def __init__(self, ctx, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChecksPanel()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.today = today
        self.hearing: Hearing | None = None
        self.checks: list[Check] = []
        self.summary, self.deadline_label, self.tree = self.ui.summary, self.ui.deadline_label, self.ui.tree
        self.refresh_button = self.ui.refresh_button
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 640)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        self._fill()

    def set_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        self.refresh()

    def refresh(self) -> None:
        self.checks = []
        if self.hearing is not None and self.hearing.id is not None:
            try:      # the stored hearing whole: the record's checks need its turns and locks
                self.checks = self.ctx.checks.run(self.hearing.id, self.today())
            except NotFound:
                self.checks = []
        elif self.hearing is not None:
            self.checks = run_checks(self.hearing, self.today())
        self._fill()
        self.counted.emit(len(self.checks))

    def _fill(self) -> None:
        self.tree.clear()
        style = self.style()
        warn = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for check in self.checks:
            where = self._tab_titles().get(check.target.tab, check.target.tab)
            text = check_text(check)
            item = QTreeWidgetItem([check_label(check), text, where + " →"])
            item.setIcon(0, info if check.is_warning else warn)
            item.setToolTip(1, text)
            item.setData(0, Qt.ItemDataRole.UserRole, check)
            item.setForeground(2, QBrush(QColor("#1a5fb4")))
            self.tree.addTopLevelItem(item)
        deadline = report_deadline(self.hearing) if self.hearing is not None else None
        self.deadline_label.setText(
            self.tr("听证报告期限：{0}（听证会后 {1} 个工作日，不计周末）").format(
                date_text(deadline),
                self.hearing.settings.report_deadline_working_days) if deadline and self.hearing else "")
        if self.hearing is None:
            self.summary.setText("")
        elif not self.checks:
            self.summary.setText(self.tr("<span style='color:#1b7f3b;font-size:14pt'>✔ 未发现程序问题</span>"
                                         "　意见均已答复，签字、出席人数、材料送达和报告期限均符合设置。"))
        else:
            self.summary.setText(self.tr("<span style='color:#b3261e;font-size:14pt'>发现 {0} 个问题</span>"
                                         "　请逐项处理：").format(len(self.checks)))

    def _tab_titles(self) -> dict[str, str]:
        return {"setup": self.tr("听证会设置"), "transcript": self.tr("现场笔录"),
                "opinions": self.tr("意见登记"), "responses": self.tr("意见处理")}

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        check = item.data(0, Qt.ItemDataRole.UserRole)
        if check is not None:
            self.navigate.emit(check)

    def open_row(self, row: int) -> None:
        """Lead to the place of the problem on ``row`` (as a double-click does)."""
        item = self.tree.topLevelItem(row)
        if item is not None:
            self._activated(item)

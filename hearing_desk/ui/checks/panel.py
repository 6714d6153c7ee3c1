"""程序检查: the panel that lists what is still wrong with the hearing; double-click
(or Enter) on a line leads to the place to fix it."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import Hearing
from ...domain.deadlines import report_deadline
from ...errors import NotFound
from ...services.checks import Check, run_checks


class ChecksPanel(QWidget):
    """Lists :func:`run_checks` of the hearing; ``navigate(Check)`` when one is opened."""

    navigate = Signal(object)
    #: the number of problems after each refresh
    counted = Signal(int)

    def __init__(self, ctx, today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.hearing: Hearing | None = None
        self.checks: list[Check] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.deadline_label = QLabel()
        self.deadline_label.setStyleSheet("color: #555;")
        self.refresh_button = QPushButton(self.tr("重新检查"))
        self.refresh_button.clicked.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("问题"), self.tr("说明"), self.tr("在哪里修改")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 640)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.deadline_label)
        top.addWidget(self.refresh_button)
        hint = QLabel(self.tr("双击一行（或选中后按回车）即转到需要修改的地方。"
                              "检查依据“听证会设置”中的程序设置：出席人数比例、材料送达天数、报告期限（工作日）。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
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
            item = QTreeWidgetItem([check.label, check.message_zh, where + " →"])
            item.setIcon(0, info if check.is_warning else warn)
            item.setToolTip(1, check.message_zh)
            item.setData(0, Qt.ItemDataRole.UserRole, check)
            item.setForeground(2, QBrush(QColor("#1a5fb4")))
            self.tree.addTopLevelItem(item)
        deadline = report_deadline(self.hearing) if self.hearing is not None else None
        self.deadline_label.setText(
            self.tr("听证报告期限：{0}（听证会后 {1} 个工作日，不计周末）").format(
                f"{deadline.year}年{deadline.month}月{deadline.day}日",
                self.hearing.settings.report_deadline_working_days) if deadline else "")
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
        self._activated(self.tree.topLevelItem(row))

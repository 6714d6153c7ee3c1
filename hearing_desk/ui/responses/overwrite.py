"""The question asked before one answer replaces different answers of several opinions
(意见处理, one answer for the selected or ticked opinions): the opinions whose answers
differ are listed with what they say now; 取消 changes nothing."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: one opinion whose answer would be replaced: its label, its decision (shown), its analysis
Row = tuple[str, str, str]


class OverwriteDialog(QDialog):
    def __init__(self, rows: list[Row], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("替换不同的答复"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("以下 {0} 条意见已有不同的答复，保存后将被本次答复替换：").format(len(rows)), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("意见"), self.tr("处理意见"), self.tr("现有的分析及处理建议")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("替换这些答复"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, rows: list[Row]) -> bool:
        """True when the answers listed may be replaced (tests replace this)."""
        dialog = cls(rows, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

"""Reusable answer phrases (常用答复语): kept in the settings (``responses/phrases``),
edited in a small dialog, inserted into the analysis with Ctrl+Alt+1 … 9."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

SETTINGS_KEY = "responses/phrases"


class PhrasesDialog(QDialog):
    """One phrase per line."""

    def __init__(self, phrases: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑常用答复语"))
        self.resize(560, 360)
        self.editor = QPlainTextEdit("\n".join(phrases))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("每行一条常用答复语；前九条可用 Ctrl+Alt+1 … 9 插入到“分析及处理建议”中。")))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def phrases(self) -> list[str]:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]

    @classmethod
    def ask(cls, parent, phrases: list[str]) -> list[str] | None:
        dialog = cls(phrases, parent)
        return dialog.phrases() if dialog.exec() == QDialog.DialogCode.Accepted else None

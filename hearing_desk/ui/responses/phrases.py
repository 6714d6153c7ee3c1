"""Reusable answer phrases (常用答复语): kept in the settings (``responses/phrases``),
edited in a small dialog (forms/phrases_dialog.ui), inserted into the analysis with
Ctrl+Alt+1 … 9."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..generated.ui_phrases_dialog import Ui_PhrasesDialog

SETTINGS_KEY = "responses/phrases"


class PhrasesDialog(QDialog):
    """One phrase per line."""

    def __init__(self, phrases: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PhrasesDialog()
        self.ui.setupUi(self)
        self.editor = self.ui.editor
        self.editor.setPlainText("\n".join(phrases))

    def phrases(self) -> list[str]:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]

    @classmethod
    def ask(cls, parent: QWidget | None, phrases: list[str]) -> list[str] | None:
        dialog = cls(phrases, parent)
        try:
            return dialog.phrases() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

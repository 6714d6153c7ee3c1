"""The one dialog that edits lists of short texts kept in the settings, one per line:
the transcript's common phrases (Alt+1 … 9) and procedural notes (F7), the answers'
common phrases (Ctrl+Alt+1 … 9). Each list comes with the sentence that says what
it is for (``forms/phrases_dialog.ui``)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from .cleaninput import keep_clean
from .generated.ui_phrases_dialog import Ui_PhrasesDialog


def lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class PhrasesDialog(QDialog):
    def __init__(self, title: str, lists: Sequence[tuple[str, list[str]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PhrasesDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.editors: list[QPlainTextEdit] = []
        for prompt, values in lists:
            label = QLabel(prompt, self)
            label.setWordWrap(True)
            editor = QPlainTextEdit("\n".join(values), self)
            editor.setTabChangesFocus(True)
            keep_clean(editor)
            label.setBuddy(editor)
            self.ui.lists.addWidget(label)
            self.ui.lists.addWidget(editor, 1)
            self.editors.append(editor)

    def values(self) -> list[list[str]]:
        """Each list as edited: its non-blank lines, in order."""
        return [lines(editor.toPlainText()) for editor in self.editors]

    @classmethod
    def ask(cls, parent: QWidget | None, title: str,
            lists: Sequence[tuple[str, list[str]]]) -> list[list[str]] | None:
        """Edit ``lists`` (each: what it is for, its texts); None when cancelled."""
        dialog = cls(title, lists, parent)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

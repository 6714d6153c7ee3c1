"""Dialogs of the transcript tab, each with an ``ask`` classmethod that tests replace."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ...domain.signing import refusal_problem
from ..cleaninput import keep_clean
from ..file_dialogs import save_file_name
from ..generated.ui_transcript_refusal import Ui_RefusalNote


class RefusalNote(QDialog):
    """What the recorder writes down when someone refuses to sign: the reason the person
    gave, or the situation (required; a template such as “拒绝签字，理由：” is not one –
    ``domain.signing.refusal_problem``). Printed once in the signature table."""

    def __init__(self, name: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RefusalNote()
        self.ui.setupUi(self)
        self.name = name
        self.edit, self.problem, self.buttons = self.ui.edit, self.ui.problem, self.ui.buttons
        self.ui.prompt.setText(self.tr("{0}拒绝签字。请写明其理由或当时的情况（必填，将记入笔录签名栏）：").format(name))
        self.edit.setPlainText(note or "")
        keep_clean(self.edit)
        self.edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        problem = refusal_problem(self.edit.toPlainText(), self.name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        self.problem.setText(self.tr("请写明拒绝签字的理由或情况。") if problem and self.edit.toPlainText().strip()
                             else "")

    @classmethod
    def ask(cls, parent, name: str, note: str = "") -> str | None:
        dialog = cls(name, note, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.edit.toPlainText().strip() or None
        finally:
            dialog.deleteLater()


class Confirm:
    """Yes/no questions (QMessageBox.question, which tests monkeypatch)."""

    @staticmethod
    def ask(parent, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class SaveTranscriptPdf:
    @classmethod
    def ask(cls, parent, suggested: str) -> str | None:
        path = save_file_name(
            parent, QCoreApplication.translate("SaveTranscriptPdf", "导出听证笔录"), suggested,
            QCoreApplication.translate("SaveTranscriptPdf", "PDF 文件 (*.pdf)"))
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"

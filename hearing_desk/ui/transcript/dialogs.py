"""Dialogs of the transcript tab, each with an ``ask`` classmethod that tests replace."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.signing import refusal_problem
from ..cleaninput import keep_clean
from ..file_dialogs import save_file_name


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class PhrasesDialog(QDialog):
    """Edit the common phrases (Alt+1…9) and the procedural notes (F7), one per line."""

    def __init__(self, phrases: list[str], notes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("常用语和程序记录"))
        self.phrases = QPlainTextEdit("\n".join(phrases))
        self.notes = QPlainTextEdit("\n".join(notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("常用语，每行一条；前九条可用 Alt+1 … Alt+9 插入到输入框：")))
        layout.addWidget(self.phrases)
        layout.addWidget(QLabel(self.tr("程序记录（按 F7 选用），每行一条，例如：休会十分钟。")))
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.resize(560, 480)

    @classmethod
    def ask(cls, parent, phrases: list[str], notes: list[str]) -> tuple[list[str], list[str]] | None:
        dialog = cls(phrases, notes, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return _lines(dialog.phrases.toPlainText()), _lines(dialog.notes.toPlainText())


class RefusalNote(QDialog):
    """What the recorder writes down when someone refuses to sign: the reason the person
    gave, or the situation (required; a template such as “拒绝签字，理由：” is not one –
    ``domain.signing.refusal_problem``). Printed once in the signature table."""

    def __init__(self, name: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("拒绝签字"))
        self.edit = QPlainTextEdit(note or "")
        self.edit.setPlaceholderText(self.tr("例如：认为第 5 段未完整记录其意见；或：当场拒绝签字，未说明理由"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a15c00;")
        keep_clean(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("{0}拒绝签字。请写明其理由或当时的情况（必填，将记入笔录签名栏）：").format(name))
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.resize(480, 240)

    def _update(self) -> None:
        problem = refusal_problem(self.edit.toPlainText(), self.name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        self.problem.setText(self.tr("请写明拒绝签字的理由或情况。") if problem and self.edit.toPlainText().strip()
                             else "")

    @classmethod
    def ask(cls, parent, name: str, note: str = "") -> str | None:
        dialog = cls(name, note, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.toPlainText().strip() or None


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

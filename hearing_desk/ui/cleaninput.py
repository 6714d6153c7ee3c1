"""Text widgets that show what will be stored: what is typed, pasted, dropped or
given by an input method loses the characters ``domain.text`` removes (control,
direction-override, zero-width characters, the BOM) as it arrives; joiners wait
for the stored text (a joiner typed last is not stray yet). The services
clean again when they store, so this is about the screen agreeing with the record.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from ..domain.text import clean_line, clean_text

#: characters that make a piece of typed text worth a closer look (Qt gives a
#: paragraph break as U+2029, which is a normal line break here)
_SUSPECT = frozenset(
    [chr(c) for c in range(0x20) if chr(c) != "\n"] + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u200b\u2060\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
           "\ufeff\ufff9\ufffa\ufffb\ufffe\uffff\u2028"))


class CleanLineValidator(QValidator):
    """For a QLineEdit: every change is cleaned (``clean_line``) before it is shown."""

    def validate(self, text: str, pos: int):
        if not _SUSPECT.isdisjoint(text):
            cleaned = clean_line(text, joiners=False)
            if cleaned != text:
                return QValidator.State.Acceptable, cleaned, len(clean_line(text[:pos], joiners=False))
        return QValidator.State.Acceptable, text, pos


class _PlainTextCleaner(QObject):
    """For a QPlainTextEdit/QTextEdit: a piece of text that arrives with a suspect
    character is cleaned right after it arrived (in the same undo step)."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit):
        super().__init__(editor)
        self.editor = editor
        self._pending: list[QTextCursor] = []
        self._cleaning = False
        editor.document().contentsChange.connect(self._changed)

    def _changed(self, position: int, _removed: int, added: int) -> None:
        if self._cleaning or added <= 0:
            return
        doc = self.editor.document()
        if added <= 4:
            suspect = any(doc.characterAt(position + i) in _SUSPECT for i in range(added))
        else:
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(min(position + added, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            suspect = not _SUSPECT.isdisjoint(cursor.selectedText())
        if not suspect:
            return
        # a cursor over the arrived text follows later edits; the document is not
        # changed inside its own change signal
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(min(position + added, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        self._pending.append(cursor)
        if len(self._pending) == 1:
            QTimer.singleShot(0, self, self.clean_now)

    def clean_now(self) -> None:
        pending, self._pending = self._pending, []
        self._cleaning = True
        try:
            for cursor in pending:
                raw = cursor.selectedText().replace("\u2029", "\n")
                cleaned = clean_text(raw, joiners=False)
                if cleaned != raw:
                    cursor.joinPreviousEditBlock()
                    cursor.insertText(cleaned)
                    cursor.endEditBlock()
        finally:
            self._cleaning = False


def keep_clean(editor: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
    """Make ``editor`` clean what comes into it (once; a QLineEdit keeps its own validator)."""
    if isinstance(editor, QLineEdit):
        if editor.validator() is None:
            editor.setValidator(CleanLineValidator(editor))
    elif isinstance(editor, (QPlainTextEdit, QTextEdit)):
        if editor.findChild(_PlainTextCleaner) is None:
            _PlainTextCleaner(editor)

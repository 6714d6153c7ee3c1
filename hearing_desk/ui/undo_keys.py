"""Undo and redo keys in a text box that is stored as it is typed (ui/autosave.py).

A QPlainTextEdit undoes its own typing on Ctrl+Z; in a box whose text is stored (and
whose saves are undo commands of the window) that undo would leave the box showing
half-undone text, which moving on would then store. Here the box's own undo is off and
the keys go to the window's undo stack: what is typed is stored first
(``FlushingUndoStack``), then the last command — the save — is undone, as from any
other focus."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


class _UndoKeys(QObject):
    def __init__(self, editor: QPlainTextEdit | QTextEdit, stack):
        super().__init__(editor)
        self.stack = stack

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        undo, redo = event.matches(QKeySequence.StandardKey.Undo), event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            (self.stack.undo if undo else self.stack.redo)()
        return True


def route_undo_keys(editor: QPlainTextEdit | QTextEdit, stack) -> None:
    """Ctrl+Z / Ctrl+Shift+Z (and the platform's other undo/redo keys) in ``editor`` undo and
    redo ``stack``'s commands; the editor keeps no undo history of its own."""
    editor.setUndoRedoEnabled(False)
    editor.installEventFilter(_UndoKeys(editor, stack))

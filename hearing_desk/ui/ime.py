"""The input method (拼音输入法) and the transcript's keys.

A pinyin input method shows what is being typed as a *composition* (the preedit:
``qingwen`` shown as 请问) until a space or a digit commits it. The composition is
not yet text of the widget: a key that the input method passes on (F5, F7, Ctrl+E …)
and that opens a popup or acts on the text would find it missing, and the input
method throws it away when the focus goes to a popup. So every key of the tab first
commits the open composition (:func:`commit_composition`): the input method commits
what it shows (``QInputMethod.commit()``); where none does (no platform input
method, one that ignores the request), the widget's preedit is committed here.

Where only Latin letters make sense – the speaker picker's filter, which finds
people by number and pinyin initials (``cd`` → 蔡鼎) – the input method is switched
off for the field (:class:`LatinLineEdit`): with it on, ``cd`` would become the
composition 从的, and the habitual space would commit it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def preedit(widget: QWidget | None) -> str:
    """The composition shown in a text editor (``QPlainTextEdit``/``QTextEdit``), or ''."""
    if not isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return ""
    layout = widget.textCursor().block().layout()
    return layout.preeditAreaText() if layout is not None else ""


def commit_composition(widget: QWidget | None = None) -> bool:
    """Commit the open composition of ``widget`` (default: the focus widget) as text,
    before a key acts on it. True when there was one."""
    widget = widget if widget is not None else QApplication.focusWidget()
    pending = preedit(widget)
    if not pending or widget is None:
        return False
    QGuiApplication.inputMethod().commit()         # the input method commits what it shows
    if preedit(widget):                            # it did not: the preedit goes in as it is
        event = QInputMethodEvent()
        event.setCommitString(pending)
        QApplication.sendEvent(widget, event)
        QGuiApplication.inputMethod().reset()
    return True


class LatinLineEdit(QLineEdit):
    """A line edit that no input method serves: keys arrive as the letters on them.

    (``WA_InputMethodEnabled`` alone does not do it for a QLineEdit: Qt asks the
    widget – ``Qt.ImEnabled`` – and QLineEdit answers yes while it is editable.)"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhPreferLatin
                                 | Qt.InputMethodHint.ImhNoPredictiveText)

    def inputMethodQuery(self, query):
        if query == Qt.InputMethodQuery.ImEnabled:
            return False
        return super().inputMethodQuery(query)

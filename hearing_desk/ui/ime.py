"""The input method (拼音输入法) and the transcript's keys.

A pinyin input method shows what is being typed as a *composition* (the preedit:
``qingwen`` shown as 请问) until a space or a digit commits it. The composition is
not yet text of the widget: a key that the input method passes on (F5, F7, Ctrl+E …)
and that opens a popup or acts on the text would find it missing, and the input
method throws it away when the focus goes to a popup. So every key of the tab first
commits the open composition (:func:`commit_composition`): the widget's preedit –
what the recorder sees – is committed here, and the input method is told to forget
it. (``QInputMethod.commit()`` would be the way, but ibus answers it with an empty
commit: the composition is lost – seen with ibus 1.5 and libpinyin.) Should an input
method still commit the same text when it is reset, the echo is dropped.

Where only Latin letters make sense – the speaker picker's filter, which finds
people by number and pinyin initials (``cd`` → 蔡鼎) – the input method is switched
off for the field (:class:`LatinLineEdit`): with it on, ``cd`` would become the
composition 从的, and the habitual space would commit it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def preedit(widget: QWidget | None) -> str:
    """The composition shown in a text editor (``QPlainTextEdit``/``QTextEdit``), or ''."""
    if not isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return ""
    layout = widget.textCursor().block().layout()
    return layout.preeditAreaText() if layout is not None else ""


def commit_composition(widget: QWidget | None = None) -> bool:
    """Commit the open composition of ``widget`` (default: the focus widget) as the text
    it shows, before a key acts on it. True when there was one."""
    widget = widget if widget is not None else QApplication.focusWidget()
    pending = preedit(widget)
    if not pending or widget is None:
        return False
    echo = widget.findChild(_EchoGuard, options=Qt.FindChildOption.FindDirectChildrenOnly) or _EchoGuard(widget)
    event = QInputMethodEvent()
    event.setCommitString(pending)
    QApplication.sendEvent(widget, event)
    echo.expect(pending)
    QGuiApplication.inputMethod().reset()          # the input method forgets what was committed here
    return True


class _EchoGuard(QObject):
    """Drops an input method's commit of the text just committed by
    :func:`commit_composition` (an input method that commits its composition when
    reset), within a second and before any other composition."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._forget)
        widget.installEventFilter(self)

    def expect(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def _forget(self) -> None:
        self._text = None

    def eventFilter(self, obj, event) -> bool:
        if self._text is None or event.type() != QEvent.Type.InputMethod:
            return False
        commit, shown = event.commitString(), event.preeditString()
        if commit == self._text and not shown:
            self._text = None
            return True
        if commit or shown:
            self._text = None
        return False


class LatinLineEdit(QLineEdit):
    """A line edit that no input method serves: keys arrive as the letters on them.

    (``WA_InputMethodEnabled`` alone does not do it for a QLineEdit: Qt asks the
    widget – ``Qt.ImEnabled`` – and QLineEdit answers yes while it is editable.)"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhPreferLatin
                                 | Qt.InputMethodHint.ImhNoPredictiveText)

    def inputMethodQuery(self, query):                 # type: ignore[override]  # (PySide's two overloads)
        if query == Qt.InputMethodQuery.ImEnabled:
            return False
        return super().inputMethodQuery(query)

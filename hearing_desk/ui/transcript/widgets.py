"""Small widgets of the transcript tab: the typing box, the speaking timer, the
search bar and the key router that gives the tab's keys precedence."""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget,
)


class KeyRouter(QObject):
    """The tab's keys, bound to functions, for the widgets it watches.

    The watched widget accepts the ``ShortcutOverride`` of a bound key, so the
    key reaches the tab even where the main window has a shortcut on it (F1 help,
    Ctrl+F find): while the recorder types, the transcript's keys win."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: dict[QKeyCombination, Callable[[], None]] = {}

    def bind(self, keys: str | QKeySequence, fn: Callable[[], None]) -> None:
        seq = QKeySequence(keys)
        for i in range(seq.count()):
            self._keys[seq[i]] = fn

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def lookup(self, event) -> Callable[[], None] | None:
        combo = event.keyCombination()
        mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return self._keys.get(QKeyCombination(mods, combo.key()))

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            fn = self.lookup(event)
            if fn is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    fn()
                return True
        return False


class TypingBox(QPlainTextEdit):
    """Enter commits the turn; Shift+Enter breaks a line inside it."""

    commit_requested = Signal()
    focus_lost = Signal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            elif not self.isReadOnly():
                self.commit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.focus_lost.emit()


class SpeakingTimer(QFrame):
    """How long the current speaker has spoken, against the limit, large enough to
    read across a table. ``clock`` returns seconds (``time.monotonic``); tests pass
    their own."""

    WARN_BEFORE = 60        # seconds before the limit: amber

    def __init__(self, clock: Callable[[], float] | None = None, parent=None):
        super().__init__(parent)
        self.clock = clock or time.monotonic
        self.started: float | None = None
        self.limit: int | None = None
        self.state = "idle"
        self.setObjectName("speakingTimer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.speaker = QLabel()
        self.speaker.setObjectName("timerSpeaker")
        self.speaker.setWordWrap(True)
        self.speaker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed = QLabel("--:--")
        self.elapsed.setObjectName("timerElapsed")
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setObjectName("timerCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.speaker)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.caption)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.refresh)
        self._apply_state("idle")

    def start(self, speaker: str, limit_seconds: int | None) -> None:
        self.speaker.setText(speaker or self.tr("（未选发言人）"))
        self.limit = limit_seconds
        self.started = self.clock()
        self._tick.start()
        self.refresh()

    def restart(self) -> None:
        if self.started is not None:
            self.started = self.clock()
            self.refresh()

    def set_speaker_text(self, speaker: str) -> None:
        self.speaker.setText(speaker)

    def stop(self) -> None:
        self.started = None
        self._tick.stop()
        self.speaker.setText("")
        self.refresh()

    def seconds(self) -> int:
        return 0 if self.started is None else max(0, int(self.clock() - self.started))

    def refresh(self) -> None:
        if self.started is None:
            self.elapsed.setText("--:--")
            self.caption.setText(self.tr("选定发言人后开始计时"))
            self._apply_state("idle")
            return
        s = self.seconds()
        self.elapsed.setText(_clock_text(s))
        if self.limit is None:
            self.caption.setText(self.tr("发言用时（不限时）"))
            state = "free"
        elif s > self.limit:
            self.caption.setText(self.tr("已超时 {0}（限时 {1} 分钟）").format(
                _clock_text(s - self.limit), self.limit // 60))
            state = "over"
        else:
            self.caption.setText(self.tr("限时 {0} 分钟，剩余 {1}").format(
                self.limit // 60, _clock_text(self.limit - s)))
            state = "warn" if self.limit - s <= self.WARN_BEFORE else "normal"
        self._apply_state(state)

    def _apply_state(self, state: str) -> None:
        if state == self.state and self.styleSheet():
            return
        self.state = state
        back, fore = {"idle": ("#eef0f2", "#6b7280"), "free": ("#eef2f7", "#1f2937"),
                      "normal": ("#e3f4e8", "#14532d"), "warn": ("#fff1c2", "#7a4a00"),
                      "over": ("#c62828", "#ffffff")}[state]
        self.setStyleSheet(
            f"#speakingTimer {{ background: {back}; border-radius: 8px; }}"
            f"#speakingTimer QLabel {{ color: {fore}; }}"
            "#timerElapsed { font-size: 56px; font-weight: bold; font-family: monospace; }"
            "#timerSpeaker { font-size: 20px; font-weight: bold; }"
            "#timerCaption { font-size: 15px; }")


def _clock_text(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class SearchBar(QFrame):
    """Find in the transcript: Enter = next, Shift+Enter = previous, Esc = close."""

    find = Signal(str, bool)      # text, backwards
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("查找笔录中的文字或发言人…"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setMinimumWidth(80)
        prev_button = QToolButton(text=self.tr("上一个"))
        next_button = QToolButton(text=self.tr("下一个"))
        close_button = QToolButton(text=self.tr("关闭"))
        for b in (prev_button, next_button, close_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(QLabel(self.tr("查找：")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(close_button)
        prev_button.clicked.connect(lambda: self.find.emit(self.edit.text(), True))
        next_button.clicked.connect(lambda: self.find.emit(self.edit.text(), False))
        close_button.clicked.connect(self.close_bar)
        self.edit.textChanged.connect(lambda text: self.find.emit(text, False))
        self.edit.installEventFilter(self)

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.find.emit(self.edit.text(),
                               bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False

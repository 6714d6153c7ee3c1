"""Small widgets of the transcript tab: the speaking timer, the speaker line above
the typing box and the search bar. (The typing box and the keys: ``typing_box.py``.)"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from ..generated.ui_transcript_search import Ui_SearchBar


class SpeakingTimer(QWidget):
    """How long the current speaker has spoken, against the limit, large enough to
    read across a table. ``clock`` returns seconds (``time.monotonic``); tests pass
    their own.

    It paints itself: it changes four times a second, and labels would make the
    whole tab lay itself out again each time."""

    WARN_BEFORE = 60        # seconds before the limit: amber
    COLORS = {"idle": ("#eef0f2", "#6b7280"), "free": ("#eef2f7", "#1f2937"),
              "normal": ("#e3f4e8", "#14532d"), "warn": ("#fff1c2", "#7a4a00"),
              "over": ("#c62828", "#ffffff")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clock: Callable[[], float] = time.monotonic
        self.started: float | None = None
        self.limit: int | None = None
        self.state = "idle"
        self.speaker = ""
        self._texts = ("--:--", "")
        self.setFixedHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.refresh)
        self.refresh()

    def start(self, speaker: str, limit_seconds: int | None, elapsed: float = 0.0) -> None:
        """The clock starts for ``speaker`` – ``elapsed`` seconds ago (a turn recovered)."""
        self.speaker = speaker or self.tr("（未选发言人）")
        self.limit = limit_seconds
        self.started = self.clock() - max(0.0, elapsed)
        self._tick.start()
        self.refresh()

    def use_clock(self, clock: Callable[[], float]) -> None:
        """Seconds from ``clock`` instead of ``time.monotonic`` (before the timer starts)."""
        self.clock = clock

    def retitle(self, speaker: str, limit_seconds: int | None) -> None:
        """The same speaker, named or limited anew (the hearing changed): the clock runs on."""
        self.speaker = speaker or self.tr("（未选发言人）")
        self.limit = limit_seconds
        self.refresh()
        self.update()

    def restart(self) -> None:
        if self.started is not None:
            self.started = self.clock()
            self.refresh()

    def stop(self) -> None:
        self.started = None
        self.speaker = ""
        self._tick.stop()
        self.refresh()

    def seconds(self) -> int:
        return 0 if self.started is None else max(0, int(self.clock() - self.started))

    def elapsed_text(self) -> str:
        return self._texts[0]

    def caption_text(self) -> str:
        return self._texts[1]

    def colors(self) -> tuple[str, str]:
        """Background and text colour of the present state."""
        return self.COLORS[self.state]

    def refresh(self) -> None:
        if self.started is None:
            state, texts = "idle", ("--:--", self.tr("选定发言人后开始计时"))
        else:
            s = self.seconds()
            if self.limit is None:
                state, caption = "free", self.tr("发言用时（不限时）")
            elif s > self.limit:
                state = "over"
                caption = self.tr("已超时 {0}（限时 {1} 分钟）").format(_clock_text(s - self.limit), self.limit // 60)
            else:
                state = "warn" if self.limit - s <= self.WARN_BEFORE else "normal"
                caption = self.tr("限时 {0} 分钟，剩余 {1}").format(self.limit // 60, _clock_text(self.limit - s))
            texts = (_clock_text(s), caption)
        if (state, texts) != (self.state, self._texts):
            self.state, self._texts = state, texts
            self.update()

    def paintEvent(self, event) -> None:
        back, fore = self.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(back))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.setPen(QColor(fore))
        r = self.rect().adjusted(10, 6, -10, -6)
        font = QFont(self.font())
        font.setPixelSize(20)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRect(r.left(), r.top(), r.width(), 30), Qt.AlignmentFlag.AlignCenter,
                         painter.fontMetrics().elidedText(self.speaker, Qt.TextElideMode.ElideRight, r.width()))
        big = QFont("monospace")
        big.setStyleHint(QFont.StyleHint.Monospace)
        big.setPixelSize(60)
        big.setBold(True)
        painter.setFont(big)
        painter.drawText(QRect(r.left(), r.top() + 30, r.width(), 76), Qt.AlignmentFlag.AlignCenter, self._texts[0])
        font.setPixelSize(15)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(QRect(r.left(), r.bottom() - 26, r.width(), 26), Qt.AlignmentFlag.AlignCenter, self._texts[1])


class StatusLine(QWidget):
    """The line above the typing box: who speaks (left) and whether it is saved (right).

    Painted, not labels, for the same reason as the timer: it changes while typing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._speaker: list[tuple[str, str, bool]] = []
        self._state = ("", "#6b7280", False)
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(int(QFontMetrics(self._font(17, True)).height() * 1.4))

    def _font(self, pixels: int, bold: bool) -> QFont:
        font = self._fonts.get((pixels, bold))
        if font is None:
            font = self._fonts[(pixels, bold)] = QFont(self.font())
            font.setPixelSize(pixels)
            font.setBold(bold)
        return font

    def set_speaker(self, parts: list[tuple[str, str, bool]]) -> None:
        """``parts``: (text, colour, bold) drawn one after another."""
        if parts != self._speaker:
            self._speaker = parts
            self.update()

    def set_state(self, text: str, color: str = "#6b7280", bold: bool = False) -> None:
        if (text, color, bold) != self._state:
            self._state = (text, color, bold)
            self.update()

    def text(self) -> str:
        return "".join(p[0] for p in self._speaker)

    def state(self) -> str:
        return self._state[0]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.rect()
        text, color, bold = self._state
        painter.setFont(self._font(13, bold))
        painter.setPen(QColor(color))
        state_width = min(rect.width() // 2, painter.fontMetrics().horizontalAdvance(text) + 4)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, state_width))
        x, right = rect.left(), rect.right() - state_width - 12
        for part, part_color, part_bold in self._speaker:
            painter.setFont(self._font(17 if part_bold else 14, part_bold))
            painter.setPen(QColor(part_color))
            fm = painter.fontMetrics()
            shown = fm.elidedText(part, Qt.TextElideMode.ElideRight, max(0, right - x))
            painter.drawText(QRect(x, rect.top(), max(0, right - x), rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += fm.horizontalAdvance(shown)


def _clock_text(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class SearchBar(QFrame):
    """Find in the transcript: Enter = next, Shift+Enter = previous, Esc = close
    (``forms/transcript_search.ui``)."""

    find_requested = Signal(str, int)   # text, step: 1 next, -1 previous, 0 the current one if it matches
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_SearchBar()
        self.ui.setupUi(self)
        self.edit, self.count = self.ui.edit, self.ui.count
        self.ui.previous_button.clicked.connect(lambda: self.find_requested.emit(self.edit.text(), -1))
        self.ui.next_button.clicked.connect(lambda: self.find_requested.emit(self.edit.text(), 1))
        self.ui.close_button.clicked.connect(self.close_bar)
        self.edit.textChanged.connect(lambda text: self.find_requested.emit(text, 0))
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
                self.find_requested.emit(self.edit.text(),
                                         -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False

"""How one turn is drawn in the transcript list, and the editor that corrects it in place.

Each turn is drawn as the transcript prints it (``听证主持人（杨成）：……``, wrapped),
with its time, number and badges (意见, 已更正) in a gutter on the left.

Heights: laying out 3,000 wrapped turns with Qt's text engine takes far longer
than opening the tab may, so a row's height starts as an estimate from character
counts (exact for Chinese text), and ``paint`` — which lays out only the rows on
screen — corrects it when the estimate was off (:meth:`TurnView.fix_height`).
"""
from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPixmap,
    QStaticText,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QStyle, QStyledItemDelegate

from ...domain import Role
from ..cleaninput import keep_clean
from ..ime import commit_composition
from .model import turn_at

GUTTER = 86          # time, number and badges
PAD_X, PAD_Y = 10, 7
COLORS = {"official": QColor("#1f4e8c"), "participant": QColor("#1d6b3a"),
          "other": QColor("#555555"), "note": QColor("#6b6b6b"), "selected": QColor("#dbe8fb"),
          "mark": QColor("#1f4e8c"), "opinion": QColor("#b35c00"), "changed": QColor("#a1281f")}


# enum members looked up once: the list paints a dozen rows on every Enter
_SELECTED = QStyle.StateFlag.State_Selected
_BASE = QPalette.ColorRole.Base
_ALTERNATE = QPalette.ColorRole.AlternateBase
_MIDLIGHT = QPalette.ColorRole.Midlight
_TEXT = QPalette.ColorRole.Text
_PLACEHOLDER = QPalette.ColorRole.PlaceholderText


class TurnTextEdit(QPlainTextEdit):
    """The in-place editor, with the typing box's keys: Enter (or Ctrl+Enter) stores the
    correction, Shift+Enter breaks a line, Esc leaves it."""

    finished = Signal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            commit_composition(self)
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.finished.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _Metrics:
    """Fonts and font metrics of the list, computed once per font."""

    def __init__(self, font: QFont):
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.italic = QFont(font)
        self.italic.setItalic(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        fm = QFontMetricsF(font)
        self.wide = fm.horizontalAdvance("中")
        self.narrow = fm.averageCharWidth()
        self.line = fm.lineSpacing()
        self.small_line = QFontMetricsF(self.small).lineSpacing() + 2

    def estimate(self, text: str, width: float) -> float:
        """Height of ``text`` wrapped at ``width``, from character counts."""
        per_line = max(1, math.floor(width / self.wide)) * self.wide
        lines = 0
        for paragraph in text.split("\n"):
            n = len(paragraph)
            cjk = (len(paragraph.encode("utf-8")) - n) // 2
            lines += max(1, math.ceil((cjk * self.wide + max(0, n - cjk) * self.narrow) / per_line))
        return lines * self.line

    def gutter(self, opinions: int, changed: bool) -> float:
        return (2 + bool(opinions) + changed) * self.small_line


@dataclass
class _Drawn:
    """A row laid out: its text, exact height and gutter texts."""
    layout: QTextLayout
    height: int
    time: QStaticText
    seq: QStaticText


class TurnDelegate(QStyledItemDelegate):
    #: the user corrected the text of turn ``seq`` in place
    text_edited = Signal(int, str)
    #: the opinion badge of turn ``seq`` was clicked
    opinions_clicked = Signal(int)
    #: the editor opened on turn ``seq``
    editor_opened = Signal(int)

    CACHE_ROWS = 400       # rows laid out
    PIXMAP_ROWS = 60       # rows drawn (about 200 KB each)

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self._exact: dict[tuple, int] = {}
        self._cache: OrderedDict[tuple, _Drawn] = OrderedDict()
        self._pixmaps: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._metrics: _Metrics | None = None
        self.editor: TurnTextEdit | None = None
        self.editing_seq: int | None = None

    # ------------------------------------------------------------ heights
    def metrics(self) -> _Metrics:
        font = self.view.font()
        if self._metrics is None or self._metrics.font != font:
            self._metrics = _Metrics(font)
            self.clear_cache()
        return self._metrics

    def clear_cache(self) -> None:
        self._exact.clear()
        self._cache.clear()
        self._pixmaps.clear()

    @staticmethod
    def text_width(row_width: int) -> int:
        return max(80, row_width - GUTTER - 2 * PAD_X)

    def row_height(self, model, row: int, row_width: int, *, exact: bool = False) -> int:
        """The row's height at this width: exact if it was drawn (or ``exact`` is
        asked for: one text layout), else estimated from its characters."""
        text, _ = model.line(row)
        opinions, changed = model.badges(row)
        width = self.text_width(row_width)
        height = self._exact.get((model.turns[row].seq, text, width, opinions, changed))
        if height is not None:
            return height
        if exact:
            return self._drawn(model, row, width)[1].height
        m = self.metrics()
        return math.ceil(max(m.estimate(text, width), m.gutter(opinions, changed))) + 2 * PAD_Y

    def sizeHint(self, option, index) -> QSize:
        width = option.rect.width() or self.view.viewport().width()
        return QSize(width, self.row_height(index.model(), index.row(), width))

    def _drawn(self, model, row: int, width: int) -> tuple[tuple, _Drawn]:
        """The row laid out for drawing (kept for the last few hundred rows drawn)."""
        turn = model.turns[row]
        text, bold_len = model.line(row)
        opinions, changed = model.badges(row)
        height_key = (turn.seq, text, width, opinions, changed)
        number = model.number(row)            # follows deletions: part of what is drawn
        key = height_key + (number,)
        drawn = self._cache.get(key)
        if drawn is not None:
            self._cache.move_to_end(key)
            return key, drawn
        m = self.metrics()
        layout, text_height = self._layout(text, bold_len, m.italic if turn.is_note else m.font, width,
                                           self._speaker_color(model, turn))
        height = math.ceil(max(text_height, m.gutter(opinions, changed))) + 2 * PAD_Y
        drawn = _Drawn(layout, height, QStaticText(turn.at.strftime("%H:%M:%S") if turn.at else ""),
                       QStaticText(f"#{number}"))
        self._cache[key] = drawn
        self._exact[height_key] = height
        if len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)
        return key, drawn

    def _layout(self, text: str, bold_len: int, font: QFont, width: float,
                color: QColor) -> tuple[QTextLayout, float]:
        """``text`` wrapped at ``width``, its first ``bold_len`` characters (the speaker)
        bold in ``color``. A line break inside a turn breaks the line, as the PDF does
        (QTextLayout breaks at U+2028, not at ``\n``); format ranges count UTF-16 units,
        so a name with a character beyond U+FFFF (𠮷) is bold to its end."""
        m = self.metrics()
        bold_len += sum(1 for ch in text[:bold_len] if ord(ch) > 0xFFFF)      # surrogate pairs
        layout = QTextLayout(text.replace("\n", "\u2028"), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        fmt = QTextCharFormat()
        fmt.setFont(m.bold)
        fmt.setForeground(color)
        prefix = QTextLayout.FormatRange()
        prefix.start, prefix.length, prefix.format = 0, bold_len, fmt
        layout.setFormats([prefix])
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout, y

    # ------------------------------------------------------------ painting
    def paint(self, painter, option, index) -> None:
        """Rows are drawn once into a pixmap and then copied: after Enter the list
        scrolls and a dozen rows are shown again, which must cost little."""
        model, row = index.model(), index.row()
        rect = option.rect
        drawn_key, drawn = self._drawn(model, row, self.text_width(rect.width()))
        key = (drawn_key, rect.width(), rect.height(), bool(option.state & _SELECTED), row % 2)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            ratio = painter.device().devicePixelRatioF()
            pixmap = QPixmap(math.ceil(rect.width() * ratio), math.ceil(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(option.palette.color(_BASE))
            row_painter = QPainter(pixmap)
            self._paint_row(row_painter, QRect(0, 0, rect.width(), rect.height()), option, model, row, drawn)
            row_painter.end()
            self._pixmaps[key] = pixmap
            if len(self._pixmaps) > self.PIXMAP_ROWS:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)
        if drawn.height != rect.height():
            self.view.fix_height(row, drawn.height)

    def _paint_row(self, painter, rect: QRect, option, model, row: int, drawn: _Drawn) -> None:
        turn = model.turns[row]
        m = self.metrics()
        palette = option.palette
        if option.state & _SELECTED:
            painter.fillRect(rect, COLORS["selected"])
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), COLORS["mark"])
        elif row % 2:
            painter.fillRect(rect, palette.color(_ALTERNATE))
        painter.setPen(palette.color(_MIDLIGHT))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        # gutter: time, number, badges
        painter.setFont(m.small)
        x, y, w, h = float(rect.left() + 6), float(rect.top() + PAD_Y), float(GUTTER - 10), m.small_line
        text_color = palette.color(_TEXT)
        painter.setPen(text_color)
        painter.drawStaticText(QPointF(x, y), drawn.time)
        painter.setPen(palette.color(_PLACEHOLDER))
        painter.drawStaticText(QPointF(x, y + h), drawn.seq)
        y += 2 * h
        opinions, changed = model.badges(row)
        if opinions:
            self._badge(painter, QRectF(x, y, w, h - 2), self.tr("意见 {0}").format(opinions), COLORS["opinion"])
            y += h
        if changed:
            self._badge(painter, QRectF(x, y, w, h - 2), self.tr("已更正"), COLORS["changed"])

        # the turn as printed
        painter.setPen(COLORS["note"] if turn.is_note else text_color)
        drawn.layout.draw(painter, QPointF(rect.left() + GUTTER + PAD_X, rect.top() + PAD_Y))

    @staticmethod
    def _badge(painter, rect: QRectF, text: str, color: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _speaker_color(model, turn) -> QColor:
        person = model.hearing.person(turn.speaker) if model.hearing is not None and turn.speaker else None
        if person is None:
            return COLORS["note" if turn.is_note else "other"]
        if person.role is Role.PARTICIPANT:
            return COLORS["participant"]
        return COLORS["official" if person.role.is_official else "other"]

    def badge_rect(self, rect: QRect) -> QRect:
        """Where the 意见 badge of a row drawn in ``rect`` is."""
        m = self.metrics()
        return QRect(rect.left(), int(rect.top() + PAD_Y + 2 * m.small_line), GUTTER, int(m.small_line))

    def editorEvent(self, event, model, option, index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and model.badges(index.row())[0] \
                and self.badge_rect(option.rect).contains(event.position().toPoint()):
            self.opinions_clicked.emit(model.turns[index.row()].seq)
            return True
        return super().editorEvent(event, model, option, index)

    # ------------------------------------------------------------ editing
    def createEditor(self, parent, option, index):
        editor = TurnTextEdit(parent)
        keep_clean(editor)
        editor.setFrameShape(QPlainTextEdit.Shape.Box)
        editor.setTabChangesFocus(True)
        editor.setToolTip(self.tr("回车保存修改，Shift+回车换行，Esc 放弃"))
        editor.finished.connect(lambda: self._finish(editor))
        editor.destroyed.connect(self._editor_gone)
        turn = turn_at(index)
        self.editor = editor
        self.editing_seq = turn.seq if turn is not None else None
        if turn is not None:
            self.editor_opened.emit(turn.seq)
        return editor

    def _editor_gone(self) -> None:
        self.editor = None
        self.editing_seq = None

    def _finish(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:
        turn = turn_at(index)
        editor.setPlainText(turn.text if turn else "")
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor, model, index) -> None:
        turn = turn_at(index)
        text = editor.toPlainText().strip()
        if turn is not None and text != turn.text:
            self.text_edited.emit(turn.seq, text)

    def updateEditorGeometry(self, editor, option, index) -> None:
        rect = QRect(option.rect)
        rect.setLeft(rect.left() + GUTTER)
        rect.setHeight(max(rect.height(), int(self.metrics().line * 5) + 2 * PAD_Y))
        editor.setGeometry(rect)

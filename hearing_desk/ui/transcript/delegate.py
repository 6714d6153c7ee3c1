"""How one turn is drawn in the transcript list, and the editor that corrects it in place.

Each turn is drawn as the transcript prints it (``听证主持人（杨成）：……``, wrapped),
with its time, number and badges (意见, 已更正) in a gutter on the left.

Heights: laying out 3,000 wrapped turns with Qt's text engine takes longer than
opening the tab may, so ``sizeHint`` gives an estimate from character counts, and
``paint`` (which lays out only the turns on screen) stores the exact height and
tells the view when the estimate was off. The estimate is exact for Chinese text,
so the list rarely moves.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPalette, QTextCharFormat, QTextLayout, QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QStyle, QStyledItemDelegate

from ...domain import Role, Turn
from .model import ChangedRole, OpinionsRole, turn_at

GUTTER = 86          # time, number and badges
PAD_X, PAD_Y = 10, 7
COLORS = {"official": QColor("#1f4e8c"), "participant": QColor("#1d6b3a"),
          "other": QColor("#555555"), "note": QColor("#6b6b6b"),
          "opinion": QColor("#b35c00"), "changed": QColor("#a1281f")}


class TurnEditor(QPlainTextEdit):
    """The in-place editor: Ctrl+Enter stores the correction, Esc leaves it."""

    finished = Signal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.finished.emit()
            return
        super().keyPressEvent(event)


class TurnDelegate(QStyledItemDelegate):
    #: the user corrected the text of turn ``seq`` in place
    text_edited = Signal(int, str)
    #: the opinion badge of turn ``seq`` was clicked
    opinions_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._heights: dict[tuple, int] = {}
        self.editor: TurnEditor | None = None
        self.editing_seq: int | None = None
        self._metrics_font: QFont | None = None

    # ------------------------------------------------------------ layout
    def clear_cache(self) -> None:
        self._heights.clear()

    def _fonts(self, font: QFont) -> tuple[QFont, QFont, QFont]:
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        return font, bold, small

    @staticmethod
    def _label(index: QModelIndex, turn: Turn) -> str:
        model = index.model()
        return model.speaker_text(turn) if hasattr(model, "speaker_text") else ""

    def _text(self, index: QModelIndex, turn: Turn) -> tuple[str, int]:
        """The drawn text and the length of its bold speaker prefix."""
        if turn.is_note:
            prefix = "〔" + self._label(index, turn) + "〕"
            return prefix + turn.text, len(prefix)
        prefix = self._label(index, turn) + "："
        return prefix + turn.text, len(prefix)

    def _estimate(self, text: str, width: float, fm: QFontMetricsF) -> float:
        wide = fm.horizontalAdvance("中")
        narrow = fm.averageCharWidth()
        lines = 0
        for paragraph in text.split("\n"):
            n = len(paragraph)
            cjk = (len(paragraph.encode("utf-8")) - n) // 2
            advance = cjk * wide + max(0, n - cjk) * narrow
            per_line = max(1, math.floor(width / wide)) * wide
            lines += max(1, math.ceil(advance / per_line))
        return lines * fm.lineSpacing()

    def _layout(self, text: str, bold_len: int, font: QFont, bold: QFont, width: float,
                color: QColor | None = None) -> tuple[QTextLayout, float]:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        fmt = QTextCharFormat()
        fmt.setFont(bold)
        if color is not None:
            fmt.setForeground(color)
        rng = QTextLayout.FormatRange()
        rng.start, rng.length, rng.format = 0, bold_len, fmt
        layout.setFormats([rng])
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

    def _gutter_height(self, index: QModelIndex, fm_small: QFontMetricsF) -> float:
        badges = bool(index.data(OpinionsRole)) + bool(index.data(ChangedRole))
        return (2 + badges) * (fm_small.lineSpacing() + 2)

    def sizeHint(self, option, index) -> QSize:
        turn = turn_at(index)
        if turn is None:
            return QSize(0, 0)
        width = self._text_width(option.rect.width() or option.widget.viewport().width())
        text, _ = self._text(index, turn)
        key = (turn.seq, text, width, bool(index.data(OpinionsRole)), bool(index.data(ChangedRole)))
        height = self._heights.get(key)
        if height is None:
            font, _, small = self._fonts(option.font)
            fm, fm_small = QFontMetricsF(font), QFontMetricsF(small)
            height = math.ceil(max(self._estimate(text, width, fm), self._gutter_height(index, fm_small))) + 2 * PAD_Y
        return QSize(width, height)

    @staticmethod
    def _text_width(row_width: int) -> int:
        return max(80, row_width - GUTTER - 2 * PAD_X)

    # ------------------------------------------------------------ painting
    def paint(self, painter, option, index) -> None:
        turn = turn_at(index)
        if turn is None:
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, QColor("#dbe8fb"))
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor("#1f4e8c"))
        elif index.row() % 2:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        font, bold, small = self._fonts(option.font)
        fm_small = QFontMetricsF(small)
        # gutter: time, number, badges
        painter.setFont(small)
        y = rect.top() + PAD_Y
        line_h = fm_small.lineSpacing() + 2
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(rect.left() + 6, y, GUTTER - 8, line_h), Qt.AlignmentFlag.AlignLeft,
                         turn.at.strftime("%H:%M:%S") if turn.at else "")
        y += line_h
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(rect.left() + 6, y, GUTTER - 8, line_h), Qt.AlignmentFlag.AlignLeft,
                         f"#{turn.seq}")
        y += line_h
        opinions = index.data(OpinionsRole)
        if opinions:
            self._badge(painter, QRectF(rect.left() + 6, y, GUTTER - 12, line_h - 2),
                        self.tr("意见 {0}").format(len(opinions)), COLORS["opinion"])
            y += line_h
        if index.data(ChangedRole):
            self._badge(painter, QRectF(rect.left() + 6, y, GUTTER - 12, line_h - 2),
                        self.tr("已更正"), COLORS["changed"])

        # the turn's text
        width = self._text_width(rect.width())
        text, bold_len = self._text(index, turn)
        color = self._speaker_color(index, turn)
        if turn.is_note:
            font.setItalic(True)
        layout, height = self._layout(text, bold_len, font, bold, width, color)
        painter.setPen(COLORS["note"] if turn.is_note else palette.color(QPalette.ColorRole.Text))
        layout.draw(painter, QPointF(rect.left() + GUTTER + PAD_X, rect.top() + PAD_Y))
        painter.restore()

        exact = math.ceil(max(height, self._gutter_height(index, fm_small))) + 2 * PAD_Y
        key = (turn.seq, text, width, bool(opinions), bool(index.data(ChangedRole)))
        if self._heights.get(key) != exact:
            self._heights[key] = exact
            if exact != rect.height():
                self.sizeHintChanged.emit(index)

    @staticmethod
    def _badge(painter, rect: QRectF, text: str, color: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _speaker_color(index: QModelIndex, turn: Turn) -> QColor:
        model = index.model()
        hearing = getattr(model, "hearing", None)
        person = hearing.person(turn.speaker) if hearing is not None and turn.speaker else None
        if person is None:
            return COLORS["note" if turn.is_note else "other"]
        if person.role is Role.PARTICIPANT:
            return COLORS["participant"]
        return COLORS["official" if person.role.is_official else "other"]

    # ------------------------------------------------------------ badges
    def editorEvent(self, event, model, option, index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and index.data(OpinionsRole):
            top = option.rect.top() + PAD_Y + 2 * (QFontMetricsF(self._fonts(option.font)[2]).lineSpacing() + 2)
            badge = QRect(option.rect.left(), int(top), GUTTER, int(QFontMetricsF(option.font).lineSpacing()) + 4)
            if badge.contains(event.position().toPoint()):
                self.opinions_clicked.emit(turn_at(index).seq)
                return True
        return super().editorEvent(event, model, option, index)

    # ------------------------------------------------------------ editing
    def createEditor(self, parent, option, index):
        editor = TurnEditor(parent)
        editor.setFrameShape(QPlainTextEdit.Shape.Box)
        editor.setTabChangesFocus(True)
        editor.setToolTip(self.tr("修改后按 Ctrl+回车 保存，按 Esc 放弃"))
        editor.finished.connect(lambda: self._finish(editor))
        self.editor = editor
        self.editing_seq = turn_at(index).seq
        editor.destroyed.connect(self._editor_gone)
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
        fm = QFontMetricsF(option.font)
        rect.setHeight(max(rect.height(), int(fm.lineSpacing() * 5) + 2 * PAD_Y))
        editor.setGeometry(rect)


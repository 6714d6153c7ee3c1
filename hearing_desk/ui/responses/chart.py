"""A small horizontal bar chart painted with QPainter (counts by decision, by article)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import Decision

DECISION_COLORS = {
    Decision.ADOPTED: QColor("#2e7d32"),
    Decision.PARTIALLY_ADOPTED: QColor("#7cb342"),
    Decision.NOT_ADOPTED: QColor("#c62828"),
    Decision.ALREADY_REFLECTED: QColor("#00838f"),
    Decision.EXPLAINED: QColor("#1565c0"),
    Decision.DEFERRED: QColor("#ef6c00"),
    Decision.NOTED: QColor("#757575"),
    Decision.PENDING: QColor("#bdbdbd"),
}
DEFAULT_COLOR = QColor("#5c6bc0")


class BarChart(QWidget):
    """Labelled horizontal bars: ``set_data([(label, count, colour or None), ...])``.
    Placed in Designer forms as a promoted widget; its title is the form's ``title``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self._bars: list[tuple[str, int, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(90)

    def setTitle(self, title: str) -> None:  # noqa: N802 - the setter uic calls for the form's property
        self.title = title
        self.update()

    def set_data(self, bars: Sequence[tuple[str, int, QColor | None]]) -> None:
        new = [(label, int(n), colour or DEFAULT_COLOR) for label, n, colour in bars]
        if new == self._bars:
            return                  # moving between opinions changes no count: no repaint
        self._bars = new
        self.setToolTip("\n".join(f"{label}：{n}" for label, n, _ in self._bars))
        self.update()

    def data(self) -> list[tuple[str, int]]:
        return [(label, n) for label, n, _ in self._bars]

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(320, fm.height() * (len(self._bars) + 1) + 16)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        top = 4
        if self.title:
            f = p.font()
            f.setBold(True)
            p.setFont(f)
            p.drawText(QRectF(4, top, self.width() - 8, line), Qt.AlignmentFlag.AlignLeft, self.title)
            p.setFont(self.font())
            top += line + 4
        if not self._bars:
            p.setPen(QColor("#777"))
            p.drawText(QRectF(4, top, self.width() - 8, line), Qt.AlignmentFlag.AlignLeft, self.tr("（无）"))
            return
        rows = len(self._bars)
        row_h = max(12.0, min(line + 6.0, (self.height() - top - 4) / rows))
        label_w = min(max(fm.horizontalAdvance(label) for label, _, _ in self._bars) + 10, self.width() * 0.4)
        count_w = fm.horizontalAdvance("0000") + 6
        bar_w = max(10.0, self.width() - label_w - count_w - 12)
        most = max(n for _, n, _ in self._bars) or 1
        for i, (label, n, colour) in enumerate(self._bars):
            y = top + i * row_h
            p.setPen(self.palette().color(self.foregroundRole()))
            p.drawText(QRectF(4, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            w = bar_w * n / most
            p.fillRect(QRectF(label_w, y + row_h * 0.18, max(w, 1.5 if n else 0), row_h * 0.64), colour)
            p.drawText(QRectF(label_w + w + 4, y, count_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(n))

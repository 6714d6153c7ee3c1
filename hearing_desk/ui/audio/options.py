"""录音与听音设置: the typing lag and how far a resume goes back."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from ...audio.playback import BACK_ON_RESUME_RANGE_MS
from ...domain.audio import TYPING_LAG_RANGE_MS


class AudioOptions(QDialog):
    def __init__(self, lag_ms: int, back_ms: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("录音与听音设置"))
        form = QFormLayout(self)
        self.lag = QSpinBox(suffix=self.tr(" 毫秒"), singleStep=250)
        self.lag.setRange(*TYPING_LAG_RANGE_MS)
        self.lag.setValue(lag_ms)
        self.back = QSpinBox(suffix=self.tr(" 毫秒"), singleStep=500)
        self.back.setRange(*BACK_ON_RESUME_RANGE_MS)
        self.back.setValue(back_ms)
        form.addRow(self.tr("打字延迟："), self.lag)
        form.addRow(QLabel(self.tr("一段发言在录音中的开始位置 = 按发言人键或输入第一个字的时刻减去打字延迟。")))
        form.addRow(self.tr("继续播放时退回："), self.back)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, lag_ms: int, back_ms: int) -> tuple[int, int] | None:
        dialog = cls(lag_ms, back_ms, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.lag.value(), dialog.back.value()
        finally:
            dialog.deleteLater()

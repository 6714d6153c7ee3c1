"""Placeholder: the responses tab is built in its own issue."""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ResponsesTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("（尚未实现）")))

    def set_hearing(self, hearing_id):
        self.hearing_id = hearing_id

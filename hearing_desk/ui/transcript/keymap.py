"""The key map on screen: what each key does now (F1 → 听证主持人（杨成）...).
Every line is also a button, for the mouse; buttons never take the focus."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget


class KeyMapPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("keyMap")
        self.setStyleSheet(
            "#keyMap QLabel[kbd='true'] { background: #f3f4f6; border: 1px solid #c4c8ce;"
            " border-bottom-width: 2px; border-radius: 4px; padding: 1px 6px; font-family: monospace;"
            " font-weight: bold; color: #1f2937; }"
            "#keyMap QPushButton { text-align: left; border: none; padding: 2px 4px; font-size: 14px; }"
            "#keyMap QPushButton:hover { background: #e8eef8; }"
            "#keyMap QPushButton:disabled { color: #9ca3af; }"
            "#keyMap QLabel[section='true'] { font-weight: bold; color: #374151; padding-top: 6px; }")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        self._row = 0

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons.clear()
        self._row = 0

    def section(self, title: str) -> None:
        label = QLabel(title)
        label.setProperty("section", True)
        self.grid.addWidget(label, self._row, 0, 1, 2)
        self._row += 1

    def add(self, key: str, text: str, action: Callable[[], None] | None = None,
            enabled: bool = True, name: str | None = None) -> QPushButton:
        kbd = QLabel(key)
        kbd.setProperty("kbd", True)
        kbd.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(text)
        button.setFlat(True)
        button.setToolTip(f"{key}：{text}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        button.setEnabled(enabled and action is not None)
        if action is not None:
            button.clicked.connect(lambda _checked=False: action())
        self.grid.addWidget(kbd, self._row, 0)
        self.grid.addWidget(button, self._row, 1)
        self._row += 1
        self.buttons[name or key] = button
        return button

    def finish(self) -> None:
        self.grid.setRowStretch(self._row, 1)

"""The key map on screen: what each key does now (F1 → 主持人 杨成 ...).
Every line is also a button, for the mouse; buttons never take the focus.

The rows are made once; opening another hearing only changes their texts."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

MAX_PHRASES = 9


class KeyMapPanel(QWidget):
    def __init__(self, actions: dict[str, Callable[[], None]], phrase_action: Callable[[int], None],
                 speaker_keys: list[str], parent=None):
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
        self._keys: dict[str, QLabel] = {}
        self._row = 0
        self._section(self.tr("发言人（一键选定）"))
        for key in speaker_keys:
            self._add(key, "", actions[key])
        self._add("F5", self.tr("参加人…　序号/姓名/拼音首字母"), actions["F5"])
        self._section(self.tr("记录"))
        self._add("Enter", self.tr("记入笔录"), actions["Enter"])
        self._add("Shift+Enter", self.tr("换行（同一段内）"), None)
        self._add("F7", self.tr("程序记录…　休会、复会等"), actions["F7"])
        self._add("F8", self.tr("下一项议程（Shift+F8 上一项）"), actions["F8"])
        self._add("Ctrl+T", self.tr("重新计时"), actions["Ctrl+T"])
        self._section(self.tr("已记录的发言"))
        self._add("Alt+↑↓", self.tr("选择上一段 / 下一段"), None)
        self._add("Ctrl+E", self.tr("修改选中的一段"), actions["Ctrl+E"])
        self._add("Ctrl+M", self.tr("选中的一段或文字标为意见"), actions["Ctrl+M"])
        self._add("Ctrl+F", self.tr("查找"), actions["Ctrl+F"])
        self._add("Ctrl+Z", self.tr("撤销修改"), None)
        self._section(self.tr("常用语（Alt+数字 插入）"))
        for n in range(1, MAX_PHRASES + 1):
            self._add(f"Alt+{n}", "", lambda n=n: phrase_action(n))
        self._add("", self.tr("（没有常用语，点“常用语…”添加）"), None, name="no_phrases")
        self.grid.setRowStretch(self._row, 1)

    def _section(self, title: str) -> None:
        label = QLabel(title)
        label.setProperty("section", True)
        self.grid.addWidget(label, self._row, 0, 1, 2)
        self._row += 1

    def _add(self, key: str, text: str, action: Callable[[], None] | None, name: str | None = None) -> None:
        kbd = QLabel(key)
        kbd.setProperty("kbd", True)
        kbd.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(text)
        button.setFlat(True)
        button.setToolTip(f"{key}：{text}" if key else text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        button.setEnabled(action is not None)
        if action is not None:
            button.clicked.connect(lambda _checked=False: action())
        self.grid.addWidget(kbd, self._row, 0)
        self.grid.addWidget(button, self._row, 1)
        self._row += 1
        self.buttons[name or key] = button
        self._keys[name or key] = kbd

    def set_line(self, name: str, text: str, enabled: bool = True, visible: bool = True) -> None:
        button = self.buttons[name]
        button.setText(text)
        button.setToolTip(f"{name}：{text}")
        button.setEnabled(enabled)
        button.setVisible(visible)
        self._keys[name].setVisible(visible)

    def show_phrases(self, phrases: list[str]) -> None:
        for n in range(1, MAX_PHRASES + 1):
            phrase = phrases[n - 1] if n <= len(phrases) else ""
            self.set_line(f"Alt+{n}", phrase, visible=bool(phrase))
        self.buttons["no_phrases"].setVisible(not phrases)
        self._keys["no_phrases"].setVisible(False)

"""The key map on screen: what each key does now (F1 → 主持人 杨成 ...).
Every line is also a button, for the mouse; buttons never take the focus.

The rows are a form (``forms/transcript_keymap.ui``); opening another hearing only
changes their texts. What the keys do is :func:`~.typing_box.tab_keys`."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ..generated.ui_transcript_keymap import Ui_KeyMapPanel

MAX_PHRASES = 9


def _name(key: str) -> str:
    """The part of a row's object names that stands for ``key`` (``Ctrl+E`` → ``ctrl_e``)."""
    return key.lower().replace("+", "_").replace("↑↓", "updown")


#: the rows, by the key they show (and ``no_phrases``)
ROWS = ("F1", "F2", "F3", "F4", "F6", "F5", "Enter", "Shift+Enter", "F7", "F8", "Ctrl+T",
        "Alt+↑↓", "Ctrl+E", "Ctrl+M", "Ctrl+F", "Ctrl+Z",
        *(f"Alt+{n}" for n in range(1, MAX_PHRASES + 1)), "no_phrases")


class KeyMapPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_KeyMapPanel()
        self.ui.setupUi(self)
        self.buttons: dict[str, QPushButton] = {k: getattr(self.ui, f"line_{_name(k)}") for k in ROWS}
        self._keys: dict[str, QLabel] = {k: getattr(self.ui, f"key_{_name(k)}") for k in ROWS}
        for key, button in self.buttons.items():
            self._tip(key, button)

    def bind(self, actions: dict[str, Callable[[], None]]) -> None:
        """Clicking a line does what its key does."""
        for key, button in self.buttons.items():
            action = actions.get(key)
            if action is not None:
                button.clicked.connect(lambda _checked=False, action=action: action())

    @staticmethod
    def _tip(key: str, button: QPushButton) -> None:
        shown = key if key in ROWS[:-1] else ""
        button.setToolTip(f"{shown}：{button.text()}" if shown else button.text())

    def set_line(self, name: str, text: str, enabled: bool = True, visible: bool = True) -> None:
        button = self.buttons[name]
        button.setText(text)
        self._tip(name, button)
        button.setEnabled(enabled)
        button.setVisible(visible)
        self._keys[name].setVisible(visible)

    def show_phrases(self, phrases: list[str]) -> None:
        for n in range(1, MAX_PHRASES + 1):
            phrase = phrases[n - 1] if n <= len(phrases) else ""
            self.set_line(f"Alt+{n}", phrase, visible=bool(phrase))
        self.buttons["no_phrases"].setVisible(not phrases)
        self._keys["no_phrases"].setVisible(False)

"""The quick speaker picker: a popup that finds a person by 序号, name or pinyin
initials (``5``, ``蔡``, ``cd`` → 蔡鼎) while the recorder keeps typing keys.

Its filter takes Latin keys even while a pinyin input method is on (``ui/ime.py``):
the input method would make ``cd`` the composition 从的 – the list would not filter
and it would take an Enter of its own, and the habitual space would commit 从的 –
while numbers, pinyin initials and full pinyin (``caiding``) find everyone."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidgetItem, QWidget

from ...domain import Role
from ...services.speakers import Candidate, match
from ..generated.ui_transcript_picker import Ui_SpeakerPicker
from ..names import role_text


class SpeakerPicker(QFrame):
    """Type to filter, ↑/↓ to move, Enter to pick, Esc to leave (``forms/transcript_picker.ui``).

    Whoever opens it says what a pick does (``on_pick``); ``dismissed`` when it closes
    without one."""

    dismissed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.ui = Ui_SpeakerPicker()
        self.ui.setupUi(self)
        self.title, self.edit, self.list = self.ui.title, self.ui.edit, self.ui.list
        self._all: list[Candidate] = []
        self._on_pick: Callable[[Candidate], None] | None = None
        self._done = False
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.list.itemClicked.connect(lambda item: self._pick(item))

    def open(self, cands: list[Candidate], anchor: QWidget, on_pick: Callable[[Candidate], None],
             title: str | None = None) -> None:
        """Show above ``anchor`` (a widget), centred on it; ``on_pick(candidate)`` on Enter or a click."""
        self._all = cands
        self._on_pick = on_pick
        self._done = False
        self.title.setText(title or self.tr("选择发言人：输入序号或拼音首字母（如 cd，也可输入全拼），回车确定"))
        self.edit.clear()
        self._filter("")
        pos = anchor.mapToGlobal(anchor.rect().topLeft())
        x = pos.x() + max(0, (anchor.width() - self.width()) // 2)
        self.move(x, max(0, pos.y() - self.height()))
        self.show()
        self.activateWindow()
        self.edit.setFocus()

    def _filter(self, text: str) -> None:
        self.list.clear()
        for c in match(self._all, text):
            p = c.person
            number = self.tr("{0}号").format(p.seq) + "  " if p.role is Role.PARTICIPANT and p.seq is not None else ""
            detail = p.description or p.affiliation or ""
            who = self.tr("{0}（{1}）").format(role_text(p.role, c.role_label or None), p.name)
            item = QListWidgetItem(number + who + (f"  · {detail}" if detail else ""))
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def current(self) -> Candidate | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _pick(self, item=None) -> None:
        item = item or self.list.currentItem()
        if item is None:
            return
        self._done = True
        self.hide()
        on_pick, self._on_pick = self._on_pick, None
        if on_pick is not None:
            on_pick(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                        Qt.Key.Key_PageUp: -8}[key]
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return False

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not self._done:
            self._done = True
            self.dismissed.emit()

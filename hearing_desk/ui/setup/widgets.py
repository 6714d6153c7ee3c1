"""Small editors of the setup tab that say when an edit is finished (used by its
Designer forms as custom widgets), and message helpers."""
from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import Property, QCoreApplication, QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

_UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def warn(parent: QWidget | None, text: str) -> None:
    """A refusal or a failure the user must read (tests monkeypatch ``QMessageBox.warning``)."""
    QMessageBox.warning(parent, QCoreApplication.translate("SetupTab", "听证会设置") if parent else "听证会设置", text)


def confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("SetupTab", "听证会设置"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class CommitTextEdit(QPlainTextEdit):
    """A plain text box that emits ``editingFinished`` when it loses focus, like QLineEdit.
    Its height shows ``visibleLines`` lines of its font (a property forms set)."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._visible_lines = 0
        self._set_visible_lines(3)

    def _get_visible_lines(self) -> int:
        return self._visible_lines

    def _set_visible_lines(self, lines: int) -> None:
        self._visible_lines = lines
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    visibleLines = Property(int, _get_visible_lines, _set_visible_lines)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_lines(self, lines: list[str] | None) -> None:
        text = "\n".join(lines or [])
        if text != self.toPlainText():
            self.setPlainText(text)


class OptionalDateTimeEdit(QWidget):
    """A date and time that may be unset: a tick box and an editor. ``committed`` after a change."""

    committed = Signal()
    #: False: a date alone (:class:`OptionalDateEdit`)
    with_time = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        with_time = self.with_time
        self._tz: tzinfo | None = None
        self.default: datetime | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        # one translation context for both classes (``tr`` would name the subclass)
        self.check.setToolTip(QCoreApplication.translate("OptionalDateTimeEdit", "取消勾选表示尚未确定"))
        self.edit: QDateTimeEdit = QDateTimeEdit() if with_time else QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.edit.setMinimumDateTime(_UNSET)
        self.edit.setSpecialValueText(QCoreApplication.translate("OptionalDateTimeEdit", "未设置"))
        self.edit.setMinimumWidth(170)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self._on_toggled)
        self.edit.editingFinished.connect(self._on_edited)
        # a date picked in the calendar is stored at once (after the editor took it)
        self.edit.calendarWidget().clicked.connect(lambda _d: QTimer.singleShot(0, self._on_edited))
        self._last: datetime | date | None = None
        self.set_value(None)

    def set_value(self, value: datetime | date | None) -> None:
        """Show ``value`` without emitting ``committed``."""
        self._last = value
        self.check.blockSignals(True)
        self.edit.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is None:
            self._tz = None
            self.edit.setDateTime(_UNSET)
        else:
            if isinstance(value, datetime):
                self._tz = value.tzinfo
                self.edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                                                QTime(value.hour, value.minute)))
            else:
                self.edit.setDate(QDate(value.year, value.month, value.day))
        self.check.blockSignals(False)
        self.edit.blockSignals(False)

    def value(self) -> datetime | date | None:
        if not self.check.isChecked():
            return None
        qdt = self.edit.dateTime()
        d = qdt.date()
        if not self.with_time:
            return date(d.year(), d.month(), d.day())
        t = qdt.time()
        # the offset the hearing was entered with (+08:00), else this computer's
        tz = self._tz or (self.default.tzinfo if isinstance(self.default, datetime) else None) \
            or datetime.now().astimezone().tzinfo
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)

    def _on_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked and self.edit.dateTime() == _UNSET:
            start = self.default or datetime.now().replace(hour=9, minute=0)
            self.edit.blockSignals(True)
            self.edit.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                            QTime(start.hour, start.minute)))
            self.edit.blockSignals(False)
        self._on_edited()

    def _on_edited(self) -> None:
        if self.value() != self._last:
            self.committed.emit()


class OptionalDateEdit(OptionalDateTimeEdit):
    """A date that may be unset."""

    with_time = False

"""What every GUI test shares: the offscreen platform's warnings that are no fault of
the program, and message boxes recorded instead of shown."""
from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

#: the offscreen platform cannot raise windows, grab the keyboard for a popup or pass
#: size hints to a window system, and warns whenever a top-level window is shown
OFFSCREEN_NOISE = r"^This plugin does not support"


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class MessageBoxes:
    """Records QMessageBox static calls; ``answer`` is what question() returns."""

    def __init__(self):
        from PySide6.QtWidgets import QMessageBox
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.calls]


@pytest.fixture
def message_boxes(monkeypatch, qapp):
    """QMessageBox.warning/critical/information/question/about/aboutQt recorded, never shown."""
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()

    def record(kind):
        def call(parent, title, text, *args, **kwargs):
            boxes.calls.append((kind, title, text))
            if kind == "question":
                return boxes.answer
            return QMessageBox.StandardButton.Ok
        return call

    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    monkeypatch.setattr(QMessageBox, "aboutQt",
                        staticmethod(lambda parent, title="": boxes.calls.append(("aboutQt", title, ""))))
    return boxes


@pytest.fixture
def fast_autosave(monkeypatch):
    """Typed fields stored 40 ms after the last key (at most 120 ms after the first)
    instead of 500/1500 ms: the behaviour is the same, the tests are quicker."""
    from hearing_desk.ui.autosave import AutoSave
    monkeypatch.setattr(AutoSave, "DELAY_MS", 40)
    monkeypatch.setattr(AutoSave, "MAX_DELAY_MS", 120)


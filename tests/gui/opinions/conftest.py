"""Fixtures of the opinion register tests: the sample hearing stored, the tab shown,
message boxes recorded instead of shown."""
from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

#: the offscreen platform plugin warns whenever a top-level window with a layout is shown
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class MessageBoxes:
    def __init__(self):
        self.calls: list[tuple[str, str, str]] = []

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.calls]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()

    def record(kind):
        def call(parent, title, text, *args, **kwargs):
            boxes.calls.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return call

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return boxes


@pytest.fixture
def register(ctx, sample_id, qtbot):
    """The opinion register on the stored sample hearing, shown."""
    from hearing_desk.ui.opinions import OpinionsTab

    tab = OpinionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1250, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()              # keys reach only the active window
    qtbot.waitUntil(tab.isActiveWindow)
    tab.set_hearing(sample_id)
    return tab


@pytest.fixture
def svc(db):
    from hearing_desk.services.opinions import OpinionService
    return OpinionService(db)

"""Fixtures of the responses tab tests: the sample hearing stored, the tab shown,
message boxes recorded instead of shown, background work finished after each test."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

#: the offscreen platform plugin warns whenever a top-level window with a layout is shown
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

#: "today" of the tests: long after the sample hearing
TODAY = date(2026, 5, 11)


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


@pytest.fixture(autouse=True)
def _finish_background_work(qapp):
    yield
    from hearing_desk.ui import background
    background.wait_for_all()


@pytest.fixture
def make_tab(ctx, qtbot):
    from hearing_desk.ui.responses import ResponsesTab

    def make(hearing_id, parent=None):
        tab = ResponsesTab(ctx, parent, today=lambda: TODAY)
        if parent is None:
            qtbot.addWidget(tab)
        top = parent or tab
        top.resize(1250, 800)
        top.show()
        qtbot.waitExposed(top)
        top.activateWindow()          # keys (F8, Alt+1 …) reach only the active window
        qtbot.waitUntil(top.isActiveWindow)
        tab.set_hearing(hearing_id)
        return tab
    return make


@pytest.fixture
def tab(make_tab, sample_id):
    """The responses tab on the stored sample hearing, shown."""
    return make_tab(sample_id)


@pytest.fixture
def svc(db):
    from hearing_desk.services.opinions import OpinionService
    return OpinionService(db)

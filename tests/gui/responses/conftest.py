"""Fixtures of the responses tab tests: the sample hearing stored, the tab shown,
message boxes recorded instead of shown, background work finished after each test."""
from __future__ import annotations

from datetime import date

import pytest

#: "today" of the tests: long after the sample hearing
TODAY = date(2026, 5, 11)


@pytest.fixture(autouse=True)
def _boxes_recorded(message_boxes):
    """No modal box ever blocks a test here."""
    return message_boxes


@pytest.fixture(autouse=True)
def _no_unexpected_overwrite_question(monkeypatch):
    """The question before one answer replaces different ones never blocks a test: a
    test that expects it replaces ``OverwriteDialog.ask``; elsewhere it fails the test."""
    from hearing_desk.ui.responses.overwrite import OverwriteDialog

    def unexpected(cls, parent, rows):
        raise AssertionError(f"unexpected question: replace the answers of {rows}")
    monkeypatch.setattr(OverwriteDialog, "ask", classmethod(unexpected))


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

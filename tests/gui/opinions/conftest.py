"""Fixtures of the opinion register tests: the sample hearing stored, the tab shown,
message boxes recorded instead of shown."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _boxes_recorded(message_boxes):
    """No modal box ever blocks a test here."""
    return message_boxes


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


@pytest.fixture(autouse=True)
def _no_unexpected_merge_question(monkeypatch):
    """The question which decision a merge keeps never blocks a test: a test that expects
    it replaces ``MergeDecisionDialog.ask``; elsewhere it fails the test."""
    from hearing_desk.ui.opinions.dialogs import MergeDecisionDialog

    def unexpected(cls, parent, decisions):
        raise AssertionError(f"unexpected question: which of {decisions} stands")
    monkeypatch.setattr(MergeDecisionDialog, "ask", classmethod(unexpected))

"""Fixtures of the transcript tab's tests: a shown tab on the sample hearing (with
an agenda), a clock the tests move, and answers to the tab's questions."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTabWidget

from hearing_desk.domain import AgendaItem
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.ui.transcript import TranscriptTab
from hearing_desk.ui.transcript.dialogs import Confirm
from tests.gui.keys import type_text  # noqa: F401 - the tests import it from here

AGENDA = [AgendaItem(1, "主持人宣布听证会开始，宣读听证纪律"), AgendaItem(2, "陈述人介绍决策事项"),
          AgendaItem(3, "听证参加人发言、询问、质证和辩论"), AgendaItem(4, "核对并签署听证笔录")]


class Clock:
    """Seconds that only move when a test says so."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Answers:
    """What the user answers to yes/no questions, and what was asked and shown."""

    def __init__(self):
        self.yes = True
        self.asked: list[str] = []
        self.shown: list[tuple[str, str]] = []


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def answers(monkeypatch):
    a = Answers()

    def ask(parent, title, text):
        a.asked.append(title)
        return a.yes

    def show(parent, title, text, *args, **kwargs):
        a.shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(Confirm, "ask", staticmethod(ask))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(show))
    return a


@pytest.fixture
def hearing_id(hearings, sample_id, db, store_fields):
    """The sample hearing (蔡鼎 is participant 5) with the four steps of 713号令 as agenda,
    everyone checked in (签到 comes before the transcript; a lock needs it)."""
    from hearing_desk.services.attendance import AttendanceService
    h = hearings.get(sample_id)
    h.agenda = list(AGENDA)
    store_fields(h)
    AttendanceService(db).set_attendance(sample_id, {p.id: True for p in h.people})
    return sample_id


@pytest.fixture
def service(db):
    return TranscriptService(db)


@pytest.fixture
def make_tab(qtbot, ctx, clock, answers):
    tabs = []

    def make(hearing_id):
        """The tab as the main window has it: a page of a QTabWidget (the other page
        is ``tab.window().other``)."""
        window: Any = QTabWidget()
        qtbot.addWidget(window)
        window.other = QLineEdit()
        tab = TranscriptTab(ctx, clock=clock)
        window.addTab(window.other, "设置")
        window.addTab(tab, "现场笔录")
        window.resize(1280, 800)
        tab.set_hearing(hearing_id)
        window.setCurrentWidget(tab)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        tabs.append((window, tab))
        return tab

    yield make
    for _, tab in tabs:
        tab.shutdown()


@pytest.fixture
def tab(make_tab, hearing_id):
    return make_tab(hearing_id)


def say(qtbot, tab, key, text: str) -> None:
    """Pick a speaker with ``key``, type ``text`` and press Enter."""
    qtbot.keyClick(tab.typing, key)
    type_text(tab.typing, text)
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)


def stored(tab, hearings):
    """The hearing as the database has it, once everything queued is written."""
    assert tab.doc.writer.flush(10)
    return hearings.get(tab.hearing_id)


def draft_text(service, hearing_id: int) -> str | None:
    """The typing box's text as the database has it (None: nothing stored yet)."""
    draft = service.draft(hearing_id)
    return draft.text if draft is not None else None

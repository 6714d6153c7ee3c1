"""Fixtures of the setup-tab tests: a shown SetupTab on the sample or the every-field hearing,
and message boxes replaced by recorders."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


class Messages:
    """What the tab told the user; ``answer`` is what question boxes reply."""

    def __init__(self):
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    @property
    def last(self) -> str:
        return self.warnings[-1] if self.warnings else ""


@pytest.fixture
def messages(monkeypatch) -> Messages:
    box = Messages()

    def warning(parent, title, text, *args, **kwargs):
        box.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *args, **kwargs):
        box.questions.append(text)
        return box.answer

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return box


def _tab(qtbot, ctx, hearing_id):
    from hearing_desk.ui.setup import SetupTab
    tab = SetupTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_hearing(hearing_id)
    return tab


@pytest.fixture
def sample_hid(ctx) -> int:
    """The sample hearing with the default agenda (as a presenter who set it up has it:
    opening a hearing adds none)."""
    hid = ctx.hearings.add_demo()
    ctx.agenda.fill_default_agenda(hid)
    return hid


@pytest.fixture
def unchecked_hid(ctx, sample_hearing) -> int:
    """The sample as it stands when entered in the program, before 签到: nobody checked."""
    for p in sample_hearing.people:
        p.attended = None
    return ctx.hearings.add(sample_hearing)


@pytest.fixture
def unchecked_tab(qtbot, ctx, unchecked_hid, messages):
    return _tab(qtbot, ctx, unchecked_hid)


@pytest.fixture
def full_hid(ctx, full_hearing_path) -> int:
    return ctx.hearings.import_file(full_hearing_path)


@pytest.fixture
def tab(qtbot, ctx, sample_hid, messages):
    return _tab(qtbot, ctx, sample_hid)


@pytest.fixture
def full_tab(qtbot, ctx, full_hid, messages):
    return _tab(qtbot, ctx, full_hid)


@pytest.fixture
def stored(ctx):
    """The hearing as stored now: ``stored(hid)``."""
    return ctx.hearings.get

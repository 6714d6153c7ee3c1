"""Fixtures of the main-window shell tests: no modal box ever blocks, logs go to tmp_path."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _boxes_recorded(message_boxes):
    """No modal box ever blocks a test here."""
    return message_boxes


@pytest.fixture(autouse=True)
def _logs_in_tmp(monkeypatch, tmp_path):
    from hearing_desk import paths

    folder = tmp_path / "logs"
    folder.mkdir()
    monkeypatch.setattr(paths, "user_log_dir", lambda: folder)
    return folder


@pytest.fixture
def window(ctx, sample_id, qtbot):
    """The main window on the sample hearing (no window shown)."""
    from hearing_desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.open_hearing(sample_id)
    return win


def pytest_configure(config):
    config.addinivalue_line("markers", "real_tabs: build the main window with the real four tabs "
                                       "(otherwise stand-ins that keep the tab contract)")


def _stub_tabs(monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    import hearing_desk.ui.opinions
    import hearing_desk.ui.responses
    import hearing_desk.ui.setup
    import hearing_desk.ui.transcript

    class Stub(QWidget):
        def __init__(self, ctx, parent=None):
            super().__init__(parent)
            self.ctx, self.hearing_id = ctx, None
            QVBoxLayout(self).addWidget(QLabel(type(self).__name__))

        def set_hearing(self, hearing_id):
            self.hearing_id = hearing_id

    for module, name in ((hearing_desk.ui.setup, "SetupTab"), (hearing_desk.ui.transcript, "TranscriptTab"),
                         (hearing_desk.ui.opinions, "OpinionsTab"), (hearing_desk.ui.responses, "ResponsesTab")):
        monkeypatch.setattr(module, name, type(name, (Stub,), {}))


@pytest.fixture(autouse=True)
def _tabs(request, monkeypatch):
    """The shell is tested around stand-in tabs, so that it is tested alone; tests marked
    ``real_tabs`` (test_real_tabs.py) put the real ones in the frame."""
    if request.node.get_closest_marker("real_tabs") is None:
        _stub_tabs(monkeypatch)

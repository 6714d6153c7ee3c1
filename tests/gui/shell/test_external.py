"""The window sees what the command line did: a second connection (as
``hearing-desk --db SAME import`` beside the window) imports, renames, deletes; the
list follows within seconds, nothing is refreshed when nothing changed, and the
open hearing is never reloaded under the user's typing."""
from __future__ import annotations

import pytest

from hearing_desk.services.changes import Changes
from hearing_desk.services.hearing_fields import HearingFieldsService
from hearing_desk.services.hearings import HearingService
from hearing_desk.storage.database import Database
from hearing_desk.ui.external import ExternalChanges


@pytest.fixture
def other(db_path):
    """Another program's connection to the same file."""
    database = Database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def fast_polls(monkeypatch):
    monkeypatch.setattr(ExternalChanges, "INTERVAL_MS", 100)


def _ids(window):
    return [s.id for s in window.hearing_list.model.summaries()]


def test_an_import_beside_the_window_shows_in_the_list(ctx, sample_id, other, qtbot, fast_polls):
    from hearing_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_hearing(sample_id)
    new_id = HearingService(other).add_demo()
    qtbot.waitUntil(lambda: new_id in _ids(window), timeout=5000)
    HearingFieldsService(other).set_field(new_id, "title", "命令行改的名称")
    qtbot.waitUntil(lambda: any(s.title == "命令行改的名称" for s in window.hearing_list.model.summaries()),
                    timeout=5000)
    HearingService(other).delete(new_id)
    qtbot.waitUntil(lambda: new_id not in _ids(window), timeout=5000)
    assert window.hearing_id == sample_id and not window.external.bar.isVisibleTo(window)


def test_nothing_is_refreshed_when_nothing_changed(window, ctx, monkeypatch, sample_id):
    window.external.timer.stop()
    refreshed = []
    monkeypatch.setattr(window, "refresh_list_soon", lambda: refreshed.append(1))
    for _ in range(5):
        assert window.external.poll() is False
    HearingFieldsService(ctx.db).set_field(sample_id, "venue", "本程序自己的修改")   # this program's own commit
    assert window.external.poll() is False
    assert refreshed == [] and window.external.polls == 0


def test_the_open_hearing_changed_elsewhere_is_announced_not_reloaded(real_window, ctx, other, sample_id, qtbot,
                                                                       fast_autosave):
    from ..keys import type_text

    window = real_window
    window.external.timer.stop()
    page = window.tab_widgets["setup"].pages["basic"]
    type_text(page.ui.venue, "（正在输入）")
    HearingFieldsService(other).set_field(sample_id, "matter", "另一个程序改的事项")
    assert window.external.poll() is True
    assert window.external.bar.isVisibleTo(window)
    assert "另一个程序修改了这场听证会" in window.external.message.text()
    assert page.ui.venue.text().endswith("（正在输入）")                  # what is typed stays
    assert page.ui.matter.text() != "另一个程序改的事项"                  # nothing replaced under the user
    # what is typed is stored first (its own change), then everything is read again
    with qtbot.waitSignal(ctx.events.changed, check_params_cb=lambda c: c.touched == Changes.everything(
            sample_id).touched) as reloaded:
        window.external.reload_button.click()
    assert reloaded.args[0].hearing_id == sample_id
    assert reloaded.args[0].listing and reloaded.args[0].fields and reloaded.args[0].transcript   # everything
    assert page.ui.matter.text() == "另一个程序改的事项"
    assert HearingService(ctx.db).get(sample_id).venue.endswith("（正在输入）")   # stored before reloading
    assert not window.external.bar.isVisibleTo(window)


def test_the_open_hearing_deleted_elsewhere(window, ctx, other, sample_id):
    second = HearingService(ctx.db).add_demo()
    window.refresh_list()
    window.external.timer.stop()
    window.external.poll()
    HearingService(other).delete(sample_id)
    assert window.external.poll() is True
    assert "删除" in window.external.message.text()
    window.external.reload_button.click()
    assert window.hearing_id == second


@pytest.fixture
def real_window(ctx, sample_id, qtbot):
    from hearing_desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.open_hearing(sample_id, "setup")
    return win


test_the_open_hearing_changed_elsewhere_is_announced_not_reloaded = pytest.mark.real_tabs(
    test_the_open_hearing_changed_elsewhere_is_announced_not_reloaded)

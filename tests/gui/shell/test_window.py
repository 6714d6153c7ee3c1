"""The main window: opening a hearing at a tab, the event bus, title and modified marker."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand

from hearing_desk.errors import NotFound
from hearing_desk.services.changes import Changes
from hearing_desk.ui.main_window import TAB_NAMES, MainWindow


class _Edit(QUndoCommand):
    def __init__(self):
        super().__init__("修改")
        self.done = 0

    def redo(self):
        self.done += 1

    def undo(self):
        self.done -= 1


def test_create_main_window_opens_sample_at_requested_tab(ctx, qtbot):
    from hearing_desk.app import create_main_window

    win = create_main_window(ctx, None, "transcript")     # empty database: the sample is added
    qtbot.addWidget(win)
    [summary] = ctx.hearings.list()
    assert "光明区公共数据授权运营" in summary.title
    assert win.hearing_id == summary.id
    assert win.current_tab() == "transcript"
    assert win.tabs.currentWidget() is win.tab_widgets.page("transcript")
    assert win.tab_widgets["transcript"].parentWidget() is win.tab_widgets.page("transcript")
    assert all(tab.hearing_id == summary.id for tab in win.tab_widgets.values())
    assert win.hearing_list.selected_id() == summary.id
    assert summary.title in win.windowTitle()
    assert win.stack.currentWidget() is win.tabs


def test_unknown_hearing_id_warns_and_still_opens(ctx, sample_id, qtbot, message_boxes):
    from hearing_desk.app import create_main_window

    win = create_main_window(ctx, 999, "opinions")
    qtbot.addWidget(win)
    assert message_boxes.kinds() == ["warning"]
    assert "999" in message_boxes.texts()[0] and "没有编号" in message_boxes.texts()[0]
    assert win.hearing_id == sample_id
    assert win.current_tab() == "opinions"


def test_open_hearing_refuses_unknown_id_and_tab(window):
    with pytest.raises(NotFound, match="没有编号为 4242"):
        window.open_hearing(4242)
    with pytest.raises(ValueError):
        window.open_hearing(window.hearing_id, "nonsense")


@pytest.mark.parametrize("tab", TAB_NAMES)
def test_each_tab_by_name(window, tab):
    window.open_hearing(window.hearing_id, tab)
    assert window.current_tab() == tab
    assert window.window_actions.show_tab[tab].isChecked()


def test_events_switch_tabs_and_reach_the_status_bar(window, ctx):
    ev = ctx.events
    ev.show_turn.emit(3)
    assert window.current_tab() == "transcript"
    ev.show_opinion.emit("o1")
    assert window.current_tab() == "opinions"
    ev.answer_opinion.emit("o1")
    assert window.current_tab() == "responses"
    ev.status.emit("已保存。")
    assert window.statusBar().currentMessage() == "已保存。"


def test_a_change_of_everything_refreshes_the_list_and_title(window, ctx, qtbot, store_fields):
    hearing = ctx.hearings.get(window.hearing_id)
    hearing.title = "改过名字的听证会"
    store_fields(hearing)
    ctx.events.changed.emit(Changes.everything(hearing.id))
    qtbot.waitUntil(lambda: window.hearing_list.model.summaries()[0].title == "改过名字的听证会")
    assert "改过名字的听证会" in window.windowTitle()


def test_changes_for_the_list_refresh_it(window, ctx, qtbot, store_fields):
    hearing = ctx.hearings.get(window.hearing_id)
    hearing.title = "改过名字的听证会"
    store_fields(hearing)
    ctx.events.changed.emit(Changes(hearing.id, fields=True, listing=True))
    qtbot.waitUntil(lambda: window.hearing_list.model.summaries()[0].title == "改过名字的听证会")
    assert "改过名字的听证会" in window.windowTitle()


def test_changes_the_list_does_not_show_leave_it_alone(window, ctx):
    from hearing_desk.services.changes import Changes

    ctx.events.changed.emit(Changes(window.hearing_id, agenda=True, draft=True, disputes=True))
    assert not window._refresh_timer.isActive()
    ctx.events.changed.emit(Changes.everything(window.hearing_id))      # a hearing replaced wholesale
    assert window._refresh_timer.isActive()


def test_change_bursts_refresh_the_list_once(window, ctx, qtbot, monkeypatch):
    calls = []
    real = ctx.hearings.list
    monkeypatch.setattr(ctx.hearings, "list", lambda: calls.append(1) or real())
    for _ in range(50):
        ctx.events.changed.emit(Changes.everything(window.hearing_id))
    qtbot.waitUntil(lambda: len(calls) == 1)
    qtbot.wait(2 * 250)
    assert len(calls) == 1


def test_modified_marker_follows_clean_state(window, ctx):
    assert not window.isWindowModified()
    ctx.undo_stack.push(_Edit())
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    ctx.undo_stack.undo()
    assert not window.isWindowModified()
    ctx.undo_stack.redo()
    ctx.undo_stack.setClean()
    assert not window.isWindowModified()


def test_switching_hearing_clears_undo(window, ctx):
    other = ctx.hearings.create("第二场听证会")
    window.refresh_list()
    ctx.undo_stack.push(_Edit())
    assert ctx.undo_stack.count() == 1
    window.open_hearing(other)
    assert ctx.undo_stack.count() == 0
    assert not window.isWindowModified()
    assert all(tab.hearing_id == other for tab in window.tab_widgets.values())


def test_picking_a_row_opens_that_hearing(window, ctx):
    other = ctx.hearings.create("第二场听证会")
    window.refresh_list()
    panel = window.hearing_list
    row = panel.model.row_of(other)
    panel.view.setCurrentIndex(panel.proxy.mapFromSource(panel.model.index(row, 0)))
    assert window.hearing_id == other
    assert ctx.settings.get("window/last_hearing") == other


def test_filter_does_not_open_another_hearing(window, ctx):
    sample = window.hearing_id
    ctx.hearings.create("第二场听证会")
    window.refresh_list()
    window.hearing_list.filter.setText("第二场")
    assert window.hearing_list.proxy.rowCount() == 1
    assert window.hearing_id == sample
    window.hearing_list.filter.setText("")
    assert window.hearing_list.selected_id() == sample


def test_empty_database_shows_the_empty_page(ctx, qtbot):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.open_hearing(None, "transcript")
    assert win.hearing_id is None
    assert win.stack.currentWidget() is win.empty_page
    a = win.window_actions
    assert a.new_hearing.isEnabled() and a.import_hearing.isEnabled()
    assert not any(x.isEnabled() for x in (a.duplicate_hearing, a.delete_hearing, a.export_hearing, a.find,
                                           *a.show_tab.values()))
    tabs: list[Any] = list(win.tab_widgets.values())
    assert all(tab.hearing_id is None for tab in tabs)


def test_find_goes_to_the_tab_that_can_find(window):
    found = []
    tab = window.tab_widgets["transcript"]
    if not callable(getattr(tab, "start_find", None)):
        tab.start_find = lambda: found.append(True)
    else:
        original = tab.start_find
        tab.start_find = lambda: (found.append(True), original())
    window.open_hearing(window.hearing_id, "transcript")
    assert window.window_actions.find.isEnabled()
    window.window_actions.find.trigger()
    assert found == [True]


def test_last_hearing_and_tab_are_restored(ctx, sample_id, qtbot):
    from hearing_desk.app import create_main_window

    other = ctx.hearings.create("第二场听证会")
    first = create_main_window(ctx, other, "responses")
    qtbot.addWidget(first)
    first.close()
    second = create_main_window(ctx)
    qtbot.addWidget(second)
    assert second.hearing_id == other
    assert second.current_tab() == "responses"


def test_closing_flushes_and_shuts_down_each_tab_once(window, qtbot, message_boxes):
    calls = []
    for name, tab in window.tab_widgets.items():
        tab.flush = lambda name=name: calls.append(("flush", name))
        tab.shutdown = lambda name=name: calls.append(("shutdown", name)) or name != "transcript"
    window.show()
    qtbot.waitExposed(window)
    window.close()
    window.close()
    # every tab stores what it holds first, then each stops its threads
    assert calls == [(kind, name) for kind in ("flush", "shutdown") for name in TAB_NAMES]
    assert message_boxes.kinds() == ["warning"]
    assert "现场笔录" in message_boxes.texts()[0] and "未能存入数据库" in message_boxes.texts()[0]


def test_empty_page_buttons_create_a_hearing(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from hearing_desk.ui.dialogs import TitleDialog

    monkeypatch.setattr(TitleDialog, "ask", classmethod(lambda cls, *a, **k: "第一场听证会"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.open_hearing(None)
    buttons = {b.text(): b for b in win.empty_page.findChildren(QPushButton)}
    assert set(buttons) == {"新建听证会…", "导入听证会文件…"}
    buttons["新建听证会…"].click()
    assert [s.title for s in ctx.hearings.list()] == ["第一场听证会"]
    assert win.stack.currentWidget() is win.tabs and win.current_tab() == "setup"


def test_a_background_refresh_older_than_the_list_is_dropped(window, ctx, qtbot, monkeypatch):
    import threading

    release = threading.Event()
    real = ctx.hearings.list
    old = real()

    def slow_list():
        release.wait(5)
        return old
    monkeypatch.setattr(ctx.hearings, "list", slow_list)
    window._refresh_in_background()
    task = window._refresh_task
    monkeypatch.setattr(ctx.hearings, "list", real)
    ctx.hearings.create("新来的听证会")
    window.refresh_list()                       # direct reload while the background one waits
    release.set()
    qtbot.waitUntil(lambda: not task.is_running())
    assert [s.title for s in window.hearing_list.model.summaries()][0] == "新来的听证会"


def test_a_hearing_deleted_elsewhere_is_not_opened(window, ctx, qtbot):
    other = ctx.hearings.create("第二场听证会")
    window.refresh_list()
    ctx.hearings.delete(other)                  # e.g. by another program on a shared database
    sample = window.hearing_id
    window._open_from_list(other)
    assert window.hearing_id == sample
    assert window.hearing_list.model.row_of(other) == -1
    assert "没有编号为" in window.statusBar().currentMessage()

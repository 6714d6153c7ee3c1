"""The four tabs are built when first needed: the first window builds only the tab it
shows, a tab chosen later is built with the open hearing, an event that needs a tab
not built yet builds it and reaches it once, and closing touches only what was built."""
from __future__ import annotations

import pytest

from hearing_desk.ui.main_window import TAB_NAMES, MainWindow


@pytest.fixture
def built(monkeypatch):
    """Every stand-in tab constructed from now on, by class name, in order."""
    import importlib

    made: list[str] = []
    for module_name, class_name in (("setup", "SetupTab"), ("transcript", "TranscriptTab"),
                                    ("opinions", "OpinionsTab"), ("responses", "ResponsesTab")):
        cls = getattr(importlib.import_module(f"hearing_desk.ui.{module_name}"), class_name)

        def recording(self, ctx, parent=None, _init=cls.__init__, _name=class_name):
            made.append(_name)
            _init(self, ctx, parent)
        monkeypatch.setattr(cls, "__init__", recording)
    return made


def test_the_first_window_builds_only_the_tab_it_shows(ctx, sample_id, qtbot, built):
    from hearing_desk.app import create_main_window

    win = create_main_window(ctx, sample_id, "opinions")
    qtbot.addWidget(win)
    assert built == ["OpinionsTab"]
    assert list(win.tab_widgets.built()) == ["opinions"]
    assert win.tab_widgets.built()["opinions"].hearing_id == sample_id
    assert win.current_tab() == "opinions"
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == ["听证会设置", "现场笔录", "意见登记", "意见处理"]


def test_a_tab_is_built_when_first_shown_with_the_open_hearing(window, ctx, sample_id, built):
    assert list(window.tab_widgets.built()) == ["setup"]          # the first tab, shown by default
    window.show_tab("responses")
    assert built == ["ResponsesTab"]
    tab = window.tab_widgets.built()["responses"]
    assert tab.hearing_id == sample_id
    assert window.tabs.currentWidget() is window.tab_widgets.page("responses")
    assert tab.parentWidget() is window.tab_widgets.page("responses")
    window.show_tab("setup")
    window.show_tab("responses")
    assert built == ["ResponsesTab"]                                # once


def test_choosing_a_tab_on_the_tab_bar_builds_it(window, sample_id, built):
    window.tabs.setCurrentIndex(TAB_NAMES.index("transcript"))      # what a click on the tab bar does
    assert built == ["TranscriptTab"]
    assert window.current_tab() == "transcript"
    assert window.window_actions.show_tab["transcript"].isChecked()
    assert window.tab_widgets.built()["transcript"].hearing_id == sample_id


def test_opening_another_hearing_reloads_only_the_tabs_built(window, ctx, built):
    other = ctx.hearings.create("第二场听证会")
    window.refresh_list()
    window.open_hearing(other)
    assert list(window.tab_widgets.built()) == ["setup"] and built == []
    assert window.tab_widgets.built()["setup"].hearing_id == other
    window.show_tab("opinions")
    assert window.tab_widgets.built()["opinions"].hearing_id == other


def test_no_tab_is_built_without_a_hearing(ctx, qtbot, built):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.open_hearing(None, "transcript")
    win.show_tab("responses")
    assert built == [] and win.tab_widgets.built() == {}
    assert not win.window_actions.find.isEnabled()


def test_asking_for_a_tab_by_name_builds_it_and_unknown_names_are_refused(window, sample_id):
    assert window.tab_widgets["opinions"].hearing_id == sample_id
    assert window.current_tab() == "setup"                          # built, not shown
    with pytest.raises(KeyError):
        window.tab_widgets["nonsense"]
    assert window.tab_widgets.get("nonsense") is None
    assert list(window.tab_widgets) == list(TAB_NAMES) and len(window.tab_widgets) == 4


@pytest.fixture
def listening_tabs(monkeypatch):
    """Stand-in tabs that, like the real ones, listen to the event that concerns them."""
    import hearing_desk.ui.opinions
    import hearing_desk.ui.responses
    import hearing_desk.ui.transcript

    heard: list[tuple[str, object]] = []
    for module, class_name, event in ((hearing_desk.ui.transcript, "TranscriptTab", "show_turn"),
                                      (hearing_desk.ui.opinions, "OpinionsTab", "show_opinion"),
                                      (hearing_desk.ui.responses, "ResponsesTab", "answer_opinion")):
        base = getattr(module, class_name)

        def init(self, ctx, parent=None, _base=base, _event=event, _name=class_name):
            _base.__init__(self, ctx, parent)
            getattr(ctx.events, _event).connect(lambda value: heard.append((_name, value)))
        monkeypatch.setattr(module, class_name, type(class_name, (base,), {"__init__": init}))
    return heard


@pytest.mark.parametrize(("event", "value", "tab", "name"), [
    ("show_turn", 7, "transcript", "TranscriptTab"),
    ("show_opinion", "o3", "opinions", "OpinionsTab"),
    ("answer_opinion", "o3", "responses", "ResponsesTab"),
])
def test_an_event_reaches_the_tab_it_builds_once(window, ctx, listening_tabs, event, value, tab, name):
    getattr(ctx.events, event).emit(value)
    assert window.current_tab() == tab
    assert listening_tabs == [(name, value)]
    getattr(ctx.events, event).emit(value)                          # built now: heard directly, once
    assert listening_tabs == [(name, value), (name, value)]


def test_closing_flushes_and_shuts_down_only_the_tabs_built(window, qtbot, message_boxes):
    window.show_tab("responses")
    calls = []
    for name, tab in window.tab_widgets.built().items():
        tab.flush = lambda name=name: calls.append(("flush", name))
        tab.shutdown = lambda name=name: calls.append(("shutdown", name)) or True
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert calls == [("flush", "setup"), ("flush", "responses"), ("shutdown", "setup"), ("shutdown", "responses")]
    assert window.tab_widgets.built().keys() == {"setup", "responses"}
    assert message_boxes.calls == []


def test_from_the_tab_bar_the_keyboard_goes_into_the_tab_built_later(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    window.show()
    qtbot.waitExposed(window)
    window.show_tab("opinions")
    field = QLineEdit()
    window.tab_widgets["opinions"].layout().addWidget(field)
    bar = window.tabs.tabBar()
    following = bar.nextInFocusChain()
    while following is not field and following is not bar:
        assert not (following.isVisible() and following.isEnabled()
                    and following.focusPolicy() & Qt.FocusPolicy.TabFocus), following
        following = following.nextInFocusChain()
    assert following is field


def test_a_new_hearing_has_the_default_agenda_an_imported_one_keeps_its_own(window, ctx, built, sample_id):
    """Only a new hearing gets the order of 第十七条; opening a hearing changes nothing."""
    from hearing_desk.domain import default_agenda

    new = ctx.hearings.create("第二场听证会")
    assert [a.title for a in ctx.hearings.get(new).agenda] == [a.title for a in default_agenda(ctx.hearings.get(new))]
    before = ctx.hearings.get(sample_id).agenda
    window.refresh_list()
    for tab in ("transcript", "setup", "opinions", "responses"):
        window.open_hearing(new, tab)
        window.open_hearing(sample_id, tab)
    assert ctx.hearings.get(sample_id).agenda == before

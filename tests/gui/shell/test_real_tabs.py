"""The frame with the real four tabs in it: the sample hearing opens on every tab,
events and closing work with them. (The other shell tests use stand-in tabs.)"""
from __future__ import annotations

from typing import Any

import pytest

from hearing_desk.ui.main_window import TAB_NAMES

pytestmark = pytest.mark.real_tabs


def test_sample_opens_on_every_tab_and_closes(ctx, qtbot, message_boxes):
    from hearing_desk.app import create_main_window

    win = create_main_window(ctx, None, "transcript")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    [summary] = ctx.hearings.list()
    for name in TAB_NAMES:
        win.window_actions.show_tab[name].trigger()
        assert win.current_tab() == name
        assert win.tab_widgets[name].hearing_id == summary.id
    ctx.events.show_turn.emit(1)
    assert win.current_tab() == "transcript"
    ctx.events.answer_opinion.emit(ctx.hearings.get(summary.id).opinions[0].id)
    assert win.current_tab() == "responses"
    win.close()
    assert message_boxes.calls == []


def test_switching_between_hearings(ctx, sample_id, full_hearing_path, qtbot, message_boxes):
    from hearing_desk.ui.main_window import MainWindow

    other = ctx.hearings.import_file(full_hearing_path)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    for hid in (sample_id, other, sample_id):
        for name in TAB_NAMES:
            win.open_hearing(hid, name)
            tabs: list[Any] = list(win.tab_widgets.values())
            assert all(tab.hearing_id == hid for tab in tabs)
    win.close()
    assert message_boxes.calls == []


def test_run_gui_with_the_real_tabs(db_path, monkeypatch, message_boxes):
    from hearing_desk import app as app_module

    monkeypatch.setattr(app_module, "_exec", lambda app: 0)
    assert app_module.run_gui(str(db_path), None, "transcript") == 0
    assert message_boxes.calls == []


def test_run_gui_paints_first_and_loads_the_rest_after(db_path, monkeypatch, qtbot, message_boxes):
    """The window shows the transcript tab only; the pinyin tables of its speaker picker
    and the modules of the other tabs are loaded once the window has been painted."""
    from PySide6.QtCore import QEvent, QObject

    import hearing_desk.ui.tab_pages
    import hearing_desk.ui.transcript.document
    from hearing_desk import app as app_module

    loaded: list[str] = []
    monkeypatch.setattr(hearing_desk.ui.transcript.document, "preload_pinyin", lambda: loaded.append("pinyin"))
    real_import = hearing_desk.ui.tab_pages.importlib.import_module

    def import_module(name, package=None):
        if name.startswith(("hearing_desk.ui.", "hearing_desk.export")):
            loaded.append(name)
        return real_import(name, package)
    monkeypatch.setattr(hearing_desk.ui.tab_pages.importlib, "import_module", import_module)
    seen = {}

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "loaded" not in seen:
                seen["loaded"] = list(loaded)
            return False

    def exec_(app):
        from hearing_desk.ui.main_window import MainWindow

        [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["built"] = list(window.tab_widgets.built())
        painted = Painted(window)
        window.installEventFilter(painted)
        qtbot.waitUntil(lambda: "hearing_desk.ui.responses" in loaded, timeout=10000)
        window.close()
        return 0

    monkeypatch.setattr(app_module, "_exec", exec_)
    assert app_module.run_gui(str(db_path), None, "transcript") == 0
    assert seen["built"] == ["transcript"]
    assert seen["loaded"] == ["hearing_desk.ui.transcript"]       # at the first paint: the tab shown only
    assert loaded[:2] == ["hearing_desk.ui.transcript", "pinyin"]
    assert {"hearing_desk.export", "hearing_desk.ui.setup", "hearing_desk.ui.opinions"} <= set(loaded)
    assert message_boxes.calls == []


def test_typing_is_stored_on_switching_hearing_tab_and_closing(ctx, sample_id, full_hearing_path, qtbot,
                                                              message_boxes):
    """Mid-debounce: another hearing (stored to the one typed in, before the undo
    history of that hearing is cleared), another tab, closing the window."""
    from hearing_desk.services.opinions import OpinionService
    from hearing_desk.ui.main_window import MainWindow

    from ..keys import type_text

    other = ctx.hearings.import_file(full_hearing_path)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.open_hearing(sample_id, "setup")
    setup: Any = win.tab_widgets["setup"]
    venue = setup.pages["basic"].ui.venue
    other_venue = ctx.hearings.get(other).venue
    type_text(venue, "（一号厅）")
    win.open_hearing(other)
    assert ctx.hearings.get(sample_id).venue.endswith("（一号厅）")
    assert ctx.hearings.get(other).venue == other_venue
    win.open_hearing(sample_id, "opinions")
    register: Any = win.tab_widgets["opinions"]
    register.side_tabs.setCurrentWidget(register.notes)
    notes = register.notes.editor
    assert notes.isVisible()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    type_text(notes, "换页前输入")
    win.show_tab("responses")
    assert OpinionService(ctx.db).load(sample_id).other_notes.endswith("换页前输入")
    responses: Any = win.tab_widgets["responses"]
    analysis = responses.answer.analysis
    type_text(analysis, "关窗前输入")
    win.close()
    assert any("关窗前输入" in (o.response.analysis or "") for o in ctx.opinions.all(sample_id)
               if o.response)
    assert message_boxes.calls == []

"""Changes made in other tabs reach the transcript tab when it is shown again;
its own changes tell the other tabs; the typing box survives both."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hearing_desk.storage.repository import people as people_rows
from hearing_desk.ui.transcript.model import Column

from .conftest import AGENDA, say, stored, type_text


def test_another_tabs_change_is_shown_when_the_tab_is_shown_again(qtbot, tab, ctx, hearings, store_fields):
    say(qtbot, tab, Qt.Key.Key_F1, "请蔡鼎发言。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8)
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "还在说")
    window = tab.window()
    window.setCurrentIndex(0)                       # the setup tab, say, is shown ...
    h = hearings.get(tab.hearing_id)
    h.people = [p for p in h.people if p.id != "a5"]
    h.person("host").name = "杨成功"
    h.agenda = AGENDA[:2]                          # ... and removes the step the box was on
    store_fields(h)
    with ctx.db.session() as s:                    # as another program would: past the rules
        for row in people_rows.person_rows(s, tab.hearing_id):
            if row.key == "a5":
                people_rows.delete_person_row(s, row)
            elif row.key == "host":
                row.name = "杨成功"
    ctx.events.hearing_changed.emit(tab.hearing_id)
    assert tab.doc.stale
    window.setCurrentWidget(tab)
    assert not tab.doc.stale
    assert tab.doc.model.index(0, Column.SPEAKER).data() == "听证主持人（杨成功）"
    assert tab.typing.toPlainText() == "还在说"            # the typing box is kept
    assert tab.doc.draft.speaker is None                    # its speaker is gone from the list
    assert tab.doc.draft.agenda_item == 1 and tab.agenda.count() == 2
    qtbot.keyClick(tab.typing, Qt.Key.Key_F2)
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    turn = stored(tab, hearings).transcript[-1]
    assert (turn.speaker, turn.text, turn.agenda_item) == ("presenter", "还在说", 1)


def test_recording_a_turn_tells_the_other_tabs(qtbot, tab, ctx):
    with qtbot.waitSignal(ctx.events.hearing_changed, timeout=3000) as signal:
        say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    assert signal.args == [tab.hearing_id]
    assert not tab.doc.stale                                 # its own change is not "stale"

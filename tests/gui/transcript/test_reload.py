"""Changes made in other tabs reach the transcript tab when it is shown again;
its own changes tell the other tabs; the typing box survives both."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hearing_desk.services.changes import Changes
from hearing_desk.storage.repository import people as people_rows
from hearing_desk.ui.transcript.model import Column, OpinionsRole

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
    ctx.events.changed.emit(Changes(tab.hearing_id, people=True, fields=True, agenda=True))
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
    with qtbot.waitSignal(ctx.events.changed, timeout=3000) as signal:
        say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    changes = signal.args[0]
    assert changes.hearing_id == tab.hearing_id and changes.touched == {"transcript"}
    assert not tab.doc.stale                                 # its own change is not "stale"


def test_a_change_elsewhere_is_read_where_it_says(qtbot, tab, ctx, db, monkeypatch):
    """An opinion registered in another tab: the badge appears at once, the list is not
    rebuilt (the selection stays) and the turns are not read again."""
    from hearing_desk.services.opinions import OpinionService

    say(qtbot, tab, Qt.Key.Key_F1, "请蔡鼎发言。")
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "建议第23条写明数据安全责任。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    tab.editing.select_row(0)
    assert tab.doc.writer.flush(5)
    reads, resets = [], []
    load = tab.doc.service.load
    monkeypatch.setattr(tab.doc.service, "load", lambda hid: reads.append(hid) or load(hid))
    tab.doc.model.modelReset.connect(lambda: resets.append(1))

    opinion = OpinionService(db).add(tab.hearing_id, "a5", "第23条写明数据安全责任。", transcript_refs=[2])
    ctx.events.changed.emit(Changes(tab.hearing_id, opinions=True))
    assert tab.doc.model.index(1, Column.TEXT).data(OpinionsRole) == [opinion.id]
    assert reads == [] and resets == [] and tab.turns.currentIndex().row() == 0

    ctx.events.changed.emit(Changes(tab.hearing_id, responses=True, disputes=True))   # not shown here
    ctx.events.changed.emit(Changes(tab.hearing_id + 1, transcript=True))             # another hearing
    assert reads == [] and resets == [] and not tab.doc.stale


def test_a_change_of_everything_is_read_when_the_tab_is_shown(qtbot, tab, ctx, hearings):
    """A hearing replaced wholesale (another program's change reloaded, a restore) reaches
    the transcript as "anything may have changed": read again when the tab is shown."""
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    window = tab.window()
    window.setCurrentIndex(0)
    with ctx.db.session() as s:                    # as another program would: past the rules
        people_rows.person_row(s, tab.hearing_id, "host").name = "杨成功"
    seen: list[Changes] = []
    ctx.events.changed.connect(seen.append)
    ctx.events.changed.emit(Changes.everything(tab.hearing_id))
    assert [c.touched for c in seen] == [Changes.everything(tab.hearing_id).touched]
    assert tab.doc.stale
    window.setCurrentWidget(tab)
    assert not tab.doc.stale
    assert tab.doc.model.index(0, Column.SPEAKER).data() == "听证主持人（杨成功）"

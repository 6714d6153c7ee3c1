"""Earlier turns are corrected in place (text, speaker), deleted, and every change
is undoable; after the lock a change needs an explicit unlock and is logged."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hearing_desk.domain import TurnKind, fingerprint, short_fingerprint
from hearing_desk.ui.transcript.model import ChangedRole, Column, OpinionsRole

from .conftest import say, stored, type_text


def _three_turns(qtbot, tab):
    say(qtbot, tab, Qt.Key.Key_F1, "请蔡鼎发言。")
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "建议修改第23条。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    say(qtbot, tab, Qt.Key.Key_F2, "我们会研究。")


def _edit(qtbot, tab, row: int, text: str) -> None:
    """Select ``row``, Ctrl+E, replace the text in the editor, Ctrl+Enter."""
    tab.editing.select_row(row)
    qtbot.keyClick(tab.typing, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = tab.delegate.editor
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    editor.insertPlainText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.delegate.editor is None)


def test_correct_a_turn_in_place_and_undo(qtbot, tab, ctx, hearings):
    _three_turns(qtbot, tab)
    _edit(qtbot, tab, 1, "建议修改第二十三条。")
    assert tab.doc.model.turns[1].text == "建议修改第二十三条。"
    assert stored(tab, hearings).transcript[1].text == "建议修改第二十三条。"
    qtbot.waitUntil(tab.typing.hasFocus)
    ctx.undo_stack.undo()
    assert tab.doc.model.turns[1].text == "建议修改第23条。"
    assert stored(tab, hearings).transcript[1].text == "建议修改第23条。"
    ctx.undo_stack.redo()
    assert stored(tab, hearings).transcript[1].text == "建议修改第二十三条。"
    assert hearings.get(tab.hearing_id).changes == []           # not locked yet: no log


def test_an_emptied_turn_is_refused(qtbot, tab, answers):
    _three_turns(qtbot, tab)
    _edit(qtbot, tab, 0, "   ")
    assert tab.doc.model.turns[0].text == "请蔡鼎发言。"
    assert answers.shown and "不能为空" in answers.shown[-1][1]


def test_change_the_speaker_of_a_turn(qtbot, tab, ctx, hearings):
    _three_turns(qtbot, tab)
    tab.editing.open_speaker_picker(3)
    qtbot.keyClicks(tab.picker.edit, "gj")
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    assert stored(tab, hearings).transcript[2].speaker == "a6"
    assert tab.doc.draft.speaker == "presenter"                 # the typing box keeps its speaker
    tab.editing.change_speaker(3, None, None, TurnKind.NOTE)
    assert stored(tab, hearings).transcript[2].is_note
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    turn = stored(tab, hearings).transcript[2]
    assert (turn.speaker, turn.kind) == ("presenter", None)


def test_delete_a_turn_with_the_delete_key_and_undo(qtbot, tab, ctx, hearings):
    _three_turns(qtbot, tab)
    tab.editing.mark_opinion()                       # the last turn is the presenter's: refused
    tab.editing.select_row(1)
    tab.editing.mark_opinion()
    [opinion_id] = tab.doc.model.index(1, Column.TEXT).data(OpinionsRole)     # the new one, on turn 2
    tab.turns.setFocus()
    tab.editing.select_row(1)
    qtbot.keyClick(tab.turns, Qt.Key.Key_Delete)
    h = stored(tab, hearings)
    assert [t.seq for t in h.transcript] == [1, 3]
    assert next(o for o in h.opinions if o.id == opinion_id).transcript_refs == []
    ctx.undo_stack.undo()
    h = stored(tab, hearings)
    assert [t.seq for t in h.transcript] == [1, 2, 3]
    assert next(o for o in h.opinions if o.id == opinion_id).transcript_refs == [2]
    assert tab.doc.model.rowCount() == 3


def test_after_the_lock_a_change_needs_an_unlock_and_is_logged(qtbot, tab, ctx, hearings, answers):
    _three_turns(qtbot, tab)
    qtbot.keyClick(tab.typing, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    h = stored(tab, hearings)
    locked = h.current_lock.fingerprint
    assert h.is_locked and locked == fingerprint(h)
    assert short_fingerprint(locked) in tab.lock_state.text()
    assert tab.typing.isReadOnly()

    answers.yes = False                                         # the recorder says no
    _edit(qtbot, tab, 1, "改过的记录。")
    assert answers.asked[-1] == "解锁笔录"
    assert stored(tab, hearings).transcript[1].text == "建议修改第23条。"
    assert tab.doc.locked

    answers.yes = True
    _edit(qtbot, tab, 1, "建议修改第二十三条。")
    h = stored(tab, hearings)
    assert not h.is_locked and h.last_lock.fingerprint == locked
    assert [(c.turn_seq, c.what, c.before, c.after) for c in h.changes] == [
        (2, "第 2 段", "听证参加人（蔡鼎）：建议修改第23条。", "听证参加人（蔡鼎）：建议修改第二十三条。")]
    assert tab.doc.model.index(1, Column.TEXT).data(ChangedRole)
    assert tab.signoff.change_log.rowCount() == 1
    assert tab.banner.isVisible() and "已记录" in tab.banner.text()
    assert not tab.typing.isReadOnly()

    # a turn added after the unlock is logged as well, and so is the undo of the correction
    say(qtbot, tab, Qt.Key.Key_F1, "补充说明。")
    ctx.undo_stack.undo()
    h = stored(tab, hearings)
    assert [(c.before, c.after) for c in h.changes][1:] == [
        ("", "听证主持人（杨成）：补充说明。"),
        ("听证参加人（蔡鼎）：建议修改第二十三条。", "听证参加人（蔡鼎）：建议修改第23条。")]
    assert tab.signoff.change_log.rowCount() == 3


def test_undo_on_a_locked_transcript_asks_first(qtbot, tab, ctx, hearings, answers):
    _three_turns(qtbot, tab)
    _edit(qtbot, tab, 0, "请五号参加人发言。")
    tab.signing.lock_transcript()
    answers.yes = False
    ctx.undo_stack.undo()
    h = stored(tab, hearings)
    assert h.transcript[0].text == "请五号参加人发言。" and h.is_locked
    assert ctx.undo_stack.count() == 0                          # the refused undo left the stack


def test_committing_on_a_locked_transcript_asks_to_unlock(qtbot, tab, hearings, answers):
    _three_turns(qtbot, tab)
    tab.signing.lock_transcript()
    tab.typing.setReadOnly(False)          # (the box is read-only while locked; Enter still asks)
    type_text(tab.typing, "补充。")
    answers.yes = False
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert len(stored(tab, hearings).transcript) == 3
    answers.yes = True
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert len(stored(tab, hearings).transcript) == 4

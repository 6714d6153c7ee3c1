"""Ctrl+M makes a turn (or the selected text of it) an opinion of its speaker,
linked both ways; show_turn jumps back to the turn; search finds turns."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from hearing_desk.ui.transcript.model import Column, OpinionsRole

from .conftest import say, stored, type_text


def _turns(qtbot, tab):
    say(qtbot, tab, Qt.Key.Key_F1, "请蔡鼎发言。")
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "第一，建议第23条增加数据安全的规定。第二，第三十条的期限太短。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    say(qtbot, tab, Qt.Key.Key_F2, "谢谢，我们会研究数据安全问题。")


def test_mark_the_whole_turn_as_an_opinion_and_undo(qtbot, tab, ctx, hearings):
    _turns(qtbot, tab)
    before = hearings.get(tab.hearing_id).opinions_of("a5")
    tab.editing.select_row(1)
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.keyClick(tab.typing, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    h = stored(tab, hearings)
    mine = h.opinions_of("a5")
    assert len(mine) == len(before) + 1
    new = mine[-1]
    assert new.id not in {o.id for o in before}
    assert new.seq == max(o.seq for o in before) + 1
    assert new.text == "第一，建议第23条增加数据安全的规定。第二，第三十条的期限太短。"
    assert new.transcript_refs == [2]
    assert new.articles == ["第二十三条", "第三十条"]
    assert tab.doc.model.index(1, Column.TEXT).data(OpinionsRole) == [new.id]
    ctx.undo_stack.undo()
    assert new.id not in {o.id for o in stored(tab, hearings).opinions}
    assert tab.doc.model.index(1, Column.TEXT).data(OpinionsRole) == []
    ctx.undo_stack.redo()
    assert new.id in {o.id for o in stored(tab, hearings).opinions}


def test_mark_selected_text_as_an_opinion(qtbot, tab, hearings):
    _turns(qtbot, tab)
    tab.editing.select_row(1)
    qtbot.keyClick(tab.typing, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = tab.delegate.editor
    text = editor.toPlainText()
    start = text.index("第二，")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(len(text), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    opinion = stored(tab, hearings).opinions_of("a5")[-1]
    assert (opinion.text, opinion.articles, opinion.transcript_refs) == (
        "第二，第三十条的期限太短。", ["第三十条"], [2])
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.delegate.editor is None)
    assert stored(tab, hearings).transcript[1].text == text        # the turn itself is unchanged


def test_only_participants_turns_become_opinions(qtbot, tab, hearings, answers):
    _turns(qtbot, tab)
    count = len(hearings.get(tab.hearing_id).opinions)
    tab.editing.select_row(2)
    tab.editing.mark_opinion()
    assert "听证参加人" in answers.shown[-1][1]
    assert len(stored(tab, hearings).opinions) == count


def test_the_opinion_badge_and_show_turn_link_both_ways(qtbot, tab, ctx):
    _turns(qtbot, tab)
    tab.editing.select_row(1)
    tab.editing.mark_opinion()
    [opinion_id] = tab.doc.model.index(1, Column.TEXT).data(OpinionsRole)     # the new one, on turn 2
    index = tab.doc.model.index(1, Column.TEXT)
    badge = tab.delegate.badge_rect(tab.turns.visualRect(index)).center()
    with qtbot.waitSignal(ctx.events.show_opinion) as signal:
        qtbot.mouseClick(tab.turns.viewport(), Qt.MouseButton.LeftButton, pos=badge)
    assert signal.args == [opinion_id]
    tab.editing.select_row(0)
    ctx.events.show_turn.emit(2)
    assert tab.turns.currentIndex().row() == 1
    ctx.events.show_turn.emit(99)                                 # a turn that is not there


def test_search_next_previous_and_close(qtbot, tab):
    _turns(qtbot, tab)
    say(qtbot, tab, Qt.Key.Key_F1, "下面请讨论数据安全。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.isVisible() and tab.search.edit.hasFocus()
    tab.search.edit.setText("数据安全")
    assert tab.turns.currentIndex().row() == 1 and tab.search.count.text() == "1/3"
    qtbot.keyClick(tab.search.edit, Qt.Key.Key_Return)
    assert tab.turns.currentIndex().row() == 2 and tab.search.count.text() == "2/3"
    qtbot.keyClick(tab.search.edit, Qt.Key.Key_Return)
    assert tab.turns.currentIndex().row() == 3
    qtbot.keyClick(tab.search.edit, Qt.Key.Key_Return)
    assert tab.turns.currentIndex().row() == 1                    # round again
    qtbot.keyClick(tab.search.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert tab.turns.currentIndex().row() == 3
    tab.search.edit.setText("数据")                                # typing on keeps the match
    assert tab.turns.currentIndex().row() == 3
    tab.search.edit.setText("陈述人")                              # speakers are found too
    assert tab.turns.currentIndex().row() == 2
    tab.search.edit.setText("没有这句话")
    assert tab.search.count.text() == "无结果"
    qtbot.keyClick(tab.search.edit, Qt.Key.Key_Escape)
    assert not tab.search.isVisible()
    qtbot.waitUntil(tab.typing.hasFocus)

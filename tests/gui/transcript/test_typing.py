"""Typing the transcript: focus, Enter and Shift+Enter, speakers, the picker, the
timer, procedural notes, common phrases and agenda steps."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hearing_desk.domain import Role, TurnKind
from hearing_desk.ui.phrases import PhrasesDialog

from .conftest import say, stored, type_text


def test_focus_is_in_the_typing_box_whenever_the_tab_is_shown(qtbot, tab):
    qtbot.waitUntil(tab.typing.hasFocus)
    window = tab.window()
    window.setCurrentIndex(0)
    window.other.setFocus()
    assert not tab.typing.hasFocus()
    window.setCurrentWidget(tab)
    qtbot.waitUntil(tab.typing.hasFocus)
    tab.recording.open_picker()
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(tab.typing.hasFocus)


def test_enter_commits_and_shift_enter_breaks_a_line(qtbot, tab, hearings):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    type_text(tab.typing, "现在宣布听证会开始。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(tab.typing, "请工作人员宣读听证纪律。")
    assert tab.doc.model.rowCount() == 0
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert tab.typing.toPlainText() == ""
    turn = tab.doc.model.turns[0]
    assert (turn.seq, turn.speaker, turn.text) == (1, "host", "现在宣布听证会开始。\n请工作人员宣读听证纪律。")
    assert turn.at is not None and turn.at.tzinfo is not None
    assert stored(tab, hearings).transcript == [turn]
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)          # Enter on an empty box records nothing
    assert tab.doc.model.rowCount() == 1


def test_speaker_keys_and_the_key_map(qtbot, tab, hearings):
    for key, speaker in ((Qt.Key.Key_F1, "host"), (Qt.Key.Key_F2, "presenter"),
                         (Qt.Key.Key_F4, "recorder")):
        qtbot.keyClick(tab.typing, key)
        assert tab.doc.draft.speaker == speaker
    qtbot.keyClick(tab.typing, Qt.Key.Key_F6)
    assert (tab.doc.draft.speaker, tab.doc.draft.speaker_label) == (None, "工作人员")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F3)                  # the sample has no panel
    assert tab.doc.draft.speaker_label == "工作人员"
    assert "工作人员" in tab.speaker_line.text()
    keymap = tab.keymap.buttons
    assert "杨成" in keymap["F1"].text() and "李奇翰" in keymap["F2"].text()
    assert not keymap["F3"].isEnabled() and keymap["F3"].isVisible()
    keymap["F2"].click()
    assert tab.doc.draft.speaker == "presenter"
    type_text(tab.typing, "介绍起草情况。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert stored(tab, hearings).transcript[0].speaker == "presenter"


def test_a_key_pressed_again_gives_the_next_person_of_that_role(qtbot, make_tab, hearings, full_hearing_path):
    tab = make_tab(hearings.import_file(full_hearing_path))
    seen = []
    for _ in range(4):
        qtbot.keyClick(tab.typing, Qt.Key.Key_F3)
        seen.append(tab.doc.draft.speaker)
    assert seen == ["o1", "o2", "o3", "o1"]
    qtbot.keyClick(tab.typing, Qt.Key.Key_F6)
    assert tab.doc.draft.speaker == "st1"                       # a listed staff member
    qtbot.keyClick(tab.typing, Qt.Key.Key_F2)
    assert tab.doc.speaker_text() == "决策发言人（王海峰）"     # the hearing's own label


def test_quick_picker_finds_by_pinyin_initials_number_and_name(qtbot, tab):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)
    assert tab.picker.isVisible()
    qtbot.keyClicks(tab.picker.edit, "cd")
    assert tab.picker.current().person.name == "蔡鼎"
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    assert not tab.picker.isVisible()
    assert tab.doc.draft.speaker == "a5"
    assert "蔡鼎" in tab.speaker_line.text()
    qtbot.waitUntil(tab.typing.hasFocus)

    qtbot.keyClick(tab.typing, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert tab.picker.isVisible()
    qtbot.keyClicks(tab.picker.edit, "9")
    assert tab.picker.current().person.name == "刘炜胤"
    tab.picker.edit.clear()
    tab.picker.edit.insert("龚")
    assert tab.picker.current().person.name == "龚健"
    tab.picker.edit.setText("gqq")
    assert tab.picker.current().person.name == "谷琼泉"
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    assert tab.doc.draft.speaker == "a7"


def test_speaking_timer_changes_colour_when_the_limit_passes(qtbot, tab, clock):
    assert tab.timer.state == "idle"
    tab.doc.set_speaker("a5")
    tab.recording.speaker_picked()
    limit = tab.doc.hearing.settings.speaking_limit_minutes * 60
    assert tab.timer.state == "normal" and tab.timer.elapsed_text() == "00:00"
    clock.advance(limit - 30)
    tab.timer.refresh()
    assert tab.timer.state == "warn"
    clock.advance(31)
    tab.timer.refresh()
    assert tab.timer.state == "over"
    assert tab.timer.colors() == ("#c62828", "#ffffff")
    assert "超时 00:01" in tab.timer.caption_text()
    assert tab.timer.height() >= 120
    qtbot.keyClick(tab.typing, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert tab.timer.state == "normal" and tab.timer.seconds() == 0
    # the same speaker again does not restart the clock; another speaker does
    clock.advance(100)
    tab.timer.refresh()
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    assert tab.timer.seconds() == 0 and tab.timer.state == "free"     # officials have no limit
    clock.advance(limit * 2)
    tab.timer.refresh()
    assert tab.timer.state == "free"


def test_procedural_note_goes_in_before_the_typed_turn(qtbot, tab, hearings):
    say(qtbot, tab, Qt.Key.Key_F1, "现在宣布听证会开始。")
    type_text(tab.typing, "请大家")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F7)
    assert tab.note_menu.isVisible()
    first = tab.note_menu.actions()[0]
    assert "宣读听证纪律" in first.text()
    first.trigger()
    tab.note_menu.hide()
    h = stored(tab, hearings)
    note = h.transcript[1]
    assert (note.kind, note.speaker, note.text) == (TurnKind.NOTE, None, "宣读听证纪律。")
    assert tab.typing.toPlainText() == "请大家"                  # the typed turn is untouched
    type_text(tab.typing, "保持安静。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    h = stored(tab, hearings)
    assert [(t.seq, t.speaker, t.text) for t in h.transcript] == [
        (1, "host", "现在宣布听证会开始。"), (2, None, "宣读听证纪律。"), (3, "host", "请大家保持安静。")]


def test_a_typed_procedural_note(qtbot, tab, hearings):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F7)
    tab.note_menu.actions()[-1].trigger()                       # 自行输入
    tab.note_menu.hide()
    assert "程序记录" in tab.speaker_line.text()
    type_text(tab.typing, "主持人宣布休会二十分钟。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    note = stored(tab, hearings).transcript[0]
    assert note.is_note and note.speaker is None
    assert tab.doc.draft.speaker == "host" and tab.doc.draft.kind is None   # back to the speaker


def test_common_phrases_insert_with_alt_digit_and_are_editable(qtbot, tab, ctx, monkeypatch):
    phrases = ctx.settings.get("transcript/phrases")
    type_text(tab.typing, "好的，")
    qtbot.keyClick(tab.typing, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.typing.toPlainText() == "好的，" + phrases[1]
    assert tab.keymap.buttons["Alt+2"].text() == phrases[1]
    asked = []

    def ask(cls, parent, title, lists):
        asked.append((title, [values for _, values in lists]))
        return [["请围绕听证事项发言。"], lists[1][1]]
    monkeypatch.setattr(PhrasesDialog, "ask", classmethod(ask))
    tab.phrases_button.click()
    assert asked == [("常用语和程序记录", [phrases, ctx.settings.get("transcript/notes")])]
    assert ctx.settings.get("transcript/phrases") == ["请围绕听证事项发言。"]
    assert tab.keymap.buttons["Alt+1"].text() == "请围绕听证事项发言。"
    tab.typing.clear()
    qtbot.keyClick(tab.typing, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert tab.typing.toPlainText() == "请围绕听证事项发言。"
    qtbot.keyClick(tab.typing, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)   # no 5th phrase
    assert tab.typing.toPlainText() == "请围绕听证事项发言。"


def test_agenda_step_is_recorded_with_each_turn(qtbot, tab, hearings):
    assert tab.agenda.currentData() == 1
    say(qtbot, tab, Qt.Key.Key_F1, "宣布开始。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8)
    assert tab.agenda.currentData() == 2
    say(qtbot, tab, Qt.Key.Key_F2, "介绍草案。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8)                  # stays at the last step
    assert tab.agenda.currentData() == 4
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    say(qtbot, tab, Qt.Key.Key_F5, "")
    tab.picker.hide()
    tab.next_step.click()
    tab.doc.step_agenda(-1)
    say(qtbot, tab, Qt.Key.Key_F1, "请发言。")
    h = stored(tab, hearings)
    assert [t.agenda_item for t in h.transcript] == [1, 2, 3]
    assert h.agenda[2].title.startswith("听证参加人发言")


def test_participants_have_the_hearings_label(qtbot, tab):
    tab.doc.set_speaker("a5")
    assert tab.doc.speaker_person().role is Role.PARTICIPANT
    assert tab.doc.speaker_text() == "听证参加人（蔡鼎）"


def test_a_turns_time_is_the_first_key_of_its_text(qtbot, tab, hearings, monkeypatch):
    """Picking the speaker does not start the turn; the first key does. Cleared and typed
    again: the time of the new first key (the issue: 20:43 shown, typed 20:44)."""
    from datetime import datetime, timedelta, timezone

    import hearing_desk.ui.transcript.document as document

    now = [datetime(2024, 7, 16, 20, 42, tzinfo=timezone(timedelta(hours=8)))]
    monkeypatch.setattr(document, "now_local", lambda: now[0])
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    assert tab.doc.draft.at is None and "开始于" not in tab.speaker_line.text()
    now[0] += timedelta(minutes=1)                                   # 20:43
    type_text(tab.typing, "现在宣")
    assert tab.doc.draft.at == now[0] and "开始于 20:43:00" in tab.speaker_line.text()
    tab.typing.clear()
    assert tab.doc.draft.at is None
    now[0] += timedelta(minutes=1)                                   # 20:44
    type_text(tab.typing, "现在宣布听证会开始。")
    typed = now[0]
    now[0] += timedelta(minutes=2)                                   # Enter later
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert stored(tab, hearings).transcript[0].at == typed


def test_a_turn_needs_a_speaker_before_it_is_recorded(qtbot, tab, hearings, answers):
    type_text(tab.typing, "这是谁说的？")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert answers.shown and "还没有发言人" in answers.shown[-1][1]
    assert tab.typing.toPlainText() == "这是谁说的？"                  # nothing lost
    assert stored(tab, hearings).transcript == [] and tab.doc.model.rowCount() == 0
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert [t.text for t in stored(tab, hearings).transcript] == ["这是谁说的？"]


def test_someone_marked_absent_speaks_only_after_a_confirmed_correction(qtbot, tab, hearings, answers, db, ctx):
    from hearing_desk.services.attendance import AttendanceService
    AttendanceService(db).set_attendance(tab.hearing_id, {"a5": False})
    tab.doc.reload()
    answers.yes = False
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)
    qtbot.keyClicks(tab.picker.edit, "cd")
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    assert answers.asked[-1] == "更正签到" and tab.doc.draft.speaker != "a5"
    assert stored(tab, hearings).person("a5").attended is False
    answers.yes = True
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)
    qtbot.keyClicks(tab.picker.edit, "cd")
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    assert tab.doc.draft.speaker == "a5" and stored(tab, hearings).person("a5").attended is True
    assert ctx.undo_stack.undoText() == "更正签到：蔡鼎 已到"

"""Nothing typed is lost: the typing box reaches the database within a second by
itself, without blocking typing, and comes back (with its speaker) on reopening."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer

from hearing_desk.services.transcript import TranscriptService

from .conftest import draft_text, say, stored, type_text


def test_typing_reaches_the_database_within_a_second(qtbot, tab, service):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)
    qtbot.keyClicks(tab.picker.edit, "cd")
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    type_text(tab.typing, "我建议第二十三条")
    qtbot.waitUntil(lambda: draft_text(service, tab.hearing_id) == "我建议第二十三条", timeout=1000)
    draft = service.draft(tab.hearing_id)
    assert draft.speaker == "a5" and draft.agenda_item == 1 and draft.at is not None
    qtbot.waitUntil(lambda: "已自动保存" in tab.speaker_line.state())


def test_a_recorder_who_never_pauses_is_saved_too(qtbot, tab, service):
    """The save is not pushed back by each key: it comes at most 0.4 s after the first."""
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)

    def keep_typing_until_saved():
        type_text(tab.typing, "字")
        return (draft_text(service, tab.hearing_id) or "").startswith("字字字")
    qtbot.waitUntil(keep_typing_until_saved, timeout=1000)


def test_focus_out_and_hiding_save_at_once(qtbot, tab, service):
    type_text(tab.typing, "马上保存")
    assert tab.recording.save_timer.isActive()
    tab.window().setCurrentIndex(0)                  # another tab: the transcript is hidden
    assert not tab.recording.save_timer.isActive()
    assert tab.doc.writer.flush(5)
    assert service.draft(tab.hearing_id).text == "马上保存"


def test_the_unfinished_turn_comes_back_after_reopening(qtbot, make_tab, tab, ctx, hearing_id):
    say(qtbot, tab, Qt.Key.Key_F1, "请蔡鼎发言。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F8)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)
    qtbot.keyClicks(tab.picker.edit, "cd")
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    type_text(tab.typing, "第一点，")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(tab.typing, "第二点还没说完")
    service = TranscriptService(ctx.db)
    qtbot.waitUntil(lambda: (draft_text(service, hearing_id) or "").endswith("没说完"), timeout=1000)
    began = tab.doc.draft.at
    tab.doc.close()          # the program dies here (its writer stops, nothing more is saved)
    again = make_tab(hearing_id)
    assert again.typing.toPlainText() == "第一点，\n第二点还没说完"
    assert again.doc.draft.speaker == "a5" and again.doc.draft.at == began
    assert again.doc.draft.seq == 2 and again.agenda.currentData() == 2
    assert "蔡鼎" in again.speaker_line.text() and "已恢复" in again.speaker_line.state()
    assert again.timer.state == "normal"
    assert [t.text for t in again.doc.model.turns] == ["请蔡鼎发言。"]
    qtbot.keyClick(again.typing, Qt.Key.Key_Return)
    assert [t.speaker for t in stored(again, ctx.hearings).transcript] == ["host", "a5"]


def test_commit_and_the_new_empty_turn_are_stored_together(qtbot, tab, service):
    say(qtbot, tab, Qt.Key.Key_F2, "介绍。")
    assert tab.doc.writer.flush(5)
    state = service.load(tab.hearing_id)
    assert [t.text for t in state.hearing.transcript] == ["介绍。"]
    assert (state.draft.seq, state.draft.text, state.draft.speaker) == (2, "", "presenter")


def test_typing_goes_on_while_the_database_is_busy(qtbot, tab, service, db_path):
    """Another program holds the database: the keys still go into the box at once, and
    the text is stored as soon as the database is free again."""
    blocker = sqlite3.connect(db_path, timeout=5)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        type_text(tab.typing, "数据库正忙")
        tab.recording.save_now()
        type_text(tab.typing, "也不影响输入")
        assert tab.typing.toPlainText() == "数据库正忙也不影响输入"
        QTimer.singleShot(300, blocker.rollback)
        tab.recording.save_now()
        qtbot.waitUntil(lambda: draft_text(service, tab.hearing_id) == "数据库正忙也不影响输入", timeout=8000)
    finally:
        blocker.close()


def test_a_failed_save_is_shown_and_retried(qtbot, tab, service, monkeypatch):
    monkeypatch.setattr(type(tab.doc.writer), "RETRY_SECONDS", 0.05)
    original = tab.doc.service.save_draft
    failures = [OSError("磁盘已满")]

    def flaky(hid, turn):
        if failures:
            raise failures.pop()
        original(hid, turn)
    monkeypatch.setattr(tab.doc.service, "save_draft", flaky)
    type_text(tab.typing, "不能丢")
    tab.recording.save_now()
    qtbot.waitUntil(lambda: "自动保存失败" in tab.speaker_line.state() or "已自动保存" in tab.speaker_line.state())
    qtbot.waitUntil(lambda: "已自动保存" in tab.speaker_line.state(), timeout=3000)
    assert service.draft(tab.hearing_id).text == "不能丢"


def test_pasted_controls_leave_the_typing_box_at_once(qtbot, tab, service, hearings):
    """A paste from a terminal or a spoofing e-mail: what is shown and stored is clean."""
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    tab.typing.insertPlainText("\ufeff开会\u202e了\x1b[0m\u200b。\r\n第二行")
    qtbot.waitUntil(lambda: tab.typing.toPlainText() == "开会了[0m。\n第二行", timeout=1000)
    qtbot.waitUntil(lambda: draft_text(service, tab.hearing_id) == "开会了[0m。\n第二行", timeout=1000)
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert stored(tab, hearings).transcript[-1].text == "开会了[0m。\n第二行"


def test_a_failed_save_shows_and_logs_no_sql_and_no_typed_text(qtbot, tab, service, monkeypatch, caplog, ctx):
    """Issue 16: the status bar and the log say what went wrong, never the SQL or the turn."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(type(tab.doc.writer), "RETRY_SECONDS", 0.05)
    original = tab.doc.service.save_draft
    failures = [1]
    shown: list[str] = []
    ctx.events.status.connect(shown.append)

    def locked(hid, turn):
        if failures:
            failures.pop()
            raise OperationalError("UPDATE turn SET text=? WHERE turn.id = ?", (turn.text, 1),
                                   sqlite3.OperationalError("database is locked"))
        original(hid, turn)
    monkeypatch.setattr(tab.doc.service, "save_draft", locked)
    type_text(tab.typing, "电话13812341234")
    tab.recording.save_now()
    qtbot.waitUntil(lambda: any("自动保存失败" in s for s in shown), timeout=3000)
    qtbot.waitUntil(lambda: "已自动保存" in tab.speaker_line.state(), timeout=3000)
    failed = [s for s in shown if "自动保存失败" in s]
    assert failed and all("UPDATE" not in s and "13812341234" not in s for s in failed)
    assert "database is locked" in failed[0]
    assert "13812341234" not in caplog.text and "UPDATE" not in caplog.text

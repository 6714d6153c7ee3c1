"""The typing box keeps the keys (issue 12): a click on a turn, the key map, the timer or
the menu bar leaves them in the box; Delete never reaches a turn by a stray key and
deleting one asks; Ctrl+Z in the box undoes the last thing done; the list opens at the
latest turn; a recovered turn keeps its notice and its clock; the placeholder follows
the lock; the list draws a turn as it prints."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

from hearing_desk.services.hearings import HearingService
from hearing_desk.services.record import now_local
from hearing_desk.ui.transcript.model import Column
from tests.tools.generate import generate_hearing

from .conftest import say, stored, type_text


def _three_turns(qtbot, tab):
    say(qtbot, tab, Qt.Key.Key_F1, "请蔡鼎发言。")
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "建议修改第23条。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    say(qtbot, tab, Qt.Key.Key_F2, "我们会研究。")


def _keys(qtbot, keys: str) -> None:
    """Type Latin keys where the keyboard is now (the focus widget), as a person would."""
    for ch in keys:
        qtbot.keyClick(QApplication.focusWidget(), ch)


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _click_row(qtbot, tab, row: int, button=Qt.MouseButton.LeftButton) -> None:
    rect = tab.turns.visualRect(tab.doc.model.index(row, Column.TEXT))
    qtbot.mouseClick(tab.turns.viewport(), button, pos=rect.center())


# ---------------------------------------------------------------- 1. a click on a turn
def test_a_click_on_a_turn_leaves_the_keys_in_the_typing_box(qtbot, tab, hearings, answers):
    _three_turns(qtbot, tab)
    qtbot.waitUntil(tab.typing.hasFocus)
    _click_row(qtbot, tab, 1)
    assert tab.turns.currentIndex().row() == 1                  # the click selects the turn ...
    qtbot.waitUntil(tab.typing.hasFocus)                        # ... and the keys stay in the box
    _keys(qtbot, "abc")
    for _ in range(6):                                          # six stray Deletes
        _press(qtbot, Qt.Key.Key_Delete)
    assert tab.typing.toPlainText() == "abc"
    assert tab.doc.model.rowCount() == 3 and len(stored(tab, hearings).transcript) == 3
    assert answers.asked == []


def test_deleting_a_turn_asks_and_says_how_to_undo(qtbot, tab, ctx, hearings, answers):
    _three_turns(qtbot, tab)
    statuses: list[str] = []
    ctx.events.status.connect(statuses.append)
    answers.yes = False
    tab.editing.delete_turn(2)                                  # 删除这一段 (the turn's menu)
    assert answers.asked == ["删除发言"]
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 2, 3]
    answers.yes = True
    tab.editing.delete_turn(2)
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 3]
    assert statuses[-1] == "已删除第 2 段（Ctrl+Z 撤销）"
    qtbot.waitUntil(tab.typing.hasFocus)


def test_clicks_on_the_key_map_the_timer_and_the_speaker_line_keep_the_keys(qtbot, tab):
    _three_turns(qtbot, tab)
    for widget in (tab.timer, tab.speaker_line, tab.keymap, tab.keymap.ui.key_f1, tab.empty_hint.parentWidget()):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        qtbot.waitUntil(tab.typing.hasFocus)
    tab.keymap.buttons["F2"].click()
    qtbot.waitUntil(tab.typing.hasFocus)
    _keys(qtbot, "ok")
    assert tab.typing.toPlainText() == "ok"


# ---------------------------------------------------------------- 2. the menu bar
@pytest.fixture
def window(ctx, qtbot, hearing_id, answers):
    from hearing_desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.open_hearing(hearing_id, "transcript")
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.tab_widgets["transcript"].shutdown()  # type: ignore[attr-defined]


def test_a_menu_closed_with_esc_gives_the_keys_back_to_the_box(qtbot, window):
    tab = window.tab_widgets["transcript"]
    qtbot.waitUntil(tab.typing.hasFocus)
    bar = window.menuBar()
    edit = next(a for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "menu_edit")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(edit).center())   # 编辑
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is edit.menu())
    qtbot.keyClick(edit.menu(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    qtbot.waitUntil(lambda: window.focusWidget() is tab.typing)    # (not the menu bar)
    window.activateWindow()                     # (the offscreen platform does not give it back by itself)
    qtbot.waitUntil(tab.typing.hasFocus)
    _keys(qtbot, "abc")
    assert tab.typing.toPlainText() == "abc"


def test_alt_alone_still_opens_the_menu_bar_for_the_keyboard(qtbot, window):
    tab = window.tab_widgets["transcript"]
    qtbot.waitUntil(tab.typing.hasFocus)
    bar = window.menuBar()
    bar.setFocus(Qt.FocusReason.MenuBarFocusReason)             # as Alt pressed alone does
    qtbot.wait(50)
    assert bar.hasFocus()
    bar.clearFocus()


# ---------------------------------------------------------------- 3. Ctrl+Z in the box
def test_ctrl_z_in_the_box_brings_a_deleted_turn_back(qtbot, tab, hearings, answers):
    _three_turns(qtbot, tab)
    tab.editing.delete_turn(2)
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 3]
    qtbot.waitUntil(tab.typing.hasFocus)
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 2, 3]
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 3]
    _press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)      # nothing more to redo
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 3]


def test_ctrl_z_undoes_the_last_thing_done_typing_or_a_change(qtbot, tab, hearings, answers):
    _three_turns(qtbot, tab)
    type_text(tab.typing, "第一句")                             # typed, then a turn deleted
    tab.editing.delete_turn(1)
    qtbot.waitUntil(tab.typing.hasFocus)
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)      # the deletion first
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 2, 3]
    assert tab.typing.toPlainText() == "第一句"
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)      # then the typing
    assert tab.typing.toPlainText() == ""
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.typing.toPlainText() == "第一句"
    assert [t.seq for t in stored(tab, hearings).transcript] == [1, 2, 3]
    tab.keymap.buttons["Ctrl+Z"].click()                         # the key map's line does the same
    assert tab.typing.toPlainText() == ""


# ---------------------------------------------------------------- 7. the list at the latest turn
def _at_latest(tab) -> bool:
    view, model = tab.turns, tab.doc.model
    last = view.visualRect(model.index(model.rowCount() - 1, Column.TEXT))
    bar = view.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() == bar.maximum() and view.viewport().rect().contains(last.bottomLeft())


@pytest.fixture
def long_hearing(db):
    return HearingService(db).add(generate_hearing(turns=400, opinions=20, participants=12))


def test_the_list_opens_at_the_latest_turn(qtbot, make_tab, long_hearing, hearing_id):
    tab = make_tab(long_hearing)                                  # the program started again
    qtbot.waitUntil(lambda: _at_latest(tab))
    qtbot.wait(300)                                               # (rows drawn, heights corrected)
    assert _at_latest(tab)
    tab.set_hearing(hearing_id)                                   # another hearing, and back
    tab.set_hearing(long_hearing)
    qtbot.waitUntil(lambda: _at_latest(tab))
    qtbot.wait(300)
    assert _at_latest(tab)
    window = tab.window()                                         # another tab, the hearing switched meanwhile
    window.setCurrentIndex(0)
    tab.set_hearing(hearing_id)
    tab.set_hearing(long_hearing)
    window.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: _at_latest(tab))
    qtbot.wait(300)
    assert _at_latest(tab)


# ---------------------------------------------------------------- 8. a recovered turn
def test_a_recovered_turn_keeps_its_notice_and_its_clock(qtbot, make_tab, hearing_id, service, clock, ctx):
    tab = make_tab(hearing_id)
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "我认为第二十三条")
    tab.doc.draft.at = now_local() - timedelta(seconds=95)      # began speaking 95 s ago
    tab.flush()
    tab.shutdown()                                                # (the program is killed)

    again = make_tab(hearing_id)                                  # ... and started again
    assert again.typing.toPlainText() == "我认为第二十三条"
    assert again.speaker_line.state() == "已恢复上次未提交的内容"
    assert 94 <= again.timer.seconds() <= 97                      # the clock runs from the first key
    qtbot.wait(900)                                               # more than the autosave's delay
    assert again.speaker_line.state() == "已恢复上次未提交的内容"
    type_text(again.typing, "应当修改。")                         # typing saves again, and says so
    qtbot.waitUntil(lambda: again.speaker_line.state().startswith("已自动保存"), timeout=3000)


# ---------------------------------------------------------------- 9. the placeholder follows the lock
LOCKED = "笔录已锁定待签字，不能再记录。如需修改，请在“核对签字”中解锁。"
OPEN = "在这里输入发言内容，回车记入笔录，Shift+回车换行。"


def test_the_placeholder_follows_lock_unlock_and_relock(qtbot, tab, answers):
    say(qtbot, tab, Qt.Key.Key_F1, "现在宣布听证会开始。")
    assert tab.typing.placeholderText() == OPEN
    tab.signoff_mode.click()
    tab.signoff.lock_button.click()
    assert tab.doc.locked and tab.typing.isReadOnly() and tab.typing.placeholderText() == LOCKED
    tab.signoff.unlock_button.click()
    assert not tab.doc.locked and not tab.typing.isReadOnly() and tab.typing.placeholderText() == OPEN
    tab.signoff_mode.click()
    tab.signoff.lock_button.click()
    assert tab.doc.locked and tab.typing.placeholderText() == LOCKED
    tab.ctx.undo_stack.clear()
    tab.signoff.unlock_button.click()
    assert tab.typing.placeholderText() == OPEN


# ---------------------------------------------------------------- 10. the list draws a turn as it prints
def test_a_name_beyond_the_bmp_keeps_the_speakers_bold_to_the_colon(qtbot, make_tab, hearings, sample_hearing):
    sample_hearing.person("a5").name = "吉𠮷"
    hid = hearings.add(sample_hearing)
    tab = make_tab(hid)
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "我有两点意见。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    model = tab.doc.model
    text, _ = model.line(0)
    prefix = text[:text.index("：") + 1]
    assert "吉𠮷" in prefix
    _, drawn = tab.delegate._drawn(model, 0, 600)
    [bold] = drawn.layout.formats()
    assert bold.start == 0 and bold.length == len(prefix.encode("utf-16-le")) // 2   # Qt counts UTF-16 units
    assert bold.format.font().bold()


def test_line_breaks_inside_a_turn_show_in_the_list(qtbot, tab):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    type_text(tab.typing, "第一行")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(tab.typing, "第二行")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    assert tab.doc.model.turns[0].text == "第一行\n第二行"
    _, drawn = tab.delegate._drawn(tab.doc.model, 0, 900)
    layout: QTextLayout = drawn.layout
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    shown = [layout.text()[line.textStart():line.textStart() + line.textLength()] for line in lines]
    assert len(lines) == 2 and shown[1].strip() == "第二行"


def test_the_correction_editor_takes_the_typing_boxs_keys_and_says_so(qtbot, tab, ctx, hearings):
    _three_turns(qtbot, tab)
    statuses: list[str] = []
    ctx.events.status.connect(statuses.append)
    tab.editing.select_row(1)
    qtbot.keyClick(tab.typing, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = tab.delegate.editor
    assert editor is not None and editor.hasFocus()
    assert statuses[-1] == "修改第 2 段：回车保存，Shift+回车换行，Esc 放弃"
    editor.selectAll()
    type_text(editor, "第一行")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, "第二行")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.delegate.editor is None)
    assert stored(tab, hearings).transcript[1].text == "第一行\n第二行"
    qtbot.waitUntil(tab.typing.hasFocus)

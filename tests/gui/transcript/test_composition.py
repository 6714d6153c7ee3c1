"""The typing box with a pinyin input method (issue 12), as Qt sees one: a composition
(the preedit, ``qingwen`` shown as 请问) that is no text of the box until committed.
Every key of the tab first commits it; the picker's filter takes Latin keys; the
placeholder is not drawn under a composition and follows the lock on screen.

The real input method (ibus + libpinyin under Xvfb) types into the real program in
``tests/e2e/test_ime_typing.py``."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from hearing_desk.services.changes import Changes
from hearing_desk.ui.ime import preedit

from .conftest import say, stored, type_text


def compose(widget, text: str) -> None:
    """The input method shows ``text`` as the composition (nothing committed yet)."""
    QApplication.sendEvent(widget, QInputMethodEvent(text, []))


def on_screen(widget) -> QImage:
    """What the window system has of ``widget`` now (its last paint)."""
    window = widget.window()
    at = widget.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId(), at.x(), at.y(), widget.width(), widget.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def drawn(widget) -> QImage:
    """What ``widget`` draws when painted now."""
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def shows_what_it_draws(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: on_screen(widget) == drawn(widget), timeout=2000)


# ---------------------------------------------------------------- 4. keys during a composition
def test_f5_and_f7_during_a_composition_keep_it(qtbot, tab, hearings):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    type_text(tab.typing, "我想")
    compose(tab.typing, "请问")
    assert preedit(tab.typing) == "请问" and tab.typing.toPlainText() == "我想"
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)                  # the picker, mid-composition
    assert tab.picker.isVisible()
    assert tab.typing.toPlainText() == "我想请问" and preedit(tab.typing) == ""
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(tab.typing.hasFocus)
    compose(tab.typing, "休会")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F7)                  # a procedural note, mid-composition
    assert tab.note_menu.isVisible()
    assert tab.typing.toPlainText() == "我想请问休会"
    tab.note_menu.hide()
    compose(tab.typing, "一下")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)              # Enter records the composition too
    assert stored(tab, hearings).transcript[-1].text == "我想请问休会一下"


def test_every_key_of_the_tab_commits_the_composition_first(qtbot, tab, ctx):
    ctx.settings.set("transcript/phrases", ["请发言。"])
    tab.recording.show_keymap()
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    compose(tab.typing, "谢谢")
    qtbot.keyClick(tab.typing, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)   # a phrase after it
    assert tab.typing.toPlainText() == "谢谢请发言。"
    compose(tab.typing, "主持人")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F2)                  # another speaker: the text stays
    assert tab.typing.toPlainText() == "谢谢请发言。主持人" and tab.doc.draft.speaker == "presenter"
    compose(tab.typing, "好的")
    tab.keymap.buttons["F1"].click()                           # a click on the key map likewise
    assert tab.typing.toPlainText() == "谢谢请发言。主持人好的"
    compose(tab.typing, "暂停")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F10)                 # the audio bar's keys likewise
    assert tab.typing.toPlainText() == "谢谢请发言。主持人好的暂停"


def test_the_correction_editor_commits_a_composition_on_enter(qtbot, tab, hearings):
    say(qtbot, tab, Qt.Key.Key_F1, "现在开会。")
    tab.editing.edit_current()
    editor = tab.delegate.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    compose(editor, "请坐")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.delegate.editor is None)
    assert stored(tab, hearings).transcript[0].text == "现在开会。请坐"


# ---------------------------------------------------------------- 5. the picker with the input method on
def test_the_pickers_filter_takes_latin_keys_with_the_input_method_on(qtbot, tab):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)
    edit = tab.picker.edit
    qtbot.waitUntil(edit.hasFocus)
    assert not edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert not edit.inputMethodQuery(Qt.InputMethodQuery.ImEnabled)      # what Qt asks before using one
    assert edit.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    for key in (Qt.Key.Key_C, Qt.Key.Key_D, Qt.Key.Key_Space):            # cd and the habitual space
        qtbot.keyClick(edit, key)
    assert tab.picker.current().person.name == "蔡鼎"
    qtbot.keyClick(edit, Qt.Key.Key_Return)                                 # one Enter
    assert not tab.picker.isVisible() and tab.doc.draft.speaker == "a5"
    qtbot.waitUntil(tab.typing.hasFocus)
    assert tab.typing.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)   # the box keeps its input method


# ---------------------------------------------------------------- 6. the placeholder under a composition
def _without_placeholder(box) -> QImage:
    """The box drawn as it is but with no placeholder."""
    shown = box.placeholderText()
    box.setPlaceholderText("")
    try:
        return drawn(box)
    finally:
        box.setPlaceholderText(shown)


def test_a_composition_is_not_drawn_over_the_placeholder(qtbot, tab):
    box = tab.typing
    assert box.toPlainText() == "" and box.placeholderText()
    assert drawn(box) != _without_placeholder(box)          # (the placeholder is drawn in an empty box)
    compose(box, "你好")
    assert drawn(box) == _without_placeholder(box)          # only the composition is drawn
    shows_what_it_draws(qtbot, box.viewport())
    compose(box, "")                                        # the composition given up: the placeholder again
    assert box.placeholderText() == "在这里输入发言内容，回车记入笔录，Shift+回车换行。"
    assert drawn(box) != _without_placeholder(box)
    shows_what_it_draws(qtbot, box.viewport())


# ---------------------------------------------------------------- 9. the placeholder on screen follows the lock
def test_the_placeholder_on_screen_follows_lock_and_unlock(qtbot, tab, answers):
    """Qt repaints a placeholder when it appears or goes, not when its text changes: a
    lock or unlock that moves nothing else in the tab (the banner stays, the page is
    the same, no question asked – the lock taken from another program) left the
    placeholder of the state before on screen."""
    tab.window().resize(2400, 800)                      # (each banner on one line)
    say(qtbot, tab, Qt.Key.Key_F1, "现在宣布听证会开始。")
    viewport = tab.typing.viewport()
    qtbot.keyClick(tab.typing, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    tab.signoff.unlock_button.click()                   # locked once: the banner stays from now on
    shows_what_it_draws(qtbot, viewport)
    hid = tab.hearing_id
    for lock in (True, False, True):
        (tab.doc.service.lock if lock else tab.doc.service.unlock)(hid)
        tab.ctx.events.changed.emit(Changes(hid, record=True))
        assert tab.doc.locked is lock
        assert ("已锁定" if lock else "回车记入笔录") in tab.typing.placeholderText()
        shows_what_it_draws(qtbot, viewport)            # the new placeholder, not the one before


def test_an_input_method_that_commits_on_reset_gives_no_second_copy(qtbot, tab):
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    compose(tab.typing, "请问")
    qtbot.keyClick(tab.typing, Qt.Key.Key_F7)          # committed here; the input method is reset ...
    tab.note_menu.hide()
    echo = QInputMethodEvent()
    echo.setCommitString("请问")                        # ... and commits its composition all the same
    QApplication.sendEvent(tab.typing, echo)
    assert tab.typing.toPlainText() == "请问"
    again = QInputMethodEvent()
    again.setCommitString("请问")                       # typed once more: that is text
    QApplication.sendEvent(tab.typing, again)
    assert tab.typing.toPlainText() == "请问请问"

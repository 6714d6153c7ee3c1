from tests.gui.transcript.test_focus import window, Qt, QApplication
from tests.gui.transcript.test_composition import on_screen, drawn
from tests.gui.transcript.conftest import say
def test_dbg(qtbot, window, answers):
    tab = window.tab_widgets["transcript"]
    qtbot.waitUntil(tab.typing.hasFocus)
    say(qtbot, tab, Qt.Key.Key_F1, "现在宣布听证会开始。")
    vp = tab.typing.viewport()
    def state(what):
        qtbot.wait(300)
        print(what, tab.doc.locked, tab.typing.placeholderText()[:8], on_screen(vp) == drawn(vp))
    state("start")
    qtbot.keyClick(tab.typing, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    state("locked")
    tab.signoff.unlock_button.click()
    state("unlocked")
    qtbot.keyClick(tab.typing, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    state("relocked")
    tab.signoff.unlock_button.click()
    state("unlocked")

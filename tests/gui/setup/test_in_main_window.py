"""The setup tab inside the real main window: opened on a hearing, the hearing list follows
a renamed hearing, edits are undone and redone from the Edit menu."""
from __future__ import annotations

from typing import Any


def test_setup_tab_in_the_main_window(qtbot, ctx, messages):
    from hearing_desk.ui.main_window import MainWindow
    from hearing_desk.ui.setup import SetupTab
    hid = ctx.hearings.add_demo()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_hearing(hid, tab="setup")
    tab = window.tab_widgets["setup"]
    assert isinstance(tab, SetupTab) and tab.hearing_id == hid
    page: Any = tab.pages["basic"]
    page.ui.title.setText("《光明区公共数据授权运营暂行管理办法》听证会")
    page.ui.title.editingFinished.emit()
    assert ctx.hearings.get(hid).title == "《光明区公共数据授权运营暂行管理办法》听证会"
    qtbot.waitUntil(lambda: "《光明区公共数据授权运营暂行管理办法》听证会" in
                    [s.title for s in window.hearing_list.model.summaries()])
    window.window_actions.undo.trigger()
    assert ctx.hearings.get(hid).title.endswith("（征求意见稿）》听证会")
    assert page.ui.title.text().endswith("（征求意见稿）》听证会")
    window.window_actions.redo.trigger()
    assert page.ui.title.text() == "《光明区公共数据授权运营暂行管理办法》听证会"

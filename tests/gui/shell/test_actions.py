"""The actions registry: standard keys, menus, enabled state, language and about."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence, QUndoCommand

StandardKey = QKeySequence.StandardKey


def menu_texts(window) -> dict[str, list[str]]:
    out = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        out[menu.objectName()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return out


@pytest.mark.parametrize("name, key", [
    ("new_hearing", StandardKey.New), ("import_hearing", StandardKey.Open), ("export_hearing", StandardKey.SaveAs),
    ("undo", StandardKey.Undo), ("redo", StandardKey.Redo), ("quit", StandardKey.Quit), ("find", StandardKey.Find),
    ("delete_hearing", StandardKey.Delete),
])
def test_standard_keys(window, name, key):
    action = window.window_actions.by_name[name]
    assert action.shortcuts() == QKeySequence.keyBindings(key)


def test_undo_redo_come_from_the_stack(window, ctx):
    undo, redo = window.window_actions.undo, window.window_actions.redo
    assert undo.text() == "撤销" and not undo.isEnabled()
    ctx.undo_stack.push(QUndoCommand("修改名称"))
    assert undo.isEnabled() and undo.text() == "撤销 修改名称"
    undo.trigger()
    assert redo.isEnabled() and redo.text() == "重做 修改名称"


def test_tab_keys_and_menus(window):
    for number, name in enumerate(("setup", "transcript", "opinions", "responses"), start=1):
        action = window.window_actions.show_tab[name]
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        action.trigger()
        assert window.current_tab() == name
    menus = menu_texts(window)
    assert menus["menu_file"] == ["新建听证会…", "创建副本…", "删除听证会…", "导入听证会文件…", "导出听证会文件…",
                                  "借出到笔记本文件…", "从笔记本文件交回…",
                                  "修改记录…", "备份与恢复…", "退出"]
    assert menus["menu_edit"] == ["撤销", "重做", "查找…", "在所有听证会中查找…"]
    assert menus["menu_view"] == ["听证会设置", "现场笔录", "意见登记", "意见处理", "显示听证会列表"]
    assert menus["menu_settings"] == ["语言（重新启动后生效）", "文书字体…", "文书字体恢复默认"]
    assert menus["menu_help"] == ["关于 Hearing Desk", "关于 Qt"]


def test_every_action_has_a_status_tip(window):
    for name, action in window.window_actions.by_name.items():
        assert action.statusTip(), name


def test_no_shortcut_is_bound_twice(window):
    seen: dict[str, str] = {}
    for name, action in window.window_actions.by_name.items():
        for key in action.shortcuts():
            assert key.toString() not in seen, (name, seen.get(key.toString()))
            seen[key.toString()] = name


def test_list_toggle_hides_the_list(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    toggle = window.dock.toggleViewAction()
    toggle.trigger()
    assert not window.dock.isVisible()
    toggle.trigger()
    assert window.dock.isVisible()


def test_language_choice_is_stored_for_the_next_start(window, ctx, message_boxes):
    assert window.window_actions.language["zh_CN"].isChecked()
    window.window_actions.language["en"].trigger()
    assert ctx.settings.get("ui/language") == "en"
    assert message_boxes.kinds() == ["information"]
    assert "重新启动" in message_boxes.texts()[0] and "started again" in message_boxes.texts()[0]
    window.window_actions.language["en"].trigger()     # already chosen: no second message
    assert len(message_boxes.calls) == 1


def test_about_names_the_database(window, ctx, message_boxes):
    window.window_actions.about.trigger()
    [(kind, title, text)] = message_boxes.calls
    assert kind == "about" and "Hearing Desk" in title
    assert str(ctx.db.path) in text
    window.window_actions.about_qt.trigger()
    assert message_boxes.kinds() == ["about", "aboutQt"]


def test_quit_closes_the_window(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.window_actions.quit.trigger()
    assert not window.isVisible()

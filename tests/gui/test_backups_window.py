"""Backups in the window: made on opening, while edits happen and on closing;
文件 → 备份与恢复… lists them with what they hold and restores one, in the real
window with its real tabs (the typing box's last words are kept in the backup made
before the restore)."""
from __future__ import annotations

import sqlite3

import pytest

from hearing_desk.services import backups
from hearing_desk.storage.database import Database
from hearing_desk.ui import file_dialogs
from hearing_desk.ui.backup.dialog import BackupDialog, Column, ConfirmRestore
from hearing_desk.ui.context import AppContext
from hearing_desk.ui.settings import Settings
from tests.gui.keys import type_text


@pytest.fixture
def window(tmp_path, qtbot, message_boxes):
    from hearing_desk.ui.main_window import MainWindow

    db = Database(str(tmp_path / "venue.sqlite3"))
    db.lock_exclusive()
    file_dialogs.protect_database(db.path)
    ctx = AppContext(db=db, settings=Settings(tmp_path / "config" / "settings.ini"))
    hearing_id = ctx.hearings.add_demo()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.open_hearing(hearing_id, "transcript")
    yield win
    win.close()
    db.close()
    file_dialogs.protect_database(None)


def reasons(win) -> list[str]:
    """The backups' reasons, newest first, once no backup is under way."""
    task = win.backups._task
    if task is not None and task.is_running():
        return ["(running)"]
    return [b.reason for b in backups.list_backups(win.ctx.db.path)]


def settled(win, expected: list[str]) -> bool:
    """The backups are ``expected`` and the last one's result has reached the window (its
    ``done`` runs in the GUI thread after the worker finished: until then a tick would
    see the data as changed since the backup)."""
    return reasons(win) == expected and not win.backups.changed_since_backup()


def test_backups_on_opening_while_editing_and_on_closing(window, qtbot):
    qtbot.waitUntil(lambda: settled(window, ["open"]), timeout=10000)
    window.backups._tick()                          # the timer's minute came: nothing changed, no backup
    assert reasons(window) == ["open"]
    window.ctx.hearings.create("第二场听证会")          # an edit (any connection's commit)
    window.backups._tick()
    qtbot.waitUntil(lambda: settled(window, ["auto", "open"]), timeout=10000)
    newest = backups.describe(backups.list_backups(window.ctx.db.path)[0])
    assert newest.counts.hearings == 2
    window.backups._tick()
    assert reasons(window) == ["auto", "open"]
    transcript = window.tab_widgets["transcript"]
    type_text(transcript.typing, "关闭前最后一句")
    window.close()                                   # the typing box is stored, then the backup on closing
    assert reasons(window) == ["close", "auto", "open"]
    con = sqlite3.connect(backups.list_backups(window.ctx.db.path)[0].path)
    assert con.execute("SELECT text FROM turn WHERE draft").fetchall() == [("关闭前最后一句",)]
    con.close()


def test_backup_settings_take_effect(window, qtbot):
    window.ctx.settings.set("backup/keep_recent", 2)
    window.ctx.settings.set("backup/keep_days", 1)
    qtbot.waitUntil(lambda: len(reasons(window)) == 1, timeout=10000)
    for n in range(3):
        window.ctx.hearings.create(f"听证会 {n}")
        with qtbot.waitSignal(window.backups.made, timeout=10000):
            window.backups._tick()
    assert len(reasons(window)) == 2                 # the newest two (today's newest among them)


def test_the_dialog_lists_and_restores_a_backup(window, qtbot, monkeypatch):
    qtbot.waitUntil(lambda: reasons(window) == ["open"], timeout=10000)
    hearing_id = window.hearing_id
    window.ctx.hearings.create("后来新建的听证会")
    transcript = window.tab_widgets["transcript"]
    type_text(transcript.typing, "恢复前正在输入的话")

    dialog = BackupDialog(window, window.backups)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.backups.made, timeout=10000):
        dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and
                    dialog.model.index(0, Column.HEARINGS).data() == "2" and
                    dialog.model.index(1, Column.HEARINGS).data() == "1", timeout=10000)
    assert [dialog.model.index(r, Column.REASON).data() for r in range(2)] == ["手动", "打开时"]
    assert dialog.model.index(1, Column.ANSWERS).data() == "21"
    assert dialog.model.index(1, Column.TURNS).data() == "0"

    asked = []
    monkeypatch.setattr(ConfirmRestore, "ask", classmethod(lambda cls, parent, info: asked.append(info) or True))
    dialog.table.selectRow(1)                        # the backup made on opening
    assert dialog.restore_selected()
    assert [info.reason for info in asked] == ["open"]
    # the window shows the database as the backup has it
    assert [s.title for s in window.hearing_list.model.summaries()] == \
        ["《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证会"]
    assert window.hearing_id == hearing_id and transcript.typing.toPlainText() == ""
    assert window.ctx.undo_stack.count() == 0
    # what was replaced is a backup of its own, typing box included
    kept = [b for b in backups.list_backups(window.ctx.db.path) if b.reason == "before-restore"]
    assert len(kept) == 1
    con = sqlite3.connect(kept[0].path)
    assert con.execute("SELECT count(*) FROM hearing").fetchone() == (2,)
    assert con.execute("SELECT text FROM turn WHERE draft").fetchall() == [("恢复前正在输入的话",)]
    con.close()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10000)
    # and it comes back the same way
    dialog.table.selectRow([dialog.model.backup(r).reason for r in range(3)].index("before-restore"))
    assert dialog.restore_selected()
    assert len(window.hearing_list.model.summaries()) == 2
    qtbot.waitUntil(lambda: transcript.typing.toPlainText() == "恢复前正在输入的话", timeout=5000)
    dialog.close()


def test_a_file_that_is_no_backup_is_refused(window, qtbot, tmp_path, message_boxes):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    dialog = BackupDialog(window, window.backups)
    qtbot.addWidget(dialog)
    assert not dialog.restore_from_file(str(junk), confirm=False)
    assert message_boxes.kinds() == ["warning"] and "不能用这个文件恢复" in message_boxes.texts()[0]
    assert len(window.hearing_list.model.summaries()) == 1
    dialog.close()


def test_the_menu_opens_the_dialog(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(BackupDialog, "show_for", classmethod(lambda cls, win, scheduler: shown.append(scheduler)))
    window.window_actions.backup_restore.trigger()
    assert shown == [window.backups]
    assert window.window_actions.backup_restore.text() == "备份与恢复…"

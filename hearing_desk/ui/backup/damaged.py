"""A database that cannot be opened as it is (damaged, another program's, zero bytes,
read-only) is met, not dead-ended: the window says what is wrong and offers the
newest good backup, saying what would be lost since, or another file. The file itself
is never changed; restoring renames it beside itself first."""
from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import DatabaseDamaged, HearingDeskError
from ...services import backups
from ...services.backups import BackupInfo
from ..file_dialogs import open_file_name

translate = QCoreApplication.translate


class Choice(enum.Enum):
    RESTORE = "restore"
    OTHER_FILE = "other"
    QUIT = "quit"


class DamagedDatabaseDialog:
    """The question; ``ask()`` is what tests replace."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, backup: BackupInfo | None) -> Choice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("DamagedDatabase", "无法打开数据库"))
        box.setText(message)
        restore = None
        if backup is not None:
            box.setInformativeText(translate(
                "DamagedDatabase", "最近的完好备份：{0}。\n{1} 之后的修改不在这份备份中。"
                "恢复时，原来的文件改名保留在原处，不会删除。").format(backup.summary(), backup.time_text()))
            restore = box.addButton(translate("DamagedDatabase", "恢复这份备份"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(translate("DamagedDatabase", "没有找到这个数据库的备份。可以打开其他数据库文件。"))
        other = box.addButton(translate("DamagedDatabase", "打开其他文件…"), QMessageBox.ButtonRole.ActionRole)
        quit_ = box.addButton(translate("DamagedDatabase", "退出"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or other)
        box.setEscapeButton(quit_)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if restore is not None and clicked is restore:
            return Choice.RESTORE
        if clicked is other:
            return Choice.OTHER_FILE
        return Choice.QUIT


class OpenOtherDatabase:
    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> str | None:
        return open_file_name(
            parent, translate("DamagedDatabase", "打开数据库文件"), folder,
            translate("DamagedDatabase", "Hearing Desk 数据库 (*.sqlite3 *.db *.sqlite);;所有文件 (*)"))


def meet_damaged(parent: QWidget | None, exc: DatabaseDamaged) -> str | None:
    """What to open instead of the refused file: the same path after restoring its
    newest good backup, another file, or None (the user quits)."""
    path = exc.path
    while True:
        best = backups.newest_good_backup(path)
        choice = DamagedDatabaseDialog.ask(parent, str(exc), best)
        if choice is Choice.RESTORE and best is not None:
            try:
                result = backups.restore(path, best.path)
            except (HearingDeskError, OSError) as failure:
                QMessageBox.warning(parent, translate("DamagedDatabase", "无法恢复"), str(failure))
                continue
            QMessageBox.information(parent, translate("DamagedDatabase", "已恢复"), translate(
                "DamagedDatabase", "已用 {0} 的备份恢复数据库 {1}。\n原来的文件已改名保留为：{2}").format(
                    best.summary(), path, result.kept or ""))
            return str(path)
        if choice is Choice.OTHER_FILE:
            other = OpenOtherDatabase.ask(parent, str(Path(path).parent))
            if other:
                return other
            continue
        return None

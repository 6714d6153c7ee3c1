"""文件 → 备份与恢复…: the database's backups with their time and what they hold,
a backup now, restoring one (or any backup file), and the backup settings."""
from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...errors import HearingDeskError
from ...services import backups
from ...services.backups import BackupInfo
from ..background import Task, run_in_background
from ..file_dialogs import open_file_name
from ..names import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


class Column(enum.IntEnum):
    TIME = 0
    REASON = 1
    HEARINGS = 2
    TURNS = 3
    OPINIONS = 4
    ANSWERS = 5
    SIZE = 6


def _headers() -> list[str]:
    return [translate("BackupModel", "时间"), translate("BackupModel", "原因"), translate("BackupModel", "听证会"),
            translate("BackupModel", "笔录段数"), translate("BackupModel", "意见"), translate("BackupModel", "已处理"),
            translate("BackupModel", "大小")]


#: why a backup was made, as the list shows it (services/backups.py: REASONS, a test holds the keys equal)
REASONS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("backups", "打开时"),
    "auto": QT_TRANSLATE_NOOP("backups", "编辑期间"),
    "close": QT_TRANSLATE_NOOP("backups", "关闭时"),
    "manual": QT_TRANSLATE_NOOP("backups", "手动"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "恢复前"),
    "command-line": QT_TRANSLATE_NOOP("backups", "命令行"),
}


def reason_text(info: BackupInfo) -> str:
    source = REASONS.get(info.reason)
    return QCoreApplication.translate("backups", source) if source is not None else info.reason_text


class BackupModel(QAbstractTableModel):
    """The backups, newest first; counts appear once described (in the background)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def backups(self) -> list[BackupInfo]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return info
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.HEARINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is Column.TIME:
            return info.time_text()
        if column is Column.REASON:
            return reason_text(info)
        if column is Column.SIZE:
            return f"{info.size / 1024 / 1024:.1f} MB" if info.size >= 1024 * 1024 else f"{info.size / 1024:.0f} KB"
        if info.state is None:
            return "…"
        if info.counts is None:
            return translate("BackupModel", "无法使用") if column is Column.HEARINGS else ""
        return str({Column.HEARINGS: info.counts.hearings, Column.TURNS: info.counts.turns,
                    Column.OPINIONS: info.counts.opinions, Column.ANSWERS: info.counts.answers}[column])


def _describe_all(rows: list[BackupInfo]) -> list[BackupInfo]:
    for info in rows:
        backups.describe(info)
    return rows


class BackupDialog(QDialog):
    """Lists the backups of ``window.ctx.db``; restores through ``window.replace_database_content``."""

    def __init__(self, window, scheduler, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.ctx = window.ctx
        self.scheduler = scheduler
        self._task: Task | None = None
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(820, 480)
        db_path = self.ctx.db.path
        self.folder = paths.backup_dir_for(db_path) if db_path else None

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "数据库 {0} 的备份：打开时、编辑期间每隔几分钟、关闭时各自动备份一次（SQLite 在线备份，完整一致）。"
            "恢复时，当前的内容先备份为“恢复前”，随时可以再恢复回来。").format(self.ctx.db.describe()))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = BackupModel(self)
        self.table = QTableView()
        self.table.setObjectName("backup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        settings_row = QHBoxLayout()
        settings = self.ctx.settings
        self.interval = self._spin(1, 240, settings.get("backup/interval_minutes"), self.tr(" 分钟"))
        self.keep_recent = self._spin(1, 1000, settings.get("backup/keep_recent"), self.tr(" 份"))
        self.keep_days = self._spin(1, 3650, settings.get("backup/keep_days"), self.tr(" 天"))
        for label, spin in ((self.tr("编辑期间每隔"), self.interval), (self.tr("保留最近"), self.keep_recent),
                            (self.tr("另保留每天一份，共"), self.keep_days)):
            text = QLabel(label)
            text.setBuddy(spin)
            settings_row.addWidget(text)
            settings_row.addWidget(spin)
        settings_row.addStretch(1)
        layout.addLayout(settings_row)
        self.interval.valueChanged.connect(lambda v: self._save_setting("backup/interval_minutes", v))
        self.keep_recent.valueChanged.connect(lambda v: self._save_setting("backup/keep_recent", v))
        self.keep_days.valueChanged.connect(lambda v: self._save_setting("backup/keep_days", v))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        self.file_button = QPushButton(self.tr("从文件恢复…"))
        self.folder_button = QPushButton(self.tr("打开备份文件夹"))
        for button in (self.backup_button, self.restore_button, self.file_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.file_button.clicked.connect(lambda: self.restore_from_file())
        self.folder_button.clicked.connect(self._open_folder)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        scheduler.made.connect(self._on_made)
        enabled = db_path is not None
        for button in (self.backup_button, self.restore_button, self.file_button, self.folder_button):
            button.setEnabled(enabled)
        if not enabled:
            self.state.setText(self.tr("服务器数据库请用其自带的备份工具（如 pg_dump）。"))
        self.reload()

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _save_setting(self, key: str, value: int) -> None:
        self.ctx.settings.set(key, value)
        self.ctx.settings.sync()

    # ---------------------------------------------------------------- listing
    def reload(self) -> None:
        if self.ctx.db.path is None:
            return
        rows = self.ctx.backups.all()
        self.model.set_backups(rows)
        if rows:
            self.table.selectRow(0)
        self.state.setText(self.tr("共 {0} 份备份，保存在 {1}").format(len(rows), self.folder) if rows
                           else self.tr("还没有备份。"))
        self._update_buttons()
        if self._task is not None and self._task.is_running():
            self._task.cancel()
        self._task = run_in_background(self, _describe_all, rows, on_done=self._described,
                                       on_error=lambda exc: self.state.setText(str(exc)),
                                       description=self.tr("检查备份"))

    def _described(self, rows: list[BackupInfo]) -> None:
        if rows == self.model.backups():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(rows) - 1, len(Column) - 1))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.ctx.db.path is not None and self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _on_made(self, _info) -> None:
        self.reload()

    def _open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # ---------------------------------------------------------------- actions
    def backup_now(self) -> Task | None:
        task = self.scheduler.backup_now("manual")
        if task is not None:
            self.state.setText(self.tr("正在备份……"))
        return task

    def restore_selected(self, confirm: bool = True) -> bool:
        info = self.selected()
        return info is not None and self.restore(info.path, confirm=confirm)

    def restore_from_file(self, path: str | None = None, confirm: bool = True) -> bool:
        if path is None:
            path = open_file_name(self, self.tr("选择备份文件"), str(self.folder or Path.home()),
                                  self.tr("数据库备份 (*.sqlite3 *.db *.sqlite);;所有文件 (*)"))
        return self.restore(path, confirm=confirm) if path else False

    def restore(self, path: str | Path, confirm: bool = True) -> bool:
        """Restore ``path`` into the window's database (after asking); True when done."""
        try:
            info = backups.check_restorable(path)
        except HearingDeskError as exc:
            QMessageBox.warning(self, self.tr("无法恢复"), str(exc))
            return False
        if confirm and not ConfirmRestore.ask(self, info):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.window_.replace_database_content(
                lambda: self.ctx.backups.restore(info.path, self.ctx.settings.backup_policy()))
        except (HearingDeskError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("无法恢复"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.ctx.events.status.emit(self.tr("已用 {0} 的备份恢复数据库；恢复前的内容已备份。").format(info.time_text()))
        self.reload()
        QMessageBox.information(self, self.tr("已恢复"), self.tr(
            "已用 {0} 的备份恢复数据库。\n恢复前的内容已备份为：{1}").format(info.summary(), result.kept))
        return True

    @classmethod
    def show_for(cls, window, scheduler) -> None:
        dialog = cls(window, scheduler)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class ConfirmRestore:
    """Asks before a restore, saying what comes back and what is replaced."""

    @classmethod
    def ask(cls, parent: QWidget | None, info: BackupInfo) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ConfirmRestore", "恢复备份"))
        box.setText(translate("ConfirmRestore", "用这份备份恢复数据库？\n{0}").format(info.summary()))
        box.setInformativeText(translate(
            "ConfirmRestore", "数据库中 {0} 之后的修改将被替换。当前的内容会先备份为“恢复前”，需要时可以再恢复回来。")
            .format(info.time_text()))
        restore = box.addButton(translate("ConfirmRestore", "恢复"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        confirmed = box.clickedButton() is restore
        box.deleteLater()
        return confirmed

"""Automatic backups of the window's database: on opening, every few minutes while
edits happen, and on closing (services/backups.py makes and rotates them).

A backup runs on a worker thread (the background helper): SQLite's backup API reads
one snapshot through a read-only connection and releases Python's lock while it
copies, so the typing box's writer thread goes on writing meanwhile (WAL). Whether
anything changed is read from the database's anchor connection (``PRAGMA
data_version``, microseconds), never by looking at the file.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import backups
from ..background import Task, run_in_background
from ..context import AppContext

log = logging.getLogger(__name__)


class BackupScheduler(QObject):
    """``made(BackupInfo)`` after each backup; ``failed(str)`` when one could not be made."""

    made = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        self._saved_version: int | None = None      # data_version when the last backup started
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    @property
    def enabled(self) -> bool:
        """Only for an SQLite file this window holds (not a server database, not a test's bare context)."""
        return self.ctx.db.path is not None and self.ctx.db.holds_lock and not self._stopped

    def policy(self) -> backups.BackupPolicy:
        return self.ctx.settings.backup_policy()

    def start(self) -> None:
        """The backup on opening, then the timer."""
        if not self.enabled:
            return
        self.backup_now("open")
        self._timer.start(self.policy().interval_minutes * 60_000)

    def _tick(self) -> None:
        self._timer.setInterval(self.policy().interval_minutes * 60_000)     # the setting may have changed
        if self.changed_since_backup():
            self.backup_now("auto")

    def changed_since_backup(self) -> bool:
        return self.ctx.db.data_version() != self._saved_version

    def backup_now(self, reason: str = "manual") -> Task | None:
        """Start a backup in the background (None when one is running already)."""
        if not self.enabled or (self._task is not None and self._task.is_running()):
            return None
        version = self.ctx.db.data_version()

        def done(info) -> None:
            self._saved_version = version
            log.info("backup made: %s", info.path)
            self.made.emit(info)

        def failed(exc: BaseException) -> None:
            log.warning("backup failed: %s", exc)
            self.failed.emit(str(exc))
            self.ctx.events.status.emit(self.tr("未能备份数据库：{0}").format(exc))

        self._task = run_in_background(self, self.ctx.backups.make, reason, self.policy(),
                                       on_done=done, on_error=failed, description=self.tr("备份数据库"))
        return self._task

    def at_close(self) -> backups.BackupInfo | None:
        """The backup on closing (after the tabs stored everything), when anything
        changed since the last one. Runs here and now: the window is already hidden."""
        self._timer.stop()
        if self._task is not None:
            self._task.wait()
        if not self.enabled:
            return None
        self._stopped = True
        if not self.changed_since_backup():
            return None
        try:
            return self.ctx.backups.make("close", self.policy())
        except Exception as exc:     # noqa: BLE001 - closing must go on
            log.warning("backup on closing failed: %s", exc)
            return None

"""The window sees what other programs did to its database: a hearing imported,
deleted or renamed by ``hearing-desk --db SAME import f.json`` beside the window
shows in the hearing list within a couple of seconds, without a restart.

Every ``INTERVAL_MS`` the database is asked whether another program committed
(``storage/watch.py``: ``PRAGMA data_version``, microseconds, no disk I/O). Only
then is the list refreshed (in the background, as after the window's own changes).
The open hearing is never reloaded under the user's typing: when another program
changed it, a bar in the status bar says so and offers to reload it (what is being
typed is stored first) or, if it was deleted, to open another.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from ..services.changes import Changes
from .generated.ui_external_change_bar import Ui_ExternalChangeBar

log = logging.getLogger(__name__)


class ExternalChanges(QObject):
    """Installed on the main window: polls, refreshes the list, shows the bar."""

    INTERVAL_MS = 1500

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.watcher = self.ctx.db.watcher()
        self.polls = 0           # polls that found another program's commit (tests, log)
        self.bar = QWidget()                        # forms/external_change_bar.ui
        self.ui = Ui_ExternalChangeBar()
        self.ui.setupUi(self.bar)
        self.message, self.reload_button = self.ui.message, self.ui.reload_button
        self.reload_button.clicked.connect(self.reload_open_hearing)
        self.bar.hide()
        # permanent: a passing status message must not hide it
        window.statusBar().insertPermanentWidget(0, self.bar, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        if self.watcher is not None:
            self.timer.start()

    def watch(self, hearing_id: int | None) -> None:
        """The window opens this hearing: as it is read now is this program's view of it."""
        self.bar.hide()
        if self.watcher is not None:
            self.watcher.watch_hearing(hearing_id)

    def poll(self) -> bool:
        """Ask once; True when another program had committed (the list is being refreshed)."""
        if self.watcher is None or getattr(self.window, "_closing", False):
            return False
        try:
            if self.watcher.hearing_id != self.window.hearing_id:
                self.watcher.watch_hearing(self.window.hearing_id)
            change = self.watcher.poll()
        except Exception as exc:                   # noqa: BLE001 - a busy or vanished file: ask again later
            log.warning("could not ask the database for changes: %s", exc)
            return False
        if change is None:
            return False
        self.polls += 1
        log.info("another program changed the database: %s", change)
        self.window.refresh_list_soon()
        if change.open_hearing_deleted:
            self._show_bar(self.tr("另一个程序删除了正在打开的这场听证会。窗口中的内容已不在数据库中，修改将无法保存。"),
                           self.tr("打开其他听证会"))
        elif change.open_hearing_changed:
            self._show_bar(self.tr("另一个程序修改了这场听证会，窗口中显示的可能不是最新内容。"), self.tr("重新载入"))
        return True

    def _show_bar(self, text: str, button: str) -> None:
        self.message.setText(text)
        self.reload_button.setText(button)
        self.bar.show()

    def reload_open_hearing(self) -> None:
        """Store what is being typed, then show the open hearing as it is stored now
        (another one if it was deleted). The undo history is cleared: it describes
        the hearing as it was before the other program changed it."""
        self.bar.hide()
        self.ctx.edits.flush_all()
        self.ctx.undo_stack.clear()
        hearing_id = self.window.hearing_id
        self.window.refresh_list()
        if hearing_id is None or self.window.hearing_list.model.row_of(hearing_id) < 0:
            self.window.hearing_id = None
            self.window.open_hearing(None)
            return
        if self.watcher is not None:
            self.watcher.watch_hearing(hearing_id)
        self.ctx.events.changed.emit(Changes.everything(hearing_id))

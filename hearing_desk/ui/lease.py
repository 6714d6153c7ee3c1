"""The window's editing lease on the open hearing (``services/leases.py``): taken when
a hearing is opened, renewed every ``HEARTBEAT_SECONDS``, given back when the hearing
or the window is closed. When another window holds it, a red bar above the tabs says
who has it and since when: this window shows the hearing read-only (every save is
refused by the services with the same message), follows what the editing window
stores (the hearing's version, every ``FOLLOW_MS``), and takes over by itself once the
other's lease has run out (or at once with 接管编辑, if it has), then reloads the
hearing so that it edits what is stored now.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QToolBar, QWidget

from ..domain.lease import HEARTBEAT_SECONDS, EditLease
from ..errors import HearingDeskError
from ..services.changes import Changes
from .generated.ui_lease_banner import Ui_LeaseBanner

log = logging.getLogger(__name__)


class LeaseKeeper(QObject):
    """Installed on the main window."""

    #: the lease as last seen (an EditLease) whenever it was asked
    lease_changed = Signal(object)

    INTERVAL_MS = HEARTBEAT_SECONDS * 1000
    #: how often a read-only window looks whether the editing window changed the hearing
    FOLLOW_MS = 3000

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.hearing_id: int | None = None
        self.lease: EditLease | None = None
        self.bar = QToolBar(window)
        self.bar.setObjectName("lease_bar")        # saveState() names every tool bar
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.banner = QWidget()                     # forms/lease_banner.ui
        self.ui = Ui_LeaseBanner()
        self.ui.setupUi(self.banner)
        self.message, self.take_button = self.ui.message, self.ui.take_button
        self.bar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.take_button.clicked.connect(self.beat)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.beat)
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(self.FOLLOW_MS)
        self.follow_timer.timeout.connect(self.follow)
        self._seen_version: int | None = None

    @property
    def read_only(self) -> bool:
        return self.lease is not None and not self.lease.mine

    def open(self, hearing_id: int | None) -> None:
        """The window shows ``hearing_id`` now (None: no hearing): the old lease goes back."""
        if hearing_id == self.hearing_id:
            return
        self.release()
        self.hearing_id = hearing_id
        self._seen_version = None
        if hearing_id is None:
            self.timer.stop()
            self.follow_timer.stop()
            self.bar.hide()
            return
        self.beat()
        self.timer.start()

    def beat(self) -> None:
        """Take or renew the lease (a heartbeat); show who has it when another does."""
        if self.hearing_id is None:
            return
        was_read_only = self.read_only
        try:
            lease = self.ctx.leases.take(self.hearing_id)
        except HearingDeskError as exc:            # the hearing deleted, the server gone: ask again later
            log.warning("could not renew the editing lease of hearing %s: %s", self.hearing_id, exc)
            return
        self.lease = lease
        if lease.mine:
            self.follow_timer.stop()
            self.bar.hide()
            if was_read_only:
                self.ctx.events.status.emit(self.tr("已接管这场听证会的编辑；窗口中的内容已重新载入。"))
                self.ctx.events.changed.emit(Changes.everything(self.hearing_id))
        else:
            self.message.setText(self.tr(
                "这场听证会正由 {0}（{1}）编辑（自 {2} 起），本窗口只能查看，修改不会保存。"
                "对方关闭这场听证会或其编辑租约到期（{3}）后，本窗口将自动接管编辑。").format(
                    lease.holder, lease.host, lease.local_time(lease.taken_at), lease.local_time(lease.expires_at)))
            self.take_button.setEnabled(lease.expired)
            self.bar.show()
            if not self.follow_timer.isActive():
                self._seen_version = self._version()
                self.follow_timer.start()
            if not was_read_only:
                self.ctx.events.status.emit(self.tr("这场听证会正由 {0} 编辑，本窗口只读。").format(lease.holder))
        self._update_title()
        self.lease_changed.emit(lease)

    def follow(self) -> bool:
        """Read-only: show what the editing window stored since the last look (the
        hearing read again when its version moved); True when it did."""
        if not self.read_only or self.hearing_id is None:
            return False
        now = self._version()
        if now is None or now == self._seen_version:
            return False
        if self.ctx.edits.pending():
            # something typed here (refused, not stored) would be replaced: it stays, and
            # the hearing is read again at the next look after it is gone
            return False
        self._seen_version = now
        self.ctx.events.changed.emit(Changes.everything(self.hearing_id))
        refresh = getattr(self.window, "refresh_list_soon", None)
        if callable(refresh):
            refresh()
        return True

    def _version(self) -> int | None:
        try:
            return self.ctx.leases.version(self.hearing_id) if self.hearing_id is not None else None
        except HearingDeskError as exc:
            log.warning("could not read the version of hearing %s: %s", self.hearing_id, exc)
            return None

    def _update_title(self) -> None:
        update = getattr(self.window, "_update_title", None)
        if callable(update):
            update()

    def release(self) -> None:
        """Give back the lease of the hearing shown (when this window holds it)."""
        if self.hearing_id is not None and self.lease is not None and self.lease.mine:
            try:
                self.ctx.leases.release(self.hearing_id)
            except HearingDeskError as exc:
                log.warning("could not give back the editing lease of hearing %s: %s", self.hearing_id, exc)
        self.lease = None

    def close(self) -> None:
        self.timer.stop()
        self.follow_timer.stop()
        self.release()
        self.hearing_id = None

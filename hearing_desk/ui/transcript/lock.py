"""The transcript's lock, and the questions before a change of what a locked (or
printed) transcript says: unlock first? correct the attendance of someone recorded
absent who speaks or signs? Each answer that changes something goes through a
service and is announced as a :class:`~hearing_desk.services.changes.Changes`.

One object asks them all, for the typing box, the corrections of turns, the undo
commands and the sign-off page (each is given it, or its ``ask_unlock_of``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain import short_fingerprint
from ...domain.attendance import marked_absent
from ...domain.signing import given_for
from ...errors import HearingDeskError
from ...services.changes import Changes
from ..undo import perform
from .commands import CorrectAttendance
from .dialogs import Confirm
from .document import TranscriptDocument


class LockKeeper(QObject):
    def __init__(self, ctx, doc: TranscriptDocument, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.doc = doc
        self.window = window            # the questions and messages are shown over it

    # ------------------------------------------------------------ lock and unlock
    def lock(self) -> bool:
        """Ask, then fix the transcript for signing. True when it was locked."""
        hearing = self.doc.hearing
        if hearing is None or hearing.id is None or self.doc.locked:
            return False
        if not hearing.transcript:
            QMessageBox.information(self.window, self.tr("锁定笔录"), self.tr("笔录还是空的，没有可以锁定的内容。"))
            return False
        again = self.tr("\n\n这是第 {0} 次锁定：此前登记的签字属于旧版本，须就新版本重新签字。").format(
            hearing.last_lock.number + 1) if hearing.last_lock else ""
        if not Confirm.ask(self.window, self.tr("锁定笔录"), self.tr(
                "锁定后笔录内容固定，并生成指纹印在每一页上，供签字人核对。\n"
                "锁定后如需修改，必须先解锁，每一处修改都会被记录。\n\n现在锁定笔录吗？") + again):
            return False
        try:
            self.doc.sync()
            self.doc.service.lock(hearing.id)
        except HearingDeskError as exc:
            self._error(self.tr("无法锁定笔录"), exc)
            return False
        self.ctx.events.changed.emit(Changes(hearing.id, record=True))
        return True

    def ask_unlock(self) -> bool:
        """The transcript is locked and about to change: ask, and unlock it when the
        answer is yes (saying what becomes of the signatures). True: go on."""
        hearing = self.doc.hearing
        lock = hearing.current_lock if hearing is not None else None
        if hearing is None or hearing.id is None or lock is None:
            return True
        given = given_for(hearing, lock.number)
        warning = self.tr(
            "\n\n已有 {0} 人就这一版本（第 {1} 次锁定，指纹 {2}）签字、拒签或登记离场。解锁后这些签字属于旧版本，"
            "不再计为已签字：修改后须重新锁定、重新打印，请每个人就新版本重新签字。").format(
            given, lock.number, short_fingerprint(lock.fingerprint)) if given else ""
        if not Confirm.ask(self.window, self.tr("解锁笔录"), self.tr(
                "笔录已锁定待签字。要解锁并修改吗？\n解锁后的每一处修改（时间、修改前、修改后）都会被记录，"
                "并列入笔录的附录。") + warning):
            return False
        try:
            self.doc.sync()
            lifted = self.doc.service.unlock(hearing.id)
        except HearingDeskError as exc:
            self._error(self.tr("无法解锁"), exc)
            return False
        self.ctx.events.changed.emit(Changes(hearing.id, record=True))
        if lifted.signatures:
            self.ctx.events.status.emit(self.tr("笔录已解锁；{0} 人的签字属于第 {1} 次锁定的旧版本").format(
                lifted.signatures, lifted.lock))
        return True

    def ask_unlock_of(self, hearing_id: int) -> bool:
        """For undo commands: unlock the transcript of ``hearing_id`` (the one shown) after asking."""
        if hearing_id != self.doc.hearing_id:
            return False
        self.doc.refresh_pending()          # (the tab may be hidden: the lock as stored)
        return self.doc.locked and self.ask_unlock()

    # ------------------------------------------------------------ attendance
    def confirm_present(self, person_id: str) -> bool:
        """Someone marked absent at 签到 speaks (or signs) only when the recorder confirms a
        correction of the attendance; the correction is an undoable change of 签到.
        True: the person counts as present now."""
        hearing = self.doc.hearing
        person = hearing.person(person_id) if hearing is not None else None
        if hearing is None or hearing.id is None or person is None or not marked_absent(person):
            return True
        if not Confirm.ask(self.window, self.tr("更正签到"), self.tr(
                "{0}在签到中记为未到。\n如其实际到会，请更正为已到：笔录表头的实到人数、出席情况"
                "和签名栏随之改变。\n\n把{0}更正为已到吗？").format(person.name)):
            return False
        if self.doc.locked and not self.ask_unlock():
            return False
        command = CorrectAttendance(self.ctx, self.doc, self.ask_unlock_of, hearing.id, person_id,
                                    self.tr("更正签到：{0} 已到").format(person.name))
        try:
            perform(self.ctx, command)
        except HearingDeskError as exc:
            self._error(self.tr("无法更正签到"), exc)
            return False
        self.ctx.events.status.emit(self.tr("已更正签到：{0} 已到").format(person.name))
        return True

    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self.window, title, str(exc))

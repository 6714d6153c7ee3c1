"""The transcript tab's sign-off: the lock (fingerprint shown in the tab and the
panel), unlocking with a question that says what becomes of the signatures,
signatures (a real note for a refusal; an absent person only after the recorder
corrects the attendance) and the transcript PDF (a draft until locked)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ...domain import Signature, SignatureStatus, short_fingerprint
from ...domain.signing import SignState, can_sign, given_for, sign_status
from ...errors import HearingDeskError
from ...services.documents import Target, file_name
from .commands import SetSignature
from .dialogs import Confirm, RefusalNote, SaveTranscriptPdf


class SignOff:
    """Mixed into :class:`TranscriptTab` (uses its ``doc``, ``signoff``, ``typing``,
    ``banner``, ``lock_state``, ``ctx``, ``show_page``, ``confirm_present`` and ``_error``)."""

    def _show_lock(self) -> None:
        doc = self.doc
        hearing = doc.hearing
        locked, ever = doc.locked, doc.ever_locked
        self.typing.setReadOnly(locked)
        if locked:
            lock = hearing.current_lock
            fp = short_fingerprint(lock.fingerprint)
            self.lock_state.setText(self.tr("■ 已锁定 · 指纹 {0}").format(fp))
            self.lock_state.setStyleSheet("color: #a15c00; font-weight: bold;")
            self.typing.setPlaceholderText(self.tr("笔录已锁定待签字，不能再记录。如需修改，请在“核对签字”中解锁。"))
            self._set_banner(self.tr("笔录已锁定待签字（第 {0} 次锁定，指纹 {1}）。修改任何一段都需要先解锁，"
                                     "修改会被记录。").format(lock.number, fp), "#fff4d6", "#7a4a00")
        else:
            self.lock_state.setText(self.tr("● 记录中") if hearing else "")
            self.lock_state.setStyleSheet("color: #1d6b3a; font-weight: bold;")
            self.typing.setPlaceholderText(self.tr("在这里输入发言内容，回车记入笔录，Shift+回车换行。"))
            if ever:
                self._set_banner(self.tr("笔录第 {0} 次锁定后已解锁修改（{1} 处修改已记录）。已登记的签字属于旧版本；"
                                         "修改完成后请重新锁定，重新打印，重新签字。").format(
                    hearing.last_lock.number, len(hearing.changes)), "#fde8e8", "#8a1c1c")
            else:
                self._set_banner("", "", "")
        self.signoff.show_lock(hearing)
        self.signoff.show_counts()

    def _set_banner(self, text: str, back: str, fore: str) -> None:
        self.banner.setVisible(bool(text))
        self.banner.setText(text)
        if text:
            self.banner.setStyleSheet(f"#banner {{ background: {back}; color: {fore}; padding: 6px 10px;"
                                      " border-radius: 4px; font-size: 14px; }")

    def lock_transcript(self) -> None:
        if self.doc.hearing is None or self.doc.locked:
            return
        if self.typing.toPlainText().strip():
            QMessageBox.information(self, self.tr("锁定笔录"), self.tr(
                "输入框中还有未提交的发言。请先按回车把它记入笔录（或清空输入框），再锁定笔录。"))
            return
        if not self.doc.hearing.transcript:
            QMessageBox.information(self, self.tr("锁定笔录"), self.tr("笔录还是空的，没有可以锁定的内容。"))
            return
        again = self.tr("\n\n这是第 {0} 次锁定：此前登记的签字属于旧版本，须就新版本重新签字。").format(
            self.doc.hearing.last_lock.number + 1) if self.doc.hearing.last_lock else ""
        if not Confirm.ask(self, self.tr("锁定笔录"), self.tr(
                "锁定后笔录内容固定，并生成指纹印在每一页上，供签字人核对。\n"
                "锁定后如需修改，必须先解锁，每一处修改都会被记录。\n\n现在锁定笔录吗？") + again):
            return
        self.save_now()
        try:
            self.doc.lock()
        except HearingDeskError as exc:
            self._error(self.tr("无法锁定笔录"), exc)
            return
        self.show_page(1)
        self.ctx.events.status.emit(self.tr("笔录已锁定，指纹 {0}").format(
            short_fingerprint(self.doc.hearing.current_lock.fingerprint)))

    def _ask_unlock(self) -> bool:
        hearing = self.doc.hearing
        lock = hearing.current_lock
        given = given_for(hearing, lock.number) if lock else 0
        warning = self.tr(
            "\n\n已有 {0} 人就这一版本（第 {1} 次锁定，指纹 {2}）签字、拒签或登记离场。解锁后这些签字属于旧版本，"
            "不再计为已签字：修改后须重新锁定、重新打印，请每个人就新版本重新签字。").format(
            given, lock.number, short_fingerprint(lock.fingerprint)) if given and lock else ""
        if not Confirm.ask(self, self.tr("解锁笔录"), self.tr(
                "笔录已锁定待签字。要解锁并修改吗？\n解锁后的每一处修改（时间、修改前、修改后）都会被记录，"
                "并列入笔录的附录。") + warning):
            return False
        try:
            lifted = self.doc.unlock()
        except HearingDeskError as exc:
            self._error(self.tr("无法解锁"), exc)
            return False
        if lifted.signatures:
            self.ctx.events.status.emit(self.tr("笔录已解锁；{0} 人的签字属于第 {1} 次锁定的旧版本").format(
                lifted.signatures, lifted.lock))
        return True

    def _ask_unlock_for_undo(self, hearing_id: int) -> bool:
        return hearing_id == self.hearing_id and self._ask_unlock()

    def unlock_transcript(self) -> None:
        if self.doc.locked and self._ask_unlock():
            self.show_page(0)

    def record_signature(self, status: SignatureStatus) -> None:
        signer = self.signoff.selected_signer()
        if signer is None or self.hearing_id is None:
            return
        if not self.doc.locked:
            QMessageBox.information(self, self.tr("登记签字"), self.tr("请先锁定笔录，再登记签字。"))
            return
        if status is not SignatureStatus.PENDING and not can_sign(signer):
            # the printed transcript says this person was not there: a correction changes it
            if self.confirm_present(signer.id):
                QMessageBox.information(self, self.tr("登记签字"), self.tr(
                    "已更正{0}的签到。笔录内容随之改变，已解锁：请重新锁定笔录并重新打印，"
                    "再就新版本登记签字。").format(signer.name))
            return
        note = None
        current = sign_status(self.doc.hearing, signer)
        if status is SignatureStatus.REFUSED:
            note = RefusalNote.ask(self, signer.name, current.note if current.state is SignState.REFUSED else "")
            if note is None:
                return
        after = None if status is SignatureStatus.PENDING else Signature(status, note)
        try:
            before = self.doc.set_signature(self.hearing_id, signer.id, after)
        except HearingDeskError as exc:
            self._error(self.tr("无法登记签字"), exc)
            return
        stored = next((p.signature for p in self.doc.hearing.people if p.id == signer.id), None)
        self.ctx.undo_stack.push(SetSignature(self.doc, self.hearing_id, signer.id, signer.name, before, stored))
        rows = self.signoff.signatures.signers
        i = next((n for n, s in enumerate(rows) if s.id == signer.id), -1)
        if 0 <= i + 1 < len(rows):
            self.signoff.table.selectRow(i + 1)

    def export_pdf(self) -> None:
        if self.hearing_id is None:
            return
        from ..background import run_in_background
        from ..dialogs import default_folder

        draft = not self.doc.locked
        if draft and not Confirm.ask(self, self.tr("导出草稿"), self.tr(
                "笔录尚未锁定，导出的是草稿：每页标有“草稿（未锁定）”，没有核对意见、签名栏和指纹，"
                "不能用于签字。\n打印供签字的笔录，请先锁定。\n\n仍要导出草稿吗？")):
            return
        # start where documents were last exported (a bare name would open the dialog in the
        # process's working directory, e.g. the program's own folder)
        settings = self.ctx.settings
        folder = Path(default_folder(settings.get("export/folder")))
        name = file_name(self.doc.hearing, Target.TRANSCRIPT_PDF, draft=draft)
        path = SaveTranscriptPdf.ask(self, str(folder / name))
        if not path:
            return
        settings.set("export/folder", str(Path(path).parent))
        self.save_now()
        documents, hid = self.ctx.documents, self.hearing_id
        font = self.ctx.settings.get("export/font_path") or None

        def work():
            self.doc.writer.flush()
            return documents.export(hid, {Target.TRANSCRIPT_PDF: path}, font_path=font)

        def done(warnings):
            text = (self.tr("听证笔录草稿已导出：{0}") if draft else self.tr("听证笔录已导出：{0}")).format(path)
            shown = [w for w in warnings if "草稿" not in w] if draft else warnings
            if shown:
                QMessageBox.warning(self, self.tr("导出笔录 PDF"), text + "\n\n" + "\n".join(shown))
            self.ctx.events.status.emit(text)

        self._export_task = run_in_background(self, work, on_done=done)

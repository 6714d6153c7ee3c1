"""The transcript tab's sign-off: the lock (fingerprint shown in the tab and the
panel), unlocking with a question, signatures (a note is required for a refusal)
and the transcript PDF (the export package, when it is there)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ...domain import Signature, SignatureStatus, short_fingerprint
from ...services.errors import HearingDeskError
from .commands import SetSignature
from .dialogs import Confirm, RefusalNote, SaveTranscriptPdf


class SignOff:
    """Mixed into :class:`TranscriptTab` (uses its ``doc``, ``signoff``, ``typing``,
    ``banner``, ``lock_state``, ``ctx``, ``show_page`` and ``_error``)."""

    def _show_lock(self) -> None:
        doc = self.doc
        hearing = doc.hearing
        locked, ever = doc.locked, doc.ever_locked
        self.typing.setReadOnly(locked)
        if locked:
            fp = short_fingerprint(hearing.transcript_fingerprint)
            self.lock_state.setText(self.tr("■ 已锁定 · 指纹 {0}").format(fp))
            self.lock_state.setStyleSheet("color: #a15c00; font-weight: bold;")
            self.typing.setPlaceholderText(self.tr("笔录已锁定待签字，不能再记录。如需修改，请在“核对签字”中解锁。"))
            self._set_banner(self.tr("笔录已锁定待签字（指纹 {0}）。修改任何一段都需要先解锁，修改会被记录。").format(fp),
                             "#fff4d6", "#7a4a00")
        else:
            self.lock_state.setText(self.tr("● 记录中") if hearing else "")
            self.lock_state.setStyleSheet("color: #1d6b3a; font-weight: bold;")
            self.typing.setPlaceholderText(self.tr("在这里输入发言内容，回车记入笔录，Shift+回车换行。"))
            if ever:
                self._set_banner(self.tr("笔录锁定后已解锁修改（{0} 处修改已记录）。修改完成后请重新锁定并重新打印。").format(
                    len(hearing.turn_changes)), "#fde8e8", "#8a1c1c")
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
        if not Confirm.ask(self, self.tr("锁定笔录"), self.tr(
                "锁定后笔录内容固定，并生成指纹印在每一页上，供签字人核对。\n"
                "锁定后如需修改，必须先解锁，每一处修改都会被记录。\n\n现在锁定笔录吗？")):
            return
        self.save_now()
        try:
            self.doc.lock()
        except HearingDeskError as exc:
            self._error(self.tr("无法锁定笔录"), exc)
            return
        self.show_page(1)
        self.ctx.events.status.emit(self.tr("笔录已锁定，指纹 {0}").format(
            short_fingerprint(self.doc.hearing.transcript_fingerprint)))

    def _ask_unlock(self) -> bool:
        signed = sum(1 for p in self.doc.signers() if p.signature and
                     p.signature.status in (SignatureStatus.SIGNED, SignatureStatus.REFUSED))
        warning = self.tr("\n\n已有 {0} 人签字或拒签；修改后笔录需要重新打印、重新签字。").format(signed) if signed else ""
        if not Confirm.ask(self, self.tr("解锁笔录"), self.tr(
                "笔录已锁定待签字。要解锁并修改吗？\n解锁后的每一处修改（时间、修改前、修改后）都会被记录。") + warning):
            return False
        try:
            self.doc.unlock()
        except HearingDeskError as exc:
            self._error(self.tr("无法解锁"), exc)
            return False
        return True

    def _ask_unlock_for_undo(self, hearing_id: int) -> bool:
        return hearing_id == self.hearing_id and self._ask_unlock()

    def unlock_transcript(self) -> None:
        if self.doc.locked and self._ask_unlock():
            self.show_page(0)

    def record_signature(self, status: SignatureStatus) -> None:
        person = self.signoff.selected_person()
        if person is None or self.hearing_id is None:
            return
        if not self.doc.locked:
            QMessageBox.information(self, self.tr("登记签字"), self.tr("请先锁定笔录，再登记签字。"))
            return
        note = None
        if status is SignatureStatus.REFUSED:
            note = RefusalNote.ask(self, person.name, person.signature.note if person.signature else "")
            if note is None:
                return
        after = Signature(status, note)
        before = person.signature
        try:
            self.doc.set_signature(self.hearing_id, person.id, after)
        except HearingDeskError as exc:
            self._error(self.tr("无法登记签字"), exc)
            return
        self.ctx.undo_stack.push(SetSignature(self.doc, self.hearing_id, person.id, person.name, before, after))
        rows = self.signoff.signatures.people
        i = next((n for n, p in enumerate(rows) if p.id == person.id), -1)
        if 0 <= i + 1 < len(rows):
            self.signoff.table.selectRow(i + 1)

    def export_pdf(self) -> None:
        if self.hearing_id is None:
            return
        try:
            from ...export import export_documents
        except ImportError:
            QMessageBox.information(self, self.tr("导出笔录 PDF"), self.tr("这个版本还不能导出笔录 PDF。"))
            return
        from ..background import run_in_background
        from ..dialogs import default_folder, safe_file_name

        # start where documents were last exported (a bare name would open the dialog in the
        # process's working directory, e.g. the program's own folder)
        settings = self.ctx.settings
        folder = Path(default_folder(settings.get("export/folder")))
        path = SaveTranscriptPdf.ask(self, str(folder / safe_file_name(self.doc.hearing.title + "听证笔录", ".pdf")))
        if not path:
            return
        settings.set("export/folder", str(Path(path).parent))
        self.save_now()
        hearings, hid = self.ctx.hearings, self.hearing_id
        font = self.ctx.settings.get("export/font_path") or None

        def work():
            self.doc.writer.flush()
            return export_documents(hearings.get(hid), transcript_pdf=path, font_path=font)

        def done(warnings):
            text = self.tr("听证笔录已导出：{0}").format(path)
            if warnings:
                QMessageBox.warning(self, self.tr("导出笔录 PDF"), text + "\n\n" + "\n".join(warnings))
            self.ctx.events.status.emit(text)

        self._export_task = run_in_background(self, work, on_done=done)

"""核对签字, the sign-off: lock the transcript (its fingerprint is fixed and shown),
export it for signing (a draft until locked), then record each person's signature
for that version – a refusal with a real note, an absent person only after the
attendance is corrected; the lock history and the changes made between locks are
listed. What is counted and how comes from the domain (``domain.signing``,
``domain.locking``).

:class:`SignOffPanel` shows it (``forms/transcript_signoff.ui``);
:class:`SignOffController` does it, and shows the lock in the rest of the tab
(the state in the top bar, the banner).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QPushButton, QWidget

from ...domain import Hearing, SignatureStatus, short_fingerprint
from ...domain.locking import lock_intact
from ...domain.signing import Signer, SignState, can_sign, sign_status, signature_counts
from ...errors import HearingDeskError
from ...services.documents import Target, file_name
from ..background import Task, run_in_background
from ..generated.ui_transcript_signoff import Ui_SignOffPanel
from ..undo import perform
from .commands import SetSignature
from .dialogs import Confirm, RefusalNote, SaveTranscriptPdf
from .document import TranscriptDocument
from .lock import LockKeeper
from .model import ChangeColumn, ChangeLogModel, SignatureModel

if TYPE_CHECKING:
    from .typing_box import TypingController


class SignOffPanel(QWidget):
    lock_requested = Signal()
    unlock_requested = Signal()
    export_requested = Signal()
    #: SignatureStatus for the selected person
    signature_requested = Signal(object)
    #: a turn of the change log was double-clicked (its seq)
    turn_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_SignOffPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.signatures = SignatureModel(self)
        self.change_log = ChangeLogModel(self)
        self.fingerprint, self.summary, self.history = ui.fingerprint, ui.summary, ui.history
        self.lock_button, self.unlock_button, self.export_button = ui.lock_button, ui.unlock_button, ui.export_button
        self.table, self.log_table = ui.table, ui.log_table
        self.sign_buttons: dict[SignatureStatus, QPushButton] = {
            SignatureStatus.SIGNED: ui.signed_button, SignatureStatus.REFUSED: ui.refused_button,
            SignatureStatus.ABSENT: ui.absent_button, SignatureStatus.PENDING: ui.pending_button}

        self.table.setModel(self.signatures)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_table.setModel(self.change_log)
        self.log_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header = self.log_table.horizontalHeader()
        log_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header.setSectionResizeMode(ChangeColumn.BEFORE, QHeaderView.ResizeMode.Stretch)
        log_header.setSectionResizeMode(ChangeColumn.AFTER, QHeaderView.ResizeMode.Stretch)

        self.lock_button.clicked.connect(self.lock_requested)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.export_button.clicked.connect(self.export_requested)
        for status, button in self.sign_buttons.items():
            button.clicked.connect(lambda _=False, s=status: self.signature_requested.emit(s))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.signature_requested.emit(SignatureStatus.SIGNED))
        self.log_table.doubleClicked.connect(self._change_clicked)
        self._locked = False

    def _change_clicked(self, index) -> None:
        seq = self.change_log.changes[index.row()].turn_seq
        if seq is not None:
            self.turn_requested.emit(seq)

    def show_hearing(self, hearing: Hearing | None, signers: list[Signer]) -> None:
        """The lock, the signatures and the change log of ``hearing``; the person selected stays."""
        selected = self.selected_signer()
        self.signatures.reset(hearing, signers)
        self._show_lock(hearing)
        self._show_counts(hearing)
        if selected is not None:
            self.select_person(selected.id)

    def _show_lock(self, hearing: Hearing | None) -> None:
        ui = self.ui
        lock = hearing.current_lock if hearing else None
        last = hearing.last_lock if hearing else None
        self._locked = lock is not None
        if hearing is not None and lock is not None:
            when = lock.locked_at.strftime("%Y-%m-%d %H:%M") if lock.locked_at else self.tr("（时间不详）")
            if lock_intact(hearing):
                ui.state.setText(self.tr("笔录已于 {0} 锁定（第 {1} 次锁定）。打印或导出的笔录每页都印有下面的指纹，"
                                         "签字人据此核对。").format(when, lock.number))
            else:
                ui.state.setText(self.tr("笔录已锁定（第 {0} 次），但内容与锁定时的指纹不符：只能打印草稿。"
                                         "请解锁后重新锁定。").format(lock.number))
            self.fingerprint.setText(short_fingerprint(lock.fingerprint))
            self.fingerprint.setToolTip(self.tr("完整指纹（SHA-256）：{0}").format(lock.fingerprint))
        elif last is not None:
            ui.state.setText(self.tr("笔录第 {0} 次锁定后已解锁修改（修改都记录在下方）。已登记的签字属于旧版本；"
                                     "请在修改完成后重新锁定，重新打印，重新签字。").format(last.number))
            self.fingerprint.setText(self.tr("上次：{0}").format(short_fingerprint(last.fingerprint)))
            self.fingerprint.setToolTip(last.fingerprint)
        else:
            ui.state.setText(self.tr("笔录尚未锁定，导出的是草稿。记录完成后先锁定笔录，再打印、登记签字。"))
            self.fingerprint.setText("")
            self.fingerprint.setToolTip("")
        self.lock_button.setEnabled(hearing is not None and lock is None)
        self.unlock_button.setEnabled(lock is not None)
        self.export_button.setEnabled(hearing is not None)
        self.export_button.setText(self.tr("导出笔录 PDF（供签字）…") if lock is not None
                                   else self.tr("导出草稿 PDF…"))
        changes = hearing.changes if hearing else []
        self.change_log.reset(changes)
        self.history.setText(self._history_text(hearing))
        self.history.setVisible(bool(hearing and hearing.locks))
        ui.log_box.setTitle(self.tr("锁定与修改记录（锁定 {0} 次，修改 {1} 处）").format(
            len(hearing.locks) if hearing else 0, len(changes)))
        ui.log_empty.setVisible(not changes)
        self.log_table.setVisible(bool(changes))
        ui.panel_layout.setStretchFactor(ui.log_box, 2 if changes else 0)
        self._update_buttons()

    def _history_text(self, hearing: Hearing | None) -> str:
        if hearing is None:
            return ""
        lines = []
        for k in hearing.locks:
            when = k.locked_at.strftime("%m-%d %H:%M") if k.locked_at else "?"
            line = self.tr("第 {0} 次锁定 {1}，指纹 {2}").format(k.number, when, short_fingerprint(k.fingerprint))
            if k.unlocked_at is not None:
                line += self.tr("，{0} 解锁").format(k.unlocked_at.strftime("%m-%d %H:%M"))
            elif k is hearing.current_lock:
                line += self.tr("（现行）")
            lines.append(line)
        return "\n".join(lines)

    def _show_counts(self, hearing: Hearing | None) -> None:
        if hearing is None:
            self.summary.setText("")
            return
        c = signature_counts(hearing)
        text = self.tr("应签 {0} 人：已签字 {1}，拒绝签字 {2}，离场未签 {3}，待签字 {4}").format(
            c.expected, c.signed, c.refused, c.left, c.pending)
        if c.not_attended:
            text += self.tr("；未出席 {0} 人不签字").format(c.not_attended)
        if c.old:
            text += self.tr("；其中 {0} 人的签字属于旧版本，须重新签字").format(c.old)
        if not self._locked:
            text += self.tr("。锁定笔录后才能登记签字。")
        self.summary.setText(text)

    def selected_signer(self) -> Signer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.signatures.signers[rows[0].row()] if rows else None

    def select_person(self, person_id: str) -> None:
        for row, signer in enumerate(self.signatures.signers):
            if person_id in signer.ids:
                self.table.selectRow(row)
                return

    def select_after(self, person_id: str) -> None:
        """The line after ``person_id``'s (the next person to sign)."""
        rows = self.signatures.signers
        i = next((n for n, s in enumerate(rows) if person_id in s.ids), -1)
        if 0 <= i + 1 < len(rows):
            self.table.selectRow(i + 1)

    def _update_buttons(self, *_) -> None:
        enabled = self._locked and self.selected_signer() is not None
        for b in self.sign_buttons.values():
            b.setEnabled(enabled)


class SignOffController(QObject):
    """Lock, unlock, signatures and the transcript PDF; the lock shown in the tab.
    ``show_page(1)`` shows the sign-off page, ``show_page(0)`` the typing page."""

    def __init__(self, ctx, doc: TranscriptDocument, keeper: LockKeeper, window: QWidget, *,
                 panel: SignOffPanel, lock_state: QLabel, banner: QLabel, typing: TypingController,
                 show_page: Callable[[int], None], show_turn: Callable[[int], None]):
        super().__init__(window)
        self.ctx = ctx
        self.doc = doc
        self.keeper = keeper
        self.window = window
        self.panel = panel
        self.lock_state = lock_state
        self.banner = banner
        self.typing = typing
        self.show_page = show_page
        self._export_task: Task | None = None     # kept while the PDF is written
        doc.opened.connect(self.show_record)
        doc.record_changed.connect(self.show_record)
        panel.lock_requested.connect(self.lock_transcript)
        panel.unlock_requested.connect(self.unlock_transcript)
        panel.export_requested.connect(self.export_pdf)
        panel.signature_requested.connect(self.record_signature)
        panel.turn_requested.connect(show_turn)

    # ================================================================ showing the lock
    def show_record(self) -> None:
        doc = self.doc
        hearing = doc.hearing
        if hearing is not None and hearing.current_lock is not None:
            lock = hearing.current_lock
            fp = short_fingerprint(lock.fingerprint)
            self.lock_state.setText(self.tr("■ 已锁定 · 指纹 {0}").format(fp))
            self.lock_state.setStyleSheet("color: #a15c00; font-weight: bold;")
            self._set_banner(self.tr("笔录已锁定待签字（第 {0} 次锁定，指纹 {1}）。修改任何一段都需要先解锁，"
                                     "修改会被记录。").format(lock.number, fp), "#fff4d6", "#7a4a00")
        else:
            self.lock_state.setText(self.tr("● 记录中") if hearing else "")
            self.lock_state.setStyleSheet("color: #1d6b3a; font-weight: bold;")
            if hearing is not None and hearing.last_lock is not None:
                self._set_banner(self.tr("笔录第 {0} 次锁定后已解锁修改（{1} 处修改已记录）。已登记的签字属于旧版本；"
                                         "修改完成后请重新锁定，重新打印，重新签字。").format(
                    hearing.last_lock.number, len(hearing.changes)), "#fde8e8", "#8a1c1c")
            else:
                self._set_banner("", "", "")
        self.panel.show_hearing(hearing, doc.signers())

    def _set_banner(self, text: str, back: str, fore: str) -> None:
        self.banner.setVisible(bool(text))
        self.banner.setText(text)
        if text:
            self.banner.setStyleSheet(f"#banner {{ background: {back}; color: {fore}; padding: 6px 10px;"
                                      " border-radius: 4px; font-size: 14px; }")

    # ================================================================ lock
    def lock_transcript(self) -> None:
        """Ctrl+Shift+L: lock for signing (nothing may wait in the typing box)."""
        if self.doc.hearing is None or self.doc.locked:
            return
        if self.typing.text().strip():
            QMessageBox.information(self.window, self.tr("锁定笔录"), self.tr(
                "输入框中还有未提交的发言。请先按回车把它记入笔录（或清空输入框），再锁定笔录。"))
            return
        self.typing.save_now()
        if not self.keeper.lock() or self.doc.hearing.current_lock is None:
            return
        self.show_page(1)
        self.ctx.events.status.emit(self.tr("笔录已锁定，指纹 {0}").format(
            short_fingerprint(self.doc.hearing.current_lock.fingerprint)))

    def unlock_transcript(self) -> None:
        if self.doc.locked and self.keeper.ask_unlock():
            self.show_page(0)

    # ================================================================ signatures
    def record_signature(self, status: SignatureStatus) -> None:
        """The selected person signed, refused (with a note), left, or is pending again."""
        signer = self.panel.selected_signer()
        hearing = self.doc.hearing
        if signer is None or hearing is None or hearing.id is None:
            return
        if not self.doc.locked:
            QMessageBox.information(self.window, self.tr("登记签字"), self.tr("请先锁定笔录，再登记签字。"))
            return
        if status is not SignatureStatus.PENDING and not can_sign(signer):
            # the printed transcript says this person was not there: a correction changes it
            if self.keeper.confirm_present(signer.id):
                QMessageBox.information(self.window, self.tr("登记签字"), self.tr(
                    "已更正{0}的签到。笔录内容随之改变，已解锁：请重新锁定笔录并重新打印，"
                    "再就新版本登记签字。").format(signer.name))
            return
        note = None
        if status is SignatureStatus.REFUSED:
            current = sign_status(hearing, signer)
            before = (current.note or "") if current.state is SignState.REFUSED else ""
            note = RefusalNote.ask(self.window, signer.name, before)
            if note is None:
                return
        try:
            perform(self.ctx, SetSignature(self.ctx, self.doc, self.keeper.ask_unlock_of, hearing.id,
                                           signer.id, signer.name, status, note))
        except HearingDeskError as exc:
            QMessageBox.warning(self.window, self.tr("无法登记签字"), str(exc))
            return
        self.panel.select_after(signer.id)

    # ================================================================ the PDF
    def export_pdf(self) -> None:
        """The transcript for signing (a draft, marked as one, until it is locked)."""
        hearing = self.doc.hearing
        if hearing is None or hearing.id is None:
            return
        from ..dialogs import default_folder

        draft = not self.doc.locked
        if draft and not Confirm.ask(self.window, self.tr("导出草稿"), self.tr(
                "笔录尚未锁定，导出的是草稿：每页标有“草稿（未锁定）”，没有核对意见、签名栏和指纹，"
                "不能用于签字。\n打印供签字的笔录，请先锁定。\n\n仍要导出草稿吗？")):
            return
        # start where documents were last exported (a bare name would open the dialog in the
        # process's working directory, e.g. the program's own folder)
        settings = self.ctx.settings
        folder = Path(default_folder(settings.get("export/folder")))
        name = file_name(hearing, Target.TRANSCRIPT_PDF, draft=draft)
        path = SaveTranscriptPdf.ask(self.window, str(folder / name))
        if not path:
            return
        settings.set("export/folder", str(Path(path).parent))
        self.typing.save_now()
        documents, hid, writer = self.ctx.documents, hearing.id, self.doc.writer
        font = settings.get("export/font_path") or None

        def work():
            writer.flush()
            return documents.export(hid, {Target.TRANSCRIPT_PDF: path}, font_path=font)

        def done(warnings):
            text = (self.tr("听证笔录草稿已导出：{0}") if draft else self.tr("听证笔录已导出：{0}")).format(path)
            shown = [w for w in warnings if "草稿" not in w] if draft else warnings
            if shown:
                QMessageBox.warning(self.window, self.tr("导出笔录 PDF"), text + "\n\n" + "\n".join(shown))
            self.ctx.events.status.emit(text)

        self._export_task = run_in_background(self.window, work, on_done=done)

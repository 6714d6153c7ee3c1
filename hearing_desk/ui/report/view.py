"""听证报告 view: the 基本情况 paragraph (composed from the setup, editable), a live
preview of the report PDF, the opinions still open (the report is then a 草稿),
exports in the background (never over a file without asking; names carry the
hearing's date) and printing at 100 % with a print preview (:mod:`.printing`)."""
from __future__ import annotations

import atexit
import functools
import logging
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain import Hearing
from ...errors import HearingDeskError
from ...services.changes import Changes
from ...services.documents import (
    DOCUMENTS,
    REPORTS,
    DocumentService,
    Target,
    composed_basic_info,
    file_name,
    open_opinions,
)
from ..autosave import AutoSave, Edit
from ..background import Task, run_in_background
from ..generated.ui_report_view import Ui_ReportView
from ..undo import perform
from ..undo_keys import route_undo_keys
from . import printing
from .commands import SetBasicInfo

log = logging.getLogger(__name__)

#: what the report shows (``Changes`` flags): everything but the transcript, its record,
#: the draft under discussion and the hearing list
SHOWS = ("fields", "settings", "people", "attendance", "agenda", "opinions", "responses", "disputes")


def build_preview(documents: DocumentService, hearing_id: int, path: str,
                  font_path: str | None = None) -> tuple[str, list[str], float]:
    """Worker: write the report PDF of the stored hearing; returns (path, warnings, seconds)."""
    started = time.perf_counter()
    warnings = documents.export(hearing_id, {Target.REPORT_PDF: path}, font_path=font_path or None)
    return path, warnings, time.perf_counter() - started


class ReportView(QWidget):
    """The report page of 意见处理."""

    #: the preview finished loading (seconds the background build took)
    preview_ready = Signal(float)
    #: an export finished (the files written)
    exported = Signal(list)

    PREVIEW_DELAY_MS = 800

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReportView()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        self._stored_override: str | None = None
        self._composed: str | None = None
        self._preview_task: Task | None = None
        self._preview_again = False
        self._preview_stale = True
        self._preview_dir = tempfile.mkdtemp(prefix="hearing-desk-preview-")
        cleanup = functools.partial(shutil.rmtree, self._preview_dir, True)
        self.destroyed.connect(lambda *_: cleanup())
        atexit.register(cleanup)
        self._preview_n = 0
        self._preview_path: str | None = None
        self._preview_for: int | None = None
        self.export_task: Task | None = None
        self.last_folder: str | None = None
        self.last_print = ""
        ui = self.ui
        self.basic_info, self.basic_state, self.restore_button = ui.basic_info, ui.basic_state, ui.restore_button
        self.open_state, self.export_all_button, self.progress = ui.open_opinions, ui.export_all_button, ui.progress
        self.export_state, self.open_folder_button = ui.export_state, ui.open_folder_button
        self.preview_print_button, self.print_button = ui.preview_print_button, ui.print_button
        self.preview, self.preview_state, self.refresh_button = ui.preview, ui.preview_state, ui.refresh_button
        ui.split.setSizes([420, 640])          # first proportions (a form cannot hold a splitter's sizes)
        self.export_buttons = {Target.REPORT_PDF: ui.export_report_pdf, Target.REPORT_DOCX: ui.export_report_docx,
                               Target.SUMMARY_XLSX: ui.export_summary_xlsx,
                               Target.TRANSCRIPT_PDF: ui.export_transcript_pdf}

        # ---------------------------------------------------------- basic info
        route_undo_keys(self.basic_info, ctx.undo_stack)      # one undo step per store, not per key
        self.basic_saver = AutoSave(self.basic_info, self._store_basic_info, edits=ctx.edits,
                                    read=lambda: self.basic_info.toPlainText().strip())
        self.restore_button.clicked.connect(self.restore_basic_info)

        # ---------------------------------------------------------- exports, printing
        for key, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, key=key: self.export([key]))
        self.export_all_button.clicked.connect(lambda: self.export(list(DOCUMENTS)))
        self.progress.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        self.preview_print_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_report)

        # ---------------------------------------------------------- preview
        self.pdf = QPdfDocument(self)
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.refresh_button.clicked.connect(self.regenerate_preview)
        self._preview_timer = QTimer(self, singleShot=True, interval=self.PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.regenerate_preview)

    # ================================================================ contents
    def set_contents(self, hearing_id: int | None, hearing: Hearing | None, changes: Changes | None = None) -> None:
        """New stored state (``changes``: what changed; None: everything): the paragraph,
        the open opinions and, when something the report prints changed, the preview."""
        changed_hearing = hearing_id != self.hearing_id
        self.hearing_id, self.hearing = hearing_id, hearing
        if changes is not None and not changed_hearing and not changes.any(*SHOWS):
            return
        self._composed = composed_basic_info(hearing) if hearing else None
        self._stored_override = hearing.basic_info_override if hearing else None
        self.basic_saver.show(hearing_id, (self._stored_override or self._composed or "").strip())
        self.basic_info.setEnabled(hearing is not None)
        self._update_basic_state()
        self._update_open_state()
        if changed_hearing:
            self.pdf.close()
            self.open_folder_button.setEnabled(False)
            self.export_state.clear()
        self._preview_stale = True
        if self.isVisible():
            self.schedule_preview(0 if changed_hearing else None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._preview_stale:
            self.schedule_preview(0)

    def _update_open_state(self) -> None:
        """Which opinions are still open: the report is a 草稿 until they are answered."""
        pending = open_opinions(self.hearing) if self.hearing else []
        self.open_state.setProperty("open_count", len(pending))
        if not pending:
            self.open_state.setText(self.tr("<span style='color:#1b7f3b'>每条意见都已提出分析及处理建议，"
                                            "报告可作为正式文本导出。</span>") if self.hearing else "")
            self.open_state.setToolTip("")
            return
        shown = "、".join(pending[:6]) + ("等" if len(pending) > 6 else "")
        self.open_state.setText(self.tr("<span style='color:#b3261e'><b>尚有 {0} 条意见未提出分析及处理建议</b>"
                                        "（{1}）：导出和打印的听证报告每页都标“草稿”。</span>")
                                .format(len(pending), shown))
        self.open_state.setToolTip("\n".join(pending))

    def _update_basic_state(self) -> None:
        if self.hearing is None:
            self.basic_state.setText("")
            self.restore_button.setEnabled(False)
            return
        overridden = bool(self._stored_override)
        if overridden:
            self.basic_state.setText(self.tr("<span style='color:#9a6700'>已手动修改：报告使用这里的文字，"
                                             "“听证会设置”中的修改不会再自动反映到这一段。</span>"))
        else:
            self.basic_state.setText(self.tr("<span style='color:#1b7f3b'>自动生成</span>：根据“听证会设置”中的目的、"
                                             "依据、组织机关、时间、地点和事项生成；直接修改即可替换。"))
        self.restore_button.setEnabled(overridden)

    # ================================================================ basic info
    def commit_basic_info(self) -> None:
        """Store the paragraph as typed now (the main window and the tab call this)."""
        self.basic_saver.end_session()

    def _store_basic_info(self, hearing_id: int, text: str, edit: Edit) -> bool:
        """The paragraph as typed, for the hearing it was typed for: the user's own text,
        or None when it is empty or the composed one."""
        composed = self._composed if hearing_id == self.hearing_id else None
        override = None if (not text or text == (composed or "").strip()) else text
        if hearing_id == self.hearing_id and override == self._stored_override:
            return True
        try:
            perform(self.ctx, SetBasicInfo(self.ctx, hearing_id, override).merging(edit, hearing_id))
        except HearingDeskError as exc:
            if not edit.quiet:
                QMessageBox.warning(self, self.tr("无法保存基本情况"), str(exc))
            return False
        if hearing_id == self.hearing_id:
            self._stored_override = override
            self._update_basic_state()
            if self.isVisible():
                self.schedule_preview(0)     # the user has been quiet for a while already
        return True

    def restore_basic_info(self) -> None:
        self.basic_saver.end_session()
        if self.hearing_id is None or not self._stored_override:
            return
        self._stored_override = None
        perform(self.ctx, SetBasicInfo(self.ctx, self.hearing_id, None, self.tr("恢复自动生成的基本情况")))
        self.basic_saver.show(self.hearing_id, (self._composed or "").strip())
        self._update_basic_state()

    # ================================================================ preview
    def schedule_preview(self, delay_ms: int | None = None) -> None:
        """Rebuild the preview after ``delay_ms`` (default 800 ms) of quiet."""
        self._preview_stale = True
        if self.hearing_id is None:
            return
        self._preview_timer.start(self.PREVIEW_DELAY_MS if delay_ms is None else delay_ms)
        if self._preview_task is None:
            self.preview_state.setText(self.tr("等待更新预览……"))

    def is_previewing(self) -> bool:
        return self._preview_task is not None or self._preview_timer.isActive()

    def regenerate_preview(self) -> None:
        self._preview_timer.stop()
        if self.hearing_id is None:
            return
        if self._preview_task is not None:
            self._preview_again = True
            return
        self._preview_stale = False
        self._preview_n += 1
        path = str(Path(self._preview_dir) / f"preview-{self._preview_n}.pdf")
        self.preview_state.setText(self.tr("正在生成预览……"))
        self._preview_for = self.hearing_id
        self._preview_task = run_in_background(
            self, build_preview, self.ctx.documents, self.hearing_id, path,
            self.ctx.settings.get("export/font_path") or None,
            on_done=self._preview_done, on_error=self._preview_failed, description="report preview")

    def _preview_done(self, result) -> None:
        self._preview_task = None
        path, warnings, seconds = result
        if self._preview_for != self.hearing_id:     # another hearing was opened meanwhile
            Path(path).unlink(missing_ok=True)
            self._preview_again = False
            self.regenerate_preview()
            return
        scroll = self.preview.verticalScrollBar().value()
        old = self._preview_path
        self.pdf.load(path)
        self._preview_path = path
        self.preview.verticalScrollBar().setValue(scroll)
        if old and old != path:
            Path(old).unlink(missing_ok=True)
        note = self.tr("预览已更新（{0}，{1} 页）").format(time.strftime("%H:%M:%S"), self.pdf.pageCount())
        if warnings:      # the whole text in the tooltip: a long line must not widen the window
            first = warnings[0]
            note += self.tr("；提示：") + (first if len(first) <= 40 else first[:40] + "…")
        self.preview_state.setText(note)
        self.preview_state.setToolTip("\n".join(warnings))
        self.preview_ready.emit(seconds)
        if self._preview_again:
            self._preview_again = False
            self.regenerate_preview()

    def _preview_failed(self, exc: BaseException) -> None:
        self._preview_task = None
        self.preview_state.setText(self.tr("预览生成失败：{0}").format(exc))
        if self._preview_again:
            self._preview_again = False
            self.regenerate_preview()

    # ================================================================ export
    @classmethod
    def ask_folder(cls, parent, start: str) -> str | None:
        from ..file_dialogs import existing_directory
        return existing_directory(parent, QCoreApplication.translate("ReportView", "选择导出文件夹"), start)

    def export(self, keys: list[Target]) -> None:
        if self.hearing is None or self.hearing_id is None:
            return
        if self.export_task is not None:
            QMessageBox.information(self, self.tr("正在导出"), self.tr("上一次导出还没有完成，请稍候。"))
            return
        self.commit_basic_info()
        from ..dialogs import default_folder
        start = default_folder(self.ctx.settings.get("export/folder"))   # a folder since removed: home
        folder = self.ask_folder(self, start)
        if not folder:
            return
        self.ctx.settings.set("export/folder", folder)
        targets = {key: str(Path(folder) / file_name(self.hearing, key)) for key in DOCUMENTS if key in keys}
        if not self._confirm_draft(keys) or not self._confirm_overwrite(list(targets.values())):
            return
        mask = self._ask_mask(keys)
        if mask is None:
            return
        self.last_folder = folder
        self.progress.setRange(0, len(targets))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("正在导出 %v / %m"))
        self.progress.show()
        self._set_exporting(True)
        self.export_state.setText(self.tr("正在导出……"))
        self.export_task = run_in_background(
            self, self.ctx.documents.export, self.hearing_id, targets,
            font_path=self.ctx.settings.get("export/font_path") or None, mask_personal_data=mask,
            on_done=lambda warnings: self._export_done(list(targets.values()), warnings),
            on_error=self._export_failed, on_progress=self._export_progress, description="export documents")

    def _ask_mask(self, keys: list[Target]) -> bool | None:
        """Mask the personal data typed into free text? (None: the export is cancelled.)"""
        from ...domain.personal import scan_hearing, summary
        from ..dialogs import MaskPersonalData

        assert self.hearing is not None
        found = [f for f in scan_hearing(self.hearing)
                 if f.section != "transcript" or Target.TRANSCRIPT_PDF in keys]
        if not found or keys == [Target.TRANSCRIPT_PDF]:
            return False
        return MaskPersonalData.ask(self, summary(found))

    def _confirm_draft(self, keys: list[Target]) -> bool:
        pending = open_opinions(self.hearing) if self.hearing else []
        if not pending or not any(k in REPORTS for k in keys):
            return True
        answer = QMessageBox.question(
            self, self.tr("听证报告还是草稿"),
            self.tr("还有 {0} 条意见没有提出分析及处理建议：{1}。\n\n导出的听证报告每页都会标明“草稿”。"
                    "仍要导出吗？").format(len(pending), "、".join(pending[:10]) + ("等" if len(pending) > 10 else "")))
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_overwrite(self, paths: list[str]) -> bool:
        existing = [p.name for p in self.ctx.documents.existing(paths)]
        if not existing:
            return True
        answer = QMessageBox.question(
            self, self.tr("文件已存在"),
            self.tr("文件夹中已有以下文件：\n{0}\n\n要用这次导出的文件替换它们吗？").format("\n".join(existing)))
        return answer == QMessageBox.StandardButton.Yes

    def _export_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if text:
            self.export_state.setText(self.tr("正在写入 {0} ……").format(text))

    def _export_done(self, files: list[str], warnings: list[str]) -> None:
        # written here, in the GUI thread: logging from a worker thread leaves a
        # "Dummy" thread behind in the threading module
        for warning in warnings:
            log.warning("导出 %s：%s", "、".join(Path(f).name for f in files), warning)
        self.export_task = None
        self._set_exporting(False)
        self.progress.hide()
        names = "、".join(Path(f).name for f in files)
        text = self.tr("已导出到 {0}：{1}").format(self.last_folder, names)
        if warnings:
            text += "\n" + self.tr("提示：") + "\n".join(warnings)
        self.export_state.setText(text)
        self.open_folder_button.setEnabled(True)
        self.ctx.events.status.emit(self.tr("已导出 {0} 个文件。").format(len(files)))
        self.exported.emit(files)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_task = None
        self._set_exporting(False)
        self.progress.hide()
        message = str(exc) if isinstance(exc, HearingDeskError) else self.tr("导出失败：{0}").format(exc)
        self.export_state.setText(message)
        QMessageBox.warning(self, self.tr("导出未完成"), message)

    def _set_exporting(self, busy: bool) -> None:
        for b in [*self.export_buttons.values(), self.export_all_button]:
            b.setEnabled(not busy)

    def open_folder(self) -> None:
        if self.last_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_folder))

    # ================================================================ print
    @classmethod
    def ask_printer(cls, parent, pages: int) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        from ..file_dialogs import print_dialog
        dialog = print_dialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("ReportView", "打印听证报告"))
        dialog.setMinMax(1, max(1, pages))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    @classmethod
    def show_preview(cls, dialog: QPrintPreviewDialog) -> int:
        return dialog.exec()

    def _ready_to_print(self) -> bool:
        if self.pdf.status() != QPdfDocument.Status.Ready or self.is_previewing() or not self._preview_path:
            QMessageBox.information(self, self.tr("打印听证报告"),
                                    self.tr("报告预览正在生成，请等预览更新后再打印。"))
            return False
        return True

    def print_preview(self) -> QPrintPreviewDialog | None:
        """Qt's print preview of the report: every page at its size on the paper."""
        if not self._ready_to_print():
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印预览 — 听证报告"))
        dialog.paintRequested.connect(lambda p: printing.draw_pages(self.pdf, p))
        self.show_preview(dialog)
        return dialog

    def print_report(self) -> int:
        path = self._preview_path
        if not self._ready_to_print() or path is None:
            return 0
        printer = self.ask_printer(self, self.pdf.pageCount())
        if printer is None:
            return 0
        problem = printing.margin_problem(printer)
        if problem and QMessageBox.question(self, self.tr("打印边距"), problem + "\n\n" + self.tr("仍要打印吗？")) \
                != QMessageBox.StandardButton.Yes:
            return 0
        try:
            done = printing.send(path, self.pdf, printer)
        except (HearingDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("打印失败"), str(exc))
            return 0
        self.last_print = done.how
        self.ctx.events.status.emit(self.tr("{0}：{1} 页。").format(done.how, done.pages))
        return done.pages


__all__ = ["ReportView", "build_preview"]

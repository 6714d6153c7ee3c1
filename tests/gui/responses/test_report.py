"""听证报告 view: the 基本情况 paragraph, the live preview, exports, printing."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from hearing_desk.domain import Decision
from hearing_desk.services.changes import Changes
from hearing_desk.ui.report.view import ReportView

PREVIEW_TIMEOUT = 20000


def pdf_text(path) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


@pytest.fixture
def report(tab, qtbot):
    tab.show_page("report")
    view = tab.report
    qtbot.waitUntil(lambda: view.pdf.pageCount() > 0 and not view.is_previewing(), timeout=PREVIEW_TIMEOUT)
    return view


def test_basic_info_composed_from_the_setup(report, svc, sample_id):
    text = report.basic_info.toPlainText()
    assert text.startswith("为促进科学、民主、依法决策") and text.endswith("组织召开听证会。")
    assert "自动生成" in report.basic_state.text()
    assert not report.restore_button.isEnabled()
    assert svc.load(sample_id).basic_info_override is None


def test_basic_info_override_edit_restore_and_undo(report, svc, sample_id, ctx, qtbot):
    report.basic_info.selectAll()
    report.basic_info.insertPlainText("2024年7月16日，光明区政务服务和数据管理局召开听证会。")
    qtbot.waitUntil(lambda: svc.load(sample_id).basic_info_override is not None, timeout=3000)
    assert svc.load(sample_id).basic_info_override == "2024年7月16日，光明区政务服务和数据管理局召开听证会。"
    assert "已手动修改" in report.basic_state.text() and report.restore_button.isEnabled()
    report.restore_button.click()
    assert svc.load(sample_id).basic_info_override is None
    assert report.basic_info.toPlainText().startswith("为促进科学")
    ctx.undo_stack.undo()
    assert svc.load(sample_id).basic_info_override.startswith("2024年7月16日")
    assert report.basic_info.toPlainText().startswith("2024年7月16日")
    ctx.undo_stack.undo()
    assert svc.load(sample_id).basic_info_override is None


def test_text_equal_to_the_composed_one_is_no_override(report, svc, sample_id):
    report.basic_info.insertPlainText(" ")
    report.commit_basic_info()
    assert svc.load(sample_id).basic_info_override is None


def test_preview_follows_edits(report, qtbot, ctx, sample_id, db):
    first = report._preview_path
    assert "为促进科学、民主、依法决策" in pdf_text(first)
    with qtbot.waitSignal(report.preview_ready, timeout=PREVIEW_TIMEOUT):
        report.basic_info.selectAll()
        report.basic_info.insertPlainText("这是修改后的基本情况段落。")
    assert report._preview_path != first and not Path(first).exists()
    assert "这是修改后的基本情况段落。" in pdf_text(report._preview_path)
    assert "预览已更新" in report.preview_state.text()
    # an answer given elsewhere shows in the preview too
    from hearing_desk.services.responses import ResponseService
    with qtbot.waitSignal(report.preview_ready, timeout=PREVIEW_TIMEOUT):
        ResponseService(db).answer(sample_id, "a6-1", Decision.EXPLAINED, "授权主体不具有排他性，特此说明。")
        ctx.events.changed.emit(Changes.everything(sample_id))
    assert "授权主体不具有排他性，特此说明。" in pdf_text(report._preview_path)


def test_export_buttons_write_files_in_the_background(report, qtbot, tmp_path, monkeypatch, ctx, caplog):
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(ReportView, "ask_folder", classmethod(lambda cls, parent, start: str(folder)))
    opened = []
    from PySide6.QtGui import QDesktopServices
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    with qtbot.waitSignal(report.exported, timeout=PREVIEW_TIMEOUT) as blocker:
        report.export_all_button.click()
        assert report.progress.isVisible() and not report.export_all_button.isEnabled()
    files = [Path(f) for f in blocker.args[0]]
    assert sorted(f.name for f in files) == sorted([
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证报告（2024年7月16日）.pdf",
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证报告（2024年7月16日）.docx",
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证意见汇总表（2024年7月16日）.xlsx",
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证笔录（2024年7月16日）.pdf"])
    assert all(f.parent == folder and f.stat().st_size > 1000 for f in files)
    assert not report.progress.isVisible() and report.export_all_button.isEnabled()
    assert "已导出到" in report.export_state.text()
    assert "听证笔录中还没有任何发言记录" in report.export_state.text()     # the package's warning is shown
    logged = [r.getMessage() for r in caplog.records if r.name == "hearing_desk.ui.report.view"]
    assert any("听证笔录中还没有任何发言记录" in m for m in logged)           # and written to the log
    assert ctx.settings.get("export/folder") == str(folder)
    report.open_folder_button.click()
    assert opened and opened[0].toLocalFile() == str(folder)
    # one document alone
    with qtbot.waitSignal(report.exported, timeout=PREVIEW_TIMEOUT) as blocker:
        report.export_buttons["summary_xlsx"].click()
    assert [Path(f).suffix for f in blocker.args[0]] == [".xlsx"]


def test_export_cancelled_in_the_folder_dialog_writes_nothing(report, monkeypatch):
    monkeypatch.setattr(ReportView, "ask_folder", classmethod(lambda cls, parent, start: None))
    report.export_buttons["report_pdf"].click()
    assert report.export_task is None and not report.progress.isVisible()


def test_print_to_a_pdf_file_is_the_document_itself(report, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def ask(cls, parent, pages):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer
    monkeypatch.setattr(ReportView, "ask_printer", classmethod(ask))
    pages = report.print_report()
    assert pages == report.pdf.pageCount() > 1
    assert len(PdfReader(str(out)).pages) == pages
    assert out.read_bytes() == Path(report._preview_path).read_bytes()      # vector, 100 %
    assert "PDF 原文件" in report.last_print


def test_a_cups_printer_gets_the_pdf_at_100_percent(report, tmp_path, monkeypatch, ctx):
    """Where CUPS's lp is installed, the PDF itself goes to the printer, scaling off;
    the status line says what was sent."""
    from hearing_desk.ui.report import printing

    log = tmp_path / "lp-args.txt"
    fake = tmp_path / "lp"
    fake.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a" >> {log}; done\n'
                    'echo "request id is HDTest-7 (1 file(s))"\n')
    fake.chmod(0o755)
    monkeypatch.setattr(printing, "lp_command", lambda: str(fake))

    class CupsPrinter:
        """What the print dialog returns for a CUPS queue (no CUPS server in the tests)."""
        def printerName(self): return "HDTest"              # noqa: E704,N802
        def outputFileName(self): return ""                 # noqa: E704,N802
        def outputFormat(self): return QPrinter.OutputFormat.NativeFormat   # noqa: E704,N802
        def copyCount(self): return 2                       # noqa: E704,N802
        def duplex(self): return QPrinter.DuplexMode.DuplexNone             # noqa: E704
        def printRange(self): return QPrinter.PrintRange.AllPages           # noqa: E704,N802
        def pageLayout(self): return QPrinter().pageLayout()                # noqa: E704,N802

    def ask(cls, parent, pages):
        return CupsPrinter()
    monkeypatch.setattr(ReportView, "ask_printer", classmethod(ask))
    status: list[str] = []
    ctx.events.status.connect(status.append)
    pages = report.print_report()
    assert pages == report.pdf.pageCount()
    args = log.read_text(encoding="utf-8").split("\n")
    assert args[:4] == ["-d", "HDTest", "-n", "2"]
    for option in ("fit-to-page=false", "print-scaling=none", "scaling=100", "media=A4"):
        assert option in args
    assert args[-2] == report._preview_path                          # the PDF file itself
    assert status and "矢量" in status[-1] and "HDTest-7" in status[-1] and f"{pages} 页" in status[-1]


def test_print_preview_shows_every_page(report, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    seen = []

    def show(cls, dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen.append(widget.pageCount())
        return 0
    monkeypatch.setattr(ReportView, "show_preview", classmethod(show))
    report.preview_print_button.click()
    assert seen == [report.pdf.pageCount()]


def test_hardware_margins_that_cut_the_text_block_are_named(monkeypatch):
    from hearing_desk.ui.report import printing

    printer = QPrinter()
    first = printing.margin_problem(printer)
    assert first is None or "不可打印边距" in first
    monkeypatch.setattr(printing, "hardware_margins_mm",
                        lambda p: {"top": 5.0, "left": 30.0, "right": 5.0, "bottom": 25.0})
    problem = printing.margin_problem(printer)
    assert problem is not None
    assert "左 30.0 mm" in problem and "下 25.0 mm" in problem and "上" not in problem.split("（")[1].split("）")[0]


def test_exporting_over_existing_files_asks_first(report, qtbot, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    from hearing_desk.services.documents import Target, file_name

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / file_name(report.hearing, Target.REPORT_PDF)
    target.write_bytes(b"old")
    monkeypatch.setattr(ReportView, "ask_folder", classmethod(lambda cls, parent, start: str(folder)))
    message_boxes.answer = QMessageBox.StandardButton.No
    report.export_buttons["report_pdf"].click()
    assert report.export_task is None and target.read_bytes() == b"old"
    assert any(target.name in text for text in message_boxes.texts())
    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(report.exported, timeout=PREVIEW_TIMEOUT):
        report.export_buttons["report_pdf"].click()
    assert target.read_bytes().startswith(b"%PDF")


def test_open_opinions_are_named_and_the_report_is_a_draft(report, qtbot, tmp_path, monkeypatch, db,
                                                          sample_id, ctx, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    from hearing_desk.services.responses import ResponseService

    assert report.open_state.property("open_count") == 0
    ResponseService(db).answer(sample_id, "a6-1", Decision.PENDING, "")
    with qtbot.waitSignal(report.preview_ready, timeout=PREVIEW_TIMEOUT):
        ctx.events.changed.emit(Changes.everything(sample_id))
    assert report.open_state.property("open_count") == 1
    assert "龚健的第1条意见" in report.open_state.text() and "草稿" in report.open_state.text()
    assert "草稿" in pdf_text(report._preview_path)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(ReportView, "ask_folder", classmethod(lambda cls, parent, start: str(folder)))
    message_boxes.answer = QMessageBox.StandardButton.No
    report.export_buttons["report_docx"].click()
    assert report.export_task is None and not list(folder.iterdir())
    assert "龚健的第1条意见" in message_boxes.texts()[-1]


def test_print_cancelled(report, monkeypatch):
    monkeypatch.setattr(ReportView, "ask_printer", classmethod(lambda cls, parent, pages: None))
    assert report.print_report() == 0


def test_preview_of_a_hearing_closed_meanwhile_is_dropped(report, qtbot, hearings, full_hearing_path, tab):
    other = hearings.import_file(full_hearing_path)
    report.regenerate_preview()                 # for the sample ...
    tab.set_hearing(other)                      # ... but another hearing is opened meanwhile
    qtbot.waitUntil(lambda: report._preview_for == other and not report.is_previewing(), timeout=PREVIEW_TIMEOUT)
    assert "临江市" in pdf_text(report._preview_path)


def test_export_asks_to_mask_personal_data_typed_into_text(report, qtbot, tmp_path, monkeypatch, ctx, sample_id,
                                                            db):
    """Issue 16: a phone number typed into a participant's 基本情况 is named and, when the
    clerk chooses, masked in the documents."""
    import openpyxl

    from hearing_desk.services.people import PeopleService
    from hearing_desk.ui.dialogs import MaskPersonalData

    hearing = ctx.hearings.get(sample_id)
    person = next(p for p in hearing.people if hearing.opinions_of(p.id))
    PeopleService(db).update_person(sample_id, person.id, description="退休职工，电话13812341234")
    with qtbot.waitSignal(report.preview_ready, timeout=PREVIEW_TIMEOUT):
        ctx.events.changed.emit(Changes.everything(sample_id))
    asked: list[str] = []
    monkeypatch.setattr(MaskPersonalData, "ask", classmethod(lambda cls, parent, places: asked.append(places) or True))
    monkeypatch.setattr(ReportView, "ask_folder", classmethod(lambda cls, parent, start: str(tmp_path)))
    with qtbot.waitSignal(report.exported, timeout=PREVIEW_TIMEOUT) as blocker:
        report.export_buttons["summary_xlsx"].click()
    assert asked and "基本情况（手机号码）" in asked[0] and "13812341234" not in asked[0]
    sheet = openpyxl.load_workbook(blocker.args[0][0]).active
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row)
    assert "138****1234" in text and "13812341234" not in text

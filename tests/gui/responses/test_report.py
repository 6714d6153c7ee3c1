"""听证报告 view: the 基本情况 paragraph, the live preview, exports, printing."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from hearing_desk.domain import Decision
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
        ctx.events.hearing_changed.emit(sample_id)
    assert "授权主体不具有排他性，特此说明。" in pdf_text(report._preview_path)


def test_export_buttons_write_files_in_the_background(report, qtbot, tmp_path, monkeypatch, ctx):
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
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证报告.pdf",
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证报告.docx",
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证意见汇总表.xlsx",
        "光明区公共数据授权运营暂行管理办法（征求意见稿）听证笔录.pdf"])
    assert all(f.parent == folder and f.stat().st_size > 1000 for f in files)
    assert not report.progress.isVisible() and report.export_all_button.isEnabled()
    assert "已导出到" in report.export_state.text()
    assert "听证笔录中还没有任何发言记录" in report.export_state.text()     # the package's warning is shown
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


def test_print_renders_every_page_on_the_printer(report, tmp_path, monkeypatch):
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


def test_print_cancelled(report, monkeypatch):
    monkeypatch.setattr(ReportView, "ask_printer", classmethod(lambda cls, parent, pages: None))
    assert report.print_report() == 0


def test_preview_of_a_hearing_closed_meanwhile_is_dropped(report, qtbot, hearings, full_hearing_path, tab):
    other = hearings.import_file(full_hearing_path)
    report.regenerate_preview()                 # for the sample ...
    tab.set_hearing(other)                      # ... but another hearing is opened meanwhile
    qtbot.waitUntil(lambda: report._preview_for == other and not report.is_previewing(), timeout=PREVIEW_TIMEOUT)
    assert "临江市" in pdf_text(report._preview_path)

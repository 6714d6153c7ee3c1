"""Printing a document PDF at 100 %: the printed page equals the PDF.

Routes, best first:

* a CUPS printer (Linux, macOS) where ``lp`` is installed: the PDF itself is sent
  (vector, fonts embedded) with scaling off – what is printed is the file, exactly;
* printing to a PDF file: the document is copied (page ranges: drawn as below);
* any other printer (Windows): each page drawn at its physical size on the whole
  paper (``fullPage``), as a 300 dpi image – never shrunk to the printable area.

Before printing, :func:`margin_problem` says when the printer's hardware margins
would cut the GB/T 9704 text block or the page number.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ...errors import HearingDeskError
from ...services.documents import printable_mm

#: the raster route's resolution (a page of A4 at 300 dpi is 35 MB in memory)
RASTER_DPI = 300
MM = 25.4 / 72
#: what must stay printable, in mm: the 版心 and the page number under it
NEEDED_MM = printable_mm()


@dataclass
class Printed:
    pages: int
    how: str            # what was actually sent, for the status line


def lp_command() -> str | None:
    """CUPS's ``lp`` where it is installed."""
    return shutil.which("lp")


def page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    """First and last page (1-based) the user chose."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), min(count, max(printer.toPage(), printer.fromPage()))
    return 1, count


def hardware_margins_mm(printer: QPrinter) -> dict[str, float]:
    margins: QMarginsF = printer.pageLayout().minimumMargins()
    unit = printer.pageLayout().units()
    factor = {QPageLayout.Unit.Millimeter: 1.0, QPageLayout.Unit.Point: MM,
              QPageLayout.Unit.Inch: 25.4, QPageLayout.Unit.Pica: 12 * MM,
              QPageLayout.Unit.Didot: 0.376, QPageLayout.Unit.Cicero: 4.512}.get(unit, 1.0)
    return {"top": margins.top() * factor, "left": margins.left() * factor,
            "right": margins.right() * factor, "bottom": margins.bottom() * factor}


def margin_problem(printer: QPrinter) -> str | None:
    """A sentence when the printer cannot print where the 版心 or the page number is."""
    have = hardware_margins_mm(printer)
    names = {"top": QCoreApplication.translate("ReportPrinting", "上"),
             "left": QCoreApplication.translate("ReportPrinting", "左"),
             "right": QCoreApplication.translate("ReportPrinting", "右"),
             "bottom": QCoreApplication.translate("ReportPrinting", "下")}
    cut = [f"{names[side]} {have[side]:.1f} mm" for side in ("top", "bottom", "left", "right")
           if have[side] > NEEDED_MM[side] + 0.05]
    if not cut:
        return None
    return QCoreApplication.translate(
        "ReportPrinting", "这台打印机的不可打印边距（{0}）大于公文版式的页边距，打印出来的版心或页码会被裁掉一部分。"
                          "请换一台打印机，或在打印机设置中选择“无边距”。").format("、".join(cut))


def route(printer: QPrinter) -> str:
    """``lp``, ``file`` or ``raster`` (see the module docstring)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return "file"
    if printer.printerName() and not printer.outputFileName() and lp_command():
        return "lp"
    return "raster"


def send(pdf_path: str, document: QPdfDocument, printer: QPrinter) -> Printed:
    """Print the PDF at ``pdf_path`` (loaded in ``document``) on ``printer``."""
    count = document.pageCount()
    first, last = page_range(printer, count)
    how = route(printer)
    if how == "lp":
        return _print_with_lp(pdf_path, printer, first, last, count)
    if how == "file" and (first, last) == (1, count):
        shutil.copyfile(pdf_path, printer.outputFileName())
        return Printed(count, QCoreApplication.translate("ReportPrinting", "已把 PDF 原文件（矢量，100%）存为 {0}")
                       .format(printer.outputFileName()))
    pages = draw_pages(document, printer, first, last)
    return Printed(pages, QCoreApplication.translate("ReportPrinting", "以 {0} dpi 图像按 100% 原尺寸送往“{1}”").format(
        RASTER_DPI, printer.printerName() or printer.outputFileName()))


def _print_with_lp(pdf_path: str, printer: QPrinter, first: int, last: int, count: int) -> Printed:
    args = [lp_command() or "lp", "-d", printer.printerName(), "-n", str(max(1, printer.copyCount())),
            "-o", "media=A4", "-o", "fit-to-page=false", "-o", "print-scaling=none",
            "-o", "scaling=100", "-t", Path(pdf_path).stem]
    if (first, last) != (1, count):
        args += ["-P", f"{first}-{last}"]
    if printer.duplex() != QPrinter.DuplexMode.DuplexNone:
        args += ["-o", "sides=two-sided-long-edge"]
    try:
        done = subprocess.run(args + [pdf_path], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise HearingDeskError(QCoreApplication.translate("ReportPrinting", "无法把文件交给打印系统：{0}")
                               .format(exc)) from exc
    if done.returncode != 0:
        raise HearingDeskError(QCoreApplication.translate("ReportPrinting", "打印系统拒绝了打印任务：{0}")
                               .format((done.stderr or done.stdout).strip()))
    job = re.search(r"request id is (\S+)", done.stdout or "")
    pages = last - first + 1
    return Printed(pages, QCoreApplication.translate(
        "ReportPrinting", "已把 PDF 原文件（矢量，100%，不缩放）送往打印机“{0}”，任务号 {1}").format(
        printer.printerName(), job.group(1) if job else "?"))


def draw_pages(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int | None = None) -> int:
    """Draw pages on the whole paper at their physical size (fullPage, no scaling)."""
    last = document.pageCount() if last is None else last
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        raise HearingDeskError(QCoreApplication.translate(
            "ReportPrinting", "无法开始打印：打印机没有响应，请检查打印机设置。"))
    printed = 0
    try:
        res = printer.resolution()
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * RASTER_DPI / 72),
                                                round(points.height() * RASTER_DPI / 72)))
            target = QRectF(0, 0, points.width() * res / 72, points.height() * res / 72)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed

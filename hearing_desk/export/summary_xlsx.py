"""听证意见汇总表 as an Excel workbook for the drafting team.

Sheet 1 "意见汇总": one row per opinion (序号, 听证参加人, 基本情况, 意见或建议,
依据理由, 涉及条款, 处理情况, 分析及处理建议), print-ready: A4 landscape, fit to
one page wide, title and header rows repeated on every printed page, frozen
header, filters, wrapped text. Sheet 2 "统计": opinions counted by decision and
by article, each table with a 合计 row. Personal data never appears.

Row heights are an estimate that Excel and WPS may change (``ht`` without
``customHeight``): a presenter who edits a cell still gets the whole text printed.
Column widths are measured in the workbook's default font, set to 宋体 here, so
they do not depend on Calibri being installed.

Text is always text (:func:`put`): a name or an opinion that starts with ``=``, ``+``,
``-``, ``@`` (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``) is written as a string cell
(``t="inlineStr"``, never ``<f>``) and marked ``quotePrefix`` so that Excel keeps it
text when the cell is edited. A text longer than Excel's 32,767 characters per cell is
cut with a note saying so (:data:`CUT_NOTE`), and the export warns
(:func:`long_cell_warnings`); the 听证报告 prints it whole.
"""
from __future__ import annotations

import math
import os
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.page import PageMargins

from ..domain import Decision, Hearing, Role
from ..domain.articles import cn_to_int
from .compose import describe, matter_of
from .text import clean_text

FONT = "仿宋"
HEAD_FONT = "黑体"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
NO_ARTICLE = "未涉及具体条款"
ARTICLE_TOTAL = "合计（按意见计）"

SIZE = 10.5
#: Excel's limit of characters (UTF-16 units) in one cell
CELL_LIMIT = 32767
CUT_NOTE = "……（以下内容超出 Excel 单元格 32767 字的上限，未列入本表，全文见听证报告）"
#: what makes a spreadsheet program read a text as a formula (OWASP's list)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# (header, column width in Excel units – about two per Chinese character, centred)
COLUMNS = (
    ("序号", 5, True), ("{participant}", 11, True), ("基本情况", 16, False),
    ("意见或建议", 40, False), ("依据理由", 24, False), ("涉及条款", 10, True),
    ("处理情况", 9, True), ("分析及处理建议", 36, False),
)


#: the workbook's default font: Excel measures column widths in its digits
DEFAULT_FONT = Font(name="宋体", sz=11, family=3, charset=134)


class AutoHeightRow(RowDimension):
    """A row whose height is a first estimate only: no ``customHeight``, so Excel and
    WPS grow it again when a cell is edited."""

    @property
    def customHeight(self):  # noqa: N802 - openpyxl's attribute
        return None


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def fit_cell(text: str) -> tuple[str, bool]:
    """``text`` as one cell holds it: whole, or cut with :data:`CUT_NOTE` (and True)."""
    if _utf16_len(text) <= CELL_LIMIT:
        return text, False
    room = CELL_LIMIT - _utf16_len(CUT_NOTE)
    cut = text[:room]
    while _utf16_len(cut) > room:
        cut = cut[:-1]
    return cut + CUT_NOTE, True


def put(ws, row: int, column: int, value):
    """Write ``value`` into a cell; a string is always a string, never a formula."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text, _cut = fit_cell(clean_text(value))
        cell._value = text            # ``cell.value = "=…"`` would make it a formula
        cell.data_type = "s"
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True   # Excel keeps it text when the cell is edited
    else:
        cell.value = value
    return cell


def long_cell_warnings(hearing: Hearing) -> list[str]:
    """The summary's cells over Excel's limit, by opinion number and column (no personal data)."""
    part = hearing.label(Role.PARTICIPANT)
    names = [h.format(participant=part) for h, _w, _c in COLUMNS]
    out = []
    for values in summary_rows(hearing):
        for name, value in zip(names, values):
            if isinstance(value, str) and fit_cell(clean_text(value))[1]:
                out.append(f"听证意见汇总表第 {values[0]} 条意见的“{name}”超过 Excel 单元格 {CELL_LIMIT} 字的上限，"
                           "表中只列前面部分并注明，全文见听证报告。")
    return out


def _set_default_font(wb) -> None:
    wb._fonts = IndexedList([DEFAULT_FONT])
    normal = next(st for st in wb._named_styles if st.name == "Normal")
    normal.font = DEFAULT_FONT


def _estimate_height(ws, row: int, height: float) -> None:
    ws.row_dimensions[row] = AutoHeightRow(ws, index=row, ht=height)


def summary_rows(hearing: Hearing) -> list[list[str | int]]:
    """The rows of the summary, in the report's order (participant, then number)."""
    rows: list[list[str | int]] = []
    n = 0
    for person, opinions in hearing.opinions_by_participant():
        for o in opinions:
            n += 1
            analysis = (o.response.analysis or "") if o.response else ""
            rows.append([n, person.name, describe(person), o.text.strip(), (o.basis or "").strip(),
                         "、".join(o.articles), o.decision.label, analysis.strip()])
    return rows


def _article_key(label: str) -> tuple[int, str]:
    inner = label.removeprefix("第").removesuffix("条")
    try:
        return cn_to_int(inner), label
    except ValueError:
        return 10 ** 6, label


def _print_setup(ws, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.font = FONT


def _sheet_title(ws, text: str, ncols: int) -> None:
    put(ws, 1, 1, text)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).font = Font(name=HEAD_FONT, size=16)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 32


def _header(ws, row: int, names: list[str]) -> None:
    for col, name in enumerate(names, 1):
        cell = put(ws, row, col, name)
        cell.font = Font(name=HEAD_FONT, size=SIZE)
        cell.alignment = CENTER
        cell.border = BORDER
        cell.fill = HEAD_FILL
    ws.row_dimensions[row].height = 22


def _estimated_height(values, widths) -> float:
    """Row height in points for wrapped text: Excel does not grow a row to fit
    wrapped text it did not lay out itself, so the file says how tall it is."""
    lines = 1
    for value, width in zip(values, widths):
        per_line = max(width - 1.5, 2)
        need = sum(max(1, math.ceil(_units(part) / per_line)) for part in str(value).split("\n"))
        lines = max(lines, need)
    return min(409, (SIZE + 4) * lines + 6)


def _units(text: str) -> float:
    """Width of ``text`` in Excel column units (a Chinese character is about two)."""
    return sum(1.0 if ord(c) < 0x2E80 else 1.9 for c in text)


def write_summary_xlsx(hearing: Hearing, path: str | os.PathLike) -> None:
    wb = Workbook()
    _set_default_font(wb)
    ws = wb.active
    ws.title = "意见汇总"
    part = hearing.label(Role.PARTICIPANT)
    names = [h.format(participant=part) for h, _w, _c in COLUMNS]
    widths = [w for _h, w, _c in COLUMNS]
    _sheet_title(ws, f"{matter_of(hearing)}听证意见汇总表", len(names))
    _header(ws, 2, names)
    rows = summary_rows(hearing)
    for r, values in enumerate(rows, 3):
        for c, value in enumerate(values, 1):
            cell = put(ws, r, c, value)
            cell.font = Font(name=FONT, size=SIZE)
            cell.alignment = CENTER if COLUMNS[c - 1][2] else WRAP
            cell.border = BORDER
        _estimate_height(ws, r, _estimated_height(values, widths))
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    last = get_column_letter(len(names))
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{last}{max(2, len(rows) + 2)}"
    _print_setup(ws, "1:2")

    stats = wb.create_sheet("统计")
    _sheet_title(stats, "听证意见统计", 3)
    decisions = Counter(o.decision for o in hearing.opinions)
    row = 2
    _header(stats, row, ["处理情况", "意见数", "占比"])
    total = len(hearing.opinions)
    for d in Decision:
        row += 1
        put(stats, row, 1, d.label)
        stats.cell(row=row, column=2, value=decisions.get(d, 0))
        stats.cell(row=row, column=3, value=decisions.get(d, 0) / total if total else 0)
        stats.cell(row=row, column=3).number_format = "0.0%"
    row += 1
    stats.cell(row=row, column=1, value="合计")
    stats.cell(row=row, column=2, value=total)
    stats.cell(row=row, column=3, value=1 if total else 0)
    stats.cell(row=row, column=3).number_format = "0.0%"
    totals = [row]
    first_table_end = row
    row += 2
    _header(stats, row, ["涉及条款", "意见数", "其中已答复"])
    header2 = row
    by_article: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    for o in hearing.opinions:
        for label in (o.articles or [NO_ARTICLE]):
            by_article[label] += 1
            answered[label] += o.decision.is_answered
    labels = sorted((a for a in by_article if a != NO_ARTICLE), key=_article_key)
    if NO_ARTICLE in by_article:
        labels.append(NO_ARTICLE)
    for label in labels:
        row += 1
        put(stats, row, 1, label)
        stats.cell(row=row, column=2, value=by_article[label])
        stats.cell(row=row, column=3, value=answered[label])
    if hearing.opinions:
        # an opinion on two articles is counted under each: the total counts opinions
        row += 1
        stats.cell(row=row, column=1, value=ARTICLE_TOTAL)
        stats.cell(row=row, column=2, value=total)
        stats.cell(row=row, column=3, value=sum(o.decision.is_answered for o in hearing.opinions))
        totals.append(row)
    for r in list(range(3, first_table_end + 1)) + list(range(header2 + 1, row + 1)):
        for c in range(1, 4):
            cell = stats.cell(row=r, column=c)
            cell.font = Font(name=HEAD_FONT if r in totals else FONT, size=SIZE)
            cell.border = BORDER
            cell.alignment = CENTER
    for letter, width in zip("ABC", (20, 12, 12)):
        stats.column_dimensions[letter].width = width
    _print_setup(stats, "1:2")
    stats.page_setup.orientation = "portrait"

    wb.properties.title = f"{matter_of(hearing)}听证意见汇总表"
    wb.properties.creator = "Hearing Desk"
    wb.save(str(path))

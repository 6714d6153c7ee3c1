"""GB/T 9704-2012, measured on the exported files: the report PDF, the transcript
PDF and the Word report as LibreOffice prints it. Every number comes from
hearing_desk/export/layout.py; a test fails on any item out of tolerance."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

import pytest

from hearing_desk.domain import Turn
from hearing_desk.export import export_documents
from hearing_desk.export import layout as L
from hearing_desk.export.fonts import find_fonts
from hearing_desk.export.linebreak import NO_LINE_END, NO_LINE_START

from .gbt import Page, TextLine, dash_rows_mm, mm, read_pages, slots_used

SECTION_HEADINGS = ("听证会组织的基本情况：", "听证参加人的产生方式及基本情况：", "其他需要说明的情况：")
# tables whose rows may continue on the next page (a signature row, two lines high, never does)
TABLE_HEADERS = ("序号", "听证参加人意见", "段落")


@dataclass
class Tolerance:
    slot: float            # a line's distance from its grid slot, in slots
    edge_mm: float         # left/right edge of the text
    pitch_mm: float        # character pitch of a full line
    page_no_mm: float      # the page number's 一字线
    rows_split: bool       # a table row may continue on the next page
    hanging_ok: bool       # closing punctuation may hang past the edge (LibreOffice)


OURS = Tolerance(slot=0.05, edge_mm=0.25, pitch_mm=0.02, page_no_mm=0.4, rows_split=True, hanging_ok=False)
# LibreOffice sets Word's body 15.7 pt a character in a grid it centres in the line
# (the line starts 0.26 mm in), hangs closing punctuation (it ignores w:overflowPunct)
# and adds the rules' width to a table row (lines after a long table drift)
LIBREOFFICE = Tolerance(slot=0.35, edge_mm=0.8, pitch_mm=0.06, page_no_mm=0.6, rows_split=False,
                        hanging_ok=True)


def _is_full_width(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def has_font(line: TextLine, name: str) -> bool:
    """Is ``line`` (partly) set in the font whose PostScript name is ``name``? (reportlab
    names a subset ``NAME-0``, ``NAME-1`` …)"""
    return any(f == name or f.startswith(name + "-") for f in line.fonts)


def check_page_geometry(pages: list[Page], tol: Tolerance, *, body_font: str | None = None) -> None:
    left, right = L.LEFT, L.LEFT + L.TEXT_W
    for page in pages:
        assert abs(page.width - L.PAGE_W) < 1 and abs(page.height - L.PAGE_H) < 1, page.number
        assert page.lines, f"page {page.number} has no text"
        for line in page.lines:
            where = f"page {page.number}, line “{line.text[:20]}”"
            # on the grid, inside the 版心
            assert abs(line.slot - round(line.slot)) <= tol.slot, f"{where}: off the grid ({line.slot:.2f})"
            assert 0 <= round(line.slot) < L.LINES_PER_PAGE, f"{where}: outside the 版心 ({line.slot:.2f})"
            assert line.x0 >= left - tol.edge_mm * 72 / 25.4, f"{where}: starts {mm(line.x0):.2f} mm"
            last = line.chars[-1]
            if not (tol.hanging_ok and last["text"] in NO_LINE_START):
                assert line.x1 <= right + tol.edge_mm * 72 / 25.4, f"{where}: ends {mm(line.x1):.2f} mm"
        assert len(slots_used(page)) <= L.LINES_PER_PAGE


def check_lines_per_page(pages: list[Page], tol: Tolerance, heading_font: str | None) -> None:
    """22 lines on every page that a paragraph (or, in our PDFs, a table row) runs over."""
    for page, following in zip(pages, pages[1:]):
        first = following.lines[0]
        continued_paragraph = (first.size == L.BODY_SIZE and abs(mm(first.x0) - 28) < 1
                               and (heading_font is None or not has_font(first, heading_font))
                               and round(first.slot) == 0)
        continued_row = tol.rows_split and first.text.startswith(TABLE_HEADERS)
        if continued_paragraph or continued_row:
            assert max(slots_used(page)) == L.LINES_PER_PAGE - 1, (
                f"page {page.number} runs over to the next but fills only {max(slots_used(page)) + 1} lines")


def check_body_lines(pages: list[Page], tol: Tolerance, *,
                     skip_justified: frozenset[int] | set[int] = frozenset()) -> None:
    """3号 body text; lines start at 订口 28 mm, full lines end at 184 mm with 28
    characters 156/28 mm apart."""
    body = [ln for p in pages for ln in p.lines if abs(ln.size - L.BODY_SIZE) < 0.05]
    assert body, "no 3号 text"
    starts = [round(mm(ln.x0), 1) for ln in body]
    assert abs(max(set(starts), key=starts.count) - 28.0) <= tol.edge_mm
    full = [ln for ln in body if abs(mm(ln.x0) - 28) <= tol.edge_mm and abs(mm(ln.x1) - 184) <= tol.edge_mm
            and all(_is_full_width(c["text"]) for c in ln.chars)]
    assert len(full) >= 5, "too few full lines to measure"
    counts = [len(ln.chars) for ln in full]
    assert max(set(counts), key=counts.count) == L.CHARS_PER_LINE, counts
    assert max(counts) == L.CHARS_PER_LINE, counts
    pitch = 156 / L.CHARS_PER_LINE
    for ln in full:
        if len(ln.chars) == L.CHARS_PER_LINE:
            gaps = [mm(b["x0"] - a["x0"]) for a, b in zip(ln.chars, ln.chars[1:])]
            assert abs(mean(gaps) - pitch) <= tol.pitch_mm, (ln.text, mean(gaps))
    # a line that runs on to the next one reaches the right edge (两端对齐)
    for page in pages:
        if page.number in skip_justified:            # hanging-indent fields start at 28 mm too
            continue
        for a, b in zip(page.lines, page.lines[1:]):
            if (a.size == b.size == L.BODY_SIZE and round(b.slot) == round(a.slot) + 1
                    and abs(mm(b.x0) - 28) <= tol.edge_mm and mm(a.x1) > 150):
                hangs = tol.hanging_ok and a.chars[-1]["text"] in NO_LINE_START
                assert abs(mm(a.x1) - 184) <= tol.edge_mm or hangs, \
                    (page.number, a.text, mm(a.x1))


def check_line_breaking(pages: list[Page]) -> None:
    """避头尾 in every paragraph and table cell."""
    for page in pages:
        for line in page.lines:
            for seg in line.segments:
                text = "".join(c["text"] for c in seg)
                if text in ("—", "——"):               # a table cell's whole content (缺席 → —)
                    continue
                assert text[0] not in NO_LINE_START, f"page {page.number}: a line starts with “{text[0]}”: {text}"
                assert text[-1] not in NO_LINE_END, f"page {page.number}: a line ends with “{text[-1]}”: {text}"


def check_page_numbers(path, pages: list[Page], tol: Tolerance, *, song_font: str | None,
                       dashes: bool = True) -> None:
    """4号半角宋体, 一字线 7 mm below the 版心; odd pages 右空一字, even 左空一字."""
    rule = mm(L.TOP + L.TEXT_H + L.PAGE_NO_RULE_GAP)                    # 269 mm from the top
    for page in pages:
        numbers = [ln for ln in page.furniture if str(page.number) in ln.text
                   and ln.chars[0]["top"] > L.TOP + L.TEXT_H and abs(ln.size - L.PAGE_NO_SIZE) < 0.05]
        assert len(numbers) == 1, f"page {page.number}: page number not found in {[f.text for f in page.furniture]}"
        number = numbers[0]
        digits = [c for c in number.chars if c["text"].isdigit()]
        assert digits and all(c["text"].isascii() for c in digits), "半角 (ASCII) digits"
        if song_font:                           # in a 宋体 face the digits are half a character wide
            assert all(abs(c["x1"] - c["x0"] - L.PAGE_NO_SIZE / 2) < 0.8 for c in digits)
        if song_font:
            assert has_font(number, song_font), number.fonts
        if dashes:
            assert number.text.startswith("—") and number.text.endswith("—")
            if page.number % 2:
                assert abs(mm(number.x1) - (184 - mm(L.PAGE_NO_SIDE))) <= 0.5, mm(number.x1)
            else:
                assert abs(mm(number.x0) - (28 + mm(L.PAGE_NO_SIDE))) <= 0.5, mm(number.x0)
            if page.number <= 2:               # rasterising every page would be slow
                rows = dash_rows_mm(path, page.number)
                assert rows, f"page {page.number}: no 一字线 found"
                assert abs(mean(rows) - rule) <= tol.page_no_mm, f"一字线 at {mean(rows):.2f} mm, want {rule:.2f}"
        else:                                   # 第 X 页 共 Y 页: the middle of its em box on the rule
            base = page.height - number.chars[0]["matrix"][5]
            middle = mm(base - (L.EM_ASCENT - 0.5) * number.size)
            assert abs(middle - rule) <= tol.page_no_mm + 0.3, middle


def check_title(pages: list[Page], title_font: str | None, text: str) -> None:
    lines = [ln for ln in pages[0].lines if abs(ln.size - L.TITLE_SIZE) < 0.05]
    assert lines and "".join(ln.text for ln in lines) == text.replace(" ", "")
    assert [ln.text for ln in lines] == L.title_lines(text)
    for ln in lines:
        assert abs(mm((ln.x0 + ln.x1) / 2) - 106) <= 1.0, "title centred"
        if title_font:
            assert has_font(ln, title_font), ln.fonts
    # one blank line under the title
    after = [ln for ln in pages[0].lines if ln.slot > lines[-1].slot]
    assert round(after[0].slot) == round(lines[-1].slot) + 2


def check_closing(pages: list[Page], issuer: str, tol: Tolerance, *, date_by_right: bool = False) -> None:
    """7.3.5.2: one blank line, the organ 右空二字, the date under it two characters right.

    ``date_by_right``: LibreOffice puts extra space between Chinese and digits (it
    ignores w:autoSpaceDN), so there the date is placed by its right end, which the
    Word file fixes (the right indent of 7.3.5.2 computed for the date's width)."""
    lines = [ln for ln in pages[-1].lines if ln.size == L.BODY_SIZE]
    k = next(i for i, ln in enumerate(lines) if ln.text == issuer)
    org, date, before = lines[k], lines[k + 1], lines[k - 1]
    assert date.text == "2024年7月19日"
    two = mm(2 * L.CHAR_PITCH)
    assert abs(mm(org.x1) - (184 - two)) <= tol.edge_mm + 0.3, mm(org.x1)
    assert round(date.slot) == round(org.slot) + 1
    if date_by_right:
        date_chars = L.char_width(date.text)
        want = mm(org.x0) + two + date_chars * mm(L.CHAR_PITCH)
        assert abs(mm(date.x1) - want) <= tol.edge_mm + 0.3, (mm(date.x1), want)
    else:
        assert abs(mm(date.x0) - (mm(org.x0) + two)) <= tol.edge_mm + 0.3, (mm(date.x0), mm(org.x0))
    assert round(org.slot) == round(before.slot) + 2, "one blank line before the signature"
    assert before.text.startswith("2.")                    # the attachments' last line


# ------------------------------------------------------------------ the documents

@pytest.fixture(scope="module")
def fonts():
    return find_fonts()


def _font_name(fonts, reg: str) -> str:
    """The PostScript name a registered font has in a PDF."""
    from reportlab.pdfbase.pdfmetrics import getFont
    return getFont(reg).face.name.decode() if isinstance(getFont(reg).face.name, bytes) else getFont(reg).face.name


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from hearing_desk.formats.interchange import read_file
    from hearing_desk.paths import sample_hearing_path

    hearing = read_file(sample_hearing_path())
    hearing.report.date = date(2024, 7, 19)          # a dated report: 7.3.5.2 places the date
    out = tmp_path_factory.mktemp("gbt")
    pdf, docx = out / "report.pdf", out / "report.docx"
    export_documents(hearing, report_pdf=pdf, report_docx=docx)
    return hearing, pdf, docx


def test_report_pdf_measures_up(report, fonts):
    hearing, pdf, _docx = report
    pages = read_pages(pdf)
    assert len(pages) >= 8
    names = {k: _font_name(fonts, getattr(fonts, k)) for k in ("body", "heading", "title", "song")}
    check_page_geometry(pages, OURS)
    check_lines_per_page(pages, OURS, names["heading"])
    check_body_lines(pages, OURS)
    check_line_breaking(pages)
    check_page_numbers(pdf, pages, OURS, song_font=names["song"])
    check_title(pages, names["title"], "《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证报告")
    check_closing(pages, "深圳市光明区政务服务和数据管理局", OURS)
    body = [ln for p in pages for ln in p.lines if ln.size == L.BODY_SIZE]
    headings = [ln for ln in body if ln.text.startswith(SECTION_HEADINGS)]
    assert len(headings) == 3 and all(has_font(ln, names["heading"]) for ln in headings)
    paragraphs = [ln for ln in body if ln.text.startswith("为促进科学")]
    assert paragraphs and has_font(paragraphs[0], names["body"])
    assert abs(mm(paragraphs[0].x0) - (28 + mm(L.INDENT))) <= 0.2           # 左空二字
    # the first line of every page starts in the first slot, 37 mm down (天头)
    first = [p.lines[0] for p in pages]
    assert all(round(ln.slot) == 0 and abs(ln.slot) <= OURS.slot for ln in first)


@pytest.fixture(scope="module")
def transcript(tmp_path_factory, sample_hearing_module):
    from .conftest import make_panel_hearing

    h = make_panel_hearing(sample_hearing_module)
    at = h.starts_at
    assert at is not None
    speakers = ["a1", "a2", "a3", "host", "presenter"]
    for k in range(40):
        h.transcript.append(Turn(
            10 + k, f"第{k + 1}段发言：关于征求意见稿第二十三条，建议将“可以通过数据交易所进行市场化流通交易”"
            "的表述修改为“应当在依法设立的数据交易场所内进行交易”，理由是（一）上位法已有规定；"
            "（二）场内交易便于监管，能够确保数据安全、合规。", speakers[k % 5],
            at=at + timedelta(minutes=70 + k)))
    out = tmp_path_factory.mktemp("gbt-t") / "transcript.pdf"
    export_documents(h, transcript_pdf=out)
    return out


@pytest.fixture(scope="module")
def sample_hearing_module():
    from hearing_desk.formats.interchange import read_file
    from hearing_desk.paths import sample_hearing_path
    return read_file(sample_hearing_path())


def test_transcript_pdf_measures_up(transcript, fonts):
    pages = read_pages(transcript)
    assert len(pages) >= 5
    heading = _font_name(fonts, fonts.heading)
    check_page_geometry(pages, OURS)
    check_lines_per_page(pages, OURS, heading)
    check_body_lines(pages, OURS, skip_justified={1})
    check_line_breaking(pages)
    check_page_numbers(transcript, pages, OURS, song_font=_font_name(fonts, fonts.song), dashes=False)
    check_title(pages, _font_name(fonts, fonts.title), "听证笔录")
    split = [p for p in pages[:-1] if max(slots_used(p)) == L.LINES_PER_PAGE - 1]
    assert len(split) >= 3, "the long transcript should run over several full pages"


def _libreoffice() -> str:
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    if exe is None:
        pytest.fail("LibreOffice is not installed (./hd test installs libreoffice-writer-nogui)")
    return exe


@pytest.fixture(scope="module")
def word_as_pdf(report, tmp_path_factory):
    """The Word report printed by LibreOffice (one conversion, about 2 s)."""
    _hearing, _pdf, docx = report
    out = tmp_path_factory.mktemp("lo")
    profile = tmp_path_factory.mktemp("lo-profile")
    subprocess.run([_libreoffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True, timeout=180)
    return out / "report.pdf"


def test_word_report_measures_up_in_libreoffice(word_as_pdf):
    pages = read_pages(word_as_pdf)
    assert len(pages) >= 8
    check_page_geometry(pages, LIBREOFFICE)
    check_lines_per_page(pages, LIBREOFFICE, None)
    check_body_lines(pages, LIBREOFFICE)
    check_line_breaking(pages)
    check_page_numbers(word_as_pdf, pages, LIBREOFFICE, song_font=None)
    check_title(pages, None, "《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证报告")
    check_closing(pages, "深圳市光明区政务服务和数据管理局", LIBREOFFICE, date_by_right=True)
    full = [p for p in pages[:-1] if max(slots_used(p)) == L.LINES_PER_PAGE - 1]
    assert len(full) >= 4


def test_word_file_sets_the_standard_up_for_word_and_wps(report):
    """What Word and WPS read: the document grid, margins, fonts by level, rows that
    do not break, page numbers in 4号宋体."""
    from docx import Document
    from docx.oxml.ns import qn

    _hearing, _pdf, docx = report
    doc = Document(str(docx))
    section = doc.sections[0]
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    assert grid.get(qn("w:linePitch")) == "579" and grid.get(qn("w:charSpace")) == str(L.WORD_CHAR_SPACE)
    assert abs(section.top_margin.mm - 37) < 0.1 and abs(section.left_margin.mm - 28) < 0.1
    assert abs(section.right_margin.mm - 26) < 0.1 and abs(section.bottom_margin.mm - 35) < 0.1
    styles = doc.styles

    def east_asia(name):
        return styles[name].element.rPr.rFonts.get(qn("w:eastAsia"))
    assert [east_asia(n) for n in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3")] == \
        ["仿宋", "方正小标宋简体", "黑体", "楷体", "仿宋"]
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        font = styles[name].font
        assert font.size.pt == 16 and font.bold is False and font.italic is False
        assert str(font.color.rgb) == "000000", name                # not python-docx's blue
        assert styles[name].paragraph_format.line_spacing.pt == pytest.approx(L.LINE_PITCH, abs=0.05)
    assert styles["Title"].font.size.pt == 22
    # the title breaks where the PDF's does
    title = doc.paragraphs[0]
    assert [t for t in title.text.split("\n")] == L.title_lines(title.text.replace("\n", ""))
    assert len(L.title_lines(title.text.replace("\n", ""))) == 2
    for table in doc.tables:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("— ") and footer.runs[0].font.size.pt == L.PAGE_NO_SIZE
    assert footer.runs[0].font.name == "宋体"

"""听证报告 as a Word file the presenter can keep editing in Word or WPS.

Same content as the PDF (both come from :func:`compose.build_report`), with real
Word styles: ``Title`` for the title, ``Heading 1`` (黑体) for the section titles
and ``Heading 2`` (楷体) / ``Heading 3`` (仿宋) for lower levels, all in the house
style, ``Normal`` for the body, a named table style ``听证报告表格`` and paragraph
styles for table text, attachments and the closing.

Page set-up after GB/T 9704-2012 (numbers from :mod:`.layout`): A4, margins
37/35/28/26 mm, and the document grid Word and WPS lay text on
(``w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"``):
22 lines of 28 characters. Every paragraph has an exact 28.95 pt line, so the
lines fall on the grid in LibreOffice too. Page numbers "— 1 —" in 4号宋体 at
the foot, odd pages right and even pages left. Table rows never break across
pages; a participant's answers longer than a page continue in a row that repeats
the name. An unfinished report says 草稿 in the header of every page.
"""
from __future__ import annotations

import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ..domain import Hearing
from .compose import Attachments, Closing, Heading, Para, Report, TableBlock, Title, build_report
from .layout import (
    BODY_SIZE,
    BOTTOM,
    CELL_SIZE,
    CHAR_PITCH,
    INDENT,
    LEFT,
    LINE_PITCH,
    PAGE_NO_RULE_GAP,
    PAGE_NO_SIDE,
    PAGE_NO_SIZE,
    RIGHT,
    TEXT_W,
    TITLE_SIZE,
    TOP,
    TWIPS_PER_LINE,
    WORD_BODY_FONT,
    WORD_BODY_SPACING_TWIPS,
    WORD_CHAR_SPACE,
    WORD_HEADING_FONT,
    WORD_KAI_FONT,
    WORD_LATIN_FONT,
    WORD_PAGE_NO_FONT,
    WORD_TITLE_FONT,
    char_width,
    closing_offsets,
    title_lines,
)
from .text import clean_text

BODY_FONT, HEADING_FONT, TITLE_FONT = WORD_BODY_FONT, WORD_HEADING_FONT, WORD_TITLE_FONT
TABLE_STYLE = "听证报告表格"
BLACK = RGBColor(0, 0, 0)
CELL_MARGIN = 4.0                    # left/right cell margin, points
#: a table row longer than this many lines continues in a new row (rows never break,
#: so a long row would leave the foot of a page empty)
MAX_ROW_LINES = 10
#: the width of a table's rules (w:sz="4"): LibreOffice adds it to every row, so the
#: first line of each row is that much shorter and rows stay whole grid lines high
RULE_PT = 0.5
#: the footer's distance from the page's lower edge, so that the 一字线 of the page
#: number lies 7 mm below the 版心 (measured through LibreOffice's PDF)
FOOTER_DISTANCE_PT = BOTTOM - PAGE_NO_RULE_GAP - 0.40 * PAGE_NO_SIZE - 0.2 * PAGE_NO_SIZE


def _set_fonts(style, east_asia: str, size: float, latin: str = WORD_LATIN_FONT) -> None:
    font = style.font
    font.name = latin
    font.size = Pt(size)
    font.bold = False
    font.italic = False
    font.color.rgb = BLACK
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)
    rfonts.set(qn("w:eastAsia"), east_asia)


def _exact(fmt, leading: float = LINE_PITCH, first_indent: float = 0.0) -> None:
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(leading)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(first_indent)


# the order of children that the schema demands (Word refuses a file out of order)
_PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
              "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
              "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
              "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
              "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
              "w:pPrChange")
_RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
              "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint",
              "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing",
              "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
              "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
              "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _child(parent, tag: str, order: tuple[str, ...]):
    """``parent``'s ``tag`` child, created in its schema place if missing."""
    el = parent.find(qn(tag))
    if el is not None:
        return el
    el = OxmlElement(tag)
    later = {qn(t) for t in order[order.index(tag) + 1:]}
    for sibling in parent:
        if sibling.tag in later:
            sibling.addprevious(el)
            return el
    parent.append(el)
    return el


def _on_off(parent, tag: str, on: bool) -> None:
    _child(parent, tag, _PPR_ORDER).set(qn("w:val"), "1" if on else "0")


def _snap_to_grid(style, on: bool) -> None:
    _on_off(style.element.get_or_add_pPr(), "w:snapToGrid", on)


def _spacing(style, twips: int) -> None:
    """Character spacing (w:spacing in twentieths of a point) of a style's runs."""
    _child(style.element.get_or_add_rPr(), "w:spacing", _RPR_ORDER).set(qn("w:val"), str(twips))


def _paragraph_style(doc, name: str, base: str = "Normal"):
    styles = doc.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _setup_styles(doc) -> None:
    styles = doc.styles
    # documents in Chinese: tell Word the East Asian language
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")

    normal = styles["Normal"]
    _set_fonts(normal, BODY_FONT, BODY_SIZE)
    _exact(normal.paragraph_format, LINE_PITCH, INDENT)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.widow_control = False
    _snap_to_grid(normal, False)
    _spacing(normal, WORD_BODY_SPACING_TWIPS)
    ppr = normal.element.get_or_add_pPr()
    _on_off(ppr, "w:kinsoku", True)              # 避头尾
    _on_off(ppr, "w:overflowPunct", False)       # no punctuation hanging outside the 版心
    # no extra space between Chinese and Latin letters or digits: the PDF has none,
    # and 2024年7月19日 keeps the width GB/T 9704 7.3.5.2 places it by
    _on_off(ppr, "w:autoSpaceDE", False)
    _on_off(ppr, "w:autoSpaceDN", False)

    title = styles["Title"]
    _set_fonts(title, TITLE_FONT, TITLE_SIZE)
    ppr = title.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)
    _exact(title.paragraph_format, LINE_PITCH)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(LINE_PITCH)     # one blank line (7.3.1)
    _snap_to_grid(title, False)          # 2号 characters are not set on the 3号 grid
    _spacing(title, 0)

    # section levels (7.3.3): 一级 黑体, 二级 楷体, 三级 仿宋; all black, 3号, 左空二字
    for name, face in (("Heading 1", HEADING_FONT), ("Heading 2", WORD_KAI_FONT),
                       ("Heading 3", BODY_FONT)):
        heading = styles[name]
        _set_fonts(heading, face, BODY_SIZE)
        _exact(heading.paragraph_format, LINE_PITCH, INDENT)
        heading.paragraph_format.keep_with_next = True
        heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    cell = _paragraph_style(doc, "表格文字")
    _set_fonts(cell, BODY_FONT, CELL_SIZE)
    _exact(cell.paragraph_format, LINE_PITCH)
    cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _snap_to_grid(cell, False)           # 4号 text keeps its own width
    _spacing(cell, 0)
    head = _paragraph_style(doc, "表格标题", "表格文字")
    _set_fonts(head, HEADING_FONT, CELL_SIZE)
    head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    attach = _paragraph_style(doc, "附件")
    attach.paragraph_format.first_line_indent = Pt(0)
    attach.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    closing = _paragraph_style(doc, "落款")
    closing.paragraph_format.first_line_indent = Pt(0)
    closing.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    footer = styles["Footer"]
    _set_fonts(footer, WORD_PAGE_NO_FONT, PAGE_NO_SIZE, latin=WORD_PAGE_NO_FONT)
    _exact(footer.paragraph_format, PAGE_NO_SIZE)
    _snap_to_grid(footer, False)
    _spacing(footer, 0)
    header = styles["Header"]
    _set_fonts(header, HEADING_FONT, BODY_SIZE)
    _exact(header.paragraph_format, LINE_PITCH)
    _snap_to_grid(header, False)

    table = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    table.base_style = styles["Table Grid"]
    table.quick_style = True


def _doc_grid(section) -> None:
    """22 lines of 28 characters in Word and WPS (5.2.3)."""
    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(TWIPS_PER_LINE))
    grid.set(qn("w:charSpace"), str(WORD_CHAR_SPACE))


def _page_setup(doc, draft_note: str | None) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Pt(TOP), Pt(BOTTOM)
    section.left_margin, section.right_margin = Pt(LEFT), Pt(RIGHT)
    section.footer_distance = Pt(FOOTER_DISTANCE_PT)
    section.header_distance = Mm(20)
    _doc_grid(section)
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = footer.paragraphs[0]
        p.style = doc.styles["Footer"]
        p.alignment = align
        fmt = p.paragraph_format
        fmt.first_line_indent = Pt(0)
        fmt.left_indent = fmt.right_indent = Pt(PAGE_NO_SIDE)
        _page_field(p)
    if draft_note is not None:
        for header in (section.header, section.even_page_header):
            p = header.paragraphs[0]
            p.style = doc.styles["Header"]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run("草稿" + draft_note)


def _page_field(paragraph) -> None:
    """``— PAGE —`` as a real field, so Word numbers the pages itself."""
    def run(text=None):
        r = paragraph.add_run(text)
        r.font.size = Pt(PAGE_NO_SIZE)
        r.font.name = WORD_PAGE_NO_FONT
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), WORD_PAGE_NO_FONT)
        return r
    run("— ")
    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._r.append(fld)
        elif instr is not None and instr.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r._r.append(it)
        else:
            r.text = instr
    run(" —")


def _styled(paragraph, style_id: str):
    """Set a paragraph style by id (python-docx's by-name setter scans every style
    for each paragraph: most of the time of a report)."""
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def _add(doc, text: str, style_id: str | None = None):
    p = doc.add_paragraph(clean_text(text))
    return _styled(p, style_id) if style_id else p


def _row_flags(row, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if header:
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    el = OxmlElement("w:cantSplit")          # a row never breaks across pages
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cell_lines(text: str, width_pt: float) -> int:
    per_line = max((width_pt - 2 * CELL_MARGIN) / CELL_SIZE, 1)
    return max(1, -int(-char_width(text) // per_line))


def row_chunks(row: list[list[str]], widths_pt: list[float]) -> list[list[list[str]]]:
    """A row as one or more rows of at most :data:`MAX_ROW_LINES` lines, cut between
    paragraphs; the first cell of a continuation repeats the first cell + （续）."""
    lines = [sum(_cell_lines(t, w) for t in cell) for cell, w in zip(row, widths_pt)]
    if max(lines, default=1) <= MAX_ROW_LINES:
        return [row]
    long_col = lines.index(max(lines))
    chunks: list[list[str]] = [[]]
    used = 0
    for text in row[long_col]:
        n = _cell_lines(text, widths_pt[long_col])
        if chunks[-1] and used + n > MAX_ROW_LINES:
            chunks.append([])
            used = 0
        chunks[-1].append(text)
        used += n
    out = []
    for k, part in enumerate(chunks):
        cells = [list(c) if k == 0 else [] for c in row]
        cells[long_col] = part
        if k and long_col != 0:
            cells[0] = [f"{t}（续）" for t in row[0]]
        out.append(cells)
    return out


def _add_table(doc, block: TableBlock, ids: dict[str, str]) -> None:
    table = doc.add_table(rows=1, cols=len(block.header))
    table.style = doc.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths_pt = [TEXT_W * w for w in block.widths]
    widths = [Pt(w) for w in widths_pt]
    for column, width in zip(table.columns, widths):
        column.width = width            # the grid LibreOffice and WPS go by
    head = table.rows[0]
    _row_flags(head, header=True)
    for cell, text, width in zip(head.cells, block.header, widths):
        cell.width = width
        cell.paragraphs[0].text = text
        _styled(cell.paragraphs[0], ids["表格标题"])
        cell.paragraphs[0].paragraph_format.line_spacing = Pt(LINE_PITCH - RULE_PT)
    for row in block.rows:
        for part in row_chunks(row, widths_pt):
            added = table.add_row()
            _row_flags(added)
            for col, (cell, paras, width) in enumerate(zip(added.cells, part, widths)):
                cell.width = width
                for k, text in enumerate(paras or [""]):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    p.text = clean_text(text)
                    _styled(p, ids["表格文字"])
                    if k == 0:
                        p.paragraph_format.line_spacing = Pt(LINE_PITCH - RULE_PT)
                    if col in block.centered:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _add_title(doc, text: str, style_id: str) -> None:
    p = _styled(doc.add_paragraph(), style_id)
    for k, line in enumerate(title_lines(clean_text(text))):
        run = p.add_run(line)
        if k:
            run._r.addprevious(_break())
    return p


def _break():
    r = OxmlElement("w:r")
    br = OxmlElement("w:br")
    r.append(br)
    return r


def write_report_docx(hearing: Hearing, path: str | os.PathLike,
                      report: Report | None = None) -> None:
    report = report or build_report(hearing)
    doc = Document()
    _setup_styles(doc)
    _page_setup(doc, f"（{len(report.open_opinions)} 条意见未答复）" if report.draft else None)
    names = ("Title", "Heading 1", "Heading 2", "Heading 3", "表格文字", "表格标题", "附件", "落款")
    ids = {name: doc.styles[name].style_id for name in names}
    for block in report.blocks:
        if isinstance(block, Title):
            _add_title(doc, block.text, ids["Title"])
        elif isinstance(block, Heading):
            _add(doc, block.text, ids[f"Heading {min(block.level, 3)}"])
        elif isinstance(block, Para):
            _add(doc, block.text)
        elif isinstance(block, TableBlock):
            _add_table(doc, block, ids)
        elif isinstance(block, Attachments):
            doc.add_paragraph("")                     # 正文下空一行 (7.3.4)
            items = block.items
            lead = "附件："
            hang = char_width(lead) * CHAR_PITCH
            for n, item in enumerate(items, 1):
                text = item if len(items) == 1 else f"{n}. {item}"
                p = _add(doc, (lead if n == 1 else "") + text, ids["附件"])
                p.paragraph_format.left_indent = Pt(INDENT + hang)
                p.paragraph_format.first_line_indent = Pt(-hang if n == 1 else 0)
        elif isinstance(block, Closing):
            doc.add_paragraph("")                     # 下空一行 (7.3.5.2)
            issuer_right, date_right = closing_offsets(char_width(block.issuer), char_width(block.date))
            if block.issuer:
                p = _add(doc, block.issuer, ids["落款"])
                p.paragraph_format.right_indent = Pt(issuer_right)
            p = _add(doc, block.date, ids["落款"])
            p.paragraph_format.right_indent = Pt(date_right)
        else:  # pragma: no cover
            raise TypeError(block)
    props = doc.core_properties
    props.title = report.title
    props.author = hearing.organizer or ""
    props.subject = "听证报告（草稿）" if report.draft else "听证报告"
    props.comments = "由 Hearing Desk 生成"
    props.language = "zh-CN"
    doc.save(str(path))


__all__ = ["write_report_docx", "row_chunks"]

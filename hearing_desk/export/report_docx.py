"""听证报告 as a Word file the presenter can keep editing in Word or WPS.

Same content as the PDF (both come from :func:`compose.build_report`), with real
Word styles: ``Title`` for the title, ``Heading 1`` for the section titles (so
Word's navigation pane lists them), ``Normal`` for the body, a named table
style ``听证报告表格`` and paragraph styles for table text, attachments and the
closing. Page set-up and fonts follow GB/T 9704-2012: A4, 仿宋 3号 body,
黑体 headings, 小标宋 title, 28.95 pt line pitch (22 lines), page numbers
"— 1 —" at the foot, odd pages right and even pages left.
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
from .layout import BODY_SIZE, CELL_LEADING, CELL_SIZE, LEADING, TEXT_W, TITLE_SIZE, char_width
from .text import clean_text

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
TITLE_FONT = "方正小标宋简体"
LATIN_FONT = "Times New Roman"
TABLE_STYLE = "听证报告表格"
BLACK = RGBColor(0, 0, 0)


def _set_fonts(style, east_asia: str, size: float, latin: str = LATIN_FONT) -> None:
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


def _exact(fmt, leading: float, first_indent: float = 0.0) -> None:
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(leading)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(first_indent)


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
    _exact(normal.paragraph_format, LEADING, 2 * BODY_SIZE)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.widow_control = False

    title = styles["Title"]
    _set_fonts(title, TITLE_FONT, TITLE_SIZE)
    ppr = title.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)
    _exact(title.paragraph_format, TITLE_SIZE * 1.5)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(LEADING)

    heading = styles["Heading 1"]
    _set_fonts(heading, HEADING_FONT, BODY_SIZE)
    _exact(heading.paragraph_format, LEADING, 2 * BODY_SIZE)
    heading.paragraph_format.keep_with_next = True

    cell = _paragraph_style(doc, "表格文字")
    _set_fonts(cell, BODY_FONT, CELL_SIZE)
    _exact(cell.paragraph_format, CELL_LEADING)
    cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    head = _paragraph_style(doc, "表格标题", "表格文字")
    _set_fonts(head, HEADING_FONT, CELL_SIZE)
    head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    attach = _paragraph_style(doc, "附件")
    attach.paragraph_format.first_line_indent = Pt(0)
    attach.paragraph_format.left_indent = Pt(5 * BODY_SIZE)
    attach.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    closing = _paragraph_style(doc, "落款")
    closing.paragraph_format.first_line_indent = Pt(0)
    closing.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    closing.paragraph_format.right_indent = Pt(4 * BODY_SIZE)

    table = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    table.base_style = styles["Table Grid"]
    table.quick_style = True


def _page_setup(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin = Mm(27)
    section.right_margin = Mm(210 - 27) - Pt(TEXT_W)
    section.footer_distance = Mm(35 - 7) - Pt(BODY_SIZE)
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = footer.paragraphs[0]
        p.alignment = align
        fmt = p.paragraph_format
        fmt.first_line_indent = Pt(0)
        fmt.left_indent = fmt.right_indent = Pt(14)
        _page_field(p)


def _page_field(paragraph) -> None:
    """``— PAGE —`` as a real field, so Word numbers the pages itself."""
    def run(text=None):
        r = paragraph.add_run(text)
        r.font.size = Pt(14)
        r.font.name = "宋体"
        return r
    run("— ")
    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._r.append(fld)
        elif instr.strip() == "PAGE":
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


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _add_table(doc, block: TableBlock, ids: dict[str, str]) -> None:
    table = doc.add_table(rows=1, cols=len(block.header))
    table.style = doc.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [Pt(TEXT_W * w) for w in block.widths]
    for column, width in zip(table.columns, widths):
        column.width = width            # the grid LibreOffice and WPS go by
    head = table.rows[0]
    _repeat_header(head)
    for cell, text, width in zip(head.cells, block.header, widths):
        cell.width = width
        cell.paragraphs[0].text = text
        _styled(cell.paragraphs[0], ids["表格标题"])
    for row in block.rows:
        cells = table.add_row().cells
        for col, (cell, paras, width) in enumerate(zip(cells, row, widths)):
            cell.width = width
            for k, text in enumerate(paras or [""]):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.text = clean_text(text)
                _styled(p, ids["表格文字"])
                if col in block.centered:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def write_report_docx(hearing: Hearing, path: str | os.PathLike,
                      report: Report | None = None) -> None:
    report = report or build_report(hearing)
    doc = Document()
    _setup_styles(doc)
    _page_setup(doc)
    ids = {name: doc.styles[name].style_id
           for name in ("Title", "Heading 1", "表格文字", "表格标题", "附件", "落款")}
    for block in report.blocks:
        if isinstance(block, Title):
            _add(doc, block.text, ids["Title"])
        elif isinstance(block, Heading):
            _add(doc, block.text, ids["Heading 1"])
        elif isinstance(block, Para):
            _add(doc, block.text)
        elif isinstance(block, TableBlock):
            _add_table(doc, block, ids)
        elif isinstance(block, Attachments):
            doc.add_paragraph("")
            items = block.items
            lead = "附件："
            for n, item in enumerate(items, 1):
                text = item if len(items) == 1 else f"{n}. {item}"
                p = _add(doc, (lead if n == 1 else "") + text, ids["附件"])
                if n == 1:
                    p.paragraph_format.first_line_indent = Pt(-len(lead) * BODY_SIZE)
        elif isinstance(block, Closing):
            doc.add_paragraph("")
            doc.add_paragraph("")
            date_w = max(char_width(block.date), char_width("2000年12月31日"))
            if block.issuer:
                p = _add(doc, block.issuer, ids["落款"])
                indent = max(4 + (date_w - char_width(block.issuer)) / 2, 2)
                p.paragraph_format.right_indent = Pt(indent * BODY_SIZE)
            _add(doc, block.date, ids["落款"])
        else:  # pragma: no cover
            raise TypeError(block)
    props = doc.core_properties
    props.title = report.blocks[0].text if report.blocks else "听证报告"
    props.author = hearing.organizer or ""
    props.subject = "听证报告"
    props.comments = "由 Hearing Desk 生成"
    props.language = "zh-CN"
    doc.save(str(path))

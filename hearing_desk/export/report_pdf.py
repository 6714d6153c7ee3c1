"""听证报告 as PDF, in the house style (GB/T 9704-2012), every font embedded."""
from __future__ import annotations

import os

from reportlab.lib import colors
from reportlab.platypus import (
    BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table,
    TableStyle,
)

from ..domain import Hearing
from .compose import Attachments, Closing, Heading, Para, Report, TableBlock, Title, build_report
from .fonts import FontSet
from .layout import (
    BODY_SIZE, BOTTOM, CELL_SIZE, LEADING, LEFT, PAGE_H, PAGE_W, TEXT_H, TEXT_W, TOP, Paragraph, Styles,
    balanced_title, closing_paragraphs, gbt_page_number, make_styles, paged_canvas,
)

CELL_PAD = 4


def gbt_doc(path: str | os.PathLike, fonts: FontSet, *, title: str, author: str,
            subject: str) -> BaseDocTemplate:
    """A document template with the GB/T 9704 text block; fonts set so that no
    standard-14 font (Helvetica) is ever referenced."""
    doc = BaseDocTemplate(
        str(path), pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=PAGE_W - LEFT - TEXT_W,
        topMargin=TOP, bottomMargin=BOTTOM, title=title, author=author, subject=subject,
        creator="Hearing Desk", initialFontName=fonts.body, initialFontSize=BODY_SIZE,
        initialLeading=LEADING, lang="zh-CN")
    frame = Frame(LEFT, BOTTOM, TEXT_W, TEXT_H, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _chars(width: float) -> int:
    """Characters of table text that fit a line of a column ``width`` wide."""
    return max(int((width - 2 * CELL_PAD - CELL_SIZE) // CELL_SIZE), 1)


def _chunks(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut after 。；！？ where possible."""
    if len(text) <= limit:
        return [text]
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind(p) for p in "。；！？\n")
        end = start + (cut + 1 if cut > limit // 3 else limit)
        pieces.append(text[start:end].strip())
        start = end
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def grid_table(block: TableBlock, fonts: FontSet, styles: Styles) -> Table:
    """A ruled table; every cell is a Paragraph (CJK wrapping); header repeated.

    A row whose cells hold several paragraphs (a participant's numbered answers)
    becomes one table row per paragraph, ruled as one: the table then breaks
    between answers, and reportlab never has to split inside a row (which
    repeats the header in the middle of a page)."""
    head = [Paragraph(fonts.markup(h, fonts.heading), styles.cell_head) for h in block.header]
    data: list[list] = [head]
    group_ends: list[int] = []
    widths = [TEXT_W * w for w in block.widths]
    for row in block.rows:
        # a very long text is cut at sentence ends into rows of at most ~15 lines,
        # so that no row is taller than a page
        row = [[chunk for text in paras for chunk in _chunks(text, _chars(width) * 15)]
               for paras, width in zip(row, widths)]
        height = max((len(paras) for paras in row), default=1) or 1
        for k in range(height):
            cells = []
            for col, paras in enumerate(row):
                style = styles.cell_center if col in block.centered else styles.cell
                cells.append(Paragraph(fonts.markup(paras[k]), style) if k < len(paras) else "")
            data.append(cells)
        group_ends.append(len(data) - 1)
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.body, CELL_SIZE),   # never Helvetica
        ("BOX", (0, 0), (-1, -1), 0.75, colors.black),
        ("LINEAFTER", (0, 0), (-2, -1), 0.75, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    starts = [0] + group_ends[:-1]
    for start, end in zip(starts, group_ends):
        commands += [("TOPPADDING", (0, start + 1), (-1, start + 1), CELL_PAD),
                     ("BOTTOMPADDING", (0, end), (-1, end), CELL_PAD + 2),
                     ("LINEBELOW", (0, end), (-1, end), 0.75, colors.black)]
    commands += [("TOPPADDING", (0, 0), (-1, 0), CELL_PAD),
                 ("BOTTOMPADDING", (0, 0), (-1, 0), CELL_PAD + 2)]
    table.setStyle(TableStyle(commands))
    return table


def attachment_paragraphs(items: list[str], fonts: FontSet, styles: Styles) -> list[Flowable]:
    """附件：1. ×××  – further names aligned under the first (GB/T 9704-2012 7.3.6)."""
    from reportlab.lib.styles import ParagraphStyle

    if not items:
        return []
    lead = "附件："
    indent = 2 * BODY_SIZE + len(lead) * BODY_SIZE
    style = ParagraphStyle("attach", parent=styles.plain, leftIndent=indent)
    first = ParagraphStyle("attach1", parent=style, firstLineIndent=-len(lead) * BODY_SIZE)
    if len(items) == 1:
        return [Paragraph(fonts.markup(lead + items[0]), first)]
    out = []
    for n, item in enumerate(items, 1):
        text = fonts.markup(f"{n}. {item}")
        out.append(Paragraph((fonts.markup(lead) + text) if n == 1 else text, first if n == 1 else style))
    return out


def report_story(report: Report, fonts: FontSet, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    ending: list[Flowable] = []
    for block in report.blocks:
        if isinstance(block, Title):
            text = balanced_title(block.text, fonts.title, styles.title.fontSize, TEXT_W)
            story.append(Paragraph(fonts.markup(text, fonts.title), styles.title))
        elif isinstance(block, Heading):
            # a heading never stands alone at the foot of a page
            story.append(CondPageBreak(4 * LEADING))
            story.append(Paragraph(fonts.markup(block.text, fonts.heading), styles.heading))
        elif isinstance(block, Para):
            story.append(Paragraph(fonts.markup(block.text), styles.body))
        elif isinstance(block, TableBlock):
            story += [grid_table(block, fonts, styles), Spacer(1, LEADING / 2)]
        elif isinstance(block, Attachments):
            ending += [Spacer(1, LEADING), *attachment_paragraphs(block.items, fonts, styles)]
        elif isinstance(block, Closing):
            ending += [Spacer(1, 2 * LEADING),
                       *closing_paragraphs(block.issuer, block.date, fonts, styles)]
        else:  # pragma: no cover - every block type is handled above
            raise TypeError(block)
    if ending:
        # the closing never stands on a page without text (GB/T 9704-2012 7.3.5)
        last: list[Flowable] = []
        if story and isinstance(story[-1], Paragraph):
            last.insert(0, story.pop())
            if story and isinstance(story[-1], Paragraph) and story[-1].style is styles.heading:
                last.insert(0, story.pop())      # and its heading with it
        story.append(KeepTogether(last + ending))
    return story


def write_report_pdf(hearing: Hearing, path: str | os.PathLike, fonts: FontSet,
                     report: Report | None = None) -> None:
    report = report or build_report(hearing)
    styles = make_styles(fonts)
    title = report.blocks[0].text if report.blocks and isinstance(report.blocks[0], Title) else "听证报告"
    doc = gbt_doc(path, fonts, title=title, author=hearing.organizer or "",
                  subject="听证报告")
    doc.build(report_story(report, fonts, styles), canvasmaker=paged_canvas(gbt_page_number(fonts)))

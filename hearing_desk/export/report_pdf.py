"""听证报告 as PDF, in the house style (GB/T 9704-2012), every font embedded.

Every line sits on the page's 22-line grid (:mod:`.typeset`), so a page that a
paragraph or a table row runs over holds exactly 22 lines of 28 characters."""
from __future__ import annotations

import os

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from ..domain import Hearing
from .compose import Attachments, Closing, Heading, Para, Report, TableBlock, Title, build_report
from .fonts import FontSet
from .layout import (
    ATTACHMENT_GAP_LINES,
    CHAR_PITCH,
    CLOSING_GAP_LINES,
    INDENT,
    LINE_PITCH,
    TITLE_GAP_LINES,
    closing_offsets,
    title_lines,
)
from .pages import draft_mark, gbt_doc, gbt_page_number, paged_canvas
from .styles import Styles, grid_table, make_styles, para
from .typeset import GridParagraph, GridSpace

# re-exported for the transcript and older callers
__all__ = ["write_report_pdf", "report_story", "gbt_doc", "grid_table", "title_flowables"]

#: a heading needs this many lines below it on its page, else it starts the next
HEADING_KEEP_LINES = 3


def title_flowables(text: str, fonts: FontSet, styles: Styles) -> list[Flowable]:
    """The title in balanced lines (7.3.1), then one blank line."""
    lines = title_lines(text, styles.title.size)
    return [para(fonts, "\n".join(lines), styles.title), GridSpace(TITLE_GAP_LINES)]


def text_width(text: str, font: str, size: float) -> float:
    """Width of one line of body text as the grid sets it (character spacing included)."""
    return stringWidth(text, font, size) + len(text) * (CHAR_PITCH - size)


def attachment_paragraphs(items: list[str], fonts: FontSet, styles: Styles) -> list[Flowable]:
    """附件：1. ×××  – 左空二字, later names aligned under the first (7.3.4)."""
    if not items:
        return []
    lead = "附件："
    lead_w = text_width(lead, fonts.body, styles.body.size)
    style = styles.plain.but(left_indent=INDENT + lead_w, first_indent=-lead_w)
    if len(items) == 1:
        return [para(fonts, lead + items[0], style)]
    out: list[Flowable] = []
    for n, item in enumerate(items, 1):
        text = f"{n}. {item}"
        if n == 1:
            out.append(para(fonts, lead + text, style))
        else:
            out.append(para(fonts, text, style.but(first_indent=0.0)))
    return out


def closing_paragraphs(issuer: str, date: str, fonts: FontSet, styles: Styles) -> list[Flowable]:
    """The issuing organ 右空二字 and the date under it, two characters further right
    (GB/T 9704-2012 7.3.5.2, a document without a seal)."""
    size = styles.body.size
    issuer_w = text_width(issuer, fonts.body, size) if issuer else 0.0
    date_w = text_width(date, fonts.body, size)
    issuer_right, date_right = closing_offsets(issuer_w / CHAR_PITCH, date_w / CHAR_PITCH)
    right = styles.plain.but(align="right")
    out: list[Flowable] = []
    if issuer:
        out.append(para(fonts, issuer, right.but(right_indent=issuer_right)))
    out.append(para(fonts, date, right.but(right_indent=date_right)))
    return out


def report_story(report: Report, fonts: FontSet, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    ending: list[Flowable] = []
    for block in report.blocks:
        if isinstance(block, Title):
            story += title_flowables(block.text, fonts, styles)
        elif isinstance(block, Heading):
            # a heading never stands alone at the foot of a page
            story.append(CondPageBreak(HEADING_KEEP_LINES * LINE_PITCH))
            style = styles.heading if block.level == 1 else styles.heading2
            story.append(para(fonts, block.text, style))
        elif isinstance(block, Para):
            story.append(para(fonts, block.text, styles.body))
        elif isinstance(block, TableBlock):
            story.append(grid_table(block, fonts, styles))
        elif isinstance(block, Attachments):
            ending += [GridSpace(ATTACHMENT_GAP_LINES), *attachment_paragraphs(block.items, fonts, styles)]
        elif isinstance(block, Closing):
            ending += [GridSpace(CLOSING_GAP_LINES),
                       *closing_paragraphs(block.issuer, block.date, fonts, styles)]
        else:  # pragma: no cover - every block type is handled above
            raise TypeError(block)
    if ending:
        # the closing never stands on a page without text (GB/T 9704-2012 7.3.5.5)
        last: list[Flowable] = []
        if story and isinstance(story[-1], GridParagraph):
            last.insert(0, story.pop())
            if story and isinstance(story[-1], GridParagraph) and story[-1].style.keep_with_next:
                last.insert(0, story.pop())      # and its heading with it
        story.append(KeepTogether(last + ending))
    return story


def write_report_pdf(hearing: Hearing, path: str | os.PathLike, fonts: FontSet,
                     report: Report | None = None) -> None:
    report = report or build_report(hearing)
    styles = make_styles(fonts)
    doc = gbt_doc(path, fonts, title=report.title, author=hearing.organizer or "",
                  subject="听证报告（草稿）" if report.draft else "听证报告")
    decorations = [gbt_page_number(fonts)]
    if report.draft:
        decorations += draft_mark(fonts, f"（{len(report.open_opinions)} 条意见未答复）")
    doc.build(report_story(report, fonts, styles), canvasmaker=paged_canvas(*decorations))

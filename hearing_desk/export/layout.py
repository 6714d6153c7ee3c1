"""House style of the PDF documents, after GB/T 9704-2012 (党政机关公文格式).

A4; 版心 about 156 mm × 225 mm with margins 37 mm (top), 35 mm (bottom), about
27 mm (left) and 25 mm (right), so that 28 characters of 3号 (16 pt) fit a line
and 22 lines a page; title 2号 (22 pt), body 仿宋 3号, headings 黑体 3号, page
numbers at the foot. Also the two-pass canvas that knows the page count.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as _rl_paragraph

from .fonts import FontSet

# Chinese line-breaking rules (禁则): reportlab's list of characters that may not
# begin a line knows 、。） but not ，；：？！”》 and friends, so lines began with a
# comma. Extend it (once, process-wide: the additions are never wanted at a line
# start in any script); such a character then hangs in the right margin.
_NO_LINE_START = "，；：？！”’》〉」』】〕）…—·％‰℃"
for _module in (_rl_paragraph, _rl_textsplit):
    _module.ALL_CANNOT_START += "".join(
        c for c in _NO_LINE_START if c not in _module.ALL_CANNOT_START)

PAGE_W, PAGE_H = A4
BODY_SIZE = 16.0                     # 3号
TITLE_SIZE = 22.0                    # 2号
CHARS_PER_LINE = 28
LINES_PER_PAGE = 22
TEXT_W = CHARS_PER_LINE * BODY_SIZE + 0.5      # 448.5 pt ≈ 158 mm
TOP, BOTTOM = 37 * mm, 35 * mm
LEFT = 27 * mm
RIGHT = PAGE_W - LEFT - TEXT_W                 # ≈ 24.8 mm
TEXT_H = PAGE_H - TOP - BOTTOM                 # 225 mm
LEADING = TEXT_H / LINES_PER_PAGE              # ≈ 28.95 pt
CELL_SIZE = 14.0                     # 4号 in tables
CELL_LEADING = 21.0
FOOT_SIZE = 14.0                     # page numbers: 4号


class Paragraph(_rl_paragraph.Paragraph):
    """reportlab's Paragraph, with one fix: when a split part of a mixed-font CJK
    paragraph is left with a single fragment (adjacent runs in the same fallback
    font merge), reportlab re-used the multi-fragment lines as if they were
    simple ones and failed while drawing ('FragLine' object is not subscriptable)."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802 - reportlab API
        bl = getattr(self, "blPara", None)
        if (len(self.frags) == 1 and getattr(self, "_splitpara", 0) and bl is not None
                and bl.lines and not isinstance(bl.lines[0], (tuple, list))):
            return bl           # multi-fragment lines: draw them as such
        return super().breakLinesCJK(maxWidths)


@dataclass
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    plain: ParagraphStyle            # body without first-line indent
    centered: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle


def make_styles(fonts: FontSet) -> Styles:
    body = ParagraphStyle(
        "body", fontName=fonts.body, fontSize=BODY_SIZE, leading=LEADING,
        firstLineIndent=2 * BODY_SIZE, alignment=TA_JUSTIFY, wordWrap="CJK",
        allowOrphans=1, allowWidows=1)
    # rightIndent: room for punctuation that hangs at the end of a full line,
    # so that it never crosses the cell's rule
    cell = ParagraphStyle("cell", parent=body, fontSize=CELL_SIZE, leading=CELL_LEADING,
                          firstLineIndent=0, alignment=TA_LEFT, rightIndent=CELL_SIZE)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=fonts.title, fontSize=TITLE_SIZE,
                             leading=TITLE_SIZE * 1.5, firstLineIndent=0, alignment=TA_CENTER,
                             spaceAfter=LEADING),
        heading=ParagraphStyle("heading", parent=body, fontName=fonts.heading),
        body=body,
        plain=ParagraphStyle("plain", parent=body, firstLineIndent=0, alignment=TA_LEFT),
        centered=ParagraphStyle("centered", parent=body, firstLineIndent=0, alignment=TA_CENTER),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER, rightIndent=0),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.heading,
                                 alignment=TA_CENTER, rightIndent=0),
        small=ParagraphStyle("small", parent=cell, fontSize=10.5, leading=15),
    )


Decorate = Callable[[Canvas, int, int], None]


def paged_canvas(decorate: Decorate) -> type[Canvas]:
    """A canvas class that keeps every page until the end, then draws
    ``decorate(canvas, page, total)`` on each: "第 X 页 共 Y 页" needs the total."""

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def gbt_page_number(fonts: FontSet) -> Decorate:
    """``— 1 —`` at the foot, odd pages right and even pages left, one character in
    from the edge of the text block (GB/T 9704-2012 7.5)."""
    def decorate(canv: Canvas, page: int, total: int) -> None:
        text = f"— {page} —"
        canv.saveState()
        canv.setFont(fonts.body, FOOT_SIZE)
        y = BOTTOM - 7 * mm - FOOT_SIZE
        if page % 2:
            canv.drawRightString(LEFT + TEXT_W - FOOT_SIZE, y, text)
        else:
            canv.drawString(LEFT + FOOT_SIZE, y, text)
        canv.restoreState()
    return decorate


def char_width(text: str) -> float:
    """Width in body characters: full-width 1, ASCII ½."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)


def closing_paragraphs(issuer: str, date: str, fonts: FontSet, styles: Styles) -> list[Flowable]:
    """The issuing organ centred over the date, the date four characters in from
    the right (GB/T 9704-2012 7.3.5.1); both right-aligned paragraphs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = BODY_SIZE
    date_w = max(stringWidth(date, fonts.body, size), stringWidth("2000年12月31日", fonts.body, size))
    right = ParagraphStyle("closing", parent=styles.plain, alignment=TA_RIGHT, rightIndent=4 * size)
    out: list[Flowable] = []
    if issuer:
        iw = stringWidth(issuer, fonts.body, size)
        indent = max(4 * size + (date_w - iw) / 2, 2 * size)
        out.append(Paragraph(fonts.markup(issuer), ParagraphStyle(
            "issuer", parent=right, rightIndent=min(indent, TEXT_W - iw))))
    out.append(Paragraph(fonts.markup(date).replace(" ", "&nbsp;"), right))
    return out


def balanced_title(text: str, font: str, size: float, width: float) -> str:
    """Where a title needs two lines, break it at a natural place – before "（"
    or after "》" – keeping both lines about equal (GB/T 9704: 词意完整，排列对称).
    Returns the text with a ``\n`` at the break, or unchanged."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    best, best_score = None, None
    for i in range(1, len(text)):
        natural = text[i] in "（《" or text[i - 1] in "》）"
        if not natural:
            continue
        a, b = text[:i], text[i:]
        wa, wb = stringWidth(a, font, size), stringWidth(b, font, size)
        if wa > width or wb > width:
            continue
        score = abs(wa - wb)
        if best_score is None or score < best_score:
            best, best_score = i, score
    return text if best is None else text[:best] + "\n" + text[best:]

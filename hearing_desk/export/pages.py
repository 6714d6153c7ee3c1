"""Pages of the PDF documents: the GB/T 9704 text block, the two-pass canvas that
knows the page count, page numbers (7.5) and the 草稿 mark of an unfinished document."""
from __future__ import annotations

import os
from collections.abc import Callable

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .fonts import FontSet
from .layout import (
    BODY_SIZE,
    BOTTOM,
    LEFT,
    LINE_PITCH,
    PAGE_H,
    PAGE_NO_RULE_GAP,
    PAGE_NO_SIDE,
    PAGE_NO_SIZE,
    PAGE_W,
    TEXT_H,
    TEXT_W,
    TOP,
)

Decorate = Callable[[Canvas, int, int], None]
DRAFT = "草稿"


def gbt_doc(path: str | os.PathLike, fonts: FontSet, *, title: str, author: str,
            subject: str) -> BaseDocTemplate:
    """A document whose one frame is the 版心 (156 × 225 mm at 28 mm / 37 mm); fonts
    set so that no standard-14 font (Helvetica) is ever referenced."""
    doc = BaseDocTemplate(
        str(path), pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=PAGE_W - LEFT - TEXT_W,
        topMargin=TOP, bottomMargin=BOTTOM, title=title, author=author, subject=subject,
        creator="Hearing Desk", initialFontName=fonts.body, initialFontSize=BODY_SIZE,
        initialLeading=LINE_PITCH, lang="zh-CN")
    frame = Frame(LEFT, BOTTOM, TEXT_W, TEXT_H, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def paged_canvas(*decorations: Decorate) -> type[Canvas]:
    """A canvas class that keeps every page until the end, then draws each
    ``decorate(canvas, page, total)`` on each: "第 X 页 共 Y 页" needs the total."""

    class PagedCanvas(Canvas):
        _code: list                 # reportlab's operators of the page being drawn

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
                for decorate in decorations:
                    if getattr(decorate, "under", False):     # beneath the page's text
                        text = self._code
                        self._code = []
                        decorate(self, number, total)
                        self._code += text
                    else:
                        decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def page_number_baseline(fonts: FontSet) -> float:
    """Baseline of the page number: the middle of its 一字线 lies 7 mm below the
    版心's lower edge (GB/T 9704-2012 7.5)."""
    return BOTTOM - PAGE_NO_RULE_GAP - fonts.dash_middle(fonts.song) * PAGE_NO_SIZE


def gbt_page_number(fonts: FontSet) -> Decorate:
    """``— 1 —`` in 4号宋体: odd pages 右空一字, even pages 左空一字 (7.5)."""
    def decorate(canv: Canvas, page: int, total: int) -> None:
        text = f"— {page} —"
        canv.saveState()
        canv.setFillColor(black)
        canv.setFont(fonts.song, PAGE_NO_SIZE)
        y = page_number_baseline(fonts)
        if page % 2:
            canv.drawRightString(LEFT + TEXT_W - PAGE_NO_SIDE, y, text)
        else:
            canv.drawString(LEFT + PAGE_NO_SIDE, y, text)
        canv.restoreState()
    return decorate


def draft_watermark(fonts: FontSet) -> Decorate:
    """A light diagonal 草稿 beneath the text of every page."""
    def watermark(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setFillColor(Color(0.85, 0.85, 0.85))
        canv.translate(PAGE_W / 2, PAGE_H / 2)
        canv.rotate(35)
        canv.setFont(fonts.heading, 120)
        canv.drawCentredString(0, -40, DRAFT)
        canv.restoreState()
    watermark.under = True  # type: ignore[attr-defined]
    return watermark


def draft_mark(fonts: FontSet, note: str = "") -> list[Decorate]:
    """草稿 on every page: in the head margin (right, 黑体 3号) and as a light
    diagonal mark beneath the text, so that no copy of an unfinished document
    passes for the final one."""
    def mark(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setFillColor(black)
        canv.setFont(fonts.heading, BODY_SIZE)
        canv.drawRightString(LEFT + TEXT_W, PAGE_H - TOP + 10 * mm, DRAFT + note)
        canv.restoreState()
    return [draft_watermark(fonts), mark]

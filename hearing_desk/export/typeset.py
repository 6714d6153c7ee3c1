"""Typesetting on the GB/T 9704 grid: paragraphs and ruled tables whose lines sit
exactly on the page's 22 line slots, with Chinese line breaking.

reportlab's own Paragraph cannot set character spacing (28 characters of 3号 in
156 mm need −0.21 pt between characters), hangs punctuation outside the text block
and lets opening quotes end a line; its Table cannot split a row. These flowables
do the few things the documents need, exactly:

* :class:`GridParagraph` – runs of (text, font); every line is ``style.leading``
  high (one slot), the em box centred in it; lines justified to both edges
  (两端对齐) except a paragraph's last; broken by :mod:`.linebreak`; split across
  pages between any two lines.
* :class:`GridSpace` – blank lines (dropped at the top of a page).
* :class:`GridTable` – ruled table of such paragraphs; rows are whole slots, the
  header repeats on every page and a row may continue on the next page.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from .layout import CHAR_SPACE, LINE_PITCH, em_baseline
from .linebreak import break_lines

Run = tuple[str, str]            # (text, registered font name)


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float = LINE_PITCH
    char_space: float = CHAR_SPACE   # added after every character (PDF Tc)
    first_indent: float = 0.0        # points; negative for a hanging indent
    left_indent: float = 0.0
    right_indent: float = 0.0
    align: str = "justify"           # justify | left | center | right
    keep_with_next: bool = False

    def but(self, **changes) -> TextStyle:
        return replace(self, **changes)


@lru_cache(maxsize=32)
def _width_table(font: str) -> dict[str, float]:
    return {}


def advance(ch: str, font: str, size: float) -> float:
    """Width of ``ch`` in ``font`` at ``size`` points (cached per font)."""
    table = _width_table(font)
    w = table.get(ch)
    if w is None:
        w = getFont(font).stringWidth(ch, 1000.0) / 1000.0
        table[ch] = w
    return w * size


@dataclass
class Line:
    chars: list[tuple[str, str]]     # (character, font)
    width: float                     # natural advance, character spacing included
    room: float                      # the width available
    indent: float                    # from the left edge of the paragraph box
    last: bool                       # last line of a paragraph: not justified

    @property
    def text(self) -> str:
        return "".join(c for c, _f in self.chars)


def _chars(runs: Sequence[Run]) -> list[tuple[str, str]]:
    out = []
    for text, font in runs:
        for ch in text.replace("\t", "\u3000").replace("\r", ""):
            out.append((ch, font))
    return out


def lay_out(runs: Sequence[Run], style: TextStyle, width: float) -> list[Line]:
    """Break ``runs`` into lines ``width`` wide (a ``\\n`` starts a new paragraph)."""
    lines: list[Line] = []
    para: list[tuple[str, str]] = []
    for item in _chars(runs) + [("\n", "")]:
        if item[0] != "\n":
            para.append(item)
            continue
        text = [c for c, _f in para]
        widths = [advance(c, f, style.size) + style.char_space for c, f in para]
        body = width - style.left_indent - style.right_indent
        first, rest = body - style.first_indent, body
        spans = break_lines(text, widths, [first, rest]) if para else [(0, 0)]
        for k, (a, b) in enumerate(spans):
            indent = style.left_indent + (style.first_indent if k == 0 else 0.0)
            while b > a + 1 and text[b - 1] == " ":       # no trailing spaces: the line ends at the edge
                b -= 1
            lines.append(Line(para[a:b], sum(widths[a:b]), first if k == 0 else rest, indent,
                              last=k == len(spans) - 1))
        para = []
    return lines


def draw_line(canv, line: Line, style: TextStyle, x: float, y: float) -> None:
    """Draw ``line`` with its slot's top-left corner at ``(x, y)`` (y downwards of it)."""
    if not line.chars:
        return
    spare = line.room - line.width
    tc = style.char_space
    offset = line.indent
    if style.align == "justify" and not line.last and len(line.chars) > 1 and spare > 0:
        tc += spare / (len(line.chars) - 1)
    elif style.align == "center":
        offset += spare / 2 + style.char_space / 2
    elif style.align == "right":
        offset += spare + style.char_space
    baseline = y - em_baseline(style.size, style.leading)
    tx = canv.beginText(x + offset, baseline)
    tx.setCharSpace(tc)
    cursor = x + offset
    # Every piece that reportlab writes as one string (one font subset) gets its own
    # origin: the place of a character then never depends on how a reader applies
    # the character spacing after the last glyph of a string (pdfminer does not).
    for text, font in _font_runs(line.chars):
        tx.setFont(font, style.size)
        for piece in _subset_pieces(canv, font, text):
            tx.setTextOrigin(cursor, baseline)
            tx.textOut(piece)
            cursor += sum(advance(c, font, style.size) + tc for c in piece)
    canv.drawText(tx)


def _font_runs(chars: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch, font in chars:
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + ch, font)
        else:
            out.append((ch, font))
    return out


def _subset_pieces(canv, font: str, text: str) -> list[str]:
    """``text`` cut where reportlab switches to another subset of an embedded font."""
    face = getFont(font)
    split = getattr(face, "splitString", None)
    if split is None or not getattr(face, "_multiByte", 0) and not hasattr(face, "face"):
        return [text]
    try:
        parts = split(text, canv._doc)
    except Exception:  # noqa: BLE001 - a font without subsets: one piece
        return [text]
    out, pos = [], 0
    for _subset, codes in parts:
        n = len(codes)
        out.append(text[pos:pos + n])
        pos += n
    if pos != len(text):            # not one byte per character: do not cut
        return [text]
    return out


class GridParagraph(Flowable):
    """A paragraph on the line grid (see the module docstring)."""

    def __init__(self, runs: Sequence[Run] | str, style: TextStyle, *, lines: list[Line] | None = None,
                 continued: bool = False):
        super().__init__()
        self.runs = [(runs, style.font)] if isinstance(runs, str) else list(runs)
        self.style = style
        # headings are kept with what follows by CondPageBreak, not by reportlab's
        # keepWithNext (which would carry a whole table or paragraph to the next page)
        self.keepWithNext = False
        self._lines = lines
        self._for_width: float | None = None if lines is None else -1.0
        self.continued = continued       # a part after a page break

    @property
    def text(self) -> str:
        return "".join(t for t, _f in self.runs)

    def lines_for(self, width: float) -> list[Line]:
        if self._lines is None or (self._for_width not in (-1.0, width)):
            self._lines = lay_out(self.runs, self.style, width)
            self._for_width = width
        return self._lines

    def wrap(self, availWidth, availHeight):  # noqa: N802,N803 - reportlab API
        self.width = availWidth
        self.height = len(self.lines_for(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        lines = self.lines_for(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        return [GridParagraph(self.runs, self.style, lines=lines[:fit]),
                GridParagraph(self.runs, self.style.but(keep_with_next=False), lines=lines[fit:],
                              continued=True)]

    def draw(self):
        top = self.height
        for k, line in enumerate(self.lines_for(self.width)):
            draw_line(self.canv, line, self.style, 0.0, top - k * self.style.leading)


class GridSpace(Flowable):
    """``n`` blank lines; none at the top of a page, and never carried to the next."""

    def __init__(self, n: float = 1, leading: float = LINE_PITCH):
        super().__init__()
        self.n, self.leading = n, leading

    def wrap(self, availWidth, availHeight):  # noqa: N802,N803
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and bool(getattr(frame, "_atTop", False))
        self.height = 0.0 if at_top else min(self.n * self.leading, availHeight)
        return availWidth, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []

    def draw(self):
        pass


@dataclass
class Column:
    width: float                     # points
    style: TextStyle                 # of its cells
    header_style: TextStyle


class GridTable(Flowable):
    """A ruled table of grid paragraphs (see the module docstring).

    ``rows`` are lists of cells, a cell a list of paragraphs (strings or runs).
    ``min_lines`` makes every body row at least that many slots high (room to sign).
    """

    PAD = 4.0                         # left/right padding of a cell, points
    RULE = 0.75

    def __init__(self, columns: Sequence[Column], header: Sequence[Sequence[Run]],
                 rows: Sequence[Sequence[Sequence[Sequence[Run]]]], *, min_lines: int = 1,
                 leading: float = LINE_PITCH, _laid: list | None = None):
        super().__init__()
        self.columns = list(columns)
        self.header = [list(h) for h in header]
        self.rows = rows
        self.min_lines = min_lines
        self.leading = leading
        self._laid = _laid               # per row: per column: list[Line]

    # -- layout
    def _cell_lines(self, paragraphs, col: Column, style: TextStyle) -> list[Line]:
        out: list[Line] = []
        for runs in paragraphs:
            out += lay_out(runs, style, col.width - 2 * self.PAD)
        return out

    def _lay(self) -> list[list[list[Line]]]:
        if self._laid is None:
            laid = []
            for row in self.rows:
                cells = [self._cell_lines(paras, col, col.style) for paras, col in zip(row, self.columns)]
                laid.append(cells)
            self._laid = laid
        return self._laid

    def _header_lines(self) -> list[list[Line]]:
        return [lay_out(runs, col.header_style, col.width - 2 * self.PAD)
                for runs, col in zip(self.header, self.columns)]

    def _height_of(self, cells: list[list[Line]], body: bool = True) -> int:
        n = max((len(c) for c in cells), default=1)
        return max(n, self.min_lines if body else 1, 1)

    def wrap(self, availWidth, availHeight):  # noqa: N802,N803
        laid = self._lay()
        n = self._height_of(self._header_lines(), body=False) + sum(self._height_of(c) for c in laid)
        self.width = sum(c.width for c in self.columns)
        self.height = n * self.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        laid = self._lay()
        slots = int((availHeight + 1e-6) // self.leading)
        head = self._height_of(self._header_lines(), body=False)
        if slots < head + 1 or not laid:
            return []
        room = slots - head
        taken: list = []
        for i, cells in enumerate(laid):
            h = self._height_of(cells)
            if h <= room:
                taken.append(cells)
                room -= h
                continue
            content = max((len(c) for c in cells), default=0)
            # a row continues on the next page (rows of a signature table, min_lines > 1, never do)
            if room > 0 and self.min_lines == 1 and content > 1:
                top = [c[:room] for c in cells]
                rest = [c[room:] for c in cells]
                taken.append(top)
                remaining = [rest] + laid[i + 1:]
            else:
                remaining = laid[i:]
            if not taken:
                return []
            first = GridTable(self.columns, self.header, [], min_lines=self.min_lines,
                              leading=self.leading, _laid=taken)
            second = GridTable(self.columns, self.header, [], min_lines=self.min_lines,
                               leading=self.leading, _laid=remaining)
            return [first, second]
        return [self]

    # -- drawing
    def draw(self):
        canv = self.canv
        lead = self.leading
        y = self.height
        xs = [0.0]
        for col in self.columns:
            xs.append(xs[-1] + col.width)
        canv.saveState()
        canv.setStrokeColor(black)
        canv.setLineWidth(self.RULE)
        header = self._header_lines()
        h = self._height_of(header, body=False)
        self._draw_row(header, [c.header_style for c in self.columns], xs, y, h, center_v=True)
        y -= h * lead
        canv.line(0, y, xs[-1], y)
        for cells in self._lay():
            h = self._height_of(cells)
            self._draw_row(cells, [c.style for c in self.columns], xs, y, h,
                           center_v=self.min_lines > 1)
            y -= h * lead
            canv.line(0, y, xs[-1], y)
        canv.rect(0, 0, xs[-1], self.height, stroke=1, fill=0)
        for x in xs[1:-1]:
            canv.line(x, 0, x, self.height)
        canv.restoreState()

    def _draw_row(self, cells, styles, xs, y, h, center_v=False) -> None:
        for k, (lines, style) in enumerate(zip(cells, styles)):
            shift = (h - len(lines)) // 2 if center_v else 0
            for j, line in enumerate(lines):
                draw_line(self.canv, line, style, xs[k] + self.PAD, y - (j + shift) * self.leading)

"""The paragraph styles of the PDF documents (GB/T 9704 roles, see :mod:`.layout`)
and small helpers that make grid paragraphs and tables from plain text."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .compose import TableBlock
from .fonts import FontSet
from .layout import BODY_SIZE, CELL_SIZE, CHAR_PITCH, INDENT, SMALL_SIZE, TEXT_W, TITLE_SIZE
from .typeset import Column, GridParagraph, GridTable, TextStyle


@dataclass
class Styles:
    title: TextStyle                 # 2号小标宋, centred
    heading: TextStyle               # 一级标题: 黑体 3号, 左空二字
    heading2: TextStyle              # 二级标题: 楷体 3号, 左空二字
    body: TextStyle                  # 仿宋 3号, 左空二字, justified
    plain: TextStyle                 # body without the indent
    centered: TextStyle
    cell: TextStyle                  # table text: 4号
    cell_center: TextStyle
    cell_head: TextStyle             # table header: 黑体 4号
    small: TextStyle                 # 5号 notes


def make_styles(fonts: FontSet) -> Styles:
    body = TextStyle(fonts.body, BODY_SIZE, first_indent=INDENT)
    plain = body.but(first_indent=0.0, align="left")
    cell = TextStyle(fonts.body, CELL_SIZE, char_space=0.0, align="left")
    return Styles(
        title=TextStyle(fonts.title, TITLE_SIZE, char_space=0.0, align="center"),
        heading=body.but(font=fonts.heading, keep_with_next=True),
        heading2=body.but(font=fonts.kai, keep_with_next=True),
        body=body,
        plain=plain,
        centered=plain.but(align="center"),
        cell=cell,
        cell_center=cell.but(align="center"),
        cell_head=cell.but(font=fonts.heading, align="center"),
        small=cell.but(size=SMALL_SIZE),
    )


def para(fonts: FontSet, text: str, style: TextStyle, font: str | None = None) -> GridParagraph:
    """A grid paragraph of ``text`` in ``style`` (its font, or ``font``), characters the
    font lacks drawn from another installed font."""
    return GridParagraph(fonts.runs(text, font or style.font), style)


def labelled(fonts: FontSet, label: str, value: str, style: TextStyle, label_font: str) -> GridParagraph:
    """``label`` in ``label_font`` followed by ``value`` in the style's font."""
    return GridParagraph(fonts.runs(label, label_font) + fonts.runs(value, style.font), style)


def grid_table(block: TableBlock, fonts: FontSet, styles: Styles, *, min_lines: int = 1,
               head_font: str | None = None) -> GridTable:
    """A ruled table on the line grid; the header repeats on every page, a row may
    continue on the next page (lines stay on the grid). Every cell paragraph is
    wrapped with Chinese line breaking."""
    columns = []
    for k, frac in enumerate(block.widths):
        style = styles.cell_center if k in block.centered else styles.cell
        columns.append(Column(TEXT_W * frac, style, styles.cell_head))
    header = [fonts.runs(h, head_font or fonts.heading) for h in block.header]
    rows: list[list[list[Sequence[tuple[str, str]]]]] = []
    for row in block.rows:
        rows.append([[fonts.runs(text, columns[k].style.font) for text in cell]
                     for k, cell in enumerate(row)])
    return GridTable(columns, header, rows, min_lines=min_lines)


def chars(n: float) -> float:
    """``n`` characters of body text, in points (one character = the grid's pitch)."""
    return n * CHAR_PITCH

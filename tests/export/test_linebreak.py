"""Chinese line breaking (避头尾): the rule as a function, then crafted paragraphs that
hit each case at a line end, in a PDF paragraph and in a table cell, read back."""
from __future__ import annotations

import pytest

from hearing_desk.export.compose import TableBlock
from hearing_desk.export.linebreak import NO_LINE_END, NO_LINE_START, break_lines, can_break, violations

from .gbt import read_pages


def lines_of(text: str, per_line: int) -> list[str]:
    """Break ``text`` with every character one unit wide (ASCII half)."""
    widths = [0.5 if c.isascii() else 1.0 for c in text]
    return [text[a:b] for a, b in break_lines(text, widths, [per_line])]


def test_closing_punctuation_never_starts_a_line():
    for mark in "，。、；：？！”’）》】」":
        text = "甲" * 10 + mark + "乙" * 5          # the mark would be the 11th character
        lines = lines_of(text, 10)
        assert not any(line[0] in NO_LINE_START for line in lines[1:]), (mark, lines)
        assert "".join(lines) == text
        assert lines[0] == "甲" * 9                # the last 甲 goes down with the mark


def test_opening_punctuation_never_ends_a_line():
    for mark in "“‘（《【「〔":
        text = "甲" * 9 + mark + "乙" * 5           # the mark would be the 10th, the last
        lines = lines_of(text, 10)
        assert lines[0] == "甲" * 9 and lines[1].startswith(mark), (mark, lines)


def test_both_rules_at_once_and_a_doubled_mark():
    # "建议修改为“" ended lines of the old report; "，" started a line in a cell
    text = "建议修改为“通过审核的公共数据产品和服务”，可以通过数据交易所进行交易。"
    for width in range(6, 20):
        lines = lines_of(text, width)
        assert violations(lines) == [], (width, lines)
        assert "".join(lines) == text
    assert lines_of("甲" * 9 + "——乙", 10) == ["甲" * 9, "——乙"]     # —— is never split
    assert lines_of("甲" * 9 + "……乙", 10) == ["甲" * 9, "……乙"]


def test_numbers_and_latin_words_stay_whole():
    lines = lines_of("甲" * 8 + "2024年", 9)             # 2024 would be cut after "20"
    assert lines[0] == "甲" * 8 and lines[1] == "2024年"
    assert not can_break("DSI", 1) and can_break("1.是", 2) and not can_break("1.5", 2)


def test_a_run_longer_than_a_line_is_still_cut():
    text = "a" * 50
    lines = lines_of(text, 10)
    assert "".join(lines) == text and all(len(line) <= 20 for line in lines)


@pytest.fixture(scope="module")
def crafted(tmp_path_factory):
    """A paragraph and a table cell where each punctuation mark falls on a line end."""
    from reportlab.platypus import Flowable

    from hearing_desk.export.fonts import find_fonts
    from hearing_desk.export.layout import CHARS_PER_LINE, INDENT
    from hearing_desk.export.pages import gbt_doc
    from hearing_desk.export.styles import grid_table, make_styles, para

    fonts = find_fonts()
    styles = make_styles(fonts)
    texts = []
    first = CHARS_PER_LINE - round(INDENT / 15.79)            # 26 characters on an indented first line
    for mark in "“（《，。、；：？！”）》":
        lead = "甲" * (first - 1) if mark in NO_LINE_END else "甲" * first
        texts.append(lead + mark + "乙丙丁戊己庚辛壬癸" * 4)
    story: list[Flowable] = [para(fonts, t, styles.body) for t in texts]
    rows = [[["汪曼"], [("建议" * 9)[:17] + mark + "通过审核的公共数据产品和服务。"]] for mark in "“（，。”）"]
    story.append(grid_table(TableBlock(("听证参加人意见", "分析及处理建议"), rows, (0.26, 0.74)), fonts, styles))
    out = tmp_path_factory.mktemp("lb") / "crafted.pdf"
    gbt_doc(out, fonts, title="t", author="", subject="").build(story)
    return out, texts, rows


def test_crafted_paragraphs_and_cells_break_by_the_rules(crafted):
    path, texts, rows = crafted
    pages = read_pages(path)
    lines = [line for page in pages for line in page.lines]
    body = [ln.text for ln in lines if ln.size == 16]
    cells = [seg for ln in lines if ln.size == 14 for seg in ln.segments]
    cell_texts = ["".join(c["text"] for c in seg) for seg in cells]
    assert violations(body) == []
    assert violations([t for t in cell_texts if t not in ("汪曼",)]) == []
    # every crafted case really was at a line end: the mark moved, nothing was lost
    joined = "".join(body)
    for text in texts:
        assert text in joined
    assert sum(1 for t in body if t[0] in "，。、；：？！”）》" or t[-1] in "“（《") == 0
    assert any(t.endswith("甲") and len(t) < 28 for t in body)    # a line gave characters away


def test_a_fingerprint_moves_whole_to_the_next_line():
    text = list("甲" * 20 + "指纹 866C-0571-B40A-9656，即本笔录。")
    widths = [0.5 if c.isascii() else 1.0 for c in text]
    lines = [("".join(text[a:b])) for a, b in break_lines(text, widths, [28.0])]
    assert any(line.startswith("866C-0571-B40A-9656") for line in lines), lines

"""Chinese line breaking (避头尾, after GB/T 15834 标点符号用法 and Word's defaults).

Pure functions on characters and their advance widths, so the rules can be tested
without a PDF:

* opening punctuation (“‘（《〔【「 …) never ends a line;
* closing punctuation (，。、；：？！”’）》〕】」… ) never starts a line;
* a run of Latin letters and digits (2024, DSI, 1.5) is not cut, nor is a doubled
  dash or ellipsis (——, ……), which may begin a line (GB/T 15834-2011).

A line that would break a rule gives its last characters to the next line; the
line is then justified (spread) by the typesetter. Nothing ever hangs outside the
text block: GB/T 9704 fills the 版心 and does not leave it.
"""
from __future__ import annotations

from collections.abc import Sequence

#: may not begin a line (closing punctuation, pauses, marks that follow a word)
NO_LINE_START = frozenset(
    "，。、；：？！”’）》〉」』】〕］｝〗〙·‧％‰℃°′″～"
    ",.;:?!)]}%"
    "ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々")
#: may not end a line (opening punctuation, prefixes)
NO_LINE_END = frozenset("“‘（《〈「『【〔［｛〖〘([{￥＄£$#＃@＠§№")
#: pairs that are never split: a doubled dash or ellipsis
_DOUBLED = frozenset("—…")
#: at most this many characters move to the next line to satisfy the rules
MAX_PUSH = 6
#: a Latin word or number (a fingerprint 866C-0571-B40A-9656, a date 2024-07-16) up to
#: this long moves whole to the next line rather than being cut
MAX_WORD_PUSH = 24


def _is_word_char(ch: str) -> bool:
    """Latin letters, digits and the marks inside numbers (1.5, 3/4, 2024-07)."""
    return ch.isascii() and (ch.isalnum() or ch in "._/-'%+@&")


def can_break(text: Sequence[str], i: int) -> bool:
    """May a line end after ``text[i - 1]`` and the next begin with ``text[i]``?"""
    if i <= 0 or i >= len(text):
        return True
    before, after = text[i - 1], text[i]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before in _DOUBLED and after == before:
        return False
    if _is_word_char(before) and _is_word_char(after):
        # "1." followed by a Chinese word is fine; inside 2024 or DSI it is not
        return False
    return True


def break_lines(text: Sequence[str], widths: Sequence[float],
                line_widths: Sequence[float], *, fuzz: float = 1e-6) -> list[tuple[int, int]]:
    """Cut ``text`` (one paragraph, no line feeds) into lines.

    ``widths[i]`` is the advance of ``text[i]``; ``line_widths[k]`` is the room on
    line ``k`` (the last value repeats). Returns ``(start, end)`` index pairs. Spaces
    at the start of a continued line are dropped (their index is skipped).
    """
    n = len(text)
    lines: list[tuple[int, int]] = []
    start = 0
    while start < n:
        room = line_widths[min(len(lines), len(line_widths) - 1)]
        used = 0.0
        end = start
        while end < n and used + widths[end] <= room + fuzz:
            used += widths[end]
            end += 1
        if end == start:                 # a character wider than the line: alone on it
            end = start + 1
        if end < n:
            cut = end
            reach = MAX_WORD_PUSH if _is_word_char(text[end - 1]) and _is_word_char(text[end]) else MAX_PUSH
            while cut > start and not can_break(text, cut) and end - cut < reach:
                cut -= 1
            if cut > start and can_break(text, cut):
                end = cut
            # else: no legal place within reach (a very long number): cut where it fills
        lines.append((start, end))
        start = end
        if lines and start < n:
            while start < n and text[start] == " ":     # no leading spaces on a continued line
                start += 1
    return lines


def violations(lines: Sequence[str]) -> list[str]:
    """Every place where ``lines`` (the text of consecutive lines) break the rules;
    used by the tests that read a PDF back."""
    found = []
    for k, line in enumerate(lines):
        if not line:
            continue
        if k and line[0] in NO_LINE_START:
            found.append(f"第{k + 1}行以“{line[0]}”开头：{line}")
        if k < len(lines) - 1 and line[-1] in NO_LINE_END:
            found.append(f"第{k + 1}行以“{line[-1]}”结尾：{line}")
    return found

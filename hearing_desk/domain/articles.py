"""Articles of a draft (第二十三条): Chinese numerals, finding article labels in text,
and splitting a draft's text into chapters and articles."""
from __future__ import annotations

import re

from .model import Draft, DraftArticle

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = r"[零〇一二两三四五六七八九十百千\d０-９]+"

ARTICLE_RE = re.compile(rf"第({_NUM})条")
CHAPTER_LINE_RE = re.compile(rf"^\s*(第({_NUM})章)\s*(.*)$")
ARTICLE_LINE_RE = re.compile(rf"^\s*(第({_NUM})条)[\s　]*(.*)$")


def cn_to_int(text: str) -> int:
    """``二十三`` → 23, ``一百零五`` → 105, ``23`` or ``２３`` → 23."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"不是中文数字：{text}")
    return total + current


def int_to_cn(n: int) -> str:
    """23 → ``二十三``, 10 → ``十``, 105 → ``一百零五`` (as article labels are written)."""
    if n <= 0 or n >= 10000:
        raise ValueError(n)
    digits = "零一二三四五六七八九"
    parts, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero:
                parts.append("零")
                zero = False
            parts.append(("" if (value == 10 and d == 1 and n < 20) else digits[d]) + unit)
        elif parts:
            zero = True
    return "".join(parts)


def article_label(number: int) -> str:
    return f"第{int_to_cn(number)}条"


def find_article_labels(text: str) -> list[str]:
    """Article labels mentioned in ``text``, normalised (第23条 → 第二十三条), in order, once each."""
    seen: list[str] = []
    for match in ARTICLE_RE.finditer(text):
        try:
            label = article_label(cn_to_int(match.group(1)))
        except ValueError:
            continue
        if label not in seen:
            seen.append(label)
    return seen


def split_draft(text: str, title: str | None = None) -> Draft:
    """Split a draft's plain text into articles; each remembers its chapter.

    A line starting with 第X章 opens a chapter, a line starting with 第X条 opens an
    article; other lines continue the current article. Lines before the first
    article that are not a chapter heading give the title if none is passed.
    """
    draft = Draft(title=title)
    chapter: str | None = None
    current: DraftArticle | None = None
    preamble: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = CHAPTER_LINE_RE.match(line)
        if m and len(line) <= 40:
            chapter = (m.group(1) + ("　" + m.group(3).strip() if m.group(3).strip() else "")).strip()
            current = None
            continue
        m = ARTICLE_LINE_RE.match(line)
        if m:
            try:
                number = cn_to_int(m.group(2))
            except ValueError:
                number = None
            label = article_label(number) if number else m.group(1)
            current = DraftArticle(label=label, text=m.group(3).strip(), number=number, chapter=chapter)
            draft.articles.append(current)
            continue
        if current is not None:
            current.text = f"{current.text}\n{line}" if current.text else line
        elif not draft.articles:
            preamble.append(line)
    if draft.title is None and preamble:
        draft.title = preamble[0]
    return draft

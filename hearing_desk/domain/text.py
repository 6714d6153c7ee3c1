"""Text as the documents print it: cleaned of control characters, and dates and
times in the words of Chinese official documents. The transcript's fingerprint is
taken over these printed forms, so they live here, below the documents."""
from __future__ import annotations

from datetime import date, datetime

_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n"}
_DROP = {c: None for c in range(0x20) if chr(c) not in "\n\t"}
_DROP.update({0x7F: None, 0xFFFE: None, 0xFFFF: None})


def clean_text(text: str) -> str:
    """``text`` with line breaks normalised to ``\\n`` and other control characters removed
    (pasted from Word, a vertical tab for a manual line break: PDF fonts have no glyph
    for them and XML may not contain them)."""
    if text.isprintable():
        return text
    for old, new in _BREAKS.items():
        text = text.replace(old, new)
    return text.translate(_DROP)


def format_date(d: date | datetime) -> str:
    """2024年7月16日"""
    return f"{d.year}年{d.month}月{d.day}日"


def format_span(start: datetime | None, end: datetime | None) -> str:
    """2024年7月16日15时00分至17时30分 (the transcript's time from–to)."""
    if start is None:
        return ""
    text = f"{format_date(start)}{start.hour}时{start.minute:02d}分"
    if end is not None:
        same_day = (end.year, end.month, end.day) == (start.year, start.month, start.day)
        text += "至" + ("" if same_day else format_date(end)) + f"{end.hour}时{end.minute:02d}分"
    return text


def format_moment(when: datetime) -> str:
    """2024年7月16日17时31分 (a lock, a change)."""
    return f"{format_date(when)}{when.hour}时{when.minute:02d}分"

"""Text as the program stores it: what was typed, pasted or imported, without the
invisible characters that change how a record reads or prints; and dates and times in
the words of official documents.

One rule, used by every way text comes in (typing and pasting in the window, the
typing box, hearing files, sign-up sheets, drafts) and by the documents:

- Line breaks become ``\\n``: ``\\r\\n``, ``\\r``, NEL (U+0085), LINE and PARAGRAPH
  SEPARATOR (U+2028/2029), and also vertical tab and form feed (``\\x0b`` is Word's
  manual line break, ``\\x0c`` its page break: they separate words, so they become a
  line break rather than vanish). A tab becomes a space.
- Removed: every other control character (C0 such as NUL, BEL ``\\x07``, ESC
  ``\\x1b``; DEL; C1), the direction embeddings and overrides U+202A–202E and
  isolates U+2066–2069 (they reorder what is shown: "Trojan source"), the zero-width
  space U+200B, the word joiner U+2060, the byte order mark U+FEFF (anywhere, not
  only at the start), the interlinear annotation marks U+FFF9–FFFB, the
  noncharacters U+FFFE/FFFF and lone surrogates (left by a broken decoding).
- Kept where they join two visible characters: ZERO WIDTH JOINER U+200D (emoji
  sequences such as 👨‍👩‍👧, Indic scripts) and ZERO WIDTH NON-JOINER U+200C
  (Persian, Uyghur, Indic scripts); removed at the start or end of a line, beside a
  space, or doubled, where they only hide.
- Kept: the direction marks LRM/RLM/ALM (U+200E, U+200F, U+061C; they reorder
  nothing and mixed Uyghur/Chinese text may need them), variation selectors
  (emoji presentation), the soft hyphen, and every visible character.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from typing import Any

_BREAK = "\r\n|[\r\x0b\x0c\x85\u2028\u2029]"
_REMOVED = ("\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
            "\u200b\u2060\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff")
_JOINERS = "\u200c\u200d"

#: anything :func:`clean_text` would change (one search decides that most texts are clean)
_ANY = re.compile(f"{_BREAK}|[\t{_REMOVED}{_JOINERS}]")
_BREAKS = re.compile(_BREAK)
_REMOVE = re.compile(f"[{_REMOVED}]")
#: a joiner that does not sit between two visible characters
_STRAY_JOINER = re.compile(f"(?<![^\\s{_JOINERS}])[{_JOINERS}]|[{_JOINERS}](?![^\\s{_JOINERS}])")
_LINE_BREAKS = re.compile(r"[ \t]*\n[ \t]*")


def clean_text(text: str, *, joiners: bool = True) -> str:
    """``text`` as it is stored: line breaks as ``\\n``, tabs as spaces, and without
    control, direction-override and stray zero-width characters (see the module).

    ``joiners=False`` leaves joiners alone: while text is being typed, a joiner typed
    last is not stray yet (it waits for the next character); the stored text is
    cleaned with them."""
    if not _ANY.search(text):
        return text
    text = _BREAKS.sub("\n", text).replace("\t", " ")
    text = _REMOVE.sub("", text)
    if joiners and ("\u200c" in text or "\u200d" in text):
        text = _STRAY_JOINER.sub("", text)
    return text


def clean_line(text: str, *, joiners: bool = True) -> str:
    """A one-line field (a name, a title, a venue): :func:`clean_text`, and a line
    break pasted into it becomes one space."""
    text = clean_text(text, joiners=joiners)
    if "\n" in text:
        text = _LINE_BREAKS.sub(" ", text)
    return text


def stored_line(value: object) -> str | None:
    """A one-line field as stored: :func:`clean_line`, trimmed; None for an empty field
    (the hearing file has no empty strings)."""
    if value is None:
        return None
    return clean_line(str(value)).strip() or None


def stored_text(value: object) -> str | None:
    """A text of several lines as stored: :func:`clean_text`, trimmed; None when empty."""
    if value is None:
        return None
    return clean_text(str(value)).strip() or None


def clean_tree(value: Any) -> Any:
    """Every string inside ``value`` cleaned with :func:`clean_text`: a string, the
    values of a JSON document (lists and dicts; keys are left as they are), or a
    dataclass such as ``Draft`` (changed in place). Returns the cleaned value."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = clean_tree(item)
        return value
    if isinstance(value, tuple):
        return tuple(clean_tree(item) for item in value)
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = clean_tree(item)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            cleaned = clean_tree(item)
            if cleaned is not item:
                setattr(value, f.name, cleaned)
        return value
    return value


#: Unicode's Default_Ignorable_Code_Point characters that can appear in stored text:
#: they have no look of their own and a document font without them must not draw
#: a box for them (see ``export/fonts.py``).
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u200c\u200d\u200e\u200f"
    "\u2061\u2062\u2063\u2064\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a"
    "\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\uffa0")


def is_invisible(ch: str) -> bool:
    """A format character (joiner, variation selector, tag ...) that only modifies its
    neighbours; never a character one could see or miss on paper."""
    code = ord(ch)
    return ch in INVISIBLE or 0xE0000 <= code <= 0xE0FFF      # tags, variation selectors supplement


def is_emoji(ch: str) -> bool:
    """A pictographic character (emoji): drawn when a document font has it, and
    otherwise left out of the PDF rather than printed as an empty box."""
    code = ord(ch)
    return (0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x1F1E6 <= code <= 0x1F1FF
            or code in (0x231A, 0x231B, 0x23E9, 0x23EA, 0x23EB, 0x23EC, 0x23F0, 0x23F3, 0x2B50, 0x2B55,
                        0x2B1B, 0x2B1C, 0x3030, 0x303D, 0x3297, 0x3299))


# --- dates and times in the words of Chinese official documents (the transcript's
# fingerprint is taken over these printed forms, so they live here, below the documents)

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

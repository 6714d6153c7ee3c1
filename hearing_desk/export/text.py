"""Text as the documents may print it: control characters (pasted from Word, a
vertical tab for a manual line break, say) become line breaks or go away, since
PDF fonts have no glyph for them and XML (Word, Excel) may not contain them."""
from __future__ import annotations

_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n"}
_DROP = {c: None for c in range(0x20) if chr(c) not in "\n\t"}
_DROP.update({0x7F: None, 0xFFFE: None, 0xFFFF: None})


def clean_text(text: str) -> str:
    """``text`` with line breaks normalised to ``\\n`` and other control characters removed."""
    if text.isprintable():
        return text
    for old, new in _BREAKS.items():
        text = text.replace(old, new)
    return text.translate(_DROP)

"""Text as the documents may print it: the stored text's one rule
(``domain.text.clean_text``) applied again, for hearings stored before it existed.
Control characters (a vertical tab pasted from Word for a manual line break, say)
become line breaks or go away, since PDF fonts have no glyph for them and XML
(Word, Excel) may not contain them."""
from __future__ import annotations

from ..domain.text import clean_text

__all__ = ["clean_text"]

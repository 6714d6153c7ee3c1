"""Text as the documents may print it (the rule lives in the domain: the transcript's
fingerprint is taken over the printed text)."""
from __future__ import annotations

from ..domain.text import clean_text

__all__ = ["clean_text"]

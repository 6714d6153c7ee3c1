"""现场笔录: the live transcript tab (typing, speakers, timer, corrections, opinions,
search) and its sign-off panel (lock, fingerprint, signatures, change log)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .tab import TranscriptTab

__all__ = ["TranscriptTab"]


def __getattr__(name: str) -> Any:
    # imported when first asked for: the compiled forms import this package's widgets
    # without importing the tab, whose pages import those forms (see ..setup)
    if name == "TranscriptTab":
        from .tab import TranscriptTab
        return TranscriptTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""现场笔录: the live transcript tab (typing, speakers, timer, corrections, opinions,
search) and its sign-off panel (lock, fingerprint, signatures, change log)."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tab import TranscriptTab


def __getattr__(name: str):
    # imported when first asked for: a compiled form that uses one of this package's
    # widgets (a chart, a delegate) imports the package without building the whole tab
    if name == "TranscriptTab":
        from .tab import TranscriptTab
        return TranscriptTab
    raise AttributeError(name)


__all__ = ["TranscriptTab"]

"""现场笔录: the live transcript tab (typing, speakers, timer, corrections, opinions,
search) and its sign-off panel (lock, fingerprint, signatures, change log)."""
from .tab import TranscriptTab

__all__ = ["TranscriptTab"]

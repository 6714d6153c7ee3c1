"""程序检查 panel (issue 5)."""
from .panel import ChecksPanel

__all__ = ["ChecksPanel"]

"""程序检查: what is still wrong with a hearing, each row leading to its place."""
from .panel import ChecksPanel

__all__ = ["ChecksPanel"]

"""意见登记 — the opinion register tab (issue 5)."""
from .tab import OpinionsTab

__all__ = ["OpinionsTab"]

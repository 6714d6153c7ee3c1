"""意见登记 — the opinion register tab."""
from .tab import OpinionsTab

__all__ = ["OpinionsTab"]

"""意见处理 — answering the opinions, the report view and the procedure checks."""
from .tab import ResponsesTab

__all__ = ["ResponsesTab"]

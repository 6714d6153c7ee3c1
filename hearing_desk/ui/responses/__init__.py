"""意见处理 — answering the opinions, the report view and the procedure checks (issue 5)."""
from .tab import ResponsesTab

__all__ = ["ResponsesTab"]

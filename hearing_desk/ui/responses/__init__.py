"""意见处理 — answering the opinions, the report view and the procedure checks."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .tab import ResponsesTab

__all__ = ["ResponsesTab"]


def __getattr__(name: str) -> Any:
    # imported when first asked for: the compiled forms import this package's widgets
    # without importing the tab, whose pages import those forms (see ..setup)
    if name == "ResponsesTab":
        from .tab import ResponsesTab
        return ResponsesTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

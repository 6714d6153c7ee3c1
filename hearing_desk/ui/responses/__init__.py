"""意见处理 — answering the opinions, the report view and the procedure checks."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tab import ResponsesTab


def __getattr__(name: str):
    # imported when first asked for: a compiled form that uses one of this package's
    # widgets (a chart, a delegate) imports the package without building the whole tab
    if name == "ResponsesTab":
        from .tab import ResponsesTab
        return ResponsesTab
    raise AttributeError(name)


__all__ = ["ResponsesTab"]

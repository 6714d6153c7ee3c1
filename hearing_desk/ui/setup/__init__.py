"""听证会设置: the hearing's fields, people by role, agenda and procedure, the draft, attendance.

``SetupTab`` is imported when first asked for, so that the compiled forms can import
this package's custom widgets (``widgets.py``) without importing the tab, whose
pages import those forms.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .tab import SetupTab

__all__ = ["SetupTab"]


def __getattr__(name: str) -> Any:
    if name == "SetupTab":
        from .tab import SetupTab
        return SetupTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""听证会设置: the hearing's fields, people by role, agenda and procedure, the draft, attendance."""
from .tab import SetupTab

__all__ = ["SetupTab"]

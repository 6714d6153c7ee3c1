"""听证报告 view of the presenter: 基本情况, live PDF preview, export, print."""
from .view import ReportView

__all__ = ["ReportView"]

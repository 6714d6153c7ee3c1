"""The documents a hearing produces: 听证报告 (PDF and Word), 听证笔录 (PDF for
signing) and 听证意见汇总表 (Excel). No Qt here.

    warnings = export_documents(hearing, report_pdf="r.pdf", transcript_pdf="t.pdf")

Each file is written to a short temporary name beside the target and renamed when
complete, so a failed export never leaves half a document behind (``files.atomic_write``). The returned
warnings are sentences in Chinese for the clerk (a missing font, a character no
font has, opinions without an answer ...).

The program exports through ``services/documents.py`` (which adds what only the
database knows, such as the typing box's unfinished turn). The modules load
reportlab and the fonts only when a document is written: importing this package is cheap.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..domain import Hearing
from ..errors import BadInput
from ..files import atomic_write

__all__ = ["export_documents"]

PathLike = str | os.PathLike


def _atomic(target: PathLike, write: Callable[[Path], None]) -> None:
    """Write under a short hidden name beside ``target``, then rename: no half documents
    (:func:`hearing_desk.files.atomic_write`)."""
    atomic_write(target, write)


#: one free-text field (an opinion, an answer, a turn …) in a PDF or Word document:
#: laid out in seconds up to these, refused beyond (``benchmarks/bench_hostile.py``)
MAX_FIELD_CHARS = 100_000
MAX_FIELD_LINES = 5_000


def oversized_fields(hearing: Hearing) -> list[str]:
    """The free-text fields too long to lay out in a document, by place."""
    from ..domain.personal import free_text_fields

    out = []
    for _section, place, text, *_rest in free_text_fields(hearing):
        if not text:
            continue
        lines = text.count("\n") + 1
        if len(text) > MAX_FIELD_CHARS or lines > MAX_FIELD_LINES:
            out.append(f"{place}（{len(text)} 字、{lines} 行）")
    return out


def export_documents(hearing: Hearing, *, report_pdf: PathLike | None = None,
                     report_docx: PathLike | None = None, transcript_pdf: PathLike | None = None,
                     summary_xlsx: PathLike | None = None,
                     font_path: PathLike | None = None) -> list[str]:
    """Write the requested documents; return warnings (Chinese), never personal data.

    ``font_path`` is the user's font for the PDFs; ``None`` means the environment
    variable ``HEARING_DESK_FONT``, then the system's fonts (see :mod:`.fonts`).
    """
    from .compose import build_report
    from .fonts import find_fonts

    warnings: list[str] = []
    if report_pdf or report_docx or transcript_pdf:
        too_long = oversized_fields(hearing)
        if too_long:
            raise BadInput(f"以下内容太长，超过文书中一段文字的上限（{MAX_FIELD_CHARS} 字或 {MAX_FIELD_LINES} 行），"
                           "文书未导出：" + "；".join(too_long[:5]) + ("等" if len(too_long) > 5 else "")
                           + "。请删减或拆分后再导出。")
    report = build_report(hearing) if (report_pdf or report_docx) else None
    if report is not None:
        warnings += report.warnings
    if report_pdf or transcript_pdf:
        from .glyphs import unprintable_warnings
        fonts = find_fonts(font_path)
        warnings += fonts.warnings
        warnings += unprintable_warnings(hearing, fonts)
        if report_pdf:
            from .report_pdf import write_report_pdf
            _atomic(report_pdf, lambda p: write_report_pdf(hearing, p, fonts, report))
        if transcript_pdf:
            from ..domain.locking import is_final
            from .transcript_pdf import write_transcript_pdf
            if not hearing.transcript:
                warnings.append("听证笔录中还没有任何发言记录，导出的是只有表头的草稿。")
            elif hearing.current_lock is not None and not is_final(hearing):
                warnings.append("听证笔录锁定后内容已被改动，与锁定时的指纹不符，导出的是草稿；"
                                "请解锁后重新锁定，再打印供签字。")
            elif not is_final(hearing):
                warnings.append("听证笔录尚未锁定，导出的是草稿（每页标有“草稿（未锁定）”），不能用于签字；"
                                "请先在“现场笔录 → 核对签字”中锁定笔录。")
            _atomic(transcript_pdf, lambda p: write_transcript_pdf(hearing, p, fonts))
    if report_docx:
        from .report_docx import write_report_docx
        _atomic(report_docx, lambda p: write_report_docx(hearing, p, report))
    if summary_xlsx:
        from .summary_xlsx import long_cell_warnings, write_summary_xlsx
        warnings += long_cell_warnings(hearing)
        _atomic(summary_xlsx, lambda p: write_summary_xlsx(hearing, p))
    return list(dict.fromkeys(warnings))

"""The one way to export and print a hearing's documents – for the command line
(``export``), the report page (its exports and live preview) and the sign-off (the
transcript for signing).

* **Targets** (:class:`Target`): the 听证报告 as PDF and Word, the 听证意见汇总表
  (Excel), the 听证笔录 for signing (PDF) and the hearing file (``hearing-desk/1``).
* **Names** (:func:`file_name`): after the matter and the hearing's date,
  ``光明区…（征求意见稿）听证报告（2024年7月16日）.pdf``, so that two hearings on one
  matter do not overwrite each other's files; :meth:`DocumentService.existing` says
  which would be replaced (the window asks before).
* **The font** of the PDFs: the user's choice (``--font`` or 设置 → 文书字体…, checked
  by :func:`check_font`), else ``HEARING_DESK_FONT``, else the system's fonts.
* **Warnings**, in Chinese, never personal data: font notices and characters no font
  has, the 听证报告 a 草稿 while opinions are open, the 听证笔录 a draft until it is
  locked (or changed behind its lock), a turn still in the typing box that the
  transcript does not print, and a recording that could not go beside the hearing file.
* **The hearing's sound** travels beside the hearing file: its finished recordings are
  copied into the folder of the JSON (:meth:`.recordings.RecordingService.export_beside`).
* **Progress**: ``progress(done, total, file name)`` before each file, and at the end.

A document is written under a short temporary name and renamed when complete
(``files.atomic_write``); before anything is written every target is checked
(``files.check_outputs``): not the database or one of its files (a hard link or a
symlink to them included), not another target of the same call, not read-only.
"""
from __future__ import annotations

import copy
import os
import re
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path

from ..domain import Hearing
from ..domain.personal import Finding, mask_text, masked_hearing, scan_hearing
from ..domain.personal import summary as personal_summary
from ..errors import BadInput
from ..files import check_outputs
from ..formats import interchange
from ..storage.database import Database
from ..storage.repository import hearings
from .hearings import HearingService
from .recordings import RecordingService

PathLike = str | os.PathLike
Progress = Callable[[int, int, str], None]


class Target(StrEnum):
    REPORT_PDF = "report_pdf"
    REPORT_DOCX = "report_docx"
    SUMMARY_XLSX = "summary_xlsx"
    TRANSCRIPT_PDF = "transcript_pdf"
    HEARING_FILE = "hearing_file"


#: the four documents, in the order the window offers them
DOCUMENTS = (Target.REPORT_PDF, Target.REPORT_DOCX, Target.SUMMARY_XLSX, Target.TRANSCRIPT_PDF)
#: the targets that are the 听证报告 (a 草稿 while opinions are open)
REPORTS = (Target.REPORT_PDF, Target.REPORT_DOCX)

#: what a file of each target is called after the matter, with its ending
_ENDINGS = {
    Target.REPORT_PDF: "听证报告.pdf", Target.REPORT_DOCX: "听证报告.docx",
    Target.SUMMARY_XLSX: "听证意见汇总表.xlsx", Target.TRANSCRIPT_PDF: "听证笔录.pdf",
    Target.HEARING_FILE: "听证会.json",
}
#: what each target is called in a message
TARGET_NAMES = {
    Target.REPORT_PDF: "听证报告（PDF）", Target.REPORT_DOCX: "听证报告（Word）",
    Target.SUMMARY_XLSX: "听证意见汇总表", Target.TRANSCRIPT_PDF: "听证笔录（PDF）",
    Target.HEARING_FILE: "听证会文件",
}
_DRAFT_TRANSCRIPT = "听证笔录草稿.pdf"
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


@cache
def printable_mm() -> dict[str, float]:
    """What a printer must be able to print, in mm from each edge of the paper: the 版心
    and the page number under it (GB/T 9704); printing checks the hardware margins.
    (A function: the layout's module imports reportlab, which the window's first paint
    does not wait for.)"""
    from ..export import layout

    mm = 25.4 / 72
    return {"top": layout.TOP * mm, "left": layout.LEFT * mm, "right": layout.RIGHT * mm,
            "bottom": (layout.BOTTOM - layout.PAGE_NO_RULE_GAP - layout.PAGE_NO_SIZE) * mm}


# ---------------------------------------------------------------- names

def file_stem(hearing: Hearing) -> str:
    """《光明区…（征求意见稿）》 → 光明区…（征求意见稿）, safe as a file name."""
    name = (hearing.matter or hearing.title or "听证会").strip()
    return _UNSAFE.sub("", name.replace("《", "").replace("》", "")).strip(".")[:60] or "听证会"


def file_name(hearing: Hearing, target: Target | str, *, draft: bool = False) -> str:
    """``光明区…（征求意见稿）听证报告（2024年7月16日）.pdf``: the matter, the document and
    the hearing's date; ``draft``: a transcript not locked (…听证笔录草稿（2024年7月16日）.pdf)."""
    target = Target(target)
    ending = _DRAFT_TRANSCRIPT if draft and target is Target.TRANSCRIPT_PDF else _ENDINGS[target]
    stem, dot, ext = ending.rpartition(".")
    when = hearing.starts_at
    dated = f"（{when.year}年{when.month}月{when.day}日）" if when else ""
    return f"{file_stem(hearing)}{stem}{dated}{dot}{ext}"


# ---------------------------------------------------------------- what the documents will say

def check_font(path: PathLike) -> str | None:
    """Why ``path`` cannot be the documents' body font (Chinese), or None when it can."""
    from ..export.fonts import check_font_file

    return check_font_file(path)


def open_opinions(hearing: Hearing) -> list[str]:
    """The opinions without an answer (``汪曼的第1条意见``): the 听证报告 is a 草稿 while
    there is one (the report's own rule)."""
    from ..export.compose import open_opinions as rule

    return rule(hearing)


def composed_basic_info(hearing: Hearing) -> str:
    """The report's 基本情况 paragraph as composed from the setup, ignoring the user's own text."""
    from ..export.compose import compose_basic_info

    bare = copy.copy(hearing)
    bare.basic_info_override = None
    return compose_basic_info(bare)


def unfinished_turn_warning(number: int, text: str) -> str:
    """The warning names the turn by its first words, with any phone or ID number masked
    (warnings are logged too)."""
    start = (mask_text(text.strip()) or "")[:20]
    return f"现场笔录输入框中还有未按回车记入的第 {number} 段（“{start}”），没有印入听证笔录。"


# ---------------------------------------------------------------- the service

class DocumentService:
    def __init__(self, db: Database, recordings: RecordingService | None = None):
        self.db = db
        self.hearings = HearingService(db)
        self.recordings = recordings or RecordingService(db)

    def file_name(self, hearing_id: int, target: Target | str, *, draft: bool = False) -> str:
        """:func:`file_name` of the stored hearing."""
        with self.db.session() as s:
            return file_name(hearings.load_fields(s, hearing_id), target, draft=draft)

    @staticmethod
    def existing(paths: Iterable[PathLike]) -> list[Path]:
        """The files an export to ``paths`` would replace (the window asks first)."""
        return [Path(p) for p in paths if Path(p).exists()]

    def personal_data_in_text(self, hearing_id: int) -> list[Finding]:
        """Phone numbers, ID numbers, e-mail addresses typed into the hearing's free text."""
        return scan_hearing(self.hearings.get(hearing_id))

    def export(self, hearing_id: int, targets: Mapping[Target, PathLike | None], *,
               font_path: PathLike | None = None, personal_data: bool = True,
               mask_personal_data: bool = False, progress: Progress | None = None) -> list[str]:
        """Write each target (``Target`` → file; empty entries are skipped), one after
        the other, each file whole or not at all. Returns the warnings (Chinese, each
        once). ``mask_personal_data``: the personal data typed into free text
        (:mod:`hearing_desk.domain.personal`) is masked in the 听证报告 and the
        听证意见汇总表 (``138****1234``); the 听证笔录 for signing is the record and prints
        it as typed (a warning says so); without it, the export warns where it is.
        Refused before anything is written (``BadInput``): no target, a target
        that is the database or one of its files, two targets that are one file, a
        read-only target, a chosen font that cannot be used."""
        chosen = {Target(k): Path(v).expanduser() for k, v in targets.items() if v}
        if not chosen:
            raise BadInput("没有要导出的文件。")
        check_outputs({TARGET_NAMES[t]: p for t, p in chosen.items()}, self.db.own_files())
        if font_path:
            problem = check_font(font_path)
            if problem:
                raise BadInput(f"不能使用所选的文书字体：{problem}")
        from ..export import export_documents

        hearing = self.hearings.get(hearing_id) if any(t is not Target.HEARING_FILE for t in chosen) else None
        warnings: list[str] = []
        printed = hearing
        if hearing is not None:
            found = scan_hearing(hearing)
            others = any(t in chosen for t in (*REPORTS, Target.SUMMARY_XLSX))
            documents = [f for f in found if (Target.TRANSCRIPT_PDF in chosen if f.section == "transcript"
                                              else others)]
            if found and mask_personal_data:
                printed = masked_hearing(hearing)
                in_record = [f for f in found if f.section == "transcript"]
                if in_record and Target.TRANSCRIPT_PDF in chosen:
                    warnings.append("听证笔录是供签字的原始记录，按原文打印，其中的个人信息未遮盖："
                                    f"{personal_summary(in_record)}。")
            elif documents:
                warnings.append(f"文书中印有自由文本里的个人信息：{personal_summary(documents)}。"
                                "如不宜公开，请修改原文，或导出时选择遮盖个人信息（命令行 --mask-personal-data）。")
        for done, (target, path) in enumerate(chosen.items()):
            if progress is not None:
                progress(done, len(chosen), path.name)
            if target is Target.HEARING_FILE:
                whole = self.hearings.get_for_export(hearing_id)
                if not personal_data:
                    left = scan_hearing(whole)
                    if left:
                        warnings.append("听证会文件已去掉联系电话、身份证号等字段，但自由文本中仍有个人信息："
                                        f"{personal_summary(left)}。")
                warnings += self.recordings.export_beside(whole, path)
                interchange.write_file(whole, path, personal_data=personal_data)
            else:
                assert hearing is not None and printed is not None
                source = hearing if target is Target.TRANSCRIPT_PDF else printed   # the record is never masked
                warnings += export_documents(source, font_path=font_path, **{target.value: path})
        if Target.TRANSCRIPT_PDF in chosen and hearing is not None:
            unfinished = self.hearings.unfinished_turn(hearing_id)
            if unfinished is not None:
                warnings.append(unfinished_turn_warning(len(hearing.transcript) + 1, unfinished.text))
        if progress is not None:
            progress(len(chosen), len(chosen), "")
        return list(dict.fromkeys(warnings))

"""services/documents.py, the one way to export: names, refusals before anything is
written, the warnings every caller gets (the typing box's unfinished turn included),
progress."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from hearing_desk.domain import Hearing, Turn
from hearing_desk.errors import BadInput
from hearing_desk.services.documents import (
    DOCUMENTS,
    DocumentService,
    Target,
    check_font,
    file_name,
    open_opinions,
    unfinished_turn_warning,
)
from hearing_desk.services.transcript import TranscriptService


@pytest.fixture
def documents(db):
    return DocumentService(db)


def test_names_carry_the_matter_and_the_hearings_date(sample_hearing):
    stem = "光明区公共数据授权运营暂行管理办法（征求意见稿）"
    assert file_name(sample_hearing, Target.REPORT_PDF) == f"{stem}听证报告（2024年7月16日）.pdf"
    assert file_name(sample_hearing, Target.SUMMARY_XLSX) == f"{stem}听证意见汇总表（2024年7月16日）.xlsx"
    draft = file_name(sample_hearing, Target.TRANSCRIPT_PDF, draft=True)
    assert draft == f"{stem}听证笔录草稿（2024年7月16日）.pdf"
    assert file_name(sample_hearing, Target.HEARING_FILE).endswith("听证会（2024年7月16日）.json")
    undated = Hearing(title=' 《a/b:c*"d"?》 ')
    assert file_name(undated, Target.REPORT_DOCX) == "abcd听证报告.docx"       # what Windows refuses is dropped
    assert file_name(Hearing(title="..."), "report_pdf") == "听证会听证报告.pdf"


def test_the_stored_hearings_name(documents, sample_id, sample_hearing):
    assert documents.file_name(sample_id, Target.REPORT_PDF) == file_name(sample_hearing, Target.REPORT_PDF)


@pytest.mark.sqlite_only
def test_nothing_is_written_over_the_database_or_its_files(documents, db, sample_id, tmp_path):
    for own in (db.path, str(db.path) + "-wal", str(db.path) + ".lock"):
        with pytest.raises(BadInput, match="数据库本身或它的附属文件"):
            documents.export(sample_id, {Target.SUMMARY_XLSX: tmp_path / "s.xlsx", Target.REPORT_PDF: own})
    assert not (tmp_path / "s.xlsx").exists()               # refused before anything was written


def test_a_chosen_font_that_cannot_be_used_is_refused_first(documents, sample_id, tmp_path):
    not_a_font = tmp_path / "font.ttf"
    not_a_font.write_bytes(b"not a font")
    assert check_font(tmp_path / "missing.ttf") is not None and check_font(not_a_font) is not None
    with pytest.raises(BadInput, match="找不到字体文件"):
        documents.export(sample_id, {Target.REPORT_PDF: tmp_path / "r.pdf"}, font_path=tmp_path / "missing.ttf")
    with pytest.raises(BadInput, match="不能使用所选的文书字体"):
        documents.export(sample_id, {Target.REPORT_PDF: tmp_path / "r.pdf"}, font_path=not_a_font)
    assert not (tmp_path / "r.pdf").exists()
    with pytest.raises(BadInput, match="没有要导出的文件"):
        documents.export(sample_id, {Target.REPORT_PDF: None})


def test_every_caller_is_told_of_the_turn_still_in_the_typing_box(documents, db, sample_id, tmp_path):
    transcript = TranscriptService(db)
    at = datetime.fromisoformat("2024-07-16T15:00:00+08:00")
    transcript.append_turn(sample_id, Turn(1, "现在宣布听证会开始。", "host", at=at), Turn(2, ""))
    targets = {Target.TRANSCRIPT_PDF: tmp_path / "t.pdf", Target.HEARING_FILE: tmp_path / "h.json"}
    assert not any("输入框" in w for w in documents.export(sample_id, targets))     # an empty box says nothing
    transcript.save_draft(sample_id, Turn(2, "我认为第二十三条应当修改", "a5", at=at))
    warnings = documents.export(sample_id, targets)
    assert unfinished_turn_warning(2, "我认为第二十三条应当修改") in warnings
    assert any("尚未锁定，导出的是草稿" in w for w in warnings)                     # the draft transcript
    turns = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))["transcript"]
    assert turns[-1]["text"] == "我认为第二十三条应当修改"       # the hearing file carries it, as the last turn
    warnings = documents.export(sample_id, {Target.SUMMARY_XLSX: tmp_path / "s.xlsx"})
    assert not any("输入框" in w for w in warnings)             # only the transcript leaves it out


def test_a_draft_report_names_its_open_opinions(documents, hearings, sample_id, tmp_path):
    from hearing_desk.services.responses import ResponseService

    assert open_opinions(hearings.get(sample_id)) == []
    ResponseService(documents.db).restore(sample_id, {"a6-1": None})
    assert open_opinions(hearings.get(sample_id)) == ["龚健的第1条意见"]
    warnings = documents.export(sample_id, {Target.REPORT_DOCX: tmp_path / "r.docx"})
    assert any("报告标为草稿" in w and "龚健的第1条意见" in w for w in warnings), warnings


def test_progress_and_what_would_be_replaced(documents, sample_id, tmp_path):
    targets = {t: tmp_path / file_name(Hearing(title="x"), t) for t in DOCUMENTS}
    assert documents.existing(targets.values()) == []
    steps = []
    documents.export(sample_id, targets, progress=lambda done, total, name: steps.append((done, total, name)))
    assert steps == [(i, 4, targets[t].name) for i, t in enumerate(DOCUMENTS)] + [(4, 4, "")]
    assert documents.existing(targets.values()) == list(targets.values())
    assert (tmp_path / "x听证报告.pdf").read_bytes().startswith(b"%PDF")

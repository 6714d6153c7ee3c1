"""Hearings that are not like the sample: nearly empty, odd characters, odd turns."""
from __future__ import annotations

from openpyxl import load_workbook

from hearing_desk.domain import Decision, Hearing, Opinion, Person, Response, Role, Turn
from hearing_desk.export import export_documents
from hearing_desk.export.text import clean_text

from .conftest import docx_text, pdf_text, without_font_notice


def _all(tmp_path) -> dict:
    return {"report_pdf": tmp_path / "r.pdf", "report_docx": tmp_path / "r.docx",
            "transcript_pdf": tmp_path / "t.pdf", "summary_xlsx": tmp_path / "s.xlsx"}


def test_a_hearing_with_only_a_title_exports_every_document(tmp_path):
    paths = _all(tmp_path)
    warnings = without_font_notice(export_documents(Hearing(title="某某听证会"), **paths))
    assert all(p.is_file() for p in paths.values())
    assert warnings == ["听证笔录中还没有任何发言记录，导出的是只有表头的草稿。"]
    text = pdf_text(paths["report_pdf"])
    assert text.startswith("某某听证报告听证会组织的基本情况：就某某组织召开听证会。")
    assert text.endswith("附件：1.听证意见汇总表2.听证笔录年月日")
    assert "听证参加人：应到0人，实到0人" in pdf_text(paths["transcript_pdf"])


def test_markup_characters_and_control_characters_print_as_text(sample_hearing, tmp_path):
    h = sample_hearing
    h.people.append(Person("x1", Role.PARTICIPANT, "A&B<公司>", description="a<b>c & d", seq=10))
    h.opinions.append(Opinion("x-1", "x1", "第<1>项 & “引号”\x0b第二行\x07。", seq=1,
                              response=Response(Decision.EXPLAINED, "回答<i>不是斜体</i>。")))
    h.transcript = [Turn(1, "发言中有 <br/> 与 &amp; 字样。\x0c另起一行。", "x1"),
                    Turn(2, "没有发言人的一段记录。")]
    paths = _all(tmp_path)
    export_documents(h, **paths)
    report = pdf_text(paths["report_pdf"])
    assert "听证参加人-A&B<公司>：第<1>项&“引号”第二行。" in report
    assert "A&B<公司>回答<i>不是斜体</i>。" in report
    assert "听证参加人-A&B<公司>：第<1>项&“引号”第二行。" in docx_text(paths["report_docx"])
    transcript = pdf_text(paths["transcript_pdf"])
    # a turn with neither speaker nor label prints as a procedural note (numbered like every turn)
    assert ("1听证参加人（A&B<公司>）：发言中有<br/>与&amp;字样。另起一行。"
            "2（没有发言人的一段记录）以下空白") in transcript
    ws = load_workbook(paths["summary_xlsx"])["意见汇总"]
    assert ws.cell(row=ws.max_row, column=4).value == "第<1>项 & “引号”\n第二行。"


def test_clean_text():
    assert clean_text("甲\r\n乙\x0b丙\x00丁\t戊") == "甲\n乙\n丙丁 戊"      # a tab is a space (domain.text)
    assert clean_text("普通文字，　全角空格") == "普通文字，　全角空格"


def test_an_answer_longer_than_a_page_is_cut_at_sentences(sample_hearing, tmp_path):
    sentence = "经研究，该意见涉及多个部门的职责分工，需要在实施细则中进一步明确，暂不在本办法中规定。"
    long = sentence * 40                                     # about 1,800 characters
    sample_hearing.opinions[0].response.analysis = long
    sample_hearing.turn_changes = []
    export_documents(sample_hearing, report_pdf=tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf").replace("听证参加人意见分析及处理建议", "")
    assert "蔡鼎1." + long + "2.将会在授权运营平台建设的项目建议书里细化" in text

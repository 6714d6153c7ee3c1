"""The sample hearing's report says everything the seed report says, section by
section, in the PDF and in the Word file."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from hearing_desk.domain import Role
from hearing_desk.export import export_documents

from .conftest import docx_text, pdf_text, squash, without_font_notice

HEADINGS = ["听证会组织的基本情况：", "听证参加人的产生方式及基本情况：",
            "听证参加人提出的主要意见或建议及其依据、理由：", "听证会争论的主要问题：",
            "对听证会各方意见的分析以及处理建议：", "其他需要说明的情况：", "附件："]


@pytest.fixture(scope="module")
def documents(tmp_path_factory, request):
    """Report PDF and Word of the sample, made once for the module."""
    from hearing_desk.formats.interchange import read_file
    from hearing_desk.paths import sample_hearing_path

    hearing = read_file(sample_hearing_path())
    out = tmp_path_factory.mktemp("sample")
    pdf, docx = out / "report.pdf", out / "report.docx"
    warnings = export_documents(hearing, report_pdf=pdf, report_docx=docx)
    return hearing, pdf, docx, warnings


def sections(text: str) -> dict[str, str]:
    """Split squashed report text at the section headings, checking their order."""
    starts = []
    for heading in HEADINGS:
        at = text.find(heading)
        assert at >= 0, f"heading {heading} missing"
        starts.append(at)
    assert starts == sorted(starts), "sections out of the seed's order"
    out = {"title": text[:starts[0]]}
    for i, heading in enumerate(HEADINGS):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        out[heading] = text[starts[i] + len(heading):end]
    return out


def seed_lines(seed: str) -> list[str]:
    return [line.strip() for line in seed.splitlines() if line.strip()]


def check_report(text: str, hearing, seed: str) -> None:
    # a row may continue on the next page, after the table's repeated header
    for header in ("序号产生方式姓名基本情况", "听证参加人意见分析及处理建议"):
        text = without_repeated(text, header)
    parts = sections(text)
    lines = seed_lines(seed)
    # title: the seed's first line, word for word
    assert squash(lines[0]) in parts["title"]

    # 1. basic information and officials: the seed's paragraph and lines, word for word
    basic = next(line for line in lines if line.startswith("听证会组织的基本情况："))
    assert squash(basic.removeprefix("听证会组织的基本情况：")) in parts[HEADINGS[0]]
    for prefix in ("听证主持人：", "听证记录员：", "听证陈述人："):
        line = next(line for line in lines if line.startswith(prefix))
        assert squash(line) in parts[HEADINGS[0]], line

    # 2. participant table: 序号 产生方式 姓名 基本情况, one row each
    table = parts[HEADINGS[1]]
    assert table.startswith("序号产生方式姓名基本情况")
    for p in hearing.participants():
        assert squash(f"{p.seq}{p.selection}{p.name}{p.description}") in table, p.name

    # 3.–7. every line of the seed from the opinions section to 附件, word for word, in order
    check_seed_lines_in_order(text, seed)
    check_no_number_before_own_ordinals(text, hearing)

    # the issuer and a blank date line (the sample has no date)
    ending = parts[HEADINGS[6]]
    assert ending.startswith("1.听证意见汇总表2.听证笔录")
    assert "深圳市光明区政务服务和数据管理局" in ending
    assert ending.endswith("年月日")


def seed_span(seed: str) -> list[str]:
    """The seed's lines from its opinions section to the attachments (附件 … 2. 听证笔录)."""
    lines = seed_lines(seed)
    start = next(i for i, line in enumerate(lines) if line.startswith("听证参加人提出的主要意见或建议"))
    end = next(i for i, line in enumerate(lines) if line.startswith("附件："))
    return lines[start:end + 2]


def without_repeated(text: str, header: str) -> str:
    """``text`` with every occurrence of ``header`` after the first removed (a table's
    header row repeated on each page, between two parts of a row)."""
    at = text.find(header)
    if at < 0:
        return text
    return text[:at + len(header)] + text[at + len(header):].replace(header, "")


def check_seed_lines_in_order(text: str, seed: str) -> None:
    text = without_repeated(text, "听证参加人意见分析及处理建议")
    pos = 0
    for line in seed_span(seed):
        want = squash(line)
        at = text.find(want, pos)
        assert at >= 0, f"the seed's line is missing or out of order: {line}\n…after: {text[pos:pos + 80]}"
        pos = at + len(want)


def check_no_number_before_own_ordinals(text: str, hearing) -> None:
    from hearing_desk.export.compose import own_ordinal
    for person, ops in hearing.opinions_by_participant():
        for o in ops:
            for own in (o.text, o.response.analysis if o.response else None):
                if own and own_ordinal(own) == o.seq:
                    assert squash(f"{o.seq}.{own}") not in text, (person.name, o.seq)
                    assert squash(own) in text


def test_sample_report_pdf_says_what_the_seed_says(documents, seed_text):
    hearing, pdf, _docx, warnings = documents
    assert without_font_notice(warnings) == []
    check_report(pdf_text(pdf), hearing, seed_text)


def test_sample_report_docx_says_what_the_seed_says(documents, seed_text):
    hearing, _pdf, docx, _warnings = documents
    check_report(docx_text(docx), hearing, seed_text)


def test_pdftotext_reads_the_report_too(documents):
    """A second extractor (poppler) finds the same words where it is installed."""
    hearing, pdf, _docx, _warnings = documents
    exe = shutil.which("pdftotext")
    text = squash(subprocess.run([exe, str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout) if exe else pdf_text(pdf)
    for p in hearing.people:
        assert p.name in text
    for o in hearing.opinions:
        assert squash(o.text)[:30] in text


def test_report_docx_uses_real_word_styles(documents):
    from docx import Document

    _hearing, _pdf, docx, _warnings = documents
    doc = Document(str(docx))
    styles = [p.style.name for p in doc.paragraphs]
    assert styles[0] == "Title"
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == HEADINGS[:-1]
    assert all(t.style.name == "听证报告表格" for t in doc.tables)
    assert len(doc.tables) == 2
    # the header row repeats on every page
    for table in doc.tables:
        assert table.rows[0]._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.top_margin.mm) == 37 and round(section.bottom_margin.mm) == 35
    normal = doc.styles["Normal"]
    assert normal.font.size.pt == 16
    assert normal.element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "仿宋"


def test_pdf_report_is_a4_with_page_numbers(documents):
    from pypdf import PdfReader

    _hearing, pdf, _docx, _warnings = documents
    reader = PdfReader(str(pdf))
    for n, page in enumerate(reader.pages, 1):
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        assert f"— {n} —" in page.extract_text()
    assert reader.metadata.title == "《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证报告"


def test_role_label_of_presenter_used_in_report_lines(sample_hearing, tmp_path):
    sample_hearing.role_labels = {Role.PRESENTER: "决策发言人"}
    export_documents(sample_hearing, report_docx=tmp_path / "r.docx")
    text = docx_text(tmp_path / "r.docx")
    assert "决策发言人：李奇翰，工作单位：深圳市光明区政务服务和数据管理局" in text
    # the user's own words (其他需要说明的情况) are printed as written
    assert "听证陈述人" not in text[:text.index("其他需要说明的情况")]

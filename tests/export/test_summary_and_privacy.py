"""The opinion summary workbook, personal data kept out of every document, and
the export entry point (atomic files, the command line)."""
from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from hearing_desk.domain import Decision
from hearing_desk.export import export_documents
from hearing_desk.export.summary_xlsx import summary_rows

from .conftest import SECRETS, docx_text, pdf_pages, without_font_notice

HEADER = ["序号", "听证参加人", "基本情况", "意见或建议", "依据理由", "涉及条款", "处理情况", "分析及处理建议"]


@pytest.fixture
def workbook(sample_hearing, tmp_path):
    path = tmp_path / "s.xlsx"
    assert export_documents(sample_hearing, summary_xlsx=path) == []
    return load_workbook(path)


def test_summary_has_one_row_per_opinion(workbook, sample_hearing):
    ws = workbook["意见汇总"]
    assert ws["A1"].value == "《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证意见汇总表"
    assert "A1:H1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == HEADER
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert len(rows) == len(sample_hearing.opinions) == 21
    assert [r[0] for r in rows] == list(range(1, 22))
    wang = next(r for r in rows if r[1] == "汪曼")
    o = next(o for o in sample_hearing.opinions if o.id == "a1-1")
    assert wang == [wang[0], "汪曼", "深圳市数据交易所企业单位代表", o.text, o.basis, "第二十三条",
                    "部分采纳", o.response.analysis]
    assert next(r for r in rows if r[1] == "吴仪" and r[5] == "第五条、第六条")
    assert {r[6] for r in rows} <= {d.label for d in Decision}
    assert next(r for r in rows if r[1] == "吴亦乐")[6] == "无需处理"
    # the report's order: 蔡鼎 first, as in the seed
    assert [r[1] for r in rows[:3]] == ["蔡鼎", "蔡鼎", "龚健"]


def test_summary_is_print_ready(workbook):
    ws = workbook["意见汇总"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.print_title_rows == "$1:$2"          # title and header on every printed page
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:H23"
    assert ws["D3"].alignment.wrap_text and ws["H3"].alignment.wrap_text
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGH"}
    assert widths["D"] > widths["C"] > widths["A"] and widths["H"] > 30
    assert ws.row_dimensions[3].height > ws.row_dimensions[5].height   # long text, taller row
    assert "第 &P 页 共 &N 页" in ws.oddFooter.center.text


def test_summary_rows_grow_and_widths_do_not_depend_on_calibri(sample_hearing, tmp_path):
    """Row heights are an estimate Excel may change (no customHeight), and the
    default font that column widths are measured in is 宋体, not Calibri."""
    out = tmp_path / "s.xlsx"
    export_documents(sample_hearing, summary_xlsx=out)
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        styles = z.read("xl/styles.xml").decode()
    import re
    data_rows = [m for m in re.findall(r"<row [^>]*>", sheet) if int(re.search(r'r="(\d+)"', m).group(1)) >= 3]
    assert len(data_rows) == 21
    assert all('customHeight' not in row and ' ht="' in row for row in data_rows)   # an estimate, not fixed
    first_font = styles.split("<fonts")[1].split("</font>")[0]
    assert "宋体" in first_font and "Calibri" not in styles
    wb = load_workbook(out)
    assert wb["意见汇总"].row_dimensions[3].height > 30


def test_second_sheet_counts_by_decision_and_article(workbook, sample_hearing):
    ws = workbook["统计"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=1)]
    by_decision = {r[0]: r[1] for r in values[2:11]}
    assert by_decision == {"待处理": 0, "采纳": 2, "部分采纳": 1, "不予采纳": 1, "已体现": 5,
                           "解释说明": 8, "另行研究": 3, "无需处理": 1, "合计": 21}
    start = next(i for i, r in enumerate(values) if r[0] == "涉及条款")
    by_article = {r[0]: r[1] for r in values[start + 1:] if r[0]}
    assert list(by_article)[:3] == ["第二条", "第三条", "第四条"]          # numeric order
    assert list(by_article)[-2:] == ["未涉及具体条款", "合计（按意见计）"]
    assert by_article["合计（按意见计）"] == 21                           # opinions, not mentions
    total = next(r for r in values if r[0] == "合计")
    assert total[1:] == [21, 1]
    assert ws.cell(row=values.index(total) + 1, column=1).font.name == "黑体"
    assert by_article["第三条"] == 5 and by_article["第十八条"] == 2
    assert by_article["未涉及具体条款"] == 7
    assert ws.page_setup.orientation == "portrait"


def test_summary_rows_of_an_empty_hearing(sample_hearing, tmp_path):
    sample_hearing.opinions = []
    assert summary_rows(sample_hearing) == []
    export_documents(sample_hearing, summary_xlsx=tmp_path / "empty.xlsx")
    assert load_workbook(tmp_path / "empty.xlsx")["意见汇总"].auto_filter.ref == "A2:H2"


def _secrets_of(hearing) -> list[str]:
    out = []
    for p in hearing.people:
        if p.contact:
            out += [v for v in (p.contact.phone, p.contact.email, p.contact.id_number,
                                p.contact.address) if v]
    return out


def _zip_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


@pytest.mark.parametrize("which", ["panel", "full"])
def test_no_personal_data_in_any_document(which, panel_hearing, full_hearing_path, tmp_path):
    from hearing_desk.formats.interchange import read_file

    hearing = panel_hearing if which == "panel" else read_file(full_hearing_path)
    secrets = _secrets_of(hearing)
    assert len(secrets) >= 4
    paths = {"report_pdf": tmp_path / "r.pdf", "report_docx": tmp_path / "r.docx",
             "transcript_pdf": tmp_path / "t.pdf", "summary_xlsx": tmp_path / "s.xlsx"}
    export_documents(hearing, **paths)
    texts = {
        "report_pdf": "".join(pdf_pages(paths["report_pdf"])),
        "transcript_pdf": "".join(pdf_pages(paths["transcript_pdf"])),
        "report_docx": _zip_text(paths["report_docx"]) + docx_text(paths["report_docx"]),
        "summary_xlsx": _zip_text(paths["summary_xlsx"]),
    }
    for kind, text in texts.items():
        squashed = "".join(text.split())
        for secret in secrets:
            assert secret not in text and secret not in squashed, (kind, secret)
        for fragment in ("@example", "秘密路", "江滨路"):
            assert fragment not in squashed, (kind, fragment)
    assert SECRETS["phone"][:-2] not in texts["report_pdf"]


def test_a_failed_export_leaves_no_file(sample_hearing, tmp_path, monkeypatch):
    from hearing_desk.export import summary_xlsx

    def broken(hearing, path):
        path.write_bytes(b"half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(summary_xlsx, "write_summary_xlsx", broken)
    with pytest.raises(RuntimeError):
        export_documents(sample_hearing, summary_xlsx=tmp_path / "s.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_export_creates_folders_and_accepts_strings(sample_hearing, tmp_path):
    target = tmp_path / "new" / "folder" / "报告.docx"
    assert export_documents(sample_hearing, report_docx=str(target)) == []
    assert target.is_file()
    assert target.stat().st_mode & 0o777 == 0o600            # a hearing's document: its owner's only
    assert target.parent.stat().st_mode & 0o777 == 0o700


def test_empty_transcript_is_announced(sample_hearing, tmp_path):
    warnings = without_font_notice(export_documents(sample_hearing, transcript_pdf=tmp_path / "t.pdf"))
    assert warnings == ["听证笔录中还没有任何发言记录，导出的是只有表头的草稿。"]
    pages = pdf_pages(tmp_path / "t.pdf")
    text = "".join(pages)
    # an empty transcript cannot be locked: a draft, marked on every page, with no
    # confirmation, no signature table and no fingerprint, and closed by the end mark
    assert all("草稿（未锁定）" in page for page in pages)
    assert "以上笔录经核对无误。" not in text and "签名：" not in text and "笔录指纹" not in text
    assert "尚无发言记录" in text and "以下空白" in text


def test_command_line_exports_every_document(db_path, tmp_path, capsys):
    from hearing_desk.cli import main

    assert main(["--db", str(db_path), "demo"]) == 0
    hearing_id = capsys.readouterr().out.strip()
    out = tmp_path / "out"
    args = ["--db", str(db_path), "export", hearing_id, "--report", str(out / "r.pdf"),
            "--report-docx", str(out / "r.docx"), "--transcript", str(out / "t.pdf"),
            "--summary", str(out / "s.xlsx")]
    assert main(args) == 0
    assert sorted(p.name for p in out.iterdir()) == ["r.docx", "r.pdf", "s.xlsx", "t.pdf"]
    err = capsys.readouterr().err
    assert "hearing-desk：注意：听证笔录中还没有任何发言记录" in err

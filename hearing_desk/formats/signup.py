"""Participants from a sign-up sheet (报名表, an .xlsx file).

``read_signup`` finds the columns by their header words (姓名, 工作单位, 联系电话,
身份证号, 产生方式 ...; the header row need not be the first, spaces and
full-width characters are tolerated) and checks every row: an empty or repeated
name, a phone number that is not a mobile number, an ID number that fails the
GB 11643 check. Nothing is stored here: the window shows the rows with their
problems, and the people service adds the good ones (``PeopleService.add_people``
with ``unique_names``) in one transaction.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..domain import SELECTION_CHOICES, Person, Role
from ..domain.signup import ERROR, FIELD_TITLES, WARNING, Problem, SignupRow, SignupSheet
from ..domain.text import clean_line
from ..errors import BadInput
from .safety import MAX_DOCUMENT_BYTES, check_file, check_zip, read_limited

#: field → header words, most specific fields first (身份证号 before 身份).
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id_number", ("身份证号码", "身份证号", "身份证", "证件号码", "公民身份号码", "证件号")),
    ("phone", ("联系电话", "手机号码", "手机号", "手机", "电话号码", "电话", "联系方式")),
    ("email", ("电子邮箱", "电子邮件", "邮箱", "email", "e-mail")),
    ("address", ("通讯地址", "联系地址", "家庭住址", "住址", "地址")),
    ("name", ("姓名", "名字")),
    ("selection", ("产生方式", "遴选方式", "产生办法")),
    ("category", ("代表类别", "类别", "类型")),
    ("affiliation", ("工作单位", "所在单位", "单位名称", "单位")),
    ("description", ("基本情况", "身份", "职务", "职业")),
)

_HEADER_SCAN_ROWS = 30
#: limits of a sign-up sheet: rows with data, columns read, blank rows before the data is
#: taken as ended, characters of a name and of any other cell
MAX_ROWS = 10_000
MAX_COLUMNS = 64
MAX_BLANK_ROWS = 1_000
MAX_NAME = 50
MAX_CELL = 2_000
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# ---------------------------------------------------------------- checks

def normalize(text: Any) -> str:
    """Full-width to half-width (NFKC), clean (``domain.text.clean_line``) and trimmed."""
    return clean_line(unicodedata.normalize("NFKC", str(text))).strip()


def header_key(text: Any) -> str:
    """``" 姓　名 *"`` → ``姓名``; ``联系电话（手机）`` → ``联系电话``."""
    t = normalize(text).lower()
    t = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", t)
    return re.sub(r"[\s*:：#]+", "", t)


def match_header(text: Any) -> str | None:
    key = header_key(text)
    if not key or len(key) > 12:
        return None
    for name, words in COLUMNS:
        if any(w in key for w in words):
            return name
    return None


def id_number_problem(value: str, *, numeric_cell: bool = False) -> str | None:
    """The problem with a 居民身份证号码 (GB 11643-1999), or None when it is well formed."""
    hint = ("（该单元格是数字格式，Excel 只保留 15 位有效数字，末几位已丢失：请把该列设为文本格式后重新填写）"
            if numeric_cell else "")
    v = value.upper()
    if len(v) == 15 and v.isdigit():
        return "身份证号是 15 位旧号码，请填写 18 位号码" + hint
    if len(v) != 18:
        return f"身份证号应为 18 位，这里是 {len(v)} 位" + hint
    if not v[:17].isdigit() or not (v[17].isdigit() or v[17] == "X"):
        return "身份证号前 17 位应为数字，最后一位为数字或 X" + hint
    try:
        born = date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return f"身份证号中的出生日期 {v[6:14]} 不是有效日期" + hint
    if born > date.today() or born.year < 1900:
        return f"身份证号中的出生日期 {v[6:14]} 不合理" + hint
    if id_check_digit(v[:17]) != v[17]:
        return "身份证号校验位不符（可能有数字填错）" + hint
    return None


def id_check_digit(first17: str) -> str:
    """The 18th character of an ID number whose first 17 digits are given."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]


def normalize_phone(value: str) -> str:
    """Spaces and dashes out of a mobile number, ``+86`` dropped; other numbers as written."""
    v = normalize(value)
    digits = re.sub(r"[\s\-—－()]+", "", v)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if _MOBILE_RE.match(digits):
        return digits
    return re.sub(r"\s+", " ", v)


def phone_problem(value: str) -> Problem | None:
    if _MOBILE_RE.match(value):
        return None
    if _LANDLINE_RE.match(value.replace(" ", "")):
        return Problem(WARNING, "phone", f"联系电话 {value} 不是手机号码（固定电话？），请核对")
    digits = re.sub(r"\D", "", value)
    if len(digits) != 11:
        return Problem(ERROR, "phone", f"联系电话 {value} 格式不对（手机号码应为 11 位数字，这里是 {len(digits)} 位）")
    return Problem(ERROR, "phone", f"联系电话 {value} 不是有效的手机号码")


def clean_name(value: str) -> str:
    """``张　三`` → ``张三`` (sheets pad two-character names); Latin names keep single spaces."""
    v = normalize(value)
    if re.search(r"[A-Za-z]", v):
        return re.sub(r"\s+", " ", v)
    return re.sub(r"\s+", "", v)


def _cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and len(value) > MAX_CELL + 1:
        value = value[:MAX_CELL + 1]        # over the limit either way (_check says so); never normalised whole
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = normalize(value) if not isinstance(value, str) else clean_line(value).strip()
    return text or None


# ---------------------------------------------------------------- reading

def _open_workbook(path: Path):
    import openpyxl
    from defusedxml import DefusedXmlException
    from openpyxl.utils.exceptions import InvalidFileException

    check_file(path, MAX_DOCUMENT_BYTES, "报名表")       # not a FIFO, a device, a huge file
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        data = read_limited(path, MAX_DOCUMENT_BYTES, "报名表")
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise BadInput(f"报名表 {path.name} 设置了打开密码，程序无法读取。"
                           "请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存，再导入。")
        raise BadInput(f"报名表 {path.name} 是旧版 Excel 格式（.xls）。"
                       "请在 Excel 中“另存为” .xlsx 格式后再导入。")
    if not zipfile.is_zipfile(path):
        raise BadInput(f"文件 {path.name} 不是 Excel 工作簿（.xlsx），无法读取。"
                       "请选择用 Excel 或 WPS 保存的 .xlsx 报名表。")
    check_zip(path, "报名表")                            # a zip bomb is refused before any XML is read
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # openpyxl warns about styles it does not know
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (SyntaxError, DefusedXmlException) as exc:
        raise BadInput(f"报名表 {path.name} 内部的 XML 无法解析：格式错误，或含有不允许的实体定义"
                       f"（可能是恶意构造的文件，{exc.__class__.__name__}）。未导入任何内容。") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise BadInput(f"报名表 {path.name} 无法读取，文件可能已损坏或不是 .xlsx 格式"
                       f"（{exc.__class__.__name__}）。") from None


def _rows(ws, path: Path) -> list[tuple]:
    """The rows of a sheet, within the limits: the sheet's own claim of its size (its
    ``<dimension>``, ``A1:XFD1048576`` in a hostile file) is ignored, at most
    :data:`MAX_COLUMNS` columns are read, and more than :data:`MAX_ROWS` rows with
    anything in them is refused."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    rows: list[tuple] = []
    blank = 0
    for r in ws.iter_rows(max_col=MAX_COLUMNS, values_only=True):
        row = tuple(r)
        if any(v is not None for v in row):
            blank = 0
        else:
            blank += 1
            if blank > MAX_BLANK_ROWS:
                break               # a sheet formatted down to row 1048576: the data ended long ago
        rows.append(row)
        if len(rows) > MAX_ROWS:
            raise BadInput(f"报名表 {path.name} 的工作表“{ws.title}”超过 {MAX_ROWS} 行，超出上限，未导入。"
                           "请把报名表拆成几个文件分别导入。")
    while rows and not any(v is not None for v in rows[-1]):
        rows.pop()
    return rows


def _find_header(rows: list[tuple]) -> tuple[int, dict[int, str], dict[str, str]] | None:
    """(index of the header row, column index → field, field → header text)."""
    for i, row in enumerate(rows[:_HEADER_SCAN_ROWS]):
        found: dict[int, str] = {}
        written: dict[str, str] = {}
        for j, cell in enumerate(row):
            if cell is None:
                continue
            name = match_header(cell)
            if name and name not in written:
                found[j] = name
                written[name] = str(cell).strip()
        if "name" in written:
            return i, found, written
    return None


def read_signup(path: str | Path, existing: Iterable[Person] = ()) -> SignupSheet:
    """Read and check a sign-up sheet; nothing is stored. ``existing``: participants already listed."""
    path = Path(path)
    wb = _open_workbook(path)
    try:
        found = None
        for ws in wb.worksheets:
            rows = _rows(ws, path)
            header = _find_header(rows)
            if header is not None:
                found = (ws.title, rows, header)
                break
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError) as exc:
        raise BadInput(f"报名表 {path.name} 无法读取，文件可能已损坏（{exc.__class__.__name__}）。") from None
    finally:
        wb.close()
    if found is None:
        raise BadInput(f"报名表 {path.name} 中没有找到“姓名”列。请确认表头（如 姓名、工作单位、联系电话、"
                       "身份证号）在前 30 行内，然后再导入。")
    sheet, rows, (h, columns, written) = found
    existing_names = {p.name: p for p in existing if p.role is Role.PARTICIPANT}
    out: list[SignupRow] = []
    seen: dict[str, int] = {}
    for i, values in enumerate(rows[h + 1:], start=h + 2):
        entry = SignupRow(row=i)
        numeric_id = False
        for j, name in columns.items():
            value = values[j] if j < len(values) else None
            if name == "id_number" and isinstance(value, (int, float)):
                numeric_id = True
            setattr(entry, name, _cell_text(value))
        if not any(getattr(entry, f) for f in FIELD_TITLES):
            continue   # a blank line, or one with only a 序号
        _check(entry, numeric_id, seen, existing_names)
        name_column = next((j for j, f in columns.items() if f == "name"), None)
        if name_column is not None and entry.name:
            raw = values[name_column] if name_column < len(values) else None
            problem = name_cell_problem(raw, i, name_column)
            if problem is not None:
                entry.problems.append(problem)
        out.append(entry)
    return SignupSheet(path=path, sheet=sheet, header_row=h + 1, columns=written, rows=out)


_DATE_LIKE = re.compile(r"^\d{2,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,2}\s*日?)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def name_cell_problem(value: Any, row: int, column: int) -> Problem | None:
    """A warning for a 姓名 cell that is not a name as written: a formula-like text (``=HYPERLINK(…)``,
    which a spreadsheet would run), a date or a number (``row`` and ``column`` from 1 and 0)."""
    from openpyxl.utils import get_column_letter

    where = f"第 {row} 行 {get_column_letter(column + 1)} 列"
    if isinstance(value, (datetime, date, time)):
        return Problem(WARNING, "name", f"{where}的姓名是一个日期（单元格为日期格式），请核对")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Problem(WARNING, "name", f"{where}的姓名是一个数字（单元格为数字格式），请核对")
    text = str(value or "").lstrip(" ")
    if text.startswith(_FORMULA_START):
        return Problem(WARNING, "name", f"{where}的姓名以“{text[:1].strip() or '制表符'}”开头，像是表格公式"
                                        "（在电子表格中可能被当作公式执行），请核对；导出时按文字写出")
    if _DATE_LIKE.match(text):
        return Problem(WARNING, "name", f"{where}的姓名像是一个日期，请核对")
    if re.fullmatch(r"[\d\s.,+-]+", text):
        return Problem(WARNING, "name", f"{where}的姓名是一串数字，请核对")
    return None


def _check(entry: SignupRow, numeric_id: bool, seen: dict[str, int], existing: dict[str, Person]) -> None:
    add = entry.problems.append
    for field_name, title in FIELD_TITLES.items():
        value = getattr(entry, field_name)
        limit = MAX_NAME if field_name == "name" else MAX_CELL
        if value and len(value) > limit:
            add(Problem(ERROR, field_name, f"{title}太长（{len(value)} 字，上限 {limit} 字）"))
            setattr(entry, field_name, value[:limit])     # the row is refused; what is shown stays small
    if entry.errors:
        return
    if entry.name:
        entry.name = clean_name(entry.name)
    if not entry.name:
        add(Problem(ERROR, "name", "姓名为空"))
    elif entry.name in seen:
        add(Problem(ERROR, "name", f"姓名与第 {seen[entry.name]} 行重复"))
    elif entry.name in existing:
        p = existing[entry.name]
        where = f"（序号 {p.seq}）" if p.seq else ""
        add(Problem(ERROR, "name", f"“{entry.name}”已在听证参加人名单中{where}"))
    if entry.name and entry.name not in seen:
        seen[entry.name] = entry.row
    if entry.phone:
        entry.phone = normalize_phone(entry.phone)
        problem = phone_problem(entry.phone)
        if problem:
            add(problem)
    if entry.id_number:
        entry.id_number = normalize(entry.id_number).replace(" ", "").upper()
        text = id_number_problem(entry.id_number, numeric_cell=numeric_id)
        if text:
            add(Problem(ERROR, "id_number", text))
    if entry.email and not _EMAIL_RE.match(entry.email):
        add(Problem(WARNING, "email", f"邮箱 {entry.email} 格式可能不对"))
    if entry.selection and entry.selection not in SELECTION_CHOICES:
        add(Problem(WARNING, "selection", f"产生方式“{entry.selection}”不是常用值，将按原文导入"))

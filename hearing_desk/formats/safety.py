"""Reading files that may be careless or hostile: limits checked before and while
reading, every refusal a :class:`BadInput` (exit status 2) naming the file and the place.

* A file is looked at with ``os.stat`` before it is opened: not there, a folder, not a
  regular file (a FIFO would block the program, ``/dev/zero`` never ends) or over its
  size limit is refused; then at most limit + 1 bytes are read (the file may grow).
* A zip container (.xlsx, .docx) is refused when its parts unpack to more than
  :data:`MAX_UNZIPPED_BYTES` (a zip bomb), before any part is parsed. Their XML is read
  by openpyxl through defusedxml (entity bombs, external entities refused) and by
  python-docx with entities left unresolved; malformed XML is a refusal, not a crash.
* JSON (:func:`load_json`): nesting deeper than :data:`MAX_DEPTH`, an integer of more
  than 19 digits or outside SQLite's 64 bits, a number like ``1e308`` that is no
  integer a field can hold, ``NaN``/``Infinity``, a key given twice in one object, a
  lone surrogate (``"\\ud800"``) and a string longer than :data:`MAX_STRING` are refused
  with their place (``opinions[3].text``).
"""
from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

from ..errors import BadInput

#: a hearing file (JSON): a full-day hearing with its record is a few MB
MAX_JSON_BYTES = 64 * 1024 * 1024
#: a sign-up sheet or a draft (.xlsx, .docx, .txt) as stored on the disk
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
#: what the parts of an .xlsx or .docx may unpack to, together
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
#: JSON nesting (the format needs 5)
MAX_DEPTH = 32
#: characters in one JSON string (a whole day's transcript turn is far shorter)
MAX_STRING = 1_000_000
#: SQLite's integers
MAX_INT = 2 ** 63 - 1

_SURROGATE = re.compile("[\ud800-\udfff]")


def check_file(path: Path, limit: int, what: str = "文件") -> int:
    """The size of ``path`` after checking it may be read (``os.stat``, never blocking)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise BadInput(f"找不到文件：{path}") from None
    except OSError as exc:
        raise BadInput(f"无法读取{what} {path}：{exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise BadInput(f"{path} 是一个文件夹，不是{what}。")
    if not stat.S_ISREG(st.st_mode):
        raise BadInput(f"{path} 不是普通文件（设备、管道或套接字），不能作为{what}读取。")
    if st.st_size > limit:
        raise BadInput(f"{what} {path.name} 太大（{st.st_size / 1024 / 1024:.1f} MB），"
                       f"超过上限 {limit // 1024 // 1024} MB，未读取。")
    return st.st_size


def read_limited(path: Path, limit: int, what: str = "文件") -> bytes:
    """The bytes of ``path``: checked (:func:`check_file`), then at most ``limit`` read."""
    check_file(path, limit, what)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise BadInput(f"无法读取{what} {path}：{exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{what} {path.name} 超过上限 {limit // 1024 // 1024} MB，未读取。")
    return data


def check_zip(path: Path, what: str) -> None:
    """Refuse a zip whose parts unpack to more than :data:`MAX_UNZIPPED_BYTES` (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadInput(f"{what} {path.name} 无法读取，文件可能已损坏（{exc.__class__.__name__}）。") from None
    if total > MAX_UNZIPPED_BYTES:
        raise BadInput(f"{what} {path.name} 解压后有 {total / 1024 / 1024:.0f} MB，超过上限 "
                       f"{MAX_UNZIPPED_BYTES // 1024 // 1024} MB（可能是恶意构造的压缩文件），未读取。")


def defused() -> bool:
    """Is openpyxl reading XML through defusedxml (a dependency of the program)?"""
    from openpyxl.xml import DEFUSEDXML
    return bool(DEFUSEDXML)


# ---------------------------------------------------------------- JSON

class _Big:
    """An integer literal too long to convert (Python refuses more than 4300 digits)."""

    def __init__(self, literal: str):
        self.literal = literal


class _Odd:
    """``NaN``, ``Infinity``: not JSON, refused by name."""

    def __init__(self, literal: str):
        self.literal = literal


class _Pairs(dict):
    """A JSON object that had a key twice (``duplicate``: the first such key)."""

    duplicate: str | None = None


def _pairs(items: list[tuple[str, Any]]) -> dict:
    out = _Pairs()
    for key, value in items:
        if key in out and out.duplicate is None:
            out.duplicate = key
        out[key] = value
    if out.duplicate is None:
        return dict(out)
    return out


def _int(literal: str) -> Any:
    if len(literal.lstrip("-")) > 19:
        return _Big(literal)
    return int(literal)


def _float(literal: str) -> Any:
    return float(literal)


def _place(parts: list) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "（文件顶层）"


def load_json(text: str, name: str) -> Any:
    """Parse ``text`` (from the file ``name``) and check it (see the module's docstring)."""
    try:
        doc = json.loads(text, object_pairs_hook=_pairs, parse_int=_int, parse_float=_float,
                         parse_constant=_Odd)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{name}：不是合法的 JSON，第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}") from None
    except RecursionError:
        raise BadInput(f"{name}：JSON 嵌套层数过深（上限 {MAX_DEPTH} 层），未读取。") from None
    except ValueError as exc:          # what the hooks could not stop
        raise BadInput(f"{name}：JSON 中有无法读取的值（{exc.__class__.__name__}）。") from None
    problem = _walk(doc)
    if problem:
        raise BadInput(f"{name}：{problem}")
    return doc


def _walk(doc: Any) -> str | None:
    """The first problem of the parsed document, with its place; iterative (no recursion)."""
    stack: list[tuple[Any, list]] = [(doc, [])]
    while stack:
        node, where = stack.pop()
        if len(where) > MAX_DEPTH:
            return f"{_place(where[:MAX_DEPTH])}：嵌套层数过深（上限 {MAX_DEPTH} 层）"
        if isinstance(node, dict):
            if isinstance(node, _Pairs):
                return f"{_place(where)}：字段 \"{_clean(node.duplicate)}\" 出现了两次，无法确定用哪一个"
            for key, value in node.items():
                if _SURROGATE.search(key):
                    return f"{_place(where)}：字段名中有无效的字符（孤立的代理码位）"
                stack.append((value, where + [key]))
        elif isinstance(node, list):
            stack.extend((value, where + [i]) for i, value in enumerate(node))
        elif isinstance(node, str):
            if len(node) > MAX_STRING:
                return f"{_place(where)}：文字太长（{len(node)} 字，上限 {MAX_STRING} 字）"
            if _SURROGATE.search(node):
                at = _SURROGATE.search(node)
                assert at is not None
                return (f"{_place(where)}：第 {at.start() + 1} 个字符无效（孤立的代理码位 "
                        f"\\u{ord(at.group()):04x}），不是可以保存的文字")
        elif isinstance(node, _Big):
            return f"{_place(where)}：整数 {node.literal[:20]}… 有 {len(node.literal.lstrip('-'))} 位，超出范围"
        elif isinstance(node, _Odd):
            return f"{_place(where)}：{node.literal} 不是 JSON 允许的数值"
        elif isinstance(node, bool):
            continue
        elif isinstance(node, int):
            if not -MAX_INT - 1 <= node <= MAX_INT:
                return f"{_place(where)}：整数 {node} 超出范围（最大 {MAX_INT}）"
        elif isinstance(node, float):
            if node != node or node in (float("inf"), float("-inf")):
                return f"{_place(where)}：数值超出范围"
            if node.is_integer() and abs(node) > 2 ** 53:
                return f"{_place(where)}：{node:g} 不是可以保存的整数（应写成不带小数点和指数的整数）"
    return None


def _clean(text: str | None) -> str:
    return _SURROGATE.sub("?", text or "")[:60]

"""The draft under hearing (征求意见稿) from a .txt or .docx file, split into chapters
and articles (第X条) so that opinions can point to them."""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..domain import Draft
from ..domain.articles import split_draft
from ..domain.text import clean_text
from ..errors import BadInput
from .safety import MAX_DOCUMENT_BYTES, check_file, check_zip, read_limited


def read_text(path: str | Path) -> str:
    """The plain text of a draft file: .txt (UTF-8, else GB18030) or .docx (its paragraphs),
    cleaned (``domain.text.clean_text``: a BOM, control and direction characters removed)."""
    path = Path(path)
    check_file(path, MAX_DOCUMENT_BYTES, "征求意见稿")     # not a FIFO, a device, a huge file
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise BadInput(f"{path.name} 是旧版 Word 格式（.doc）。请在 Word 或 WPS 中“另存为” .docx 后再导入。")
    if suffix == ".docx":
        return clean_text(_docx_text(path))
    if suffix in (".txt", ".text", ""):
        return clean_text(_txt_text(path))
    raise BadInput(f"不支持的文件类型：{path.name}。请选择 .txt 或 .docx 格式的征求意见稿。")


def _txt_text(path: Path) -> str:
    data = read_limited(path, MAX_DOCUMENT_BYTES, "征求意见稿")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInput(f"{path.name} 不是文本文件，无法读取。请选择 .txt 或 .docx 格式的征求意见稿。")
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadInput(f"{path.name} 的文字编码无法识别（既不是 UTF-8 也不是 GB18030）。"
                   "请用记事本“另存为” UTF-8 编码后再导入。")


def _docx_text(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(path):
        with open(path, "rb") as f:
            head = f.read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise BadInput(f"{path.name} 设置了打开密码，或实际是旧版 .doc 文件，程序无法读取。"
                           "请在 Word 中取消密码或另存为 .docx 后再导入。")
        raise BadInput(f"{path.name} 不是有效的 Word 文档（.docx），无法读取。")
    check_zip(path, "征求意见稿")                      # a zip bomb is refused before any XML is read
    try:
        # python-docx parses with lxml, entities left unresolved (no entity bombs, no
        # external entities); malformed XML is a SyntaxError (lxml's XMLSyntaxError)
        document = docx.Document(str(path))
    except SyntaxError as exc:
        raise BadInput(f"{path.name} 内部的 XML 无法解析：格式错误，或含有不允许的实体定义"
                       f"（可能是恶意构造的文件，{exc.__class__.__name__}）。") from None
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise BadInput(f"{path.name} 无法作为 Word 文档打开，文件可能已损坏（{exc.__class__.__name__}）。") from None
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():     # paragraphs and tables, in document order
        if isinstance(block, Table):
            for row in block.rows:
                seen = []
                for cell in row.cells:              # merged cells repeat: keep each once
                    if cell.text not in seen:
                        seen.append(cell.text)
                lines.append("　".join(t.strip() for t in seen if t.strip()))
        else:
            lines.append(block.text)
    return "\n".join(lines)


def read_draft(path: str | Path) -> Draft:
    """Read and split a draft file; a file without any 第X条 is refused with a message."""
    path = Path(path)
    text = read_text(path)
    if not text.strip():
        raise BadInput(f"{path.name} 中没有文字。")
    draft = split_draft(text)
    if not draft.articles:
        raise BadInput(f"{path.name} 中没有找到“第一条”“第二条”这样的条文。"
                       "如果条文编号是 Word 的自动编号，请先把编号变成普通文字（例如复制全文，"
                       "以“只保留文本”方式粘贴到新文档）后再导入。")
    return draft

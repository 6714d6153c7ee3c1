"""Fixtures of the document tests: the sample hearing, a hearing with a panel and
every kind of person, fonts made for a test, and text extraction helpers."""
from __future__ import annotations

import copy
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta, timezone
from pathlib import Path

import pytest

from hearing_desk.domain import (
    Contact,
    Hearing,
    Person,
    RecordChange,
    Role,
    Signature,
    SignatureStatus,
    TranscriptLock,
    Turn,
    TurnKind,
    fingerprint,
)

SEED_NAME = "000_9ef3b0a6ee7ac483.txt"
TZ = timezone(timedelta(hours=8))

#: Personal data put on every person of the panel hearing; none may be printed.
SECRETS = {"phone": "13912345678", "email": "secret.person@example.cn",
           "id_number": "44030019800101123X", "address": "深圳市光明区秘密路8号"}


@pytest.fixture(autouse=True)
def _no_user_font(monkeypatch):
    """The user's own HEARING_DESK_FONT must not change what the tests see."""
    monkeypatch.delenv("HEARING_DESK_FONT", raising=False)


@pytest.fixture
def seed_text(shared_dir) -> str:
    return (shared_dir / "seeds" / SEED_NAME).read_text(encoding="utf-8")


def _contact(i: int) -> Contact:
    return Contact(phone=f"{SECRETS['phone'][:-2]}{i:02d}", email=f"p{i}.{SECRETS['email']}",
                   id_number=f"{SECRETS['id_number'][:-4]}{i:03d}X", address=f"{SECRETS['address']}{i}室")


@pytest.fixture
def panel_hearing(sample_hearing) -> Hearing:
    return make_panel_hearing(sample_hearing)


def make_panel_hearing(sample: Hearing) -> Hearing:
    """The sample with a panel (the host sits on it too), a supervisor, two
    presenters, role labels, everyone checked in but one absent participant (who has a
    signature record), a refused signature, a short transcript with procedural notes,
    two locks with a change between them (a signature of the first version kept) and
    personal data."""
    h = copy.deepcopy(sample)
    assert h.starts_at is not None and h.report is not None
    at = h.starts_at
    h.role_labels = {Role.PARTICIPANT: "听证代表", Role.PRESENTER: "决策发言人"}
    h.ends_at = at + timedelta(hours=2, minutes=30)
    h.people += [
        Person("o1", Role.HEARING_OFFICER, "杨成", affiliation="深圳市光明区教育局", seq=1),
        Person("o2", Role.HEARING_OFFICER, "钱晓岚", affiliation="深圳大学法学院", seq=2),
        Person("o3", Role.HEARING_OFFICER, "孙立群", affiliation="深圳市律师协会", seq=3),
        Person("s1", Role.SUPERVISOR, "陈光", affiliation="光明区纪委监委派驻纪检组"),
        Person("presenter2", Role.PRESENTER, "冯佳", affiliation="深圳市光明区司法局"),
    ]
    for i, p in enumerate(h.people):
        p.contact = _contact(i)
    by_id = h.people_by_id()
    for p in h.people:
        p.attended = True
    by_id["a9"].attended = False
    by_id["a9"].signature = Signature(SignatureStatus.ABSENT, lock=2)
    by_id["a7"].signature = Signature(SignatureStatus.REFUSED, "认为第5段未完整记录其意见，当场拒绝签字。", lock=2)
    by_id["a1"].signature = Signature(SignatureStatus.SIGNED, lock=2)
    by_id["a2"].signature = Signature(SignatureStatus.SIGNED, lock=1)      # signed the first version
    h.transcript = [
        Turn(1, "现在宣布听证会开始。请工作人员宣读听证纪律。", "host", at=at),
        Turn(2, "宣读听证会纪律。", None, speaker_label="工作人员", at=at + timedelta(minutes=1)),
        Turn(3, "下面介绍征求意见稿的起草背景。\n征求意见稿共六章四十一条。", "presenter",
             at=at + timedelta(minutes=5)),
        Turn(4, "休会十分钟", None, kind=TurnKind.NOTE, at=at + timedelta(minutes=40)),
        Turn(5, "建议第二十三条修改为可以通过数据交易所进行市场化流通交易。", "a1",
             at=at + timedelta(minutes=52)),
        Turn(6, "第十八条是否会禁止区与区之间的授权运营合作？", "a7", at=at + timedelta(minutes=60)),
        Turn(7, "区平台作为二级系统将挂接在市级平台。", "presenter2", at=at + timedelta(minutes=63)),
        Turn(8, "（复会）", None, kind=TurnKind.NOTE),
        Turn(9, "请各位听证代表核对笔录并签字。", "host", at=at + timedelta(hours=2, minutes=25)),
    ]
    h.report = replace(h.report, date=date(2024, 7, 19))
    locked = h.transcript[5].text
    h.transcript[5].text = "第十八条是否禁止区与区的合作？"
    first = fingerprint(h)
    h.transcript[5].text = locked
    h.locks = [TranscriptLock(1, first, at + timedelta(hours=2, minutes=26), at + timedelta(hours=2, minutes=27)),
               TranscriptLock(2, fingerprint(h), at + timedelta(hours=2, minutes=29))]
    h.changes = [RecordChange(1, at + timedelta(hours=2, minutes=28), "turn:6", "第 6 段",
                              "听证代表（谷琼泉）：第十八条是否禁止区与区的合作？",
                              "听证代表（谷琼泉）：第十八条是否会禁止区与区之间的授权运营合作？")]
    return h


@pytest.fixture(scope="session")
def box_font(tmp_path_factory) -> Path:
    """A TrueType font with only a few characters (boxes): everything else must be
    drawn from another installed font, character by character."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    from hearing_desk.export.fonts import PROBE

    def box():
        pen = TTGlyphPen(None)
        for (x0, y0, x1, y1) in ((100, -80, 900, 800), (180, 0, 820, 720)):
            pen.moveTo((x0, y0)), pen.lineTo((x0, y1)), pen.lineTo((x1, y1)), pen.lineTo((x1, y0))
            pen.closePath()
        return pen.glyph()

    chars = PROBE + "0123456789"
    names = [".notdef"] + [f"uni{ord(c):04X}" for c in chars]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in chars})
    fb.setupGlyf({n: box() for n in names})
    fb.setupHorizontalMetrics({n: (1000, 100) for n in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": "HDTestBox", "styleName": "Regular", "psName": "HDTestBox-Regular"})
    fb.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120, fsType=0)
    fb.setupPost()
    path = tmp_path_factory.mktemp("fonts") / "hdtestbox.ttf"
    fb.save(str(path))
    return path


def without_font_notice(warnings: list[str]) -> list[str]:
    """The warnings less the one about the standard's fonts (仿宋, 小标宋), which a test
    machine without them always gets."""
    from hearing_desk.export.fonts import FONT_NOTICE
    return [w for w in warnings if not w.startswith(FONT_NOTICE)]


# --- reading documents back -------------------------------------------------

_PAGE_NO = re.compile(r"—\d+—")
#: the foot of a page for signing (initials, the participants' note, the fingerprint) or of a draft
_FOOT = re.compile(r"本页核对签名：.*?笔录指纹[0-9A-F]{4}(?:-[0-9A-F]{4}){3}|第\d+页共\d+页|草稿（未锁定）：不作签字用")


def squash(text: str) -> str:
    """Text without any white space (PDF extraction breaks lines anywhere)."""
    return re.sub(r"\s+", "", text)


def pdf_pages(path) -> list[str]:
    from pypdf import PdfReader
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path, running_head: str = "") -> str:
    """All pages, squashed, page furniture removed, so text runs on across pages."""
    text = squash("".join(pdf_pages(path)))
    text = _FOOT.sub("", _PAGE_NO.sub("", text))
    return text.replace(squash(running_head), "") if running_head else text


def docx_text(path) -> str:
    """Body paragraphs and table cells in document order, squashed."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    parts = []
    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            parts.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    parts.append("".join(p.text for p in cell.paragraphs))
    return squash("".join(parts))


def poppler_fonts(path) -> list[dict] | None:
    """``pdffonts`` rows (name, type, emb) where poppler is installed, else None."""
    exe = shutil.which("pdffonts")
    if not exe:
        return None
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        cols = line.split()
        # name type [type2] encoding emb sub uni id gen: read from the right
        rows.append({"name": cols[0], "emb": cols[-5]})
    return rows


def pypdf_fonts(path) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) of every font used on any page, read with pypdf."""
    from pypdf import PdfReader

    found = {}
    for page in PdfReader(str(path)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descs = [font]
            if "/DescendantFonts" in font:
                descs = [d.get_object() for d in font["/DescendantFonts"]]
            embedded = True
            for d in descs:
                desc = d.get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                embedded &= any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())

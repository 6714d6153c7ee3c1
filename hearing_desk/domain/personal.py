"""Personal data typed into free text: mobile and landline numbers, 18-digit ID numbers
(GB 11643, with their check digit) and e-mail addresses in the 基本情况, opinions, their
basis, the answers, the transcript and the report's notes.

The contact fields of a person (phone, ID number …) are personal data by design and
are left out of the hearing file by ``--no-personal-data``; this module finds the same
data where nobody expects it – a phone number in a participant's 基本情况, an ID number
read into the transcript – so that the procedure check can name the place, an export
can warn, and the documents can mask it (``138****1234``).

    found = scan_hearing(hearing)          # [Finding(kind, place, …)], in document order
    masked = mask_text("电话13812341234")   # "电话138****1234"
"""
from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass

from .model import Hearing
from .register import opinion_label

MOBILE = "mobile"
LANDLINE = "landline"
ID_NUMBER = "id_number"
EMAIL = "email"

KIND_LABELS = {MOBILE: "手机号码", LANDLINE: "固定电话", ID_NUMBER: "身份证号", EMAIL: "电子邮箱"}

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

_PATTERNS = (
    (ID_NUMBER, re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])")),
    (MOBILE, re.compile(r"(?<![0-9])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![0-9])")),
    (LANDLINE, re.compile(r"(?<![0-9])(?:0\d{2,3}-|[（(]0\d{2,3}[）)]\s?)\d{7,8}(?![0-9])")),
    (EMAIL, re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
)


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int
    text: str

    @property
    def masked(self) -> str:
        return mask_value(self.kind, self.text)


@dataclass(frozen=True)
class Finding:
    """Personal data found in a field: ``place`` names it (``第 3 条意见的依据理由``)
    without repeating any personal data; ``section`` is where to fix it (setup,
    transcript, opinions, responses); ``opinion_id``/``person_id``/``seq`` which one."""
    kind: str
    place: str
    section: str
    masked: str
    opinion_id: str | None = None
    person_id: str | None = None
    seq: int | None = None
    #: the place as a code and its values (``("basis", (("speaker", "蔡鼎"), ("seq", 3)))``), for a
    #: window that names it in another language; ``place`` is its Chinese words
    where: tuple[str, tuple[tuple[str, object], ...]] = ("", ())

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


def id_checksum_ok(value: str) -> bool:
    v = value.upper()
    if len(v) != 18 or not v[:17].isdigit():
        return False
    return _ID_CHECK[sum(int(d) * w for d, w in zip(v[:17], _ID_WEIGHTS)) % 11] == v[17]


def find(text: str | None) -> list[Match]:
    """The personal data in ``text``, in order (an ID number is not also a phone number)."""
    if not text:
        return []
    found: list[Match] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if kind == ID_NUMBER and not id_checksum_ok(m.group()):
                continue
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            found.append(Match(kind, m.start(), m.end(), m.group()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda m: m.start)


def mask_value(kind: str, value: str) -> str:
    """``13812341234`` → ``138****1234``; ``110101199003071234`` → ``110101********1234``;
    ``0755-12345678`` → ``0755-****5678``; ``zhang.san@example.cn`` → ``z***@example.cn``."""
    if kind == EMAIL:
        user, _, domain = value.partition("@")
        return f"{user[:1]}***@{domain}"
    if kind == ID_NUMBER:
        return value[:6] + "*" * 8 + value[-4:]
    digits = [i for i, c in enumerate(value) if c.isdigit()]
    keep_head = 3 if kind == MOBILE else 0
    if kind == MOBILE and value.lstrip("+").startswith("86") and len(digits) > 11:
        keep_head = len(digits) - 8         # the country code and the first three
    hide = set(digits[keep_head:len(digits) - 4]) if kind == MOBILE else set(digits[-8:-4])
    if kind == LANDLINE:                    # the area code stays: hide the number but its last four
        number = [i for i in digits if i > max(value.find("-"), value.find("）"), value.find(")"))]
        hide = set(number[:-4])
    return "".join("*" if i in hide else c for i, c in enumerate(value))


def mask_text(text: str | None) -> str | None:
    """``text`` with every personal datum masked (None stays None)."""
    if not text:
        return text
    out, last = [], 0
    for m in find(text):
        out.append(text[last:m.start])
        out.append(m.masked)
        last = m.end
    out.append(text[last:])
    return "".join(out)


# ---------------------------------------------------------------- a hearing's free text

def free_text_fields(h: Hearing):
    """(section, place, text, opinion_id, person_id, seq, setter, where) of every free-text field;
    ``where`` is the place as a code and its values (see :class:`Finding`)."""
    people = h.people_by_id()
    yield ("setup", "报告的基本情况", h.basic_info_override, None, None, None,
           lambda v: setattr(h, "basic_info_override", v), ("basic_info", ()))
    yield ("setup", "报告的其他说明", h.other_notes, None, None, None, lambda v: setattr(h, "other_notes", v),
           ("other_notes", ()))
    for p in h.people:
        yield ("setup", f"{h.label(p.role)}{p.name}的基本情况", p.description, None, p.id, None,
               lambda v, p=p: setattr(p, "description", v),
               ("person", (("role", p.role), ("role_label", h.label(p.role)), ("name", p.name))))
    for t in sorted(h.transcript, key=lambda t: t.seq):
        yield ("transcript", f"听证笔录第 {t.seq} 段", t.text, None, None, t.seq,
               lambda v, t=t: setattr(t, "text", v), ("turn", (("seq", t.seq),)))
    for o in h.opinions:
        what = opinion_label(o, people)
        speaker = people.get(o.speaker)
        whose = (("speaker", speaker.name if speaker is not None else o.speaker), ("seq", o.seq))
        yield ("opinions", what, o.text, o.id, None, None, lambda v, o=o: setattr(o, "text", v), ("opinion", whose))
        yield ("opinions", f"{what}的依据理由", o.basis, o.id, None, None,
               lambda v, o=o: setattr(o, "basis", v), ("basis", whose))
        if o.response is not None:
            r = o.response
            yield ("responses", f"{what}的分析及处理建议", r.analysis, o.id, None, None,
                   lambda v, r=r: setattr(r, "analysis", v), ("analysis", whose))
    for n, d in enumerate(h.disputes, 1):
        yield ("responses", f"第 {n} 个争议焦点", d.text, None, None, None, lambda v, d=d: setattr(d, "text", v),
               ("dispute", (("n", n),)))


def scan_hearing(h: Hearing) -> list[Finding]:
    """Every personal datum in the hearing's free text, with its place."""
    out = []
    for section, place, text, opinion_id, person_id, seq, _set, where in free_text_fields(h):
        for m in find(text):
            out.append(Finding(m.kind, place, section, m.masked, opinion_id, person_id, seq, where))
    return out


def masked_hearing(h: Hearing) -> Hearing:
    """A copy of ``h`` whose free text has every personal datum masked (for documents)."""
    copied = copy.deepcopy(h)
    for _section, _place, text, _o, _p, _s, put, _where in free_text_fields(copied):
        if text:
            put(mask_text(text))
    return copied


def summary(findings: list[Finding], *, limit: int = 6) -> str:
    """``听证笔录第 3 段（手机号码）、第 2 条意见的依据理由（身份证号）等 9 处``."""
    places = list(dict.fromkeys(f"{f.place}（{f.label}）" for f in findings))
    text = "、".join(places[:limit])
    if len(places) > limit or len(findings) > len(places[:limit]):
        text += f"等共 {len(findings)} 处"
    counts = Counter(f.label for f in findings)
    return text + "；" + "，".join(f"{k} {v} 处" for k, v in counts.items())

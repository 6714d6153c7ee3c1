"""The words of the documents, composed from the hearing's fields.

The seed report (``seeds/000_9ef3b0a6ee7ac483.txt``) is the model: its first
paragraph, its section titles and the way it lists officials, participants,
opinions and answers. The PDF and the Word report are both drawn from
:func:`build_report`, so they always say the same thing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain import Hearing, Opinion, Person, Role
from ..domain.attendance import marked_absent
from ..domain.printed import describe, matter_of  # noqa: F401 - the documents import them from here
from ..domain.signing import SignState, sign_status, signers
from ..domain.text import format_date, format_span  # noqa: F401

BLANK_DATE = "    年  月  日"


# --- small formatters -------------------------------------------------------

def format_clock(dt: datetime) -> str:
    """15时, 9时30分"""
    return f"{dt.hour}时" if dt.minute == 0 else f"{dt.hour}时{dt.minute:02d}分"


def numbered(items: list[tuple[int, str]]) -> list[str]:
    """``1.甲`` ``2.乙`` – but a single item carries no number (as in the seed)."""
    if len(items) == 1:
        return [items[0][1]]
    return [f"{n}.{text}" for n, text in items]


def opinion_number(opinion: Opinion, position: int) -> int:
    return opinion.seq if opinion.seq is not None else position


def _strip_end(text: str) -> str:
    return text.strip().rstrip("，,。；;")


def report_title(hearing: Hearing) -> str:
    return f"{matter_of(hearing)}听证报告"


def transcript_title(hearing: Hearing) -> str:
    return "听证笔录"


def issuer_of(hearing: Hearing) -> str:
    return (hearing.report.issuer if hearing.report and hearing.report.issuer else None) \
        or hearing.organizer or ""


def report_date(hearing: Hearing) -> str:
    if hearing.report and hearing.report.date:
        return format_date(hearing.report.date)
    return BLANK_DATE


def compose_basic_info(hearing: Hearing) -> str:
    """The 基本情况 paragraph (the seed's first paragraph), or the user's own text."""
    if hearing.basic_info_override and hearing.basic_info_override.strip():
        return hearing.basic_info_override.strip()
    h = hearing
    parts = []
    if h.purpose:
        parts.append(_strip_end(h.purpose) + "，")
    bases = [b.strip() for b in (h.legal_bases or []) if b.strip()]
    if bases:
        joiner = "" if all(b.startswith("《") and b.endswith("》") for b in bases) else "、"
        parts.append(f"根据{joiner.join(bases)}的规定，")
    if h.organizer:
        parts.append(h.organizer)
    if h.starts_at:
        parts.append(f"已于{format_date(h.starts_at)}{format_clock(h.starts_at)}")
    if h.venue:
        parts.append(f"在{h.venue}")
    lead = "".join(parts)
    if lead and not lead.endswith("，"):
        lead += "，"
    return f"{lead}就{matter_of(h)}组织召开听证会。"


def officials_lines(hearing: Hearing) -> list[str]:
    """``听证主持人：杨成，工作单位：深圳市光明区教育局`` – one line per role, several
    people of a role separated by "；"."""
    lines = []
    for role in (Role.HOST, Role.HEARING_OFFICER, Role.RECORDER, Role.PRESENTER, Role.SUPERVISOR):
        people = hearing.people_in(role)
        if not people:
            continue
        who = [p.name + (f"，工作单位：{p.affiliation}" if p.affiliation else "")
               + ("（未出席）" if marked_absent(p) else "") for p in people]
        lines.append(f"{hearing.label(role)}：" + "；".join(who))
    return lines


def absent(hearing: Hearing) -> list[Person]:
    """Participants marked absent at 签到 (attendance is the domain's rule)."""
    return [p for p in hearing.participants() if marked_absent(p)]


def refused(hearing: Hearing) -> list[Person]:
    """People who refused to sign the version of the transcript now locked."""
    return [s.person for s in signers(hearing) if sign_status(hearing, s).state is SignState.REFUSED]


# --- the report as blocks ---------------------------------------------------

@dataclass
class Title:
    text: str


@dataclass
class Heading:
    text: str


@dataclass
class Para:
    text: str


@dataclass
class TableBlock:
    header: tuple[str, ...]
    rows: list[list[list[str]]]          # row → cell → paragraphs
    widths: tuple[float, ...]            # fractions of the text width
    centered: tuple[int, ...] = ()       # columns whose cells are centred


@dataclass
class Attachments:
    items: list[str]


@dataclass
class Closing:
    issuer: str
    date: str


Block = Title | Heading | Para | TableBlock | Attachments | Closing


@dataclass
class Report:
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def build_report(hearing: Hearing) -> Report:
    h = hearing
    part = h.label(Role.PARTICIPANT)
    out = Report()
    add = out.blocks.append
    add(Title(report_title(h)))

    add(Heading("听证会组织的基本情况："))
    add(Para(compose_basic_info(h)))
    for line in officials_lines(h):
        add(Para(line))

    add(Heading(f"{part}的产生方式及基本情况："))
    rows = []
    away = absent(h)
    for i, p in enumerate(h.participants(), 1):
        info = describe(p) + ("（缺席）" if p in away else "")
        rows.append([[str(p.seq if p.seq is not None else i)], [p.selection or ""], [p.name], [info]])
    add(TableBlock(("序号", "产生方式", "姓名", "基本情况"), rows,
                   (0.11, 0.16, 0.18, 0.55), centered=(0, 1, 2)))

    add(Heading(f"{part}提出的主要意见或建议及其依据、理由："))
    grouped = h.opinions_by_participant()
    if not grouped:
        add(Para("无。"))
    for person, opinions in grouped:
        items = numbered([(opinion_number(o, i), o.text.strip()) for i, o in enumerate(opinions, 1)])
        for k, (o, text) in enumerate(zip(opinions, items)):
            lead = f"{h.label(person.role)}-{person.name}：" if k == 0 else ""
            add(Para(lead + text))
            if o.basis and o.basis.strip():
                add(Para(f"原因为：{o.basis.strip()}"))

    add(Heading("听证会争论的主要问题："))
    disputes = numbered([(i, d.text.strip()) for i, d in enumerate(h.disputes, 1)])
    for text in disputes or ["无。"]:
        add(Para(text))

    add(Heading("对听证会各方意见的分析以及处理建议："))
    rows = []
    pending = []
    for person, opinions in grouped:
        answers = []
        for i, o in enumerate(opinions, 1):
            if not o.decision.in_analysis:
                continue
            n = opinion_number(o, i)
            analysis = (o.response.analysis or "").strip() if o.response else ""
            if not analysis:
                if o.decision.is_answered:
                    analysis = f"{o.decision.label}。"
                else:
                    analysis = "（尚未提出分析及处理建议）"
                    pending.append(f"{person.name}的第{n}条意见")
            answers.append((n, analysis))
        if answers:
            texts = [answers[0][1]] if len(opinions) == 1 else [f"{n}.{a}" for n, a in answers]
            rows.append([[person.name], texts])
    add(TableBlock((f"{part}意见", "分析及处理建议"), rows, (0.26, 0.74), centered=(0,)))
    if pending:
        out.warnings.append(f"听证报告中有 {len(pending)} 条意见尚未提出分析及处理建议："
                            + "、".join(pending[:5]) + ("等" if len(pending) > 5 else "") + "。")

    add(Heading("其他需要说明的情况："))
    notes = [line.strip() for line in (h.other_notes or "").splitlines() if line.strip()]
    said = h.other_notes or ""
    missing_absent = [p.name for p in away if p.name not in said]
    if missing_absent:
        notes.append(f"{part}" + "、".join(missing_absent) + "未出席听证会。")
    for p in refused(h):
        if p.name not in said:
            note = (p.signature.note or "").strip()
            notes.append(f"{h.label(p.role)}{p.name}拒绝在听证笔录上签字"
                         + (f"，记录在案：{_strip_end(note)}。" if note else "。"))
    for text in notes or ["无。"]:
        add(Para(text))

    add(Attachments(h.attachments))
    add(Closing(issuer_of(h), report_date(h)))
    return out

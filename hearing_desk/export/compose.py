"""The words of the documents, composed from the hearing's fields.

The seed report (``seeds/000_9ef3b0a6ee7ac483.txt``) is the model: its first
paragraph, its section titles and the way it lists officials, participants,
opinions and answers. The PDF and the Word report are both drawn from
:func:`build_report`, so they always say the same thing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain import Decision, Hearing, Opinion, Person, Role
from ..domain.attendance import Quorum, attendance, marked_absent
from ..domain.numbering import (  # noqa: F401 - the documents import them from here
    answer_texts,
    numbered,
    opinion_number,
    own_ordinal,
)
from ..domain.printed import describe, matter_of  # noqa: F401 - the documents import them from here
from ..domain.signing import SignState, sign_status, signers
from ..domain.text import format_date, format_span  # noqa: F401

BLANK_DATE = "    年  月  日"


# --- small formatters -------------------------------------------------------

def format_clock(dt: datetime) -> str:
    """15时, 9时30分"""
    return f"{dt.hour}时" if dt.minute == 0 else f"{dt.hour}时{dt.minute:02d}分"


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text (``\n`` separates them), stripped, empty ones dropped."""
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def _strip_end(text: str) -> str:
    return text.strip().rstrip("，,。；;")


def report_title(hearing: Hearing) -> str:
    return f"{matter_of(hearing)}听证报告"


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
        if h.ends_at and h.ends_at > h.starts_at:
            same_day = h.ends_at.date() == h.starts_at.date()
            parts.append("至" + ("" if same_day else format_date(h.ends_at)) + format_clock(h.ends_at))
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
    level: int = 1          # 1: 黑体 section title; 2: 楷体 sub-section


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
    #: opinions without an answer ("汪曼的第1条意见"): the report is a draft (草稿)
    open_opinions: list[str] = field(default_factory=list)

    @property
    def draft(self) -> bool:
        return bool(self.open_opinions)

    @property
    def title(self) -> str:
        first = self.blocks[0] if self.blocks else None
        return first.text if isinstance(first, Title) else "听证报告"


def preparation_text(hearing: Hearing) -> str | None:
    """组织筹备情况: the milestones in date order (announcement, list published,
    materials sent …), as Huadu's and Wengyuan's reports tell them."""
    stones = sorted(hearing.milestones or [], key=lambda m: m.date)
    events = [f"{format_date(m.date)}{_strip_end(m.event)}" for m in stones if m.event.strip()]
    if not events:
        return None
    return f"{hearing.organizer or '听证组织机关'}于" + "；".join(events) + "。"


def attendance_text(hearing: Hearing) -> str | None:
    """应到 / 实到, the quorum rule and the observers (参加人构成), from the domain's rule."""
    a = attendance(hearing)
    if a.expected == 0:
        return None
    part = hearing.label(Role.PARTICIPANT)
    text = f"本次听证会应到{part}{a.expected}人，实到{a.present}人"
    if a.quorum is Quorum.MET and a.has_rule:
        text += f"，达到应到人数的{a.rule}"
    elif a.quorum is Quorum.SHORT:
        text += f"，未达到应到人数的{a.rule}（至少{a.needed}人）"
    elif a.quorum is Quorum.OPEN:
        text += f"，另有{a.unchecked}人未核对签到"
    observers = hearing.people_in(Role.OBSERVER)
    if observers:
        names = "、".join(p.name for p in observers) if len(observers) <= 5 else ""
        text += f"；另有{hearing.label(Role.OBSERVER)}{len(observers)}人" + (f"（{names}）" if names else "")
    return text + "。"


#: the order in which the decision count names the decisions
COUNT_ORDER = (Decision.ADOPTED, Decision.PARTIALLY_ADOPTED, Decision.NOT_ADOPTED,
               Decision.ALREADY_REFLECTED, Decision.EXPLAINED, Decision.DEFERRED)


def decision_count_text(hearing: Hearing) -> str | None:
    """采纳 X 条、部分采纳 Y 条 …: one sentence over every opinion of the register."""
    ops = hearing.opinions
    if not ops:
        return None
    counts = {d: sum(1 for o in ops if o.decision is d) for d in Decision}
    part = hearing.label(Role.PARTICIPANT)
    said = "、".join(f"{d.label}{counts[d]}条" for d in COUNT_ORDER if counts[d])
    text = f"{part}共提出意见{len(ops)}条"
    if said:
        text += f"，{hearing.label(Role.PRESENTER)}逐条提出了分析及处理建议，其中{said}"
    if counts[Decision.NOTED]:
        text += f"；{counts[Decision.NOTED]}条无需处理"
    if counts[Decision.PENDING]:
        text += f"；尚有{counts[Decision.PENDING]}条未提出处理建议"
    return text + "。"


def _is_open(opinion: Opinion) -> bool:
    analysis = (opinion.response.analysis or "").strip() if opinion.response else ""
    return opinion.decision.in_analysis and not opinion.decision.is_answered and not analysis


def open_opinions(hearing: Hearing) -> list[str]:
    """``汪曼的第1条意见`` for every opinion the report has no answer for: while there
    is one, the report is a 草稿 (one rule for the documents and the window)."""
    out = []
    for person, opinions in hearing.opinions_by_participant():
        for i, o in enumerate(opinions, 1):
            if _is_open(o):
                out.append(f"{person.name}的第{opinion_number(o, i)}条意见")
    return out


def _paras(text: str) -> list[Para]:
    return [Para(p) for p in paragraphs(text)]


def build_report(hearing: Hearing) -> Report:
    h = hearing
    part = h.label(Role.PARTICIPANT)
    out = Report()
    add = out.blocks.append
    add(Title(report_title(h)))

    add(Heading("听证会组织的基本情况："))
    out.blocks += _paras(compose_basic_info(h))
    for line in officials_lines(h):
        add(Para(line))
    preparation = preparation_text(h)
    if preparation:
        add(Heading("组织筹备情况：", level=2))
        add(Para(preparation))

    add(Heading(f"{part}的产生方式及基本情况："))
    rows = []
    away = absent(h)
    for i, p in enumerate(h.participants(), 1):
        info = describe(p) + ("（缺席）" if p in away else "")
        rows.append([[str(p.seq if p.seq is not None else i)], [p.selection or ""], [p.name],
                     paragraphs(info) or [""]])
    add(TableBlock(("序号", "产生方式", "姓名", "基本情况"), rows,
                   (0.11, 0.16, 0.18, 0.55), centered=(0, 1, 2)))
    present = attendance_text(h)
    if present:
        add(Para(present))

    add(Heading(f"{part}提出的主要意见或建议及其依据、理由："))
    grouped = h.opinions_by_participant()
    if not grouped:
        add(Para("无。"))
    for person, opinions in grouped:
        items = numbered([(opinion_number(o, i), o.text.strip()) for i, o in enumerate(opinions, 1)])
        for k, (o, text) in enumerate(zip(opinions, items)):
            lead = f"{h.label(person.role)}-{person.name}：" if k == 0 else ""
            texts = paragraphs(text) or [""]
            add(Para(lead + texts[0]))
            out.blocks += [Para(t) for t in texts[1:]]
            basis = paragraphs(o.basis or "")
            if basis:
                add(Para(f"原因为：{basis[0]}"))
                out.blocks += [Para(t) for t in basis[1:]]

    add(Heading("听证会争论的主要问题："))
    disputes = numbered([(i, d.text.strip()) for i, d in enumerate(h.disputes, 1)])
    for text in disputes or ["无。"]:
        out.blocks += _paras(text)

    add(Heading("对听证会各方意见的分析以及处理建议："))
    if h.settings.report_decision_counts:
        counted = decision_count_text(h)
        if counted:
            add(Para(counted))
    rows = []
    for person, opinions in grouped:
        texts = answer_texts(h, opinions)
        if texts:
            rows.append([[person.name], [p for t in texts for p in paragraphs(t)]])
    add(TableBlock((f"{part}意见", "分析及处理建议"), rows, (0.26, 0.74), centered=(0,)))
    out.open_opinions = open_opinions(h)
    pending = out.open_opinions
    if pending:
        out.warnings.append(f"听证报告中有 {len(pending)} 条意见尚未提出分析及处理建议，报告标为草稿："
                            + "、".join(pending[:5]) + ("等" if len(pending) > 5 else "") + "。")

    add(Heading("其他需要说明的情况："))
    notes = paragraphs(h.other_notes or "")
    said = h.other_notes or ""
    missing_absent = [p.name for p in away if p.name not in said]
    if missing_absent:
        notes.append(f"{part}" + "、".join(missing_absent) + "未出席听证会。")
    for p in refused(h):
        if p.name not in said:
            note = ((p.signature and p.signature.note) or "").strip()
            notes.append(f"{h.label(p.role)}{p.name}拒绝在听证笔录上签字"
                         + (f"，记录在案：{_strip_end(note)}。" if note else "。"))
    for text in notes or ["无。"]:
        add(Para(text))

    add(Attachments(h.attachments))
    add(Closing(issuer_of(h), report_date(h)))
    return out

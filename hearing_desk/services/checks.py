"""Procedure checks (程序检查): what is still wrong with a hearing before its report
and record are complete, computed from the hearing and its procedure settings.

Each :class:`Check` says what is wrong in Chinese and where to fix it
(:class:`Target`: a tab and an opinion, a person or a field).

The rules, and when they apply:

* **unanswered** — an opinion without a decision (待处理 or no answer at all).
* **missing_reason** — 不予采纳 or 部分采纳 without an analysis (the report must say why).
* **empty_analysis** — answered (not 无需处理) but the analysis is empty: the report's
  analysis table would have an empty cell.
* **no_signature** — once the transcript is locked for signing (``transcript_locked_at``),
  every attending participant and every official needs a signature state other than
  待签字 (signed, refused, absent). Before the lock nobody can have signed, so an unsigned
  hearing is not a problem yet (the sample hearing has no lock and no signatures).
  A participant recorded as absent needs no signature.
* **refusal_note** — a refused signature without the recorder's note.
* **quorum** — participants present (``attended`` not false; unstated counts as present,
  the format's default) against ``settings.quorum_met``.
* **materials_late** — when a milestone whose event mentions 送达 or 材料 is recorded:
  the earliest of them must be at least ``settings.materials_days_before`` days before
  the hearing day.
* **deadline_near / deadline_past** — the report is due ``report_deadline_working_days``
  working days (Monday to Friday; public holidays are not known to the program) after
  the hearing day (``ends_at``, else ``starts_at``). While the report is unfinished
  (an opinion unanswered or missing its reason) the panel warns when two working days or
  fewer are left, and when the day has passed. When the report's date (成文日期) is
  recorded, it is compared with the deadline instead. A finished report without a date
  raises nothing: the deadline is the presenter's reminder, not a verdict.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import Hearing, Role, SignatureStatus
from ..storage.database import Database
from .opinions import OpinionService, opinion_label

UNANSWERED = "unanswered"
MISSING_REASON = "missing_reason"
EMPTY_ANALYSIS = "empty_analysis"
NO_SIGNATURE = "no_signature"
REFUSAL_NOTE = "refusal_note"
QUORUM = "quorum"
MATERIALS_LATE = "materials_late"
DEADLINE_NEAR = "deadline_near"
DEADLINE_PAST = "deadline_past"

KIND_LABELS = {
    UNANSWERED: "意见未答复", MISSING_REASON: "缺少不予采纳理由", EMPTY_ANALYSIS: "缺少分析意见",
    NO_SIGNATURE: "未记录签字情况", REFUSAL_NOTE: "拒签未注明", QUORUM: "出席人数不足",
    MATERIALS_LATE: "材料送达过晚", DEADLINE_NEAR: "报告期限将至", DEADLINE_PAST: "报告已超期",
}

#: words of a milestone that records sending the materials to the participants
MATERIALS_WORDS = ("送达", "材料")


@dataclass(frozen=True)
class Target:
    """Where to fix a problem: a tab (setup, transcript, opinions, responses) and, within
    it, an opinion, a person or a field (attendance, signatures, milestones, report,
    settings)."""
    tab: str
    opinion_id: str | None = None
    person_id: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class Check:
    kind: str
    message_zh: str
    target: Target

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def is_warning(self) -> bool:
        """A reminder rather than a fault."""
        return self.kind == DEADLINE_NEAR


# ------------------------------------------------------------------ working days

def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def add_working_days(start: date, days: int) -> date:
    """The day ``days`` working days (Mon–Fri) after ``start``."""
    d = start
    left = days
    while left > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return d


def working_days_left(today: date, deadline: date) -> int:
    """Working days from tomorrow up to and including ``deadline``; negative when past
    (minus the working days since)."""
    if today <= deadline:
        return sum(1 for k in range(1, (deadline - today).days + 1)
                   if (today + timedelta(days=k)).weekday() < 5)
    return -sum(1 for k in range(1, (today - deadline).days + 1)
                if (deadline + timedelta(days=k)).weekday() < 5)


def report_deadline(hearing: Hearing) -> date | None:
    when = hearing.ends_at or hearing.starts_at
    if when is None:
        return None
    return add_working_days(when.date(), hearing.settings.report_deadline_working_days)


# ------------------------------------------------------------------ the checks

def run_checks(hearing: Hearing, today: date | None = None) -> list[Check]:
    """Every problem of ``hearing`` in the order a clerk would fix them."""
    today = today or date.today()
    out: list[Check] = []
    out += _opinion_checks(hearing)
    out += _signature_checks(hearing)
    out += _quorum_checks(hearing)
    out += _materials_checks(hearing)
    out += _deadline_checks(hearing, today)
    return out


def _opinion_checks(h: Hearing) -> list[Check]:
    people = h.people_by_id()
    out = []
    for o in h.opinions:
        what = opinion_label(o, people)
        analysis = (o.response.analysis or "").strip() if o.response else ""
        if not o.decision.is_answered:
            out.append(Check(UNANSWERED, f"{what}尚未答复：请选择处理结果并写明分析及处理建议。",
                             Target("responses", opinion_id=o.id)))
        elif o.decision.needs_reason and not analysis:
            out.append(Check(MISSING_REASON,
                             f"{what}为“{o.decision.label}”，但没有写明理由：报告须说明不予采纳的原因。",
                             Target("responses", opinion_id=o.id)))
        elif o.decision.in_analysis and not analysis:
            out.append(Check(EMPTY_ANALYSIS,
                             f"{what}已定为“{o.decision.label}”，但“分析及处理建议”是空的，报告中该栏将为空白。",
                             Target("responses", opinion_id=o.id)))
    return out


def _signature_checks(h: Hearing) -> list[Check]:
    if h.transcript_locked_at is None:
        return []
    out = []
    signers = h.officials() + h.participants()
    for p in signers:
        if p.attended is False:
            continue
        sig = p.signature
        who = f"{h.label(p.role)}{p.name}"
        if sig is None or sig.status is SignatureStatus.PENDING:
            out.append(Check(NO_SIGNATURE,
                             f"笔录已锁定待签字，但{who}的签字情况尚未记录（已签字、拒绝签字或缺席）。",
                             Target("transcript", person_id=p.id, field="signatures")))
        elif sig.status is SignatureStatus.REFUSED and not (sig.note or "").strip():
            out.append(Check(REFUSAL_NOTE,
                             f"{who}拒绝签字，但没有记明情况：请写下主持人或记录员的说明。",
                             Target("transcript", person_id=p.id, field="signatures")))
    return out


def _quorum_checks(h: Hearing) -> list[Check]:
    participants = h.participants()
    expected = len(participants)
    present = sum(1 for p in participants if p.is_present)
    s = h.settings
    if s.quorum_met(expected, present):
        return []
    need = -(-expected * s.quorum_numerator // s.quorum_denominator)
    label = h.label(Role.PARTICIPANT)
    return [Check(QUORUM,
                  f"{label}应到 {expected} 人，实到 {present} 人，未达到出席人数要求"
                  f"（至少 {s.quorum_numerator}/{s.quorum_denominator}，即 {need} 人）。",
                  Target("setup", field="attendance"))]


def _materials_checks(h: Hearing) -> list[Check]:
    if h.starts_at is None or not h.milestones:
        return []
    sent = [m for m in h.milestones if any(w in m.event for w in MATERIALS_WORDS)]
    if not sent:
        return []
    first = min(sent, key=lambda m: m.date)
    days = (h.starts_at.date() - first.date).days
    need = h.settings.materials_days_before
    if days >= need:
        return []
    return [Check(MATERIALS_LATE,
                  f"材料于 {_cn(first.date)}（“{first.event}”）送达，距听证会仅 {days} 天，"
                  f"少于规定的 {need} 天。",
                  Target("setup", field="milestones"))]


def _deadline_checks(h: Hearing, today: date) -> list[Check]:
    deadline = report_deadline(h)
    if deadline is None:
        return []
    n = h.settings.report_deadline_working_days
    target = Target("responses", field="report")
    if h.report is not None and h.report.date is not None:
        if h.report.date > deadline:
            return [Check(DEADLINE_PAST,
                          f"听证报告的成文日期 {_cn(h.report.date)} 晚于期限 {_cn(deadline)}"
                          f"（听证会后 {n} 个工作日），请在“其他需要说明的情况”中说明原因。", target)]
        return []
    unfinished = any(not o.decision.is_answered
                     or (o.decision.needs_reason and not (o.response and (o.response.analysis or "").strip()))
                     for o in h.opinions)
    if not unfinished:
        return []
    left = working_days_left(today, deadline)
    if today > deadline:
        return [Check(DEADLINE_PAST,
                      f"听证报告应于 {_cn(deadline)} 前完成（听证会后 {n} 个工作日），"
                      + (f"已超期 {-left} 个工作日" if left < 0 else "已超过期限")
                      + "，仍有意见未答复完毕。", target)]
    if left <= 2:
        when = "今天" if left == 0 else f"还剩 {left} 个工作日"
        return [Check(DEADLINE_NEAR,
                      f"听证报告应于 {_cn(deadline)} 前完成（{when}），仍有意见未答复完毕。", target)]
    return []


class CheckService:
    def __init__(self, db: Database):
        self.db = db

    def run(self, hearing_id: int, today: date | None = None) -> list[Check]:
        return run_checks(OpinionService(self.db).load(hearing_id), today)


__all__ = ["Check", "Target", "CheckService", "run_checks", "report_deadline", "add_working_days",
           "working_days_left", "KIND_LABELS"]

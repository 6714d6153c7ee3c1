"""Procedure checks (程序检查): what is still wrong with a hearing before its report
and record are complete, computed from the hearing and its procedure settings.

Each :class:`Check` says what is wrong in Chinese and where to fix it
(:class:`Target`: a tab and an opinion, a person or a field).

The rules, and when they apply:

* **unanswered** — an opinion without a decision (待处理 or no answer at all).
* **missing_reason** — 不予采纳 or 部分采纳 without an analysis (the report must say why).
* **empty_analysis** — answered (not 无需处理) but the analysis is empty: the report's
  analysis table would have an empty cell.
* **no_signature** — once the transcript is locked for signing, every person who signs
  (officials and participants, a person in two roles once; :mod:`~hearing_desk.domain.signing`)
  needs a state for *this* version: signed, refused or left. A signature given for an
  earlier version (before an unlock) does not count. Someone marked absent at 签到
  does not sign. Before the lock nobody can have signed, so nothing is raised then.
* **signature_conflict** — someone marked absent at 签到 has a signature recorded.
* **refusal_note** — a refused signature without a real note of the recorder.
* **record_mismatch** — the transcript is locked but what it prints no longer matches the
  lock's fingerprint (a file edited by hand, say): it prints as a draft until relocked.
* **quorum** — participants checked in (``attended`` true) against the hearing's rule
  (:mod:`~hearing_desk.domain.attendance`); **attendance_open** — the rule is not met yet
  and some participants are not checked in, so the count is not final.
* **absent_speaker** — a turn spoken by someone marked absent at 签到.
* **materials_late** — when a milestone whose event mentions 送达 or 材料 is recorded:
  the earliest of them must be at least ``settings.materials_days_before`` days before
  the hearing day (:mod:`~hearing_desk.domain.deadlines`).
* **personal_data** — a phone number, landline, 18-digit ID number (valid check digit)
  or e-mail address typed into free text (基本情况, opinions and their basis, answers,
  the transcript, disputes, the report's notes; :mod:`~hearing_desk.domain.personal`):
  named by place with the value masked; a reminder, since the documents print it.
* **deadline_near / deadline_past** — the report is due ``report_deadline_working_days``
  working days (Monday to Friday; public holidays are not known to the program) after
  the hearing day (``ends_at``, else ``starts_at``). While the report is unfinished
  (an opinion unanswered or missing its reason) the panel warns when two working days or
  fewer are left, and when the day has passed. When the report's date (成文日期) is
  recorded, it is compared with the deadline instead. A finished report without a date
  raises nothing: the deadline is the presenter's reminder, not a verdict.

Turns are named by their printed number (第 6 段), the number in the transcript's margin.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import Hearing, Role
from ..domain.answers import reason_missing
from ..domain.attendance import Quorum, attendance
from ..domain.deadlines import materials_days_short, report_deadline, working_days_left
from ..domain.locking import lock_intact
from ..domain.personal import scan_hearing
from ..domain.register import opinion_label
from ..domain.signing import SignState, refusal_problem, sign_status, signers
from ..domain.turns import absent_speakers
from ..storage.database import Database
from ..storage.repository import hearings

UNANSWERED = "unanswered"
MISSING_REASON = "missing_reason"
EMPTY_ANALYSIS = "empty_analysis"
NO_SIGNATURE = "no_signature"
SIGNATURE_CONFLICT = "signature_conflict"
REFUSAL_NOTE = "refusal_note"
RECORD_MISMATCH = "record_mismatch"
QUORUM = "quorum"
ATTENDANCE_OPEN = "attendance_open"
ABSENT_SPEAKER = "absent_speaker"
MATERIALS_LATE = "materials_late"
DEADLINE_NEAR = "deadline_near"
DEADLINE_PAST = "deadline_past"
PERSONAL_DATA = "personal_data"

KIND_LABELS = {
    UNANSWERED: "意见未答复", MISSING_REASON: "缺少不予采纳理由", EMPTY_ANALYSIS: "缺少分析意见",
    NO_SIGNATURE: "未记录签字情况", SIGNATURE_CONFLICT: "缺席者有签字记录", REFUSAL_NOTE: "拒签未注明",
    RECORD_MISMATCH: "笔录与指纹不符", QUORUM: "出席人数不足", ATTENDANCE_OPEN: "签到未完成",
    ABSENT_SPEAKER: "缺席者发言",
    MATERIALS_LATE: "材料送达过晚", DEADLINE_NEAR: "报告期限将至", DEADLINE_PAST: "报告已超期",
    PERSONAL_DATA: "文本中有个人信息",
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
    """A problem: ``message_zh`` says it in Chinese; ``code`` (the kind, or ``kind.variant``) and
    ``args`` (the values in it) let the window say it in its own language (ui/checks/messages.py,
    which a test holds equal to ``message_zh`` in the Chinese interface)."""
    kind: str
    message_zh: str
    target: Target
    code: str = ""
    args: tuple[tuple[str, object], ...] = ()

    @property
    def params(self) -> dict[str, object]:
        return dict(self.args)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def is_warning(self) -> bool:
        """A reminder rather than a fault."""
        return self.kind in (DEADLINE_NEAR, ATTENDANCE_OPEN, PERSONAL_DATA)


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ------------------------------------------------------------------ the checks

def run_checks(hearing: Hearing, today: date | None = None) -> list[Check]:
    """Every problem of ``hearing`` in the order a clerk would fix them."""
    today = today or date.today()
    out: list[Check] = []
    out += _opinion_checks(hearing)
    out += _signature_checks(hearing)
    out += _quorum_checks(hearing)
    out += _speaker_checks(hearing)
    out += _materials_checks(hearing)
    out += _deadline_checks(hearing, today)
    out += _personal_data_checks(hearing)
    return out


def _personal_data_checks(h: Hearing) -> list[Check]:
    return [Check(PERSONAL_DATA, f"{f.place}中有{f.label}（{f.masked}）：文书会照印。如不宜公开，请改写原文，"
                                 "或导出文书时选择遮盖个人信息。",
                  Target(f.section, opinion_id=f.opinion_id, person_id=f.person_id,
                         field="report" if f.section == "setup" and f.person_id is None else None),
                  PERSONAL_DATA, (("place", f.where[0]), ("at", f.where[1]), ("data", f.kind), ("masked", f.masked)))
            for f in scan_hearing(h)]


def _opinion_checks(h: Hearing) -> list[Check]:
    people = h.people_by_id()
    out = []
    for o in h.opinions:
        what = opinion_label(o, people)
        speaker = people.get(o.speaker)
        whose = (("speaker", speaker.name if speaker is not None else o.speaker), ("seq", o.seq))
        analysis = (o.response.analysis or "").strip() if o.response else ""
        if not o.decision.is_answered:
            out.append(Check(UNANSWERED, f"{what}尚未答复：请选择处理结果并写明分析及处理建议。",
                             Target("responses", opinion_id=o.id), UNANSWERED, whose))
        elif reason_missing(o.decision, analysis):
            out.append(Check(MISSING_REASON,
                             f"{what}为“{o.decision.label}”，但没有写明理由（只有处理结论不算理由）：报告须说明不予采纳的原因。",
                             Target("responses", opinion_id=o.id), MISSING_REASON, (*whose, ("decision", o.decision))))
        elif o.decision.in_analysis and not analysis:
            out.append(Check(EMPTY_ANALYSIS,
                             f"{what}已定为“{o.decision.label}”，但“分析及处理建议”是空的，报告中该栏将为空白。",
                             Target("responses", opinion_id=o.id), EMPTY_ANALYSIS, (*whose, ("decision", o.decision))))
    return out


def _signature_checks(h: Hearing) -> list[Check]:
    out = []
    lock = h.current_lock
    if lock is not None and not lock_intact(h):
        out.append(Check(RECORD_MISMATCH,
                         f"笔录锁定后内容已被改动，与第 {lock.number} 次锁定的指纹不符：笔录只能作为草稿打印，"
                         "请解锁后重新锁定、重新打印并签字。", Target("transcript", field="signatures"),
                         RECORD_MISMATCH, (("lock", lock.number),)))
    for signer in signers(h):
        status = sign_status(h, signer)
        who = f"{signer.label}{signer.name}"
        target = Target("transcript", person_id=signer.id, field="signatures")
        person = (("roles", tuple(zip((p.role for p in signer.people), signer.labels))), ("name", signer.name))
        if status.conflict and status.old is not None:
            out.append(Check(SIGNATURE_CONFLICT,
                             f"{who}在签到中记为未到，却登记有“{status.old.status.label}”：请更正签到或签字记录。",
                             target, SIGNATURE_CONFLICT, (*person, ("status", status.old.status))))
        if lock is None:
            continue
        if status.state is SignState.PENDING:
            old = "（此前的签字属于笔录的旧版本，须就现版本重新签字）" if status.old else ""
            out.append(Check(NO_SIGNATURE,
                             f"笔录已锁定待签字，但{who}的签字情况尚未记录（已签字、拒绝签字或离场未签）{old}。",
                             target, NO_SIGNATURE + (".old" if status.old else ""), person))
        elif status.state is SignState.REFUSED and refusal_problem(status.note, signer.name):
            out.append(Check(REFUSAL_NOTE,
                             f"{who}拒绝签字，但没有记明理由或情况：请写下主持人或记录员的说明。", target,
                             REFUSAL_NOTE, person))
    return out


def _quorum_checks(h: Hearing) -> list[Check]:
    a = attendance(h)
    label = h.label(Role.PARTICIPANT)
    target = Target("setup", field="attendance")
    counts = (("role_label", label), ("expected", a.expected), ("present", a.present), ("unchecked", a.unchecked),
              ("needed", a.needed), ("numerator", h.settings.quorum_numerator),
              ("denominator", h.settings.quorum_denominator))
    if a.quorum is Quorum.SHORT:
        return [Check(QUORUM, f"{label}应到 {a.expected} 人，实到 {a.present} 人，未达到出席人数要求"
                              f"（至少 {a.rule}，即 {a.needed} 人）。", target, QUORUM, counts)]
    if a.quorum is Quorum.OPEN:
        return [Check(ATTENDANCE_OPEN, f"{label}应到 {a.expected} 人，已签到 {a.present} 人，"
                                       f"{a.unchecked} 人尚未核对：到会人数须达到 {a.needed} 人。", target,
                      ATTENDANCE_OPEN, counts)]
    return []


def _speaker_checks(h: Hearing) -> list[Check]:
    return [Check(ABSENT_SPEAKER, f"第 {number} 段的发言人{person.name}在签到中记为未到：请更正签到或该段的发言人。",
                  Target("setup", person_id=person.id, field="attendance"),
                  ABSENT_SPEAKER, (("number", number), ("name", person.name)))
            for number, _turn, person in absent_speakers(h)]


def _materials_checks(h: Hearing) -> list[Check]:
    if h.starts_at is None or not h.milestones:
        return []
    sent = [m for m in h.milestones if any(w in m.event for w in MATERIALS_WORDS)]
    if not sent:
        return []
    first = min(sent, key=lambda m: m.date)
    if not materials_days_short(h, first.date):
        return []
    days = (h.starts_at.date() - first.date).days
    return [Check(MATERIALS_LATE,
                  f"材料于 {_cn(first.date)}（“{first.event}”）送达，距听证会仅 {days} 天，"
                  f"少于规定的 {h.settings.materials_days_before} 天。",
                  Target("setup", field="milestones"), MATERIALS_LATE,
                  (("sent", first.date), ("event", first.event), ("days", days),
                   ("required", h.settings.materials_days_before)))]


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
                          f"（听证会后 {n} 个工作日），请在“其他需要说明的情况”中说明原因。", target,
                          DEADLINE_PAST + ".dated", (("date", h.report.date), ("deadline", deadline), ("n", n)))]
        return []
    unfinished = any(not o.decision.is_answered
                     or reason_missing(o.decision, o.response.analysis if o.response else None)
                     for o in h.opinions)
    if not unfinished:
        return []
    left = working_days_left(today, deadline)
    if today > deadline:
        return [Check(DEADLINE_PAST,
                      f"听证报告应于 {_cn(deadline)} 前完成（听证会后 {n} 个工作日），"
                      + (f"已超期 {-left} 个工作日" if left < 0 else "已超过期限")
                      + "，仍有意见未答复完毕。", target,
                      DEADLINE_PAST + (".overdue" if left < 0 else ""),
                      (("deadline", deadline), ("n", n), ("late", -left)))]
    if left <= 2:
        when = "今天" if left == 0 else f"还剩 {left} 个工作日"
        return [Check(DEADLINE_NEAR,
                      f"听证报告应于 {_cn(deadline)} 前完成（{when}），仍有意见未答复完毕。", target,
                      DEADLINE_NEAR + (".today" if left == 0 else ""), (("deadline", deadline), ("left", left)))]
    return []


class CheckService:
    def __init__(self, db: Database):
        self.db = db

    def run(self, hearing_id: int, today: date | None = None) -> list[Check]:
        """The checks of the stored hearing, whole (the record's checks need its turns and locks)."""
        with self.db.session() as s:
            hearing = hearings.load_hearing(s, hearing_id)
        return run_checks(hearing, today)


__all__ = ["Check", "Target", "CheckService", "run_checks", "KIND_LABELS"]

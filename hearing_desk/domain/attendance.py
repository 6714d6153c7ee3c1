"""Attendance (签到): who is here, 应到 / 实到 and the quorum – the one place these are
counted. The 签到 page, the procedure checks, the transcript and the report ask here.

A person's ``attended`` is True once the recorder has checked them in, False when
marked absent, None while not checked yet. 实到 counts only people checked in: a
hearing where nobody has been checked in has 实到 0, not 应到. 应到 and 实到 are
counted over the participants (听证参加人); officials check in too (they sign the
transcript) but are not part of the quorum.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from .articles import int_to_cn
from .enums import Role
from .model import Hearing, Person, ProcedureSettings


def checked_in(person: Person) -> bool:
    """Checked in by the recorder (签到: 已到)."""
    return person.attended is True


def marked_absent(person: Person) -> bool:
    """Marked absent (签到: 未到)."""
    return person.attended is False


def unchecked(person: Person) -> bool:
    """Not checked yet (签到: 未核对)."""
    return person.attended is None


def attendance_word(person: Person) -> str:
    """出席 / 缺席 / 未核对, as the transcript's participant table prints it."""
    return "出席" if checked_in(person) else "缺席" if marked_absent(person) else "未核对"


def fraction_text(numerator: int, denominator: int) -> str:
    """2, 3 → ``三分之二``."""
    return f"{int_to_cn(denominator)}分之{int_to_cn(numerator)}"


def has_quorum_rule(settings: ProcedureSettings) -> bool:
    return settings.quorum_numerator > 0 and settings.quorum_denominator > 0


def needed_present(settings: ProcedureSettings, expected: int) -> int:
    """The smallest number present that meets the hearing's rule (0 without a rule)."""
    if not has_quorum_rule(settings):
        return 0
    return math.ceil(expected * settings.quorum_numerator / settings.quorum_denominator)


def quorum_met(settings: ProcedureSettings, expected: int, present: int) -> bool:
    """At least numerator/denominator of ``expected`` present (always, without a rule)."""
    if not has_quorum_rule(settings) or expected == 0:
        return True
    return present * settings.quorum_denominator >= expected * settings.quorum_numerator


class Quorum(StrEnum):
    MET = "met"            # enough people checked in
    SHORT = "short"        # too few, even if everyone not yet checked came
    OPEN = "open"          # not enough checked in yet, but some are not checked
    NO_RULE = "no_rule"    # the hearing has no quorum rule
    NOBODY = "nobody"      # no participants entered


@dataclass(frozen=True)
class Attendance:
    """应到 / 实到 of the participants and how the quorum stands."""
    expected: int          # 应到: participants entered
    present: int           # 实到: participants checked in
    absent: int            # marked absent
    unchecked: int         # not checked yet
    quorum: Quorum
    needed: int            # the smallest number present that meets the rule (0: no rule)
    rule: str              # 三分之二, or "" without a rule
    message: str           # one sentence for the 签到 page and the checks

    @property
    def has_rule(self) -> bool:
        return self.quorum is not Quorum.NO_RULE and bool(self.rule)

    @property
    def quorum_met(self) -> bool:
        """The rule holds (or there is none); False while it is still open."""
        return self.quorum in (Quorum.MET, Quorum.NO_RULE)

    def counts_text(self) -> str:
        """应到 12 人，实到 9 人（另有 2 人未核对）– the transcript's header line."""
        text = f"应到 {self.expected} 人，实到 {self.present} 人"
        return text + (f"（另有 {self.unchecked} 人未核对）" if self.unchecked else "")


def attendance(hearing: Hearing) -> Attendance:
    """Count the participants (officials are not part of 应到) and judge the quorum."""
    members = hearing.participants()
    expected = len(members)
    present = sum(1 for p in members if checked_in(p))
    absent = sum(1 for p in members if marked_absent(p))
    open_ = expected - present - absent
    s = hearing.settings
    label = hearing.label(Role.PARTICIPANT)
    if not has_quorum_rule(s):
        return Attendance(expected, present, absent, open_, Quorum.NO_RULE, 0, "",
                          "未设到会人数要求（可在“议程与程序”中设置）")
    rule = fraction_text(s.quorum_numerator, s.quorum_denominator)
    needed = needed_present(s, expected)
    if expected == 0:
        return Attendance(0, 0, 0, 0, Quorum.NOBODY, 0, rule, f"尚未登记{label}")
    if quorum_met(s, expected, present):
        state = Quorum.MET
        message = f"到会人数达到应到人数的{rule}（至少 {needed} 人），符合要求"
    elif quorum_met(s, expected, present + open_):
        state = Quorum.OPEN
        message = (f"签到尚未完成：已到 {present} 人，{open_} 人未核对；"
                   f"到会人数须达到应到人数的{rule}（至少 {needed} 人）")
    else:
        state = Quorum.SHORT
        message = (f"到会人数未达到应到人数的{rule}（至少需 {needed} 人，还差 {needed - present} 人），"
                   "不符合要求")
    return Attendance(expected, present, absent, open_, state, needed, rule, message)

"""应到 / 实到 and the quorum: ONE rule, asked by the setup tab (签到), the checks
and the report.

Interim home: issue 9 is making the domain's single set of attendance and
signature rules; when it lands, :func:`attendance` should be folded into it (or
made to call it) so that every screen and document keeps counting one way.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .articles import int_to_cn
from .enums import Role
from .model import Hearing


def fraction_text(numerator: int, denominator: int) -> str:
    """2, 3 → ``三分之二``."""
    return f"{int_to_cn(denominator)}分之{int_to_cn(numerator)}"


@dataclass(frozen=True)
class Attendance:
    """应到 / 实到 of the participants and whether the quorum rule holds."""
    expected: int
    present: int
    has_rule: bool
    needed: int           # the smallest number present that meets the rule
    quorum_met: bool
    rule: str             # 三分之二, or "" without a rule
    message: str


def attendance(hearing: Hearing) -> Attendance:
    """Count the participants (officials are not part of 应到) and check the quorum."""
    members = hearing.participants()
    expected = len(members)
    present = sum(1 for p in members if p.is_present)
    s = hearing.settings
    label = hearing.label(Role.PARTICIPANT)
    has_rule = s.quorum_numerator > 0 and s.quorum_denominator > 0
    if not has_rule:
        return Attendance(expected, present, False, 0, True, "",
                          "未设到会人数要求（可在“议程与程序”中设置）")
    rule = fraction_text(s.quorum_numerator, s.quorum_denominator)
    needed = math.ceil(expected * s.quorum_numerator / s.quorum_denominator)
    met = s.quorum_met(expected, present)
    if expected == 0:
        message = f"尚未登记{label}"
        met = False
    elif met:
        message = f"到会人数达到应到人数的{rule}（至少 {needed} 人），符合要求"
    else:
        message = (f"到会人数未达到应到人数的{rule}（至少需 {needed} 人，还差 {needed - present} 人），"
                   "不符合要求")
    return Attendance(expected, present, True, needed, met, rule, message)



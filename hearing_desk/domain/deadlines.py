"""Dates the procedure fixes, counted in one place: when the materials must reach the
participants (《重大行政决策程序暂行条例》第十六条: 7 days before, by default) and when
the hearing report is due (so many working days after the hearing).

Working days are Monday to Friday; public holidays and 调休 are not known to the
program (the screens say so).
"""
from __future__ import annotations

from datetime import date, timedelta

from .model import Hearing


def add_working_days(start: date, days: int) -> date:
    """The day ``days`` working days (Mon–Fri) after ``start`` (``start`` itself for 0)."""
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


def hearing_day(hearing: Hearing) -> date | None:
    """The day the hearing ended (else began): the report's deadline counts from it."""
    when = hearing.ends_at or hearing.starts_at
    return when.date() if when is not None else None


def report_deadline(hearing: Hearing) -> date | None:
    """The report is due ``report_deadline_working_days`` working days after the hearing."""
    day = hearing_day(hearing)
    if day is None:
        return None
    return add_working_days(day, hearing.settings.report_deadline_working_days)


def materials_due(hearing: Hearing) -> date | None:
    """The last day to send the materials to the participants: ``materials_days_before``
    calendar days before the hearing begins (713号令 第十六条: 7)."""
    if hearing.starts_at is None:
        return None
    return hearing.starts_at.date() - timedelta(days=hearing.settings.materials_days_before)


def materials_days_short(hearing: Hearing, sent: date) -> int:
    """How many days too late materials sent on ``sent`` were (0 when in time)."""
    if hearing.starts_at is None:
        return 0
    return max(0, hearing.settings.materials_days_before - (hearing.starts_at.date() - sent).days)

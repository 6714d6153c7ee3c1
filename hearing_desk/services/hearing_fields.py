"""Use cases of the hearing's own fields (听证会设置 → 基本信息, 议程与程序): the
fields a clerk types, what the hearing calls each role, and the procedure settings.

Every method owns its transaction and returns the value it replaced, so that an undo
command can put it back. A refused change raises ``BadInput`` with a Chinese message
and leaves the database as it was; while the transcript is locked for signing, a
change of anything it prints is refused (:func:`.record.guarded`).
"""
from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from ..domain import Hearing, Milestone, ProcedureSettings, ReportMeta, Role
from ..domain.text import stored_line, stored_text
from ..errors import BadInput
from ..storage.database import Database
from ..storage.repository import hearings
from .record import guarded_session

#: The hearing-level fields the setup tab edits, with the words a clerk knows.
FIELD_LABELS: dict[str, str] = {
    "title": "听证会名称",
    "matter": "听证事项",
    "organizer": "听证组织机关",
    "legal_bases": "依据",
    "purpose": "目的",
    "starts_at": "开始时间",
    "ends_at": "结束时间",
    "venue": "地点",
    "milestones": "筹备过程",
    "report_issuer": "报告落款单位",
    "report_date": "报告成文日期",
    "attachments": "报告附件",
}


def field_value(hearing: Hearing, name: str) -> Any:
    """The current value of one of ``FIELD_LABELS`` (a copy for lists)."""
    if name == "report_issuer":
        return hearing.report.issuer if hearing.report else None
    if name == "report_date":
        return hearing.report.date if hearing.report else None
    if name == "attachments":
        return list(hearing.report.attachments) if hearing.report and hearing.report.attachments is not None else None
    if name not in FIELD_LABELS:
        raise KeyError(name)
    return copy.deepcopy(getattr(hearing, name))


def stored_list(values: Any) -> list[str] | None:
    """A list of one-line entries as stored: each cleaned, empty ones dropped; None when empty."""
    if values is None:
        return None
    return [v for v in (stored_line(v) for v in values) if v] or None


def settings_problems(settings: ProcedureSettings) -> list[str]:
    """Why these procedure settings cannot be stored (empty when they can)."""
    problems = []
    if not 1 <= settings.speaking_limit_minutes <= 120:
        problems.append("发言时限应在 1 到 120 分钟之间")
    if settings.quorum_numerator < 0 or settings.quorum_denominator < 1:
        problems.append("到会比例的分子不能为负数，分母至少为 1")
    elif settings.quorum_numerator > settings.quorum_denominator:
        problems.append("到会比例不能超过应到人数（分子不能大于分母）")
    if not 0 <= settings.materials_days_before <= 365:
        problems.append("提前送达材料的天数应在 0 到 365 之间")
    if not 1 <= settings.report_deadline_working_days <= 365:
        problems.append("报告期限应在 1 到 365 个工作日之间")
    return problems


class HearingFieldsService:
    def __init__(self, db: Database):
        self.db = db

    def load(self, hearing_id: int) -> Hearing:
        """The hearing's fields and people (no transcript or opinions: fast on a long hearing)."""
        with self.db.session() as s:
            return hearings.load_with_people(s, hearing_id)

    def set_field(self, hearing_id: int, name: str, value: Any) -> Any:
        """Store one field (see ``FIELD_LABELS``); return the value it had before."""
        if name not in FIELD_LABELS:
            raise KeyError(name)
        with guarded_session(self.db, hearing_id) as s:
            h = hearings.load_fields(s, hearing_id)
            old = field_value(h, name)
            _apply_field(h, name, value)
            hearings.save_fields(s, h)
        return old

    def set_role_label(self, hearing_id: int, role: Role, label: str | None) -> str | None:
        """What this hearing calls ``role``; empty or the usual name clears it. Returns the old label."""
        label = stored_line(label)
        if label == role.usual_label:
            label = None
        if label is not None and len(label) > 20:
            raise BadInput(f"称谓“{label}”太长（最多 20 个字）。")
        with guarded_session(self.db, hearing_id) as s:
            h = hearings.load_fields(s, hearing_id)
            old = h.role_labels.get(role)
            if label is None:
                h.role_labels.pop(role, None)
            else:
                h.role_labels[role] = label
            hearings.save_fields(s, h)
        return old

    def set_settings(self, hearing_id: int, settings: ProcedureSettings) -> ProcedureSettings:
        """Store the procedure settings; return the old ones."""
        problems = settings_problems(settings)
        if problems:
            raise BadInput("程序设置有误：" + "；".join(problems) + "。")
        with guarded_session(self.db, hearing_id) as s:
            h = hearings.load_fields(s, hearing_id)
            old = replace(h.settings)
            h.settings = replace(settings)
            hearings.save_fields(s, h)
        return old


def _apply_field(h: Hearing, name: str, value: Any) -> None:
    label = FIELD_LABELS[name]
    if name == "title":
        value = stored_line(value)
        if not value:
            raise BadInput("听证会名称不能为空。请填写名称，例如“《××办法（征求意见稿）》听证会”。")
        h.title = value
    elif name in ("matter", "organizer", "venue"):
        setattr(h, name, stored_line(value))
    elif name == "purpose":
        h.purpose = stored_text(value)
    elif name == "legal_bases":
        h.legal_bases = stored_list(value)
    elif name in ("starts_at", "ends_at"):
        if value is not None and not isinstance(value, datetime):
            raise BadInput(f"{label}不是有效的日期和时间。")
        start = value if name == "starts_at" else h.starts_at
        end = value if name == "ends_at" else h.ends_at
        if start is not None and end is not None and end < start:
            raise BadInput(f"结束时间（{end:%Y-%m-%d %H:%M}）早于开始时间（{start:%Y-%m-%d %H:%M}），请检查。")
        setattr(h, name, value)
    elif name == "milestones":
        out = []
        for i, m in enumerate(value or [], start=1):
            event = stored_line(m.event)
            if not isinstance(m.date, date) or not event:
                raise BadInput(f"筹备过程第 {i} 项缺少日期或事项，请补全或删除该项。")
            out.append(Milestone(m.date, event))
        h.milestones = sorted(out, key=lambda m: m.date) if out else None
    else:
        report = h.report or ReportMeta()
        if name == "report_issuer":
            report.issuer = stored_line(value)
        elif name == "report_date":
            if value is not None and not isinstance(value, date):
                raise BadInput("报告成文日期不是有效日期。")
            report.date = value
        else:
            report.attachments = stored_list(value)
        h.report = None if report == ReportMeta() else report

"""Use cases of the setup tab: the hearing's fields, its people by role, role labels,
agenda, procedure settings, attendance (签到), imported participants and the draft.

Every method owns its transaction and returns plain values, so that an undo
command can store them (ids and values, never rows). A refused change raises
``BadInput`` with a Chinese message and leaves the database as it was.

Every write goes through the record's guard (:func:`.record.guarded`): while the
transcript is locked for signing, a change of anything it prints (the venue, a name,
an attendance …) is refused with ``TranscriptLocked``; after an unlock it is logged.
Attendance is kept equal on every record of a person who holds two roles.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import (
    ROLE_ORDER,
    AgendaItem,
    Contact,
    Draft,
    Hearing,
    Milestone,
    Person,
    ProcedureSettings,
    ReportMeta,
    Role,
)
from ..domain.signing import same_person_ids
from ..domain.text import clean_line, clean_text, clean_tree
from ..storage import repository as repo
from ..storage.database import Database
from ..storage.models import HearingRow, OpinionRow, PersonRow, TurnRow
from .errors import BadInput, NotFound
from .record import guarded

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

#: Person fields a clerk edits in the people tables (``contact.*`` are personal data).
PERSON_FIELDS = ("name", "affiliation", "description", "selection", "category", "seq", "attended",
                 "contact.phone", "contact.id_number", "contact.email", "contact.address")

#: The usual 产生方式 (free text is allowed too).
SELECTION_CHOICES = ("报名", "邀请", "推荐", "抽签", "随机抽取", "指定")

#: The usual 类别 of participants (free text is allowed too).
CATEGORY_CHOICES = ("公民", "企业代表", "领域专家", "人大代表", "政协委员", "利害关系人代表",
                    "部门代表", "社会组织代表")


# ---------------------------------------------------------------- plain helpers

def _clean(value: str | None) -> str | None:
    """A one-line field as stored (``domain.text.clean_line``), trimmed; None for an
    empty field (the format has no empty strings)."""
    if value is None:
        return None
    value = clean_line(str(value)).strip()
    return value or None


def _clean_text(value: str | None) -> str | None:
    """A text of several lines as stored (``domain.text.clean_text``), trimmed; None when empty."""
    if value is None:
        return None
    value = clean_text(str(value)).strip()
    return value or None


def _clean_person(p: Person) -> None:
    """Every one-line field of a new person, as :meth:`SetupService.update_person` stores them."""
    for name in PERSON_FIELDS:
        if name not in ("seq", "attended"):
            value = person_value(p, name)
            if isinstance(value, str):
                _set_person_value(p, name, _clean(value))


def _clean_list(values: Iterable[str] | None) -> list[str] | None:
    if values is None:
        return None
    out = [v for v in (_clean(v) for v in values) if v]
    return out or None


def default_agenda(hearing: Hearing | None = None) -> list[AgendaItem]:
    """The order of 《重大行政决策程序暂行条例》第十七条, in this hearing's role labels."""
    label = (hearing.label if hearing is not None else (lambda r: r.usual_label))
    return [
        AgendaItem(1, f"{label(Role.HOST)}宣布听证会开始，宣读听证纪律"),
        AgendaItem(2, f"{label(Role.PRESENTER)}介绍决策草案、依据和有关情况"),
        AgendaItem(3, f"{label(Role.PARTICIPANT)}陈述意见，进行询问、质证和辩论"),
        AgendaItem(4, f"{label(Role.PARTICIPANT)}核对听证笔录并签字"),
    ]


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


def person_value(person: Person, name: str) -> Any:
    if name.startswith("contact."):
        return getattr(person.contact, name[8:]) if person.contact else None
    return getattr(person, name)


def _set_person_value(person: Person, name: str, value: Any) -> None:
    if name.startswith("contact."):
        contact = person.contact or Contact()
        setattr(contact, name[8:], value)
        person.contact = None if contact.is_empty() else contact
    else:
        setattr(person, name, value)


# ---------------------------------------------------------------- the service

class SetupService:
    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------ reading
    def load(self, hearing_id: int) -> Hearing:
        """The hearing's fields and people (no transcript or opinions: fast on a long hearing)."""
        with self.db.session() as s:
            h = self._fields(s, hearing_id)
            h.people = [repo.row_to_person(r) for r in self._person_rows(s, hearing_id)]
        return h

    def references(self, hearing_id: int) -> dict[str, tuple[int, int]]:
        """Person id → (turns, opinions) that point to that person."""
        with self.db.session() as s:
            return self._references(s, hearing_id)

    # ------------------------------------------------------------ hearing fields
    def set_field(self, hearing_id: int, name: str, value: Any) -> Any:
        """Store one field (see ``FIELD_LABELS``); return the value it had before."""
        if name not in FIELD_LABELS:
            raise KeyError(name)
        with self._write(hearing_id) as s:
            h = self._fields(s, hearing_id)
            old = field_value(h, name)
            self._apply_field(h, name, value)
            repo.save_hearing_fields(s, h)
        return old

    @staticmethod
    def _apply_field(h: Hearing, name: str, value: Any) -> None:
        label = FIELD_LABELS[name]
        if name == "title":
            value = _clean(value)
            if not value:
                raise BadInput("听证会名称不能为空。请填写名称，例如“《××办法（征求意见稿）》听证会”。")
            h.title = value
        elif name in ("matter", "organizer", "venue"):
            setattr(h, name, _clean(value))
        elif name == "purpose":
            h.purpose = _clean_text(value)
        elif name == "legal_bases":
            h.legal_bases = _clean_list(value)
        elif name in ("starts_at", "ends_at"):
            if value is not None and not isinstance(value, datetime):
                raise BadInput(f"{label}不是有效的日期和时间。")
            start = value if name == "starts_at" else h.starts_at
            end = value if name == "ends_at" else h.ends_at
            if start is not None and end is not None and end < start:
                raise BadInput(f"结束时间（{end:%Y-%m-%d %H:%M}）早于开始时间（{start:%Y-%m-%d %H:%M}），"
                               "请检查。")
            setattr(h, name, value)
        elif name == "milestones":
            out = []
            for i, m in enumerate(value or [], start=1):
                event = _clean(m.event)
                if not isinstance(m.date, date) or not event:
                    raise BadInput(f"筹备过程第 {i} 项缺少日期或事项，请补全或删除该项。")
                out.append(Milestone(m.date, event))
            h.milestones = sorted(out, key=lambda m: m.date) if out else None
        else:
            report = h.report or ReportMeta()
            if name == "report_issuer":
                report.issuer = _clean(value)
            elif name == "report_date":
                if value is not None and not isinstance(value, date):
                    raise BadInput("报告成文日期不是有效日期。")
                report.date = value
            else:
                report.attachments = _clean_list(value)
            h.report = None if report == ReportMeta() else report

    def set_role_label(self, hearing_id: int, role: Role, label: str | None) -> str | None:
        """What this hearing calls ``role``; empty or the usual name clears it. Returns the old label."""
        label = _clean(label)
        if label == role.usual_label:
            label = None
        if label is not None and len(label) > 20:
            raise BadInput(f"称谓“{label}”太长（最多 20 个字）。")
        with self._write(hearing_id) as s:
            h = self._fields(s, hearing_id)
            old = h.role_labels.get(role)
            if label is None:
                h.role_labels.pop(role, None)
            else:
                h.role_labels[role] = label
            repo.save_hearing_fields(s, h)
        return old

    def set_settings(self, hearing_id: int, settings: ProcedureSettings) -> ProcedureSettings:
        """Store the procedure settings; return the old ones."""
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
        if problems:
            raise BadInput("程序设置有误：" + "；".join(problems) + "。")
        with self._write(hearing_id) as s:
            h = self._fields(s, hearing_id)
            old = replace(h.settings)
            h.settings = replace(settings)
            repo.save_hearing_fields(s, h)
        return old

    # ------------------------------------------------------------ agenda
    def set_agenda(self, hearing_id: int, steps: list[tuple[int | None, str]]) -> tuple[list[AgendaItem], dict[int, int]]:
        """Replace the agenda by ``steps`` = (old seq or None for a new step, title), in order.

        Steps are renumbered 1, 2, 3 ...; transcript turns follow their step to its
        new number. A step that transcript turns belong to cannot be removed.
        Returns the old agenda and the mapping old seq → new seq.
        """
        titles = [_clean(t) for _, t in steps]
        empty = [i for i, t in enumerate(titles, start=1) if not t]
        if empty:
            raise BadInput(f"议程第 {empty[0]} 步没有内容。请填写该步骤，或删除它。")
        with self._write(hearing_id) as s:
            h = self._fields(s, hearing_id)
            old = [AgendaItem(a.seq, a.title) for a in h.agenda]
            old_seqs = {a.seq for a in old}
            mapping = {seq: i for i, (seq, _) in enumerate(steps, start=1) if seq in old_seqs}
            removed = old_seqs - set(mapping)
            if removed:
                used = dict(s.execute(
                    select(TurnRow.agenda_item, func.count()).where(
                        TurnRow.hearing_id == hearing_id, TurnRow.agenda_item.in_(removed))
                    .group_by(TurnRow.agenda_item)).all())
                if used:
                    seq, n = sorted(used.items())[0]
                    title = next(a.title for a in old if a.seq == seq)
                    raise BadInput(f"议程第 {seq} 步“{title}”下已有 {n} 段笔录，不能删除。"
                                   "可以修改该步骤的文字。")
            h.agenda = [AgendaItem(i, t) for i, t in enumerate(titles, start=1)]
            moved = {a: b for a, b in mapping.items() if a != b}
            if moved:
                turns = s.scalars(select(TurnRow).where(TurnRow.hearing_id == hearing_id,
                                                        TurnRow.agenda_item.in_(moved)))
                for t in turns:
                    t.agenda_item = moved[t.agenda_item]
            repo.save_hearing_fields(s, h)
        return old, mapping

    def fill_default_agenda(self, hearing_id: int) -> bool:
        """Give a hearing with no agenda and no transcript the order of 第十七条. True if it did."""
        with self._write(hearing_id) as s:
            h = self._fields(s, hearing_id)
            turns = s.scalar(select(func.count()).select_from(TurnRow).where(TurnRow.hearing_id == hearing_id))
            if h.agenda or turns:
                return False
            h.people = [repo.row_to_person(r) for r in self._person_rows(s, hearing_id)]
            h.agenda = default_agenda(h)
            repo.save_hearing_fields(s, h)
        return True

    # ------------------------------------------------------------ draft
    def set_draft(self, hearing_id: int, draft: Draft | None) -> Draft | None:
        """Store the draft under hearing (None removes it); return the old one."""
        with self._write(hearing_id) as s:
            h = self._fields(s, hearing_id)
            old = h.draft
            h.draft = clean_tree(copy.deepcopy(draft))
            repo.save_hearing_fields(s, h)
        return old

    def set_draft_title(self, hearing_id: int, title: str | None) -> str | None:
        with self._write(hearing_id) as s:
            h = self._fields(s, hearing_id)
            old = h.draft.title if h.draft else None
            h.draft = h.draft or Draft()
            h.draft.title = _clean(title)
            repo.save_hearing_fields(s, h)
        return old

    # ------------------------------------------------------------ people
    def add_person(self, hearing_id: int, role: Role, name: str, **values: Any) -> Person:
        """Add a person at the end of ``role``; a new id, and the next 序号 where the role uses them."""
        return self.add_people(hearing_id, [Person(id="", role=role, name=name, **values)])[0]

    def add_people(self, hearing_id: int, people: list[Person], *,
                   unique_names: bool = False) -> list[Person]:
        """Add people in one transaction (new ids are given here; participants get the 序号
        after the last). ``unique_names``: refuse all if a name is already in the same role."""
        for p in people:
            _clean_person(p)
            p.name = p.name or ""
            if not p.name:
                raise BadInput(f"{p.role.usual_label}的姓名不能为空。")
        with self._write(hearing_id) as s:
            self._require_hearing(s, hearing_id)
            rows = self._person_rows(s, hearing_id)
            if unique_names:
                have = {(r.role, r.name) for r in rows}
                clash = [p.name for p in people if (str(p.role), p.name) in have]
                if clash:
                    raise BadInput(f"以下人员已在名单中，未导入任何人：{'、'.join(clash)}。")
            taken = {r.key for r in rows} | self._referenced_ids(s, hearing_id)
            added = []
            for p in people:
                p = copy.deepcopy(p)
                p.id = _new_id(taken)
                taken.add(p.id)
                same = [r for r in rows if r.role == str(p.role)]
                if p.seq is None and (p.role is Role.PARTICIPANT or any(r.seq is not None for r in same)):
                    p.seq = max((r.seq or 0 for r in same), default=0) + 1
                index = self._insert_index(rows, p.role)
                row = repo.person_to_row(p, 0)
                row.hearing_id = hearing_id
                s.add(row)
                rows.insert(index, row)
                added.append(p)
            _renumber_positions(rows)
            repo.touch(s, hearing_id)
        return added

    def restore_person(self, hearing_id: int, person: Person, position: int) -> None:
        """Put back a person removed by ``delete_person`` (undo), with the same id."""
        self.restore_people(hearing_id, [(person, position)])

    def restore_people(self, hearing_id: int, removed: list[tuple[Person, int]]) -> None:
        """Put back people removed by ``delete_people`` at their old places, in one transaction."""
        with self._write(hearing_id) as s:
            rows = self._person_rows(s, hearing_id)
            keys = {r.key for r in rows}
            for person, position in sorted(removed, key=lambda x: x[1]):
                if person.id in keys:
                    raise BadInput(f"编号为 {person.id} 的人员已存在，无法恢复“{person.name}”。")
                row = repo.person_to_row(person, 0)
                row.hearing_id = hearing_id
                s.add(row)
                rows.insert(min(max(position, 0), len(rows)), row)
                keys.add(person.id)
            _renumber_positions(rows)
            repo.touch(s, hearing_id)

    def update_person(self, hearing_id: int, person_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of a person (names in ``PERSON_FIELDS``); return their old values."""
        unknown = set(changes) - set(PERSON_FIELDS)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        with self._write(hearing_id) as s:
            row = self._person_row(s, hearing_id, person_id)
            person = repo.row_to_person(row)
            old = {k: person_value(person, k) for k in changes}
            for key, value in changes.items():
                if key == "seq":
                    if value in ("", None):
                        value = None
                    else:
                        try:
                            value = int(value)
                        except (TypeError, ValueError):
                            raise BadInput(f"序号“{value}”不是数字。") from None
                        if value < 1:
                            raise BadInput("序号应从 1 开始。")
                elif key == "attended":
                    value = None if value is None else bool(value)
                    rows = {r.key: r for r in self._person_rows(s, hearing_id)}
                    for twin, state in _with_twins(rows, {person_id: value}).items():
                        if twin != person_id:
                            rows[twin].attended = state
                else:
                    value = _clean(value)
                    if key == "name" and not value:
                        raise BadInput(f"{person.role.usual_label}的姓名不能为空（原为“{person.name}”）。")
                _set_person_value(person, key, value)
            repo.write_person(row, person)
            repo.touch(s, hearing_id)
        return old

    def delete_person(self, hearing_id: int, person_id: str) -> tuple[Person, int]:
        """Remove a person nothing points to; return the person and their position (for undo)."""
        return self.delete_people(hearing_id, [person_id])[0]

    def delete_people(self, hearing_id: int, person_ids: list[str]) -> list[tuple[Person, int]]:
        """Remove people in one transaction; refused whole if a turn or opinion points to any."""
        with self._write(hearing_id) as s:
            rows = self._person_rows(s, hearing_id)
            by_key = {r.key: r for r in rows}
            refs = self._references(s, hearing_id)
            problems = []
            for pid in person_ids:
                if pid not in by_key:
                    raise NotFound(f"找不到编号为 {pid} 的人员，可能已被删除。")
                turns, opinions = refs.get(pid, (0, 0))
                if turns or opinions:
                    parts = ([f"{turns} 段笔录"] if turns else []) + ([f"{opinions} 条意见"] if opinions else [])
                    problems.append(f"“{by_key[pid].name}”有 {'和 '.join(parts)}指向此人")
            if problems:
                raise BadInput("无法删除：" + "；".join(problems)
                               + "。请先在笔录或意见登记中改为其他发言人，再删除。")
            out = []
            for pid in person_ids:
                row = by_key[pid]
                out.append((repo.row_to_person(row), rows.index(row)))
            # positions in the list as it was: restore_people puts them back in ascending order
            for pid in person_ids:
                row = by_key[pid]
                rows.remove(row)
                s.delete(row)
            _renumber_positions(rows)
            repo.touch(s, hearing_id)
        return out

    def move_person(self, hearing_id: int, person_id: str, delta: int) -> bool:
        """Move a person up (-1) or down (+1) within their role; 序号 follow. False at an end."""
        with self._write(hearing_id) as s:
            rows = self._person_rows(s, hearing_id)
            row = next((r for r in rows if r.key == person_id), None)
            if row is None:
                raise NotFound(f"找不到编号为 {person_id} 的人员，可能已被删除。")
            same = _role_order([r for r in rows if r.role == row.role])
            i = same.index(row)
            j = i + delta
            if not 0 <= j < len(same):
                return False
            if any(r.seq is not None for r in same) and any(r.seq is None for r in same):
                for n, r in enumerate(same, start=1):   # mixed: number everyone first
                    r.seq = n
            other = same[j]
            row.seq, other.seq = other.seq, row.seq
            a, b = rows.index(row), rows.index(other)
            rows[a], rows[b] = rows[b], rows[a]
            _renumber_positions(rows)
            repo.touch(s, hearing_id)
        return True

    def change_role(self, hearing_id: int, person_id: str, role: Role) -> tuple[Role, int | None, int] | None:
        """Move a person to another role (entered under the wrong one): last of the new
        role, with the next 序号 when that role is numbered; attendance, signature and
        what they said stay. Returns the old role, 序号 and list position for
        :meth:`restore_role`, or None when the person already has that role."""
        role = Role(role)
        with self._write(hearing_id) as s:
            rows = self._person_rows(s, hearing_id)
            row = next((r for r in rows if r.key == person_id), None)
            if row is None:
                raise NotFound(f"找不到编号为 {person_id} 的人员，可能已被删除。")
            if row.role == str(role):
                return None
            _turns, opinions = self._references(s, hearing_id).get(person_id, (0, 0))
            if opinions and role is not Role.PARTICIPANT:
                raise BadInput(f"“{row.name}”名下登记有 {opinions} 条意见，听证报告按听证参加人列出意见；"
                               "请先在“意见登记”中把这些意见移至其他参加人，再更改角色。")
            old = (Role(row.role), row.seq, rows.index(row))
            rows.remove(row)
            same = [r for r in rows if r.role == str(role)]
            # numbered and placed as add_people would place a newcomer of that role
            numbered = role is Role.PARTICIPANT or any(r.seq is not None for r in same)
            row.seq = max((r.seq or 0 for r in same), default=0) + 1 if numbered else None
            rows.insert(self._insert_index(rows, role), row)
            row.role = str(role)
            _renumber_positions(rows)
            repo.touch(s, hearing_id)
        return old

    def restore_role(self, hearing_id: int, person_id: str, old: tuple[Role, int | None, int]) -> None:
        """Undo :meth:`change_role`."""
        role, seq, position = old
        with self._write(hearing_id) as s:
            rows = self._person_rows(s, hearing_id)
            row = next((r for r in rows if r.key == person_id), None)
            if row is None:
                raise NotFound(f"找不到编号为 {person_id} 的人员，可能已被删除。")
            rows.remove(row)
            rows.insert(min(max(position, 0), len(rows)), row)
            row.role, row.seq = str(role), seq
            _renumber_positions(rows)
            repo.touch(s, hearing_id)

    def renumber(self, hearing_id: int, role: Role) -> dict[str, int | None]:
        """序号 1, 2, 3 ... in the current order of ``role``; return the old 序号 by person id."""
        with self._write(hearing_id) as s:
            same = _role_order([r for r in self._person_rows(s, hearing_id) if r.role == str(role)])
            old = {r.key: r.seq for r in same}
            for n, r in enumerate(same, start=1):
                r.seq = n
            repo.touch(s, hearing_id)
        return old

    def set_seqs(self, hearing_id: int, seqs: dict[str, int | None]) -> None:
        """Put 序号 back (undo of ``renumber``)."""
        with self._write(hearing_id) as s:
            for r in self._person_rows(s, hearing_id):
                if r.key in seqs:
                    r.seq = seqs[r.key]
            repo.touch(s, hearing_id)

    # ------------------------------------------------------------ attendance
    def set_attendance(self, hearing_id: int, values: dict[str, bool | None]) -> dict[str, bool | None]:
        """Mark people present (True), absent (False) or not checked (None); a person in
        two roles is marked on both records. Returns what every record touched was."""
        with self._write(hearing_id) as s:
            rows = {r.key: r for r in self._person_rows(s, hearing_id)}
            missing = [pid for pid in values if pid not in rows]
            if missing:
                raise NotFound(f"找不到编号为 {missing[0]} 的人员，可能已被删除。")
            values = _with_twins(rows, values)
            old = {pid: rows[pid].attended for pid in values}
            for pid, value in values.items():
                rows[pid].attended = value
            repo.touch(s, hearing_id)
        return old

    # ------------------------------------------------------------ internals
    @contextmanager
    def _write(self, hearing_id: int) -> Iterator[Session]:
        """A transaction whose changes of the printed record obey the lock."""
        with self.db.session() as s:
            with guarded(s, hearing_id):
                yield s

    @staticmethod
    def _require_hearing(s: Session, hearing_id: int) -> HearingRow:
        row = repo.get_row(s, hearing_id)
        if row is None:
            raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会，可能已被删除。")
        return row

    def _fields(self, s: Session, hearing_id: int) -> Hearing:
        # the hearing-level fields only: a full load reads thousands of turns
        return repo.load_hearing_fields(self._require_hearing(s, hearing_id))

    @staticmethod
    def _person_rows(s: Session, hearing_id: int) -> list[PersonRow]:
        return list(s.scalars(select(PersonRow).where(PersonRow.hearing_id == hearing_id)
                              .order_by(PersonRow.position, PersonRow.id)))

    def _person_row(self, s: Session, hearing_id: int, person_id: str) -> PersonRow:
        row = s.scalar(select(PersonRow).where(PersonRow.hearing_id == hearing_id, PersonRow.key == person_id))
        if row is None:
            raise NotFound(f"找不到编号为 {person_id} 的人员，可能已被删除。")
        return row

    @staticmethod
    def _references(s: Session, hearing_id: int) -> dict[str, tuple[int, int]]:
        turns = dict(s.execute(select(TurnRow.speaker, func.count()).where(
            TurnRow.hearing_id == hearing_id, TurnRow.speaker.isnot(None)).group_by(TurnRow.speaker)).all())
        opinions = dict(s.execute(select(OpinionRow.speaker, func.count()).where(
            OpinionRow.hearing_id == hearing_id).group_by(OpinionRow.speaker)).all())
        return {k: (turns.get(k, 0), opinions.get(k, 0)) for k in set(turns) | set(opinions)}

    def _referenced_ids(self, s: Session, hearing_id: int) -> set[str]:
        return set(self._references(s, hearing_id))

    @staticmethod
    def _insert_index(rows: list[PersonRow], role: Role) -> int:
        """After the last person of ``role``, else before the first person of a later role."""
        same = [i for i, r in enumerate(rows) if r.role == str(role)]
        if same:
            return same[-1] + 1
        rank = ROLE_ORDER.index(role)
        for i, r in enumerate(rows):
            if ROLE_ORDER.index(Role(r.role)) > rank:
                return i
        return len(rows)


def _with_twins(rows: dict[str, PersonRow], values: dict[str, bool | None]) -> dict[str, bool | None]:
    """``values`` extended to the other records of the same people (a person in two roles)."""
    hearing = Hearing(title="", people=[repo.row_to_person(r) for r in rows.values()])
    out = dict(values)
    for pid, value in values.items():
        for twin in same_person_ids(hearing, pid):
            out.setdefault(twin, value)
    return out


def _role_order(rows: list[PersonRow]) -> list[PersonRow]:
    """People of one role as ``Hearing.people_in`` orders them (序号, then list position)."""
    return sorted(rows, key=lambda r: (r.seq is None, r.seq or 0))


def _renumber_positions(rows: list[PersonRow]) -> None:
    for i, r in enumerate(rows):
        r.position = i


_ID_RE = re.compile(r"^p(\d+)$")


def _new_id(taken: set[str]) -> str:
    """``p7``: one more than the largest ``pN`` in use (or ever pointed to)."""
    n = max((int(m.group(1)) for k in taken if (m := _ID_RE.match(k))), default=0) + 1
    while f"p{n}" in taken:
        n += 1
    return f"p{n}"


"""Use cases of the people of a hearing (听证会设置 → 人员): add (typed or from a
sign-up sheet, :mod:`hearing_desk.formats.signup`), edit, delete, reorder, move to
another role, renumber 序号.

Every method owns its transaction and returns what an undo command needs to put
things back (ids and values, never rows). A refused change raises ``BadInput`` with a
Chinese message and leaves the database as it was; while the transcript is locked,
a change of anything it prints (a name, an attendance …) is refused (:mod:`.record`).
"""
from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from ..domain import ROLE_ORDER, Contact, Person, Role
from ..domain.signup import SignupSheet
from ..domain.text import stored_line
from ..errors import BadInput, NotFound
from ..formats import signup
from ..storage.database import Database
from ..storage.models import PersonRow
from ..storage.repository import hearings, people
from ..storage.repository.common import check_seen
from .attendance import with_twins
from .record import guarded_session

#: Person fields a clerk edits in the people tables (``contact.*`` are personal data).
PERSON_FIELDS = ("name", "affiliation", "description", "selection", "category", "seq", "attended",
                 "contact.phone", "contact.id_number", "contact.email", "contact.address")


def person_value(person: Person, name: str) -> Any:
    """The value of one of ``PERSON_FIELDS``."""
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


def _clean_person(p: Person) -> None:
    """Every one-line field of a new person, as :meth:`PeopleService.update_person` stores them."""
    for name in PERSON_FIELDS:
        if name not in ("seq", "attended"):
            value = person_value(p, name)
            if isinstance(value, str):
                _set_person_value(p, name, stored_line(value))


def _seq_value(value: Any) -> int | None:
    if value in ("", None):
        return None
    try:
        seq = int(value)
    except (TypeError, ValueError):
        raise BadInput(f"序号“{value}”不是数字。") from None
    if seq < 1:
        raise BadInput("序号应从 1 开始。")
    return seq


class PeopleService:
    def __init__(self, db: Database):
        self.db = db

    def read_signup(self, hearing_id: int, path: str | Path) -> SignupSheet:
        """A sign-up sheet's rows, each checked (a name already listed among the hearing's
        participants too); nothing is stored: :meth:`add_people` stores the rows chosen."""
        with self.db.session() as s:
            everyone = people.load_people(s, hearing_id)
        return signup.read_signup(path, everyone)

    def references(self, hearing_id: int) -> dict[str, tuple[int, int]]:
        """Person id → (turns, opinions) that point to that person."""
        with self.db.session() as s:
            return people.references(s, hearing_id)

    # ------------------------------------------------------------ adding and removing
    def add_person(self, hearing_id: int, role: Role, name: str, **values: Any) -> Person:
        """Add a person at the end of ``role``; a new id, and the next 序号 where the role uses them."""
        return self.add_people(hearing_id, [Person(id="", role=role, name=name, **values)])[0]

    def add_people(self, hearing_id: int, newcomers: list[Person], *,
                   unique_names: bool = False) -> list[Person]:
        """Add people in one transaction (new ids are given here; participants get the 序号
        after the last). ``unique_names`` (a sign-up sheet): refuse all if a name is
        already in the same role."""
        for p in newcomers:
            _clean_person(p)
            p.name = p.name or ""
            if not p.name:
                raise BadInput(f"{p.role.usual_label}的姓名不能为空。")
        with guarded_session(self.db, hearing_id) as s:
            hearings.require_hearing(s, hearing_id)
            rows = people.person_rows(s, hearing_id)
            if unique_names:
                have = {(r.role, r.name) for r in rows}
                clash = [p.name for p in newcomers if (str(p.role), p.name) in have]
                if clash:
                    raise BadInput(f"以下人员已在名单中，未导入任何人：{'、'.join(clash)}。")
            taken = {r.key for r in rows} | set(people.references(s, hearing_id))
            # linear in the number of people (a sign-up sheet of 10,000 rows): the next id
            # and each role's last 序号 are kept as they grow, each role's newcomers are put
            # in after the last of that role in one splice
            ids = _IdMaker(taken)
            last_seq: dict[str, int] = {}
            numbered: set[str] = set()
            for r in rows:
                last_seq[r.role] = max(last_seq.get(r.role, 0), r.seq or 0)
                if r.seq is not None:
                    numbered.add(r.role)
            added = []
            batches: dict[Role, list] = {}
            for p in newcomers:
                p = copy.deepcopy(p)
                p.id = ids.next()
                role = str(p.role)
                if p.seq is None and (p.role is Role.PARTICIPANT or role in numbered):
                    p.seq = last_seq.get(role, 0) + 1
                if p.seq is not None:
                    last_seq[role] = max(last_seq.get(role, 0), p.seq)
                    numbered.add(role)
                batches.setdefault(p.role, []).append(people.add_person_row(s, hearing_id, p))
                added.append(p)
            for role, batch in batches.items():
                index = _insert_index(rows, role)
                rows[index:index] = batch
            people.renumber_positions(rows)
            hearings.touch(s, hearing_id)
        return added

    def restore_people(self, hearing_id: int, removed: list[tuple[Person, int]]) -> None:
        """Put back people removed by ``delete_people`` at their old places, in one transaction."""
        with guarded_session(self.db, hearing_id) as s:
            rows = people.person_rows(s, hearing_id)
            keys = {r.key for r in rows}
            for person, position in sorted(removed, key=lambda x: x[1]):
                if person.id in keys:
                    raise BadInput(f"编号为 {person.id} 的人员已存在，无法恢复“{person.name}”。")
                rows.insert(min(max(position, 0), len(rows)), people.add_person_row(s, hearing_id, person))
                keys.add(person.id)
            people.renumber_positions(rows)
            hearings.touch(s, hearing_id)

    def delete_people(self, hearing_id: int, person_ids: list[str]) -> list[tuple[Person, int]]:
        """Remove people in one transaction; refused whole if a turn or opinion points to any."""
        with guarded_session(self.db, hearing_id) as s:
            rows = people.person_rows(s, hearing_id)
            by_key = {r.key: r for r in rows}
            refs = people.references(s, hearing_id)
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
            # positions in the list as it was: restore_people puts them back in ascending order
            out = [(people.row_to_person(by_key[pid]), rows.index(by_key[pid])) for pid in person_ids]
            for pid in person_ids:
                rows.remove(by_key[pid])
                people.delete_person_row(s, by_key[pid])
            people.renumber_positions(rows)
            hearings.touch(s, hearing_id)
        return out

    # ------------------------------------------------------------ editing
    def update_person(self, hearing_id: int, person_id: str, *, seen: int | None = None,
                      **changes: Any) -> dict[str, Any]:
        """Change fields of a person (names in ``PERSON_FIELDS``) in place; return their old
        values. ``seen``: the person's version as the window read it; refused with
        ``StaleEdit`` (nothing stored) when someone changed the person since."""
        unknown = set(changes) - set(PERSON_FIELDS)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        with guarded_session(self.db, hearing_id) as s:
            row = people.person_row(s, hearing_id, person_id)
            check_seen(s, row, seen, f"“{row.name}”的信息")
            person = people.row_to_person(row)
            old = {k: person_value(person, k) for k in changes}
            for key, value in changes.items():
                if key == "seq":
                    value = _seq_value(value)
                elif key == "attended":
                    value = None if value is None else bool(value)
                    rows = {r.key: r for r in people.person_rows(s, hearing_id)}
                    everyone = [people.row_to_person(r) for r in rows.values()]
                    for twin, state in with_twins(everyone, {person_id: value}).items():
                        if twin != person_id:
                            rows[twin].attended = state
                else:
                    value = stored_line(value)
                    if key == "name" and not value:
                        raise BadInput(f"{person.role.usual_label}的姓名不能为空（原为“{person.name}”）。")
                _set_person_value(person, key, value)
            people.write_person(row, person)
            hearings.touch(s, hearing_id)
        return old

    # ------------------------------------------------------------ order, roles and 序号
    def move_person(self, hearing_id: int, person_id: str, delta: int) -> bool:
        """Move a person up (-1) or down (+1) within their role; 序号 follow. False at an end."""
        with guarded_session(self.db, hearing_id) as s:
            rows = people.person_rows(s, hearing_id)
            row = _row_in(rows, person_id)
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
            people.renumber_positions(rows)
            hearings.touch(s, hearing_id)
        return True

    def change_role(self, hearing_id: int, person_id: str, role: Role) -> tuple[Role, int | None, int] | None:
        """Move a person to another role (entered under the wrong one): last of the new
        role, with the next 序号 when that role is numbered; attendance, signature and
        what they said stay. Returns the old role, 序号 and list position for
        :meth:`restore_role`, or None when the person already has that role."""
        role = Role(role)
        with guarded_session(self.db, hearing_id) as s:
            rows = people.person_rows(s, hearing_id)
            row = _row_in(rows, person_id)
            if row.role == str(role):
                return None
            _turns, opinions = people.references(s, hearing_id).get(person_id, (0, 0))
            if opinions and role is not Role.PARTICIPANT:
                raise BadInput(f"“{row.name}”名下登记有 {opinions} 条意见，听证报告按听证参加人列出意见；"
                               "请先在“意见登记”中把这些意见移至其他参加人，再更改角色。")
            old = (Role(row.role), row.seq, rows.index(row))
            rows.remove(row)
            same = [r for r in rows if r.role == str(role)]
            # numbered and placed as add_people would place a newcomer of that role
            numbered = role is Role.PARTICIPANT or any(r.seq is not None for r in same)
            row.seq = max((r.seq or 0 for r in same), default=0) + 1 if numbered else None
            rows.insert(_insert_index(rows, role), row)
            row.role = str(role)
            people.renumber_positions(rows)
            hearings.touch(s, hearing_id)
        return old

    def restore_role(self, hearing_id: int, person_id: str, old: tuple[Role, int | None, int]) -> None:
        """Undo :meth:`change_role`."""
        role, seq, position = old
        with guarded_session(self.db, hearing_id) as s:
            rows = people.person_rows(s, hearing_id)
            row = _row_in(rows, person_id)
            rows.remove(row)
            rows.insert(min(max(position, 0), len(rows)), row)
            row.role, row.seq = str(role), seq
            people.renumber_positions(rows)
            hearings.touch(s, hearing_id)

    def renumber(self, hearing_id: int, role: Role) -> dict[str, int | None]:
        """序号 1, 2, 3 ... in the current order of ``role``; return the old 序号 by person id."""
        with guarded_session(self.db, hearing_id) as s:
            same = _role_order([r for r in people.person_rows(s, hearing_id) if r.role == str(role)])
            old = {r.key: r.seq for r in same}
            for n, r in enumerate(same, start=1):
                r.seq = n
            hearings.touch(s, hearing_id)
        return old

    def set_seqs(self, hearing_id: int, seqs: dict[str, int | None]) -> None:
        """Put 序号 back (undo of ``renumber``)."""
        with guarded_session(self.db, hearing_id) as s:
            for r in people.person_rows(s, hearing_id):
                if r.key in seqs:
                    r.seq = seqs[r.key]
            hearings.touch(s, hearing_id)


def _row_in(rows: list[PersonRow], person_id: str) -> PersonRow:
    row = next((r for r in rows if r.key == person_id), None)
    if row is None:
        raise NotFound(f"找不到编号为 {person_id} 的人员，可能已被删除。")
    return row


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


def _role_order(rows: list[PersonRow]) -> list[PersonRow]:
    """People of one role as ``Hearing.people_in`` orders them (序号, then list position)."""
    return sorted(rows, key=lambda r: (r.seq is None, r.seq or 0))


_ID_RE = re.compile(r"^p(\d+)$")


class _IdMaker:
    """:func:`_new_id` for many people at once: the largest number is found once."""

    def __init__(self, taken: set[str]):
        self.taken = taken
        self.n = max((int(m.group(1)) for k in taken if (m := _ID_RE.match(k))), default=0)

    def next(self) -> str:
        self.n += 1
        while f"p{self.n}" in self.taken:
            self.n += 1
        key = f"p{self.n}"
        self.taken.add(key)
        return key


def _new_id(taken: set[str]) -> str:
    """``p7``: one more than the largest ``pN`` in use (or ever pointed to)."""
    n = max((int(m.group(1)) for k in taken if (m := _ID_RE.match(k))), default=0) + 1
    while f"p{n}" in taken:
        n += 1
    return f"p{n}"

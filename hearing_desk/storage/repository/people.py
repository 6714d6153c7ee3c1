"""The people of a hearing: one row each, in list order (``position``), with their
attendance (签到) and signature."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import Contact, Person, Role, Signature, SignatureStatus
from ...errors import NotFound
from ..models import OpinionRow, PersonRow, TurnRow


def person_to_row(p: Person, position: int) -> PersonRow:
    row = PersonRow(position=position)
    write_person(row, p)
    return row


def write_person(row: PersonRow, p: Person) -> None:
    row.key = p.id
    row.role = str(p.role)
    row.name = p.name
    row.affiliation = p.affiliation
    row.description = p.description
    row.selection = p.selection
    row.category = p.category
    row.seq = p.seq
    row.attended = p.attended
    row.contact = None if p.contact is None else {k: v for k, v in asdict(p.contact).items() if v is not None}
    write_signature(row, p.signature)


def write_signature(row: PersonRow, signature: Signature | None) -> None:
    row.signature_status = str(signature.status) if signature else None
    row.signature_note = signature.note if signature else None
    row.signature_lock = signature.lock if signature else None


def row_to_person(row: PersonRow) -> Person:
    return Person(
        id=row.key, role=Role(row.role), name=row.name, affiliation=row.affiliation,
        description=row.description, selection=row.selection, category=row.category,
        seq=row.seq, attended=row.attended,
        contact=Contact(**row.contact) if row.contact is not None else None,
        signature=Signature(SignatureStatus(row.signature_status), row.signature_note, row.signature_lock)
        if row.signature_status else None,
        version=row.version or 0,
    )


# ---------------------------------------------------------------- reading

def person_rows(session: Session, hearing_id: int) -> list[PersonRow]:
    """The hearing's people in list order."""
    return list(session.scalars(select(PersonRow).where(PersonRow.hearing_id == hearing_id)
                                .order_by(PersonRow.position, PersonRow.id)))


def load_people(session: Session, hearing_id: int) -> list[Person]:
    return [row_to_person(r) for r in person_rows(session, hearing_id)]


def people_by_id(session: Session, hearing_id: int) -> dict[str, Person]:
    return {p.id: p for p in load_people(session, hearing_id)}


def find_person(session: Session, hearing_id: int, person_id: str) -> Person | None:
    row = session.scalar(select(PersonRow).where(PersonRow.hearing_id == hearing_id, PersonRow.key == person_id))
    return row_to_person(row) if row is not None else None


def person_row(session: Session, hearing_id: int, person_id: str) -> PersonRow:
    row = session.scalar(select(PersonRow).where(PersonRow.hearing_id == hearing_id, PersonRow.key == person_id))
    if row is None:
        raise NotFound(f"找不到编号为 {person_id} 的人员，可能已被删除。")
    return row


def rows_of(session: Session, hearing_id: int, person_ids: Iterable[str]) -> list[PersonRow]:
    """The rows of these people; NotFound when one of them is not there."""
    wanted = set(person_ids)
    rows = list(session.scalars(select(PersonRow).where(PersonRow.hearing_id == hearing_id,
                                                        PersonRow.key.in_(wanted))))
    if len(rows) != len(wanted):
        raise NotFound("找不到签字人，他可能已从名单中删除。")
    return rows


def references(session: Session, hearing_id: int) -> dict[str, tuple[int, int]]:
    """Person id → (turns, opinions) that point to that person."""
    turns = dict(session.execute(select(TurnRow.speaker, func.count()).where(
        TurnRow.hearing_id == hearing_id, TurnRow.speaker.isnot(None)).group_by(TurnRow.speaker)).all())
    opinions = dict(session.execute(select(OpinionRow.speaker, func.count()).where(
        OpinionRow.hearing_id == hearing_id).group_by(OpinionRow.speaker)).all())
    return {k: (turns.get(k, 0), opinions.get(k, 0)) for k in set(turns) | set(opinions) if k is not None}


def people_of_every_hearing(session: Session) -> dict[int, list[Person]]:
    """Hearing id → its people in list order (for the hearing list's signature counts)."""
    out: dict[int, list[Person]] = {}
    for r in session.scalars(select(PersonRow).order_by(PersonRow.hearing_id, PersonRow.position)):
        out.setdefault(r.hearing_id, []).append(row_to_person(r))
    return out


def participants_per_hearing(session: Session) -> dict[int, int]:
    return dict(session.execute(select(PersonRow.hearing_id, func.count()).where(
        PersonRow.role == str(Role.PARTICIPANT)).group_by(PersonRow.hearing_id)).all())


# ---------------------------------------------------------------- writing

def add_person_row(session: Session, hearing_id: int, person: Person, position: int = 0) -> PersonRow:
    row = person_to_row(person, position)
    row.hearing_id = hearing_id
    session.add(row)
    return row


def delete_person_row(session: Session, row: PersonRow) -> None:
    session.delete(row)


def renumber_positions(rows: list[PersonRow]) -> None:
    """``position`` follows the order of ``rows``."""
    for i, r in enumerate(rows):
        r.position = i

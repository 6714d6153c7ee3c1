"""Check-out rows (a hearing lent by the archive, or a laptop's copy of one) and putting
a checked-in hearing's contents in place of the archive's."""
from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from ...domain import Hearing
from ..models import (
    CheckoutRow,
    OpinionRow,
    PersonRow,
    RecordChangeRow,
    RecordingRow,
    TranscriptLockRow,
    TurnRow,
)
from . import hearings

_CHECKOUT = cast(Table, CheckoutRow.__table__)
ARCHIVE, COPY = "archive", "copy"


def lent(session: Session, hearing_id: int) -> CheckoutRow | None:
    """The archive's mark of a lent hearing, if it is lent."""
    return session.scalar(select(CheckoutRow).where(CheckoutRow.hearing_id == hearing_id,
                                                    CheckoutRow.side == ARCHIVE))


def all_lent(session: Session) -> list[CheckoutRow]:
    return list(session.scalars(select(CheckoutRow).where(CheckoutRow.side == ARCHIVE).order_by(CheckoutRow.id)))


def copies(session: Session) -> list[CheckoutRow]:
    """A laptop file's copies of archive hearings."""
    return list(session.scalars(select(CheckoutRow).where(CheckoutRow.side == COPY).order_by(CheckoutRow.id)))


def by_token(session: Session, token: str) -> CheckoutRow | None:
    return session.scalar(select(CheckoutRow).where(CheckoutRow.token == token, CheckoutRow.side == ARCHIVE))


def add(session: Session, **values: Any) -> None:
    session.execute(insert(_CHECKOUT).values(**values))


def remove(session: Session, row_id: int) -> None:
    session.execute(delete(_CHECKOUT).where(_CHECKOUT.c.id == row_id))


def replace_contents(session: Session, hearing_id: int, h: Hearing) -> None:
    """The hearing ``hearing_id`` holds what ``h`` holds, whole (its own fields in place;
    people, turns, opinions, locks, changes and recordings replaced); NotFound."""
    row = hearings.require_hearing(session, hearing_id)
    hearings.write_fields(row, h)
    for old in (PersonRow, TurnRow, OpinionRow, TranscriptLockRow, RecordChangeRow, RecordingRow):
        table = cast(Table, old.__table__)
        session.execute(delete(table).where(table.c.hearing_id == hearing_id))
    hearings.insert_children(session, hearing_id, h)
    session.expire(row)

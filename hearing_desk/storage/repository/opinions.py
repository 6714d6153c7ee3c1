"""The opinion register: one row per opinion, in register order (``position``), with
its answer (decision and analysis)."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import Decision, Opinion, Response
from ...errors import NotFound
from ..models import OpinionRow


def opinion_to_row(o: Opinion, position: int) -> OpinionRow:
    row = OpinionRow(position=position)
    write_opinion(row, o)
    return row


def write_opinion(row: OpinionRow, o: Opinion) -> None:
    row.key = o.id
    row.speaker = o.speaker
    row.seq = o.seq
    row.text = o.text
    row.basis = o.basis
    row.articles = list(o.articles) or None
    row.topic = o.topic
    row.transcript_refs = list(o.transcript_refs) or None
    row.decision = str(o.response.decision) if o.response else None
    row.analysis = o.response.analysis if o.response else None


def row_to_opinion(row: OpinionRow) -> Opinion:
    return Opinion(
        id=row.key, speaker=row.speaker, text=row.text, seq=row.seq, basis=row.basis,
        articles=list(row.articles or []), topic=row.topic,
        transcript_refs=list(row.transcript_refs or []),
        response=Response(Decision(row.decision), row.analysis) if row.decision else None,
        version=row.version or 0,
    )


def _gone(opinion_id: str) -> NotFound:
    return NotFound(f"找不到这条意见（{opinion_id}），它可能已被删除或合并。")


# ---------------------------------------------------------------- reading

def opinion_rows(session: Session, hearing_id: int) -> list[OpinionRow]:
    """The register in order."""
    return list(session.scalars(select(OpinionRow).where(OpinionRow.hearing_id == hearing_id)
                                .order_by(OpinionRow.position, OpinionRow.id)))


def load_opinions(session: Session, hearing_id: int) -> list[Opinion]:
    return [row_to_opinion(r) for r in opinion_rows(session, hearing_id)]


def opinion_ids(session: Session, hearing_id: int) -> list[str]:
    """The ids in register order (no opinion objects are built)."""
    return list(session.scalars(select(OpinionRow.key).where(OpinionRow.hearing_id == hearing_id)
                                .order_by(OpinionRow.position, OpinionRow.id)))


def opinion_row(session: Session, hearing_id: int, opinion_id: str) -> OpinionRow:
    """One opinion's row; NotFound when it is not there."""
    row = session.scalar(select(OpinionRow).where(OpinionRow.hearing_id == hearing_id,
                                                  OpinionRow.key == opinion_id))
    if row is None:
        raise _gone(opinion_id)
    return row


def row_in(rows: Iterable[OpinionRow], opinion_id: str) -> OpinionRow:
    """The row of ``opinion_id`` among ``rows``; NotFound when it is not there."""
    for r in rows:
        if r.key == opinion_id:
            return r
    raise _gone(opinion_id)


def rows_of(session: Session, hearing_id: int, opinion_ids: Iterable[str]) -> list[OpinionRow]:
    """The rows of these opinions; NotFound naming those that are not there."""
    wanted = list(opinion_ids)
    rows = list(session.scalars(select(OpinionRow).where(
        OpinionRow.hearing_id == hearing_id, OpinionRow.key.in_(wanted))))
    missing = set(wanted) - {r.key for r in rows}
    if missing:
        raise NotFound(f"找不到这些意见（{'、'.join(sorted(missing))}），它们可能已被删除或合并。")
    return rows


def versions(session: Session, hearing_id: int, opinion_ids: Iterable[str]) -> dict[str, int]:
    """Opinion id → its row's version now."""
    return dict(session.execute(select(OpinionRow.key, OpinionRow.version).where(
        OpinionRow.hearing_id == hearing_id, OpinionRow.key.in_(list(opinion_ids)))).all())


def counts_per_hearing(session: Session) -> tuple[dict[int, int], dict[int, int]]:
    """Hearing id → opinions, and hearing id → answered opinions (for the hearing list)."""
    total = dict(session.execute(select(OpinionRow.hearing_id, func.count())
                                 .group_by(OpinionRow.hearing_id)).all())
    answered = dict(session.execute(select(OpinionRow.hearing_id, func.count()).where(
        OpinionRow.decision.isnot(None), OpinionRow.decision != str(Decision.PENDING))
        .group_by(OpinionRow.hearing_id)).all())
    return total, answered


# ---------------------------------------------------------------- writing

def add_opinion_row(session: Session, hearing_id: int, opinion: Opinion, position: int = 0) -> OpinionRow:
    row = opinion_to_row(opinion, position)
    row.hearing_id = hearing_id
    session.add(row)
    return row


def delete_opinion_row(session: Session, row: OpinionRow) -> None:
    session.delete(row)


def renumber_positions(rows: list[OpinionRow]) -> None:
    """``position`` follows the order of ``rows`` (only rows that moved are written)."""
    for i, r in enumerate(rows):
        if r.position != i:
            r.position = i


def drop_turn_references(session: Session, hearing_id: int, seq: int) -> list[str]:
    """Opinions no longer refer to turn ``seq``; returns the ids of those that did."""
    changed = []
    for o in opinion_rows(session, hearing_id):
        if seq in (o.transcript_refs or []):
            o.transcript_refs = [r for r in o.transcript_refs or [] if r != seq] or None
            changed.append(o.key)
    return changed


def add_turn_references(session: Session, hearing_id: int, seq: int, opinion_ids: Iterable[str]) -> None:
    """These opinions refer to turn ``seq`` (again)."""
    wanted = set(opinion_ids)
    for o in opinion_rows(session, hearing_id):
        if o.key in wanted:
            o.transcript_refs = sorted(set(o.transcript_refs or []) | {seq})


def shift_turn_references(session: Session, hearing_id: int, seq: int) -> None:
    """Turns from ``seq`` on moved up by one seq (a turn put in before them): so do the
    opinions' references to them."""
    for o in opinion_rows(session, hearing_id):
        if any(r >= seq for r in o.transcript_refs or []):
            o.transcript_refs = [r + 1 if r >= seq else r for r in o.transcript_refs or []]

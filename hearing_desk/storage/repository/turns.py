"""The transcript's turns. The typing box's unfinished turn is a row with ``draft=True``;
there is at most one per hearing and its ``seq`` is above every committed turn's.

Storing the typing box and appending a turn run on every keystroke pause and every
Enter: they are Core statements built once, not the ORM's unit of work.
"""
from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from ...domain import Turn, TurnKind
from ...domain.turns import numbering
from ...errors import NotFound
from ..models import TurnRow
from .common import iso, parse_dt


def turn_to_row(t: Turn, *, draft: bool = False) -> TurnRow:
    row = TurnRow(draft=draft)
    write_turn(row, t)
    return row


def write_turn(row: Any, t: Turn) -> None:
    """Copy ``t`` onto a row (or any object with the turn's columns as attributes)."""
    row.seq = t.seq
    row.speaker = t.speaker
    row.speaker_label = t.speaker_label
    row.at = iso(t.at)
    row.kind = str(t.kind) if t.kind else None
    row.agenda_item = t.agenda_item
    row.text = t.text
    row.recording = t.recording
    row.audio_start_ms = t.audio_start_ms
    row.audio_end_ms = t.audio_end_ms


def row_to_turn(row: TurnRow) -> Turn:
    return Turn(seq=row.seq, text=row.text, speaker=row.speaker, speaker_label=row.speaker_label,
                at=parse_dt(row.at), kind=TurnKind(row.kind) if row.kind else None,
                agenda_item=row.agenda_item, recording=row.recording,
                audio_start_ms=row.audio_start_ms, audio_end_ms=row.audio_end_ms)


_COLUMNS = ("seq", "speaker", "speaker_label", "at", "kind", "agenda_item", "text",
            "recording", "audio_start_ms", "audio_end_ms")
_TURNS = cast(Table, TurnRow.__table__)
#: the one statement of an autosave, built once (the writer runs it every half second)
_UPDATE_DRAFT = update(_TURNS).where(_TURNS.c.hearing_id == bindparam("hearing"), _TURNS.c.draft.is_(True)) \
    .values({c: bindparam(f"new_{c}") for c in _COLUMNS})


def _values(turn: Turn) -> dict[str, Any]:
    """The turn's column values, converted as :func:`write_turn` stores them."""
    row = SimpleNamespace()
    write_turn(row, turn)
    return {c: getattr(row, c) for c in _COLUMNS}


# ---------------------------------------------------------------- reading

def committed_turns(session: Session, hearing_id: int) -> list[Turn]:
    """The committed turns in order (not the typing box's)."""
    return [row_to_turn(r) for r in session.scalars(
        select(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False)).order_by(TurnRow.seq))]


def draft_turn(session: Session, hearing_id: int) -> Turn | None:
    """The typing box's unfinished turn, if one is stored."""
    row = session.scalar(select(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(True)))
    return row_to_turn(row) if row else None


def turn_row(session: Session, hearing_id: int, seq: int) -> TurnRow:
    """The committed turn ``seq``; NotFound when it is not there."""
    row = session.scalar(select(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.seq == seq,
                                               TurnRow.draft.is_(False)))
    if row is None:
        raise NotFound("笔录中没有这一段，它可能已被删除。")
    return row


def turns_with_seqs(session: Session, hearing_id: int, seqs: Iterable[int]) -> list[Turn]:
    """The committed turns with these seqs, in order."""
    wanted = list(seqs)
    if not wanted:
        return []
    return [row_to_turn(r) for r in session.scalars(select(TurnRow).where(
        TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False), TurnRow.seq.in_(wanted)).order_by(TurnRow.seq))]


def number_of(session: Session, hearing_id: int, seq: int) -> int:
    """The printed number of turn ``seq``: its place among the committed turns."""
    return session.scalar(select(func.count()).select_from(TurnRow).where(
        TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False), TurnRow.seq <= seq)) or 0


def turn_numbers(session: Session, hearing_id: int) -> dict[int, int]:
    """seq → the number printed in the transcript's margin (``domain.turns``)."""
    return numbering(session.scalars(select(TurnRow.seq).where(
        TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False))))


def seq_taken(session: Session, hearing_id: int, seq: int) -> bool:
    return session.scalar(select(TurnRow.id).where(TurnRow.hearing_id == hearing_id, TurnRow.seq == seq)) is not None


def count_turns(session: Session, hearing_id: int) -> int:
    """Every stored turn, the typing box's included."""
    return session.scalar(select(func.count()).select_from(TurnRow).where(TurnRow.hearing_id == hearing_id)) or 0


def turns_per_hearing(session: Session) -> dict[int, int]:
    """Hearing id → committed turns (for the hearing list)."""
    return dict(session.execute(select(TurnRow.hearing_id, func.count()).where(TurnRow.draft.is_(False))
                                .group_by(TurnRow.hearing_id)).all())


def agenda_use(session: Session, hearing_id: int, steps: Iterable[int]) -> dict[int, int]:
    """Agenda step → the number of turns recorded under it (only steps that have some)."""
    rows = session.execute(
        select(TurnRow.agenda_item, func.count()).where(
            TurnRow.hearing_id == hearing_id, TurnRow.agenda_item.in_(list(steps)))
        .group_by(TurnRow.agenda_item))
    return {step: n for step, n in rows if step is not None}


# ---------------------------------------------------------------- writing

def move_agenda_steps(session: Session, hearing_id: int, moved: dict[int, int]) -> None:
    """Turns of agenda step ``a`` belong to step ``moved[a]`` from now on."""
    if not moved:
        return
    for t in session.scalars(select(TurnRow).where(TurnRow.hearing_id == hearing_id,
                                                   TurnRow.agenda_item.in_(list(moved)))):
        if t.agenda_item is not None:
            t.agenda_item = moved[t.agenda_item]


def update_draft(session: Session, hearing_id: int, turn: Turn) -> bool:
    """Overwrite the typing box's row with ``turn``; False when there is none yet."""
    params = {f"new_{c}": v for c, v in _values(turn).items()}
    return bool(session.execute(_UPDATE_DRAFT, {"hearing": hearing_id, **params}).rowcount)  # type: ignore[attr-defined]


def store_draft(session: Session, hearing_id: int, turn: Turn) -> None:
    """Store the typing box's turn: one UPDATE of its row (an INSERT the first time)."""
    if not update_draft(session, hearing_id, turn):
        session.execute(insert(_TURNS).values(hearing_id=hearing_id, draft=True, **_values(turn)))


def append_turn(session: Session, hearing_id: int, turn: Turn, draft: Turn) -> None:
    """Add the committed ``turn`` and move the typing box's row to ``draft``."""
    store_draft(session, hearing_id, draft)
    session.execute(insert(_TURNS).values(hearing_id=hearing_id, draft=False, **_values(turn)))


def add_committed(session: Session, hearing_id: int, turn: Turn) -> None:
    session.add(TurnRow(hearing_id=hearing_id, draft=False, **_values(turn)))


def make_room(session: Session, hearing_id: int, index: int) -> int:
    """Free the place ``index`` among the committed turns (0: first; past the end: after
    the last): that turn, the turns after it and the typing box's turn move up by one
    seq. Returns the seq now free. The opinions' references: :func:`.opinions.shift_turn_references`."""
    seqs = list(session.scalars(select(TurnRow.seq).where(
        TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False)).order_by(TurnRow.seq)))
    index = max(0, min(index, len(seqs)))
    seq = seqs[index] if index < len(seqs) else (seqs[-1] + 1 if seqs else 1)
    later = (TurnRow.hearing_id == hearing_id) & (TurnRow.seq >= seq)
    # two steps: SQLite checks the unique (hearing, seq) row by row
    session.execute(update(TurnRow).where(later).values(seq=-(TurnRow.seq + 1)))
    session.execute(update(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.seq < 0)
                    .values(seq=-TurnRow.seq))
    return seq


def delete_turn_row(session: Session, row: TurnRow) -> None:
    session.delete(row)

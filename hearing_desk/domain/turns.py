"""Turns of the transcript: their numbers, and what a turn needs.

**Numbers.** A turn's ``seq`` is its key in the database and the hearing file (opinions
point to it); deleting a turn leaves a gap there. What people see – in the margin of the
printed transcript, in the register, in every message and in the change annex – is the
turn's *number*: its place among the committed turns, 1, 2, 3 … without gaps. Every
screen and document turns a seq into a number here.

**A turn needs a speaker or a label.** A speech has a person (``speaker``) or a printed
label (``speaker_label``, e.g. 工作人员); a turn with neither is a procedural note.

**The typing box's turn** comes after every committed turn (:func:`next_seq`).
"""
from __future__ import annotations

from collections.abc import Iterable

from .enums import TurnKind
from .model import Hearing, Person, Turn
from .text import clean_text


def turn_numbers(turns: Iterable[Turn]) -> dict[int, int]:
    """seq → printed number (1, 2, 3 … in seq order)."""
    return numbering(t.seq for t in turns)


def numbering(seqs: Iterable[int]) -> dict[int, int]:
    """seq → printed number, from the seqs of the committed turns alone."""
    return {seq: n for n, seq in enumerate(sorted(seqs), start=1)}


def refs_text(refs: Iterable[int], numbers: dict[int, int]) -> str:
    """An opinion's sources as the register shows them: ``#3、#7`` (printed numbers)."""
    return "、".join(f"#{numbers[r]}" if r in numbers else "#?" for r in refs)


def number_of(hearing: Hearing, seq: int) -> int | None:
    """The printed number of turn ``seq`` (None if there is no such committed turn)."""
    return turn_numbers(hearing.transcript).get(seq)


def next_seq(hearing: Hearing, draft: Turn | None = None) -> int:
    """The ``seq`` for the typing box's turn: after every committed turn."""
    top = max((t.seq for t in hearing.transcript), default=0)
    return draft.seq if draft is not None and draft.seq > top else top + 1


def find_turns(hearing: Hearing, turns: list[Turn], query: str) -> list[int]:
    """Row numbers of ``turns`` whose text or speaker label contains ``query`` (case-insensitive)."""
    needle = query.strip().casefold()
    if not needle:
        return []
    return [i for i, t in enumerate(turns)
            if needle in t.text.casefold() or needle in hearing.speaker_label(t).casefold()]


def needs_speaker(turn: Turn) -> bool:
    """A turn meant as a speech (not marked as a note) with neither speaker nor label:
    it must not be recorded until someone is chosen."""
    return turn.kind is not TurnKind.NOTE and turn.speaker is None and not turn.speaker_label


def note_text(text: str) -> str:
    """A procedural note as printed: in full-width parentheses, without a final 。"""
    body = clean_text(text).strip().rstrip("。")
    if not (body.startswith(("（", "(")) and body.endswith(("）", ")"))):
        body = f"（{body}）"
    return body


def speech_lines(text: str) -> list[str]:
    """A speech's paragraphs as printed (empty lines dropped)."""
    return [line for line in clean_text(text).strip().split("\n") if line.strip()] or [""]


def absent_speakers(hearing: Hearing) -> list[tuple[int, Turn, Person]]:
    """Speeches of people recorded as absent (number, turn, person): the record would
    say they were not there while they spoke."""
    numbers = turn_numbers(hearing.transcript)
    by_id = hearing.people_by_id()
    out = []
    for t in sorted(hearing.transcript, key=lambda t: t.seq):
        person = by_id.get(t.speaker) if t.speaker and not t.is_note else None
        if person is not None and person.attended is False:
            out.append((numbers[t.seq], t, person))
    return out

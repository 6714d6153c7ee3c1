"""Read models: what a list shows of a hearing without loading it whole (the hearing
list's lines, the change log's entries)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class HearingSummary:
    """One line of the hearing list, with where the hearing stands."""
    id: int
    title: str
    starts_at: datetime | None
    participants: int
    turns: int
    opinions: int
    answered: int
    signatures_pending: int
    locked: bool
    updated_at: str
    lent_by: str | None = None      # checked out of this archive, by whom (services/checkout.py)
    borrowed: bool = False          # a laptop's copy checked out of an archive


@dataclass(frozen=True)
class HearingEvent:
    """One entry of a hearing's change log: when (ISO 8601 with the writer's offset),
    who (the name in the settings, or user@host), what kind, and what, in words."""
    at: str
    who: str
    kind: str       # hearing, person, opinion, answer, transcript, record, recording
    what: str

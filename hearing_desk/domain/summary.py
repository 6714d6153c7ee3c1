"""Read models: what a list shows of a hearing without loading it whole."""
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

"""Who edits a hearing: the editing lease (many clerks on one archive).

One window at a time edits a hearing; it holds the hearing's lease and renews it (its
heartbeat) while it is open. Another window opens the hearing read-only and says who
has it; it takes the lease over once the lease has run out (the holder closed without
giving it back, lost its network, or its computer slept). Times are the database's
clock (ISO 8601 UTC text, ``2026-12-07T01:50:00.000Z``), so computers whose clocks
disagree agree on when a lease runs out, and texts of that form compare as times.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: how long a lease lasts without a heartbeat, and how often the holder renews it
LEASE_SECONDS = 90
HEARTBEAT_SECONDS = 30


def clock_text(moment: datetime) -> str:
    """A time as the lease table stores it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_clock(text: str) -> datetime:
    return datetime.strptime(text.rstrip("Z"), "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)


def later(text: str, seconds: float) -> str:
    return clock_text(parse_clock(text) + timedelta(seconds=seconds))


@dataclass(frozen=True)
class EditLease:
    """A hearing's lease as one window sees it at ``now`` (the database's clock)."""
    hearing_id: int
    holder: str             # user@host, or the name set in the settings
    host: str
    taken_at: str
    heartbeat_at: str
    expires_at: str
    now: str
    mine: bool              # held by the window that asked

    @property
    def expired(self) -> bool:
        return self.expires_at <= self.now

    @property
    def blocks(self) -> bool:
        """Another window edits the hearing: this one may only read it."""
        return not self.mine and not self.expired

    def local_time(self, text: str) -> str:
        """``HH:MM`` in this computer's time zone (for the banner)."""
        return parse_clock(text).astimezone().strftime("%H:%M")


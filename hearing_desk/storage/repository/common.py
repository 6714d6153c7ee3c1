"""Times as the database stores them (ISO 8601 text, with the offset they were entered with)."""
from __future__ import annotations

from datetime import UTC, date, datetime


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None

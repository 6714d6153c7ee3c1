"""Times as the database stores them (ISO 8601 text, with the offset they were entered with)."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from ...errors import StaleEdit


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def check_seen(session: Any, row: Any, seen: int | None, what: str) -> None:
    """Refuse a save of ``row`` when it is no longer the version the window read
    (``seen``; None: not checked, e.g. an undo of this window's own change); the
    message says who changed it last, and when (the change log)."""
    if seen is None or not seen or row.version == seen:
        return
    from .events import last_change_of

    last = last_change_of(session, row)
    by = f"（最近一次由 {last.who} 于 {last.at[11:16]} 修改）" if last is not None else ""
    raise StaleEdit(
        f"{what}已被另一个窗口或程序修改{by}：您看到的是第 {seen} 版，数据库中已是第 {row.version} 版。"
        "为免覆盖对方的修改，您这次的修改没有保存。请查看最新内容后再改。")

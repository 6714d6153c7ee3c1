"""The editing leases (``hearing_lease``, one row per hearing being edited) and the
database's clock they are measured in. See :mod:`hearing_desk.domain.lease`.

Taking a lease is one conditional statement: an INSERT that does nothing when a row
is there (``ON CONFLICT DO NOTHING``, SQLite and PostgreSQL alike), or an UPDATE that
names the token it replaces (``WHERE token = …``): of two windows taking an expired
lease at once, one UPDATE finds its row changed and takes nothing. A write to a
hearing (``hearings.touch``) is refused while another window's
lease runs (:func:`check_may_write`).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...domain.lease import EditLease, later
from ...errors import HearingLeased
from ..database import LEASE_TOKEN
from ..models import HearingLeaseRow
from . import events

TOKEN = LEASE_TOKEN


def db_now(session: Session) -> str:
    """The database's clock, as the lease table stores times."""
    if session.get_bind().dialect.name == "sqlite":
        sql = "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    else:
        sql = """SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""
    return str(session.execute(text(sql)).scalar_one())


def _insert(session: Session) -> Any:
    """INSERT … ON CONFLICT DO NOTHING of the database's dialect (a savepoint would commit
    on its own in Python's sqlite3, past the window's change watcher)."""
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    return dialect.insert(HearingLeaseRow)


def _lease(row: HearingLeaseRow, now: str, token: str | None) -> EditLease:
    return EditLease(hearing_id=row.hearing_id, holder=row.holder, host=row.host, taken_at=row.taken_at,
                     heartbeat_at=row.heartbeat_at, expires_at=row.expires_at, now=now,
                     mine=token is not None and row.token == token)


def current(session: Session, hearing_id: int, token: str | None = None) -> EditLease | None:
    row = session.get(HearingLeaseRow, hearing_id, populate_existing=True)
    return None if row is None else _lease(row, db_now(session), token)


def take(session: Session, hearing_id: int, *, holder: str, host: str, token: str, seconds: float,
         take_over: bool = False) -> EditLease:
    """Take (or renew) the lease when it is free, expired or already ours – or always,
    with ``take_over`` (the holder is known to be gone); otherwise return the holder's
    lease unchanged (``mine`` False)."""
    now = db_now(session)
    values = {"holder": holder, "host": host, "token": token, "heartbeat_at": now,
              "expires_at": later(now, seconds)}
    row = session.get(HearingLeaseRow, hearing_id, populate_existing=True)
    if row is None:                     # of two windows inserting at once, the second inserts nothing
        session.execute(_insert(session).values(hearing_id=hearing_id, taken_at=now, **values)
                        .on_conflict_do_nothing(index_elements=["hearing_id"]))
    elif row.token == token or row.expires_at <= now or take_over:
        taken_at = row.taken_at if row.token == token else now
        before, taken_over = _lease(row, now, None), row.token != token
        session.execute(update(HearingLeaseRow).where(
            HearingLeaseRow.hearing_id == hearing_id, HearingLeaseRow.token == row.token)
            .values(taken_at=taken_at, **values))
        found = current(session, hearing_id, token)
        if taken_over and found is not None and found.mine:      # another's expired lease: the log says so
            events.log(session, hearing_id, "lease",
                       f"接管编辑：{before.holder}（{before.host}）的编辑租约已于 "
                       f"{before.local_time(before.expires_at)} 到期")
    found = current(session, hearing_id, token)
    assert found is not None
    return found


def release(session: Session, hearing_id: int, token: str) -> None:
    session.execute(delete(HearingLeaseRow).where(HearingLeaseRow.hearing_id == hearing_id,
                                                  HearingLeaseRow.token == token))


def leased_message(lease: EditLease) -> str:
    return (f"这场听证会正由 {lease.holder}（{lease.host}）编辑（自 {lease.local_time(lease.taken_at)} 起），"
            "本窗口只能查看，修改没有保存。对方关闭这场听证会，或其编辑租约到期"
            f"（{lease.local_time(lease.expires_at)}）后，本窗口即可接管编辑。")


def check_may_write(session: Session, hearing_id: int) -> None:
    """Refuse (``HearingLeased``) a window's write to a hearing another window edits now.
    A program that takes no leases (the command line: no token) is let through; the
    rows' versions refuse its stale saves, and the window shows what it changed."""
    mine = session.info.get(TOKEN)
    if mine is None:
        return
    row = session.execute(select(HearingLeaseRow.token).where(
        HearingLeaseRow.hearing_id == hearing_id)).one_or_none()
    if row is None or row.token == mine:
        return
    lease = current(session, hearing_id, mine)
    if lease is not None and lease.blocks:
        raise HearingLeased(leased_message(lease))

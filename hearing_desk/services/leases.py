"""The editing lease of a hearing (:mod:`hearing_desk.domain.lease`): one window edits a
hearing, the others read it. The window takes the lease when it opens a hearing, renews
it every ``HEARTBEAT_SECONDS`` and gives it back when it closes the hearing; a window
that finds another's lease shows the hearing read-only and takes over once it has run
out. Works alike on an SQLite file and on a server (a table, in the database's clock).
"""
from __future__ import annotations

import socket

from ..domain.lease import LEASE_SECONDS, EditLease
from ..storage.database import Database
from ..storage.repository import hearings, leases


class LeaseService:
    def __init__(self, db: Database, seconds: float = LEASE_SECONDS):
        self.db = db
        self.seconds = seconds
        db.join_leases()
        self.host = socket.gethostname()

    @property
    def holder(self) -> str:
        """The name others see (``Database.actor``: user@host or the name in the settings)."""
        return self.db.actor

    def take(self, hearing_id: int) -> EditLease:
        """Take or renew the lease; the lease returned is ``mine`` unless another window's
        lease still runs (then it says who has it)."""
        # A window holding an SQLite file's one-window lock is the only window on it: a
        # lease another token holds there was left by a window that was killed (its
        # text waits in the side file or the draft row), and is taken over at once.
        with self.db.session() as s:
            return leases.take(s, hearing_id, holder=self.holder, host=self.host,
                               token=self.db.join_leases(), seconds=self.seconds,
                               take_over=self.db.owns_file)

    def current(self, hearing_id: int) -> EditLease | None:
        with self.db.session() as s:
            return leases.current(s, hearing_id, self.db.lease_token)

    def version(self, hearing_id: int) -> int | None:
        """The hearing's version now (a read-only window follows the editing one by it);
        None when the hearing is gone."""
        with self.db.session() as s:
            return hearings.version(s, hearing_id)

    def release(self, hearing_id: int) -> None:
        """Give the lease back (nothing when another window holds it)."""
        with self.db.session() as s:
            leases.release(s, hearing_id, self.db.join_leases())

"""Changes other programs make to the database while the window is open.

The command line may import (or another program change) hearings beside an open
window. SQLite tells a connection whether *another* connection committed since it
last asked (``PRAGMA data_version``; cheap: it reads the WAL index, no disk I/O).
The watcher keeps one connection of its own for asking. This program's own
commits are other connections too, so every commit of this process goes through
:meth:`ChangeWatcher.around_commit` (the connections are made by a
``sqlite3.Connection`` subclass, see :func:`connection_class`): under one lock it
asks before the commit (whatever changed until then was someone else's), commits,
and asks again (that change was ours). A commit holds SQLite's write lock, so no
other program's commit can slip in between.

For the hearing open in the window it also keeps a *stamp* (its row, and how many
people, opinions and turns it has with the length of their texts), taken after
each of our own commits: when another program commits and the stamp differs, the
open hearing was changed (or deleted) by someone else. (An edit by another program
that keeps every length and lands in the same second as our last commit is not
seen; the hearing list is refreshed all the same.)
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

#: the hearing's own row whole, and for its people, opinions and turns how many
#: there are and how long their texts are (an edit within the second of the last
#: ``updated_at`` still shows); about a millisecond on a full-day hearing
_STAMP = """SELECT h.*,
    (SELECT count(*) || ':' || total(length(name) + length(coalesce(description, ''))
            + length(coalesce(signature_status, '')) + length(coalesce(signature_note, '')))
     FROM person WHERE hearing_id = h.id),
    (SELECT count(*) || ':' || total(length(text) + length(coalesce(basis, ''))
            + length(coalesce(decision, '')) + length(coalesce(analysis, '')))
     FROM opinion WHERE hearing_id = h.id),
    (SELECT count(*) || ':' || total(length(text)) FROM turn WHERE hearing_id = h.id AND draft = 0)
    FROM hearing h WHERE h.id = ?"""


@dataclass(frozen=True)
class ExternalChange:
    """What other programs did since the last :meth:`ChangeWatcher.poll`."""
    open_hearing_changed: bool = False     # the watched hearing is not as this program left it
    open_hearing_deleted: bool = False


class ChangeWatcher:
    """Knows whether other programs committed to the database (see the module)."""

    def __init__(self, path: Path):
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5)
        self._lock = threading.Lock()
        self._last = self._version()
        self._hearing: int | None = None
        self._stamp: tuple | None = None
        self._external = False
        self._changed = False
        self._deleted = False

    # ------------------------------------------------------------ asking
    # each statement is run to its end (fetchall): no read transaction stays open on the
    # watcher's connection to hold back the WAL's checkpoints
    def _version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchall()[0][0]

    def _read_stamp(self) -> tuple | None:
        if self._hearing is None:
            return None
        rows = self._conn.execute(_STAMP, (self._hearing,)).fetchall()
        return rows[0] if rows else None

    def _check(self) -> None:
        """Under the lock: note commits by others since we last asked."""
        version = self._version()
        if version == self._last:
            return
        self._last = version
        self._external = True
        if self._hearing is not None:
            stamp = self._read_stamp()
            if stamp != self._stamp:
                self._changed = True
                self._deleted = stamp is None
                self._stamp = stamp

    # ------------------------------------------------------------ this program
    def around_commit(self, commit) -> None:
        """Run ``commit()`` (this program's) so that it is not taken for someone else's."""
        with self._lock:
            self._check()
            commit()
            self._last = self._version()
            if self._hearing is not None:
                self._stamp = self._read_stamp()

    def watch_hearing(self, hearing_id: int | None) -> None:
        """The hearing open in the window (its state now is this program's)."""
        with self._lock:
            self._check()
            self._hearing = hearing_id
            self._stamp = self._read_stamp()
            self._changed = self._deleted = False

    @property
    def hearing_id(self) -> int | None:
        return self._hearing

    # ------------------------------------------------------------ the window asks
    def poll(self) -> ExternalChange | None:
        """None when no other program committed since the last poll; else what changed.
        Never waits: while this program is committing, the answer is None (ask again)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            self._check()
            if not self._external:
                return None
            change = ExternalChange(self._changed, self._deleted)
            self._external = self._changed = self._deleted = False
            return change
        finally:
            self._lock.release()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _Holder:
    """Where a database's connections find its watcher (None until the window asks for one)."""
    watcher: ChangeWatcher | None = None


def connection_class() -> tuple[type[sqlite3.Connection], _Holder]:
    """A ``sqlite3.Connection`` class for one database whose commits go through the
    database's watcher, once there is one; and the holder to put it in."""
    holder = _Holder()

    def commit(self) -> None:
        watcher = holder.watcher
        if watcher is None or not self.in_transaction:
            sqlite3.Connection.commit(self)
        else:
            watcher.around_commit(lambda: sqlite3.Connection.commit(self))

    return type("WatchedConnection", (sqlite3.Connection,), {"commit": commit}), holder

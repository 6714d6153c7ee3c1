"""Who has a SQLite database file open: a window's lock file, and SQLite's own locks.

A window claims its database with ``x.db.lock`` (filelock: ``flock`` on Unix, released
by the operating system when the process ends, even after ``kill -9``). SQLite itself
(the unix VFS) keeps POSIX ``fcntl`` locks for as long as a connection is open in WAL
mode: a SHARED lock on the database file and a read lock on the ``-shm`` file's "dead
man switch" byte. POSIX locks belong to the process and file, not to a descriptor:
closing ANY descriptor of the file in that process drops them all (sqlite.org, "How To
Corrupt An SQLite Database File", 2.2). A process whose locks were dropped looks gone
to the others, which then recover, checkpoint and delete the WAL it still writes into.

This module tells, from another process, whether a window holds the file and whether
it still holds its SQLite locks (``/proc/locks`` on Linux, ``F_GETLK`` elsewhere on
Unix). The command line asks it before touching a database (see ``cli.py``); the tests
ask it after showing every file dialog. No Qt, no SQLAlchemy.
"""
from __future__ import annotations

import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

#: SQLite's lock bytes in the database file (os.h): PENDING_BYTE, SHARED_FIRST, SHARED_SIZE
PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2
SHARED_SIZE = 510
#: the -shm file's DMS byte (WALINDEX_LOCK_OFFSET 120 + SQLITE_SHM_NLOCK 8): every
#: connection with the WAL open holds a read lock on it
SHM_DMS_BYTE = 128

POSIX = os.name == "posix"


def lock_file_of(db_path: str | os.PathLike) -> Path:
    """The window's lock file beside the database: ``x.db.lock``."""
    return Path(str(db_path) + ".lock")


def side_files_of(db_path: str | os.PathLike) -> list[Path]:
    """The files SQLite and the window keep beside a database file."""
    base = str(db_path)
    return [Path(base + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock")]


# ---------------------------------------------------------------------- the window's lock file
def inode_lock_file_of(db_path: str | os.PathLike) -> Path | None:
    """The window's second lock file, named after the database file's device and inode
    (in a folder of this user's in the temporary folder): the same file reached through
    a hard link has another ``x.db.lock`` but the same inode. None when the file is not there."""
    import tempfile

    try:
        st = os.stat(db_path)
    except OSError:
        return None
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    return Path(tempfile.gettempdir()) / f"hearing-desk-locks-{uid}" / f"{st.st_dev}-{st.st_ino}.lock"


def window_lock_held(db_path: str | os.PathLike) -> bool:
    """True when some process (possibly this one) holds the window's lock file.

    Probes without creating or truncating the file: a shared ``flock`` that fails
    means a window holds the exclusive one.
    """
    return _held(lock_file_of(db_path))


def held_through_other_name(db_path: str | os.PathLike) -> bool:
    """A window has this database file open under another name (a hard link)."""
    other = inode_lock_file_of(db_path)
    return other is not None and not window_lock_held(db_path) and _held(other)


def _held(path: Path) -> bool:
    if not path.exists():
        return False
    if POSIX:
        import fcntl

        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)
    from filelock import FileLock, Timeout

    probe = FileLock(str(path), timeout=0)
    try:
        probe.acquire()
    except Timeout:
        return True
    probe.release()
    return False


# ---------------------------------------------------------------------- POSIX lock holders
def _proc_locks() -> list[tuple[str, int, int, int, int, int, int | None]] | None:
    """``/proc/locks`` as (kind, pid, major, minor, inode, start, end|None); None when absent."""
    try:
        text = Path("/proc/locks").read_text()
    except OSError:
        return None
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 8 or parts[1] == "->":          # a waiting request, not a held lock
            continue
        kind, pid, device, start, end = parts[1], parts[4], parts[5], parts[6], parts[7]
        try:
            major, minor, inode = device.split(":")
            rows.append((kind, int(pid), int(major, 16), int(minor, 16), int(inode), int(start),
                         None if end == "EOF" else int(end)))
        except ValueError:
            continue
    return rows


def _same_file(row, st: os.stat_result) -> bool:
    return row[2] == os.major(st.st_dev) and row[3] == os.minor(st.st_dev) and row[4] == st.st_ino


def posix_lock_holders(path: str | os.PathLike, start: int, length: int) -> set[int]:
    """Processes holding a POSIX (fcntl) lock on ``length`` bytes of ``path`` from ``start``.

    Linux: every holder (``/proc/locks``). Other Unix: at most one, from ``F_GETLK``
    (enough to tell "somebody" from "nobody"). A missing file has no holders.
    """
    try:
        st = os.stat(path)
    except OSError:
        return set()
    rows = _proc_locks() if sys.platform.startswith("linux") else None
    if rows is not None:
        last = start + length - 1
        return {row[1] for row in rows
                if row[0] in ("POSIX", "OFDLCK") and _same_file(row, st)
                and row[5] <= last and (row[6] is None or row[6] >= start)}
    import fcntl

    fd = os.open(path, os.O_RDONLY)
    try:
        if sys.platform.startswith("linux"):    # short l_type, l_whence; off_t l_start, l_len; pid_t l_pid
            query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
            kind, _whence, _start, _len, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, query))
        else:                                   # BSD, macOS: off_t l_start, l_len; pid_t l_pid; short l_type, l_whence
            query = struct.pack("qqihh", start, length, 0, fcntl.F_WRLCK, os.SEEK_SET)
            _start, _len, pid, kind, _whence = struct.unpack("qqihh", fcntl.fcntl(fd, fcntl.F_GETLK, query))
    finally:
        os.close(fd)
    return set() if kind == fcntl.F_UNLCK else {pid}


def flock_holder(path: str | os.PathLike) -> int | None:
    """The process holding a ``flock`` on ``path`` (Linux only; None when unknown)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    rows = _proc_locks() or []
    return next((row[1] for row in rows if row[0] == "FLOCK" and _same_file(row, st)), None)


# ---------------------------------------------------------------------- the question asked
@dataclass(frozen=True)
class WindowState:
    """What another process finds on a database file."""
    open: bool                  # a window holds the lock file
    sqlite_locks: bool          # ... and still holds SQLite's locks (True when there is no window)
    pid: int | None = None      # the window's process, when it can be told
    other_name: bool = False    # the window opened the same file under another name (a hard link)

    @property
    def locks_lost(self) -> bool:
        return self.open and not self.sqlite_locks


def window_state(db_path: str | os.PathLike) -> WindowState:
    """Is a window open on ``db_path``, and does it still hold its SQLite locks?

    On Windows SQLite locks with ``LockFileEx``, per handle: closing another handle
    drops nothing, so a window there always keeps its locks.
    """
    if not window_lock_held(db_path):
        if held_through_other_name(db_path):
            return WindowState(open=True, sqlite_locks=True, other_name=True)
        return WindowState(open=False, sqlite_locks=True)
    if not POSIX:
        return WindowState(open=True, sqlite_locks=True)
    pid = flock_holder(lock_file_of(db_path))
    on_db = posix_lock_holders(db_path, SHARED_FIRST, SHARED_SIZE)
    on_shm = posix_lock_holders(str(db_path) + "-shm", SHM_DMS_BYTE, 1)
    if pid is not None:
        held = pid in on_db and pid in on_shm
    else:
        held = bool(on_db) and bool(on_shm)
    return WindowState(open=True, sqlite_locks=held, pid=pid)

"""Is a file a healthy Hearing Desk database? Asked before the program writes to it.

:func:`inspect_database` looks through SQLite only (a read-only connection, never a
plain ``open()``: in a process that already has the database open, closing another
descriptor of it would drop SQLite's locks, see :mod:`.locks`). It runs ``PRAGMA
quick_check`` and looks at the tables. It never changes the file: a damaged file, a
file of another program, a zero-byte file and a read-only file are all left exactly
as they are, and the caller says so (:class:`DatabaseDamaged`). No Qt, no SQLAlchemy.
"""
from __future__ import annotations

import enum
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatabaseDamaged


class FileState(enum.Enum):
    MISSING = "missing"          # no file yet: a new database is made
    EMPTY = "empty"              # zero bytes
    NEW = "new"                  # an SQLite file without tables
    OK = "ok"                    # a Hearing Desk database that passes quick_check
    FOREIGN = "foreign"          # an SQLite database of another program
    NOT_SQLITE = "not_sqlite"    # not an SQLite file at all (or its header is destroyed)
    DAMAGED = "damaged"          # SQLite, but quick_check finds errors or pages are missing
    READ_ONLY = "read_only"      # a sound file that may not be written


#: states a window or a writing command refuses
REFUSED = {FileState.FOREIGN, FileState.NOT_SQLITE, FileState.DAMAGED, FileState.READ_ONLY}


@dataclass(frozen=True)
class Counts:
    """What a database holds, as the backup list shows it."""
    hearings: int = 0
    turns: int = 0
    opinions: int = 0
    answers: int = 0


@dataclass
class Inspection:
    path: Path
    state: FileState
    detail: str = ""                       # SQLite's words, or the other program's tables
    revision: str | None = None            # Alembic revision of a Hearing Desk database
    counts: Counts | None = None
    tables: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return self.state in (FileState.MISSING, FileState.EMPTY, FileState.NEW, FileState.OK)


def read_only_uri(path: str | os.PathLike, *, immutable: bool = False) -> str:
    """An SQLite URI that opens ``path`` read-only (``mode=ro``); ``immutable`` also
    without locks and without the files beside it (for a file nobody has open)."""
    return Path(path).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(path: str | os.PathLike, timeout: float = 5.0, *,
                      immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection: it never writes the database, never checkpoints it and
    never deletes its WAL when it closes."""
    return sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=timeout,
                           check_same_thread=False)


def _has_wal(path: Path) -> bool:
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


def is_marked_read_only(path: str | os.PathLike) -> bool:
    """No write permission, or no write bit at all (a file marked read-only is left
    alone even by an administrator, whom permissions do not stop)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def count_contents(conn: sqlite3.Connection) -> Counts:
    """Hearings, committed turns, opinions and answered opinions of a Hearing Desk database."""
    def one(sql: str) -> int:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.Error:
            return 0
    return Counts(hearings=one("SELECT count(*) FROM hearing"),
                  turns=one("SELECT count(*) FROM turn WHERE NOT draft"),
                  opinions=one("SELECT count(*) FROM opinion"),
                  answers=one("SELECT count(*) FROM opinion WHERE decision IS NOT NULL"))


def inspect_database(path: str | os.PathLike, *, counts: bool = False, full: bool = False) -> Inspection:
    """What ``path`` is; ``counts`` also counts hearings, turns and answers of a sound
    database; ``full`` runs ``integrity_check`` instead of ``quick_check``.

    A file without a WAL beside it is read as immutable (no locks, no ``-shm`` made
    beside a file that may be someone else's); one that looks damaged that way while
    SQLite's files are beside it is read again through SQLite's locks before it is
    called damaged, in case a writer was changing it meanwhile.
    """
    path = Path(path)
    if not _has_wal(path):
        found = _inspect(path, counts=counts, full=full, immutable=True)
        if found.state not in (FileState.DAMAGED, FileState.NOT_SQLITE) or not _in_use(path):
            return found
    return _inspect(path, counts=counts, full=full, immutable=False)


def _in_use(path: Path) -> bool:
    """SQLite's files beside it: somebody may be writing to the file right now."""
    return any(Path(str(path) + side).exists() for side in ("-wal", "-shm", "-journal"))


def _inspect(path: Path, *, counts: bool, full: bool, immutable: bool) -> Inspection:
    try:
        st = path.stat()
    except FileNotFoundError:
        return Inspection(path, FileState.MISSING)
    read_only = is_marked_read_only(path)
    if st.st_size == 0:
        return Inspection(path, FileState.READ_ONLY if read_only else FileState.EMPTY, "0 字节")
    try:
        conn = connect_read_only(path, immutable=immutable)
    except sqlite3.Error as exc:
        return Inspection(path, FileState.NOT_SQLITE, str(exc))
    try:
        try:
            rows = [r[0] for r in conn.execute(
                "PRAGMA integrity_check(20)" if full else "PRAGMA quick_check(20)").fetchall()]
        except sqlite3.DatabaseError as exc:
            text = str(exc)
            state = FileState.NOT_SQLITE if "not a database" in text else FileState.DAMAGED
            return Inspection(path, state, text)
        if rows != ["ok"]:
            lines = [line for row in rows for line in str(row).splitlines() if not line.startswith("***")]
            more = f"等 {len(lines)} 处" if len(lines) > 3 else ""
            return Inspection(path, FileState.DAMAGED, "；".join(lines[:3]) + more)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        if not tables:
            return Inspection(path, FileState.READ_ONLY if read_only else FileState.NEW)
        if "alembic_version" not in tables or "hearing" not in tables:
            return Inspection(path, FileState.FOREIGN, "、".join(tables[:6]), tables=tables)
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        found = Inspection(path, FileState.READ_ONLY if read_only else FileState.OK,
                           revision=revision[0] if revision else None, tables=tables)
        if counts:
            found.counts = count_contents(conn)
        return found
    except sqlite3.Error as exc:
        return Inspection(path, FileState.DAMAGED, str(exc))
    finally:
        conn.close()


def damaged(found: Inspection) -> DatabaseDamaged:
    """The error refusing the file ``found`` describes (nothing was changed)."""
    return DatabaseDamaged(describe_refusal(found), found.path)


def describe_refusal(found: Inspection) -> str:
    """The Chinese sentence for a file that is refused, naming it."""
    path, state = found.path, found.state
    if state is FileState.NOT_SQLITE:
        text = f"文件 {path} 不是 Hearing Desk 的数据库，或已损坏（不是可读的 SQLite 数据库文件）。"
    elif state is FileState.FOREIGN:
        text = f"文件 {path} 不是 Hearing Desk 的数据库：它是另一个程序的 SQLite 数据库（其中的表：{found.detail}）。"
    elif state is FileState.DAMAGED:
        text = f"数据库 {path} 已损坏（SQLite 检查发现：{found.detail}）。"
    elif state is FileState.EMPTY:
        text = f"数据库 {path} 是一个空文件（0 字节），原有的内容已经不在其中。"
    elif state is FileState.READ_ONLY:
        text = (f"数据库 {path} 是只读文件，Hearing Desk 无法在其中保存修改。"
                "请取消文件的只读属性（Linux、macOS：chmod u+w；Windows：属性 → 取消“只读”）后再打开。")
    else:
        text = f"无法使用数据库 {path}。"
    return text + "文件未作任何改动。"

"""The database: engine, SQLite pragmas, migrations, the single-writer lock.

SQLite by default (one file in the user's data folder); any SQLAlchemy URL with
``--db`` or ``HEARING_DESK_DB``. SQLite runs with WAL, ``synchronous=FULL`` and
foreign keys on, so a committed transcript turn survives a power cut.

Before anything is written, an existing SQLite file is inspected (``PRAGMA
quick_check``, its tables; :mod:`.health`): a damaged file, another program's
database, a read-only file, and a zero-byte file that once had backups are refused
with :class:`~hearing_desk.errors.DatabaseDamaged`, untouched. ``read_only=True`` opens the file
with ``mode=ro`` (the command line beside an open window: it never writes, never
checkpoints, never deletes the WAL).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import CheckedOut, DatabaseInUse, DatabaseTooNew, HearingDeskError
from ..paths import backup_dir_for, default_database_path, migrations_dir
from . import guards
from .health import (
    REFUSED,
    FileState,
    Inspection,
    connect_read_only,
    damaged,
    inspect_database,
    is_marked_read_only,
)
from .locks import lock_file_of, side_files_of
from .watch import ChangeWatcher, connection_class

BUSY_TIMEOUT_MS = 5000

#: The newest migration in ``migrations/versions``. A database already there opens
#: without loading Alembic (it costs a third of a second at every start);
#: ``test_storage`` checks this against the migration scripts.
SCHEMA_HEAD = "0007"


def resolve_url(db: str | None) -> URL:
    """``--db`` value, else ``HEARING_DESK_DB``, else the default file; a bare path means SQLite."""
    db = db or os.environ.get("HEARING_DESK_DB") or str(default_database_path())
    if "://" in db:
        try:
            return make_url(db)
        except ArgumentError:
            raise HearingDeskError(f"数据库地址无法识别：{db}") from None
    path = Path(db).expanduser().resolve()
    if path.is_dir():
        raise HearingDeskError(f"数据库路径是一个文件夹，不是文件：{path}")
    if not path.parent.exists():
        raise HearingDeskError(f"数据库所在的文件夹不存在：{path.parent}")
    return URL.create("sqlite", database=str(path))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def check_file(path: Path, *, read_only: bool = False) -> Inspection:
    """Inspect an SQLite file before it is opened for writing (or, ``read_only``, for
    reading: then a sound read-only file is fine); raise :class:`DatabaseDamaged`
    (nothing changed) when it must not be.

    A zero-byte file is what a first start that crashed leaves: it holds nothing,
    so it becomes a new database, unless backups of it exist: then it is a
    database that lost its content, and it is met like a damaged one.
    """
    found = inspect_database(path)
    if found.state is FileState.READ_ONLY and read_only:
        return found
    if found.state in REFUSED:
        raise damaged(found)
    if found.state is FileState.EMPTY and _has_backups(path):
        raise damaged(found)
    return found


def _has_backups(path: Path) -> bool:
    folder = backup_dir_for(path, create=False)
    return folder.is_dir() and any(p.suffix == ".sqlite3" and not p.name.startswith(".") for p in folder.iterdir())


class Database:
    """One database: ``session()`` for the services, ``lock_exclusive()`` for the GUI.

    ``check`` inspects an existing SQLite file first (see :func:`check_file`);
    ``read_only`` opens it with ``mode=ro`` and never writes (no migration either).
    """

    def __init__(self, url: str | URL | None = None, *, migrate: bool = True, check: bool = True,
                 read_only: bool = False):
        self.url = url if isinstance(url, URL) else resolve_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.read_only = read_only and self.path is not None
        self._lock: Any = None          # the window's lock file (filelock), held while it has the file
        self._watch = None
        self._anchor: sqlite3.Connection | None = None
        self._anchor_mutex = threading.Lock()
        if check and self.path is not None:
            check_file(self.path, read_only=self.read_only)
        kwargs: dict = {}
        if self.read_only and self.path is not None:
            path = self.path
            # a file marked read-only that nobody writes: read as it is, nothing made beside it
            immutable = is_marked_read_only(path) and not Path(str(path) + "-wal").exists()
            kwargs["creator"] = lambda: connect_read_only(path, BUSY_TIMEOUT_MS / 1000, immutable=immutable)
        elif self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
            if self.path is not None:
                # commits go past the watcher once the window asks for one (storage/watch.py)
                factory, self._watch = connection_class()
                kwargs["connect_args"]["factory"] = factory
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.read_only:
            event.listen(self.engine, "connect", _read_only_pragmas)
        elif self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.migrate()

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def owns(self, path: str | os.PathLike) -> bool:
        """Is ``path`` the database file or one of the files SQLite and the window keep
        beside it (an export or a backup must never write over those)?"""
        if self.path is None:
            return False
        own = {self.path.resolve(), *(p.resolve() for p in side_files_of(self.path))}
        return Path(path).expanduser().resolve() in own

    # ------------------------------------------------------------ migrations
    def migrate(self) -> None:
        """Bring the schema to this version's head; refuse a database from a newer version."""
        try:
            with self.engine.connect() as conn:
                current = self._current_revision(conn)
        except (OperationalError, DatabaseError) as exc:
            raise HearingDeskError(self._open_failure(exc)) from None
        if current == SCHEMA_HEAD:
            return
        if self.read_only:
            self._refuse_read_only(current)
        if current is None and self._is_empty():
            self._create_at_head()
            return
        script = _script_directory()
        if current is not None:
            try:
                script.get_revision(current)
            except Exception:
                raise DatabaseTooNew(
                    f"数据库 {self.describe()} 由更新版本的 Hearing Desk 写入（结构版本 {current}），"
                    "本程序无法识别。请升级 Hearing Desk 后再打开；数据库未作任何改动。") from None
        self._upgrade(script)

    @staticmethod
    def _current_revision(conn) -> str | None:
        from sqlalchemy import inspect, text

        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _refuse_read_only(self, current: str | None) -> None:
        """A read-only opening cannot migrate: say why, change nothing."""
        if current is not None:
            try:
                _script_directory().get_revision(current)
            except Exception:
                raise DatabaseTooNew(
                    f"数据库 {self.describe()} 由更新版本的 Hearing Desk 写入（结构版本 {current}），"
                    "本程序无法识别。请升级 Hearing Desk 后再打开；数据库未作任何改动。") from None
        raise HearingDeskError(
            f"数据库 {self.describe()} 正在 Hearing Desk 窗口中打开，而它的结构需要先由本版本升级才能读取。"
            "请先关闭那个窗口再运行此命令；数据库未作任何改动。")

    def _is_empty(self) -> bool:
        from sqlalchemy import inspect

        with self.engine.connect() as conn:
            return not inspect(conn).get_table_names()

    def _create_at_head(self) -> None:
        """A new, empty database: the models' tables and the head revision in one
        transaction, as Alembic's cookbook does ("create_all, then stamp head"), without
        loading Alembic; ``test_storage`` holds the migrations and the models equal."""
        from sqlalchemy import text

        from .models import Base

        with self.engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                              "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})

    def _upgrade(self, script) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def _open_failure(self, exc: Exception) -> str:
        text = str(getattr(exc, "orig", exc))
        if "not a database" in text or "malformed" in text:
            return f"文件 {self.describe()} 不是 Hearing Desk 的数据库，或已损坏。"
        if "locked" in text:
            return f"数据库 {self.describe()} 正被另一个程序占用，请稍后再试。"
        return f"无法打开数据库 {self.describe()}：{text}"

    # ------------------------------------------------------------ sessions
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on an error."""
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                if guards.MARKER in str(exc.orig):
                    raise CheckedOut(self._checked_out_message(str(exc.orig))) from None
                raise
            except BaseException:
                session.rollback()
                raise

    def _checked_out_message(self, error: str) -> str:
        """What the guard's abort means, with who has which hearing (storage/guards.py)."""
        from sqlalchemy import select

        from .models import CheckoutRow, HearingRow

        hid = error.split(guards.MARKER + ":", 1)[1].split()[0] if guards.MARKER + ":" in error else None
        query = (select(HearingRow.title, CheckoutRow.checked_out_by, CheckoutRow.checked_out_at,
                        CheckoutRow.counterpart).join(CheckoutRow, CheckoutRow.hearing_id == HearingRow.id)
                 .where(CheckoutRow.side == "archive").order_by(CheckoutRow.id))
        if hid is not None and hid.isdigit():
            query = query.where(HearingRow.id == int(hid))
        with self._sessions() as s:
            rows = s.execute(query.limit(4)).all()
        lent = "；".join(f"“{t}”由 {by} 于 {at[:16].replace('T', ' ')} 借出到 {where}"
                        for t, by, at, where in rows[:3]) + ("……" if len(rows) > 3 else "")
        return ("这场听证会已从档案库借出到笔记本，交回（checkin）之前档案库中不能修改它；"
                "这次修改未保存，档案库未作任何改动。"
                + (f"借出情况：{lent}。" if lent else "")
                + "请在笔记本上修改后交回；笔记本丢失时可用 hearing-desk --db 档案库 release 编号 撤销借出。")

    # ------------------------------------------------------------ single writer
    def lock_exclusive(self) -> None:
        """Claim the file for this window; a second GUI on the same file is told plainly.

        The window then keeps one connection of its own open (the anchor) until it
        closes: SQLite's locks on the file are held for the window's whole life,
        whatever the connection pool does, and other processes can see them
        (:func:`~.locks.window_state`). The command line does not take the lock
        file; it checks it (``cli.py``).
        """
        if self.path is None or self._lock is not None:
            return
        from filelock import FileLock, Timeout

        lock = FileLock(str(lock_file_of(self.path)), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise DatabaseInUse(
                f"数据库 {self.path} 已在另一个 Hearing Desk 窗口中打开。"
                "同一个数据库同时只能由一个窗口编辑，请切换到那个窗口，或先关闭它。") from None
        self._lock = lock
        anchor = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()     # maps the WAL index
        self._anchor = anchor

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None

    def data_version(self) -> int | None:
        """A number that changes whenever any connection commits to the file (read on
        the anchor, which never writes); None without an anchor."""
        with self._anchor_mutex:
            if self._anchor is None:
                return None
            return int(self._anchor.execute("PRAGMA data_version").fetchone()[0])

    # ------------------------------------------------------------ other programs
    def watcher(self) -> ChangeWatcher | None:
        """Tells whether other programs committed (the window's hearing list follows the
        command line); None for a server database or a database in memory."""
        if self._watch is None:
            return None
        if self._watch.watcher is None and self.path is not None:
            self._watch.watcher = ChangeWatcher(self.path)
        return self._watch.watcher

    def close(self) -> None:
        """Close every connection, the anchor last (it checkpoints), then free the file."""
        if self._watch is not None and self._watch.watcher is not None:
            watcher, self._watch.watcher = self._watch.watcher, None
            watcher.close()
        self.engine.dispose()
        with self._anchor_mutex:
            if self._anchor is not None:
                self._anchor.close()
                self._anchor = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def known_revision(revision: str | None) -> bool:
    """True for a schema revision this version can open (its own or an older one)."""
    if revision is None:
        return False
    if revision == SCHEMA_HEAD:
        return True
    try:
        _script_directory().get_revision(revision)
    except Exception:
        return False
    return True


def _script_directory():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return ScriptDirectory.from_config(cfg)

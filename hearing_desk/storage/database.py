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

import getpass
import os
import re
import socket
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..errors import CheckedOut, DatabaseInUse, DatabaseTooNew, HearingDeskError, StaleEdit
from ..files import private_file, same_file
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
from .locks import inode_lock_file_of, lock_file_of, side_files_of
from .watch import ChangeWatcher, connection_class

BUSY_TIMEOUT_MS = 5000

#: ``Session.info`` key: the token of the ``Database`` (the window) a session writes for;
#: a hearing's editing lease names the token of the window that holds it
LEASE_TOKEN = "lease_token"

#: The newest migration in ``migrations/versions``. A database already there opens
#: without loading Alembic (it costs a third of a second at every start);
#: ``test_storage`` checks this against the migration scripts.
SCHEMA_HEAD = "0007"


def default_actor() -> str:
    """``user@host``: who this program is, in the editing leases and the event log."""
    try:
        user = getpass.getuser()
    except Exception:               # noqa: BLE001 - no user name in the environment
        user = "?"
    return f"{user}@{socket.gethostname()}"


def redact_url(db: str | None) -> str | None:
    """``--db`` as it may be logged or shown: a server address without its password."""
    if not db or "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", db)


def resolve_url(db: str | None) -> URL:
    """``--db`` value, else ``HEARING_DESK_DB``, else the default file; a bare path means SQLite."""
    db = db or os.environ.get("HEARING_DESK_DB") or str(default_database_path())
    if "://" in db:
        try:
            return make_url(db)
        except ArgumentError:
            raise HearingDeskError(f"数据库地址无法识别：{redact_url(db)}") from None
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


def inode_lock_of(path: Path):
    """The window's second lock (filelock, not acquired): :func:`.locks.inode_lock_file_of`,
    its folder made (0700). None when the file or the folder cannot be used."""
    from filelock import FileLock

    lock_path = inode_lock_file_of(path)
    if lock_path is None:
        return None
    try:
        lock_path.parent.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    return FileLock(str(lock_path), timeout=0)


def known_revisions() -> set[str]:
    """The schema revisions this version knows (its migration scripts' numbers), read
    from the file names without loading Alembic."""
    versions = migrations_dir() / "versions"
    return {p.name.partition("_")[0] for p in versions.glob("[0-9]*.py")} | {SCHEMA_HEAD}


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
        self._inode_lock: Any = None    # the same, by the file's device and inode (inode_lock_of)
        self._watch = None
        self._anchor: sqlite3.Connection | None = None
        self._anchor_mutex = threading.Lock()
        #: this window's name in the editing leases (repository/leases.py); None for a
        #: program that takes no leases (the command line), whose writes the leases let
        #: through (the rows' versions still refuse a stale save): see join_leases()
        self.lease_token: str | None = None
        #: who writes, in the hearings' event log: user@host, or the name in the settings
        self.actor = default_actor()
        if check and self.path is not None:
            found = check_file(self.path, read_only=self.read_only)
            if found.revision is not None and found.revision not in known_revisions():
                # refused before SQLite opens it for writing: not even switched to WAL
                raise DatabaseTooNew(self._too_new(found.revision))
        created = self.path is not None and not self.read_only and not self.path.exists()
        if created:
            assert self.path is not None
            private_file(self.path)     # 0600 before SQLite opens it: its -wal and -shm take its mode
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
        # a failed statement never carries its parameters (names, phones, typed text) into
        # an exception's message, and so never into a log or the status bar
        try:
            self.engine: Engine = create_engine(self.url, hide_parameters=True, **kwargs)
        except (NoSuchModuleError, ImportError) as exc:
            raise HearingDeskError(
                f"无法连接数据库 {self.describe()}：本机缺少这种数据库的驱动程序（{self.url.drivername}），"
                f"或地址中的数据库类型写错了（{type(exc).__name__}）。") from None
        if self.read_only:
            event.listen(self.engine, "connect", _read_only_pragmas)
        elif self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # every change of a hearing is logged with it, in its transaction
        from .repository import events
        events.install(self._sessions)
        if migrate:
            self.migrate()

    def join_leases(self) -> str:
        """This database's writer is a window: it edits a hearing only while it holds the
        hearing's editing lease, and is refused while another window does."""
        if self.lease_token is None:
            self.lease_token = uuid.uuid4().hex
        return self.lease_token

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
        return any(same_file(path, own) for own in self.own_files())

    def own_files(self) -> list[Path]:
        """The database file and the files SQLite and the window keep beside it (none
        for a server database)."""
        if self.path is None:
            return []
        return [self.path, *side_files_of(self.path), Path(str(self.path) + ".pending.json")]

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
        if current is None:
            if not self._is_empty():    # tables, but not ours: another program's database
                raise HearingDeskError(
                    f"数据库 {self.describe()} 中已有其他程序的表，却没有 Hearing Desk 的结构版本记录：它不是 "
                    "Hearing Desk 的数据库。请用 --db 指定 Hearing Desk 自己的数据库；数据库未作任何改动。")
            self._create_at_head()
            return
        if current not in known_revisions():
            raise DatabaseTooNew(self._too_new(current))
        self._upgrade(_script_directory())

    def _too_new(self, revision: str) -> str:
        return (f"数据库 {self.describe()} 由更新版本的 Hearing Desk 写入（结构版本 {revision}），"
                "本程序无法识别。请升级 Hearing Desk 后再打开；数据库未作任何改动。")

    @contextmanager
    def _schema_transaction(self) -> Iterator[Any]:
        """One transaction for a change of the schema. On SQLite, Python's driver commits
        before DDL on its own: here the connection is left in autocommit and the
        transaction is begun by hand (``BEGIN IMMEDIATE``), as SQLAlchemy's documentation
        says, so that a migration that fails half way leaves the file as it was."""
        if not self.is_sqlite:
            with self.engine.begin() as conn:
                yield conn
            return
        from sqlalchemy.pool import NullPool

        engine = create_engine(self.url, hide_parameters=True, poolclass=NullPool,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _autocommit(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        try:
            with engine.begin() as conn:
                yield conn
        finally:
            engine.dispose()

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

        with self._schema_transaction() as conn:
            Base.metadata.create_all(conn)
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                              "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})

    def _upgrade(self, script) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        with self._schema_transaction() as conn:
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
        # a window that owns its SQLite file is the only window on it: no lease can bar it
        token = None if self.owns_file else self.lease_token
        with self._sessions(info={LEASE_TOKEN: token, "actor": self.actor}) as session:
            try:
                yield session
                session.commit()
            except StaleDataError:
                # a person's or an opinion's row changed between this transaction's read
                # and its write (another session committed in between): nothing is written
                session.rollback()
                raise StaleEdit(
                    "这条记录刚刚被另一个窗口或程序修改。为免覆盖对方的修改，您这次的修改没有保存；"
                    "请查看最新内容后再改。") from None
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
    @property
    def owns_file(self) -> bool:
        """This process holds the SQLite file's one-window lock (:meth:`lock_exclusive`):
        no other window can have any of its hearings open."""
        return self._lock is not None

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
        # the same file under another name (a hard link; a symlink is resolved already)
        # has another x.db.lock: the file itself is claimed too, by its device and inode
        inode_lock = inode_lock_of(self.path)
        if inode_lock is not None:
            try:
                inode_lock.acquire()
            except Timeout:
                lock.release()
                raise DatabaseInUse(
                    f"数据库 {self.path} 已在另一个 Hearing Desk 窗口中打开（那个窗口是通过另一个路径或链接"
                    "打开的同一个文件）。同一个数据库同时只能由一个窗口编辑，请切换到那个窗口，或先关闭它。") from None
        self._inode_lock = inode_lock
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
        if self._inode_lock is not None:
            self._inode_lock.release()
            self._inode_lock = None
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

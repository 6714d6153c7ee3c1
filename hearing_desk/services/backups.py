"""Backups of a database, and restoring one.

A backup is a consistent copy made with SQLite's online backup API from a read-only
connection (never a file copy of a live database: that can catch a page half
written, and in the window's process a plain ``open()`` of the file would drop
SQLite's locks). It is written under a hidden temporary name, checked with ``PRAGMA
quick_check``, synced and then renamed: a backup interrupted by a crash is never
taken for a complete one. Backups hold personal data: the files are 0600, the
folders 0700.

They live in the user data folder, one folder per database
(:func:`hearing_desk.paths.backup_dir_for`), named by time and reason::

    backups/hearing-desk.sqlite3-1a2b3c4d5e/20240716-150102-123456-auto.sqlite3

:func:`rotate` keeps the newest ``keep_recent`` plus the newest of each day for
``keep_days`` days. :func:`restore` first keeps what it replaces (a backup of a sound
database; a damaged or foreign file is renamed beside itself, byte for byte), then
puts the backup in place. :class:`BackupService` is the window's: the backups of the
database it has open and holds the lock of. No Qt.
"""
from __future__ import annotations

import configparser
import os
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from .. import paths
from ..errors import BadInput, DatabaseInUse, HearingDeskError
from ..files import same_file
from ..storage import health
from ..storage.database import BUSY_TIMEOUT_MS, Database, known_revision
from ..storage.health import Counts, FileState
from ..storage.locks import lock_file_of, side_files_of, window_lock_held, window_state

#: why a backup was made -> how the list shows it
REASONS = {
    "open": "打开时", "auto": "编辑期间", "close": "关闭时", "manual": "手动",
    "before-restore": "恢复前", "command-line": "命令行",
}

_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S-%f"
SUFFIX = ".sqlite3"
#: a hidden temporary file older than this is the remains of an interrupted backup
STALE_TEMP = timedelta(hours=1)


# ====================================================================== policy
@dataclass(frozen=True)
class BackupPolicy:
    """When backups are made and how many are kept (settings ``backup/…``)."""
    interval_minutes: int = 5       # while edits happen, at most one backup this often
    keep_recent: int = 20           # the newest N backups are kept ...
    keep_days: int = 30             # ... and the newest of each day for N days

    @classmethod
    def from_settings_file(cls, path: str | os.PathLike | None = None) -> BackupPolicy:
        """Read the ``[backup]`` section of the program's settings file (the window's
        ``hearing-desk.ini``), so the command line rotates as the window does."""
        path = Path(path) if path else paths.user_config_dir() / "hearing-desk.ini"
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, configparser.Error):
            return cls()
        values = {}
        for name in ("interval_minutes", "keep_recent", "keep_days"):
            try:
                values[name] = max(1, int(parser.get("backup", name)))
            except (configparser.Error, ValueError):
                pass
        return cls(**values)


# ====================================================================== what a backup is
@dataclass
class BackupInfo:
    path: Path
    time: datetime
    reason: str
    size: int
    state: FileState | None = None          # filled by describe()
    counts: Counts | None = None
    revision: str | None = None
    detail: str = ""

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def good(self) -> bool:
        return self.state in (FileState.OK, FileState.READ_ONLY) and known_revision(self.revision)

    def time_text(self) -> str:
        return self.time.strftime("%Y-%m-%d %H:%M:%S")

    def summary(self) -> str:
        """``2024-07-16 15:01:02（编辑期间）：听证会 2 场、笔录 3000 段、意见 600 条（已处理 21 条）``"""
        text = f"{self.time_text()}（{self.reason_text}）"
        if self.counts is not None:
            c = self.counts
            text += f"：听证会 {c.hearings} 场、笔录 {c.turns} 段、意见 {c.opinions} 条（已处理 {c.answers} 条）"
        elif self.state is not None and not self.good:
            text += "：无法使用（" + (self.detail or "不是完好的 Hearing Desk 数据库") + "）"
        return text


@dataclass
class RestoreResult:
    restored: BackupInfo
    kept: Path | None                 # the backup of what was replaced, or the file moved aside
    kept_is_backup: bool = True


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        when = datetime.strptime(match.group(1), _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, when, match.group(2), size)


def backup_info(path: str | os.PathLike) -> BackupInfo:
    """A backup file, or any database file chosen to restore from (its time: the file's)."""
    path = Path(path)
    found = _parse(path)
    if found is None:
        st = path.stat()
        found = BackupInfo(path, datetime.fromtimestamp(st.st_mtime).replace(microsecond=0), "file", st.st_size)
    return found


def list_backups(db_path: str | os.PathLike) -> list[BackupInfo]:
    """The backups of a database, newest first (not yet described)."""
    folder = paths.backup_dir_for(db_path, create=False)
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := _parse(p)) is not None]
    return sorted(found, key=lambda b: b.time, reverse=True)


_DESCRIBED: dict[tuple[Path, int, int], tuple] = {}


def describe(info: BackupInfo) -> BackupInfo:
    """Check a backup (quick_check) and count what it holds; remembered per file version."""
    try:
        st = info.path.stat()
    except OSError as exc:
        info.state, info.detail = FileState.MISSING, str(exc)
        return info
    key = (info.path, st.st_mtime_ns, st.st_size)
    if key not in _DESCRIBED:
        found = health.inspect_database(info.path, counts=True)
        _DESCRIBED[key] = (found.state, found.counts, found.revision, found.detail)
    info.state, info.counts, info.revision, info.detail = _DESCRIBED[key]
    return info


def newest_good_backup(db_path: str | os.PathLike) -> BackupInfo | None:
    for info in list_backups(db_path):
        if describe(info).good:
            return info
    return None


# ====================================================================== making one
def _private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _fsync(path: Path, directory: bool = False) -> None:
    if directory and os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY if directory else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_database(source: sqlite3.Connection, target: Path, *, journal_mode: str = "DELETE",
                   progress: Callable[[int, int], None] | None = None) -> Counts:
    """Copy ``source`` into a new file ``target`` (created 0600 here) with the backup
    API, check the copy, return what it holds. The caller renames it into place."""
    _private_file(target)
    dst = sqlite3.connect(str(target))
    try:
        source.backup(dst, pages=-1,
                      progress=(lambda _status, remaining, total: progress(total - remaining, total))
                      if progress else None)
        dst.execute(f"PRAGMA journal_mode={journal_mode}").fetchone()
        result = [r[0] for r in dst.execute("PRAGMA quick_check(5)").fetchall()]
        if result != ["ok"]:
            raise HearingDeskError(f"备份 {target} 的检查未通过（{'；'.join(result)}），已放弃这份备份。")
        counts = health.count_contents(dst)
    finally:
        dst.close()
    _fsync(target)
    return counts


def make_backup(db_path: str | os.PathLike, *, reason: str = "manual", to: str | os.PathLike | None = None,
                policy: BackupPolicy | None = None, now: datetime | None = None,
                progress: Callable[[int, int], None] | None = None, read_only: bool | None = None) -> BackupInfo:
    """A consistent copy of the database at ``db_path`` (SQLite's backup API), into
    its backup folder (then rotated by ``policy``) or into the file ``to``.

    Safe beside a window that is writing: the copy reads one snapshot (WAL: the
    writer is not blocked), through a read-only connection while a window holds the
    file, which never checkpoints it. ``read_only`` None: read-only when a window
    holds the file (the window itself passes True and never probes its own lock file).
    """
    db_path = Path(db_path)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    now = now or datetime.now()
    if to is None:
        folder = paths.backup_dir_for(db_path)
        target = folder / f"{now.strftime(_STAMP)}-{reason}{SUFFIX}"
    else:
        target = Path(to).expanduser().resolve()
        if any(same_file(target, own) for own in (db_path, *side_files_of(db_path))):   # hard links too
            raise BadInput(f"--to：{target} 是数据库本身或它的附属文件，不能作为备份文件。")
        if target.exists() and not target.is_dir() and (not target.stat().st_mode & 0o222
                                                        or not os.access(target, os.W_OK)):
            raise BadInput(f"--to：{target} 是只读文件，不能替换。请另选文件名，或先取消其只读属性。")
        if target.is_dir():
            raise BadInput(f"--to：{target} 是一个文件夹；请给出备份文件的名称，"
                           f"如 {target / 'hearings-backup.sqlite3'}")
        if window_state(target).open:
            raise BadInput(f"--to：{target} 正在 Hearing Desk 窗口中打开，不能用作备份文件。")
        folder = target.parent
        if not folder.is_dir():
            raise BadInput(f"--to：文件夹 {folder} 不存在。")
    tmp = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    if read_only is None:
        read_only = window_lock_held(db_path)
    if read_only:                       # a window has it (perhaps this process): never checkpoint it
        source = health.connect_read_only(db_path, BUSY_TIMEOUT_MS / 1000)
    else:                               # nobody: an ordinary connection leaves no -wal behind
        source = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        counts = _copy_database(source, tmp, progress=progress)
        os.chmod(tmp, 0o600)            # a backup holds the hearings: its owner's only
        os.replace(tmp, target)
        _fsync(folder, directory=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    info = BackupInfo(target, now, reason, target.stat().st_size, FileState.OK, counts)
    if to is None:
        rotate(db_path, policy or BackupPolicy(), now=now)
    return info


# ====================================================================== rotation
def rotate(db_path: str | os.PathLike, policy: BackupPolicy, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the policy does not keep; return them. Keeps the newest
    ``keep_recent`` and the newest of each of the last ``keep_days`` days."""
    now = now or datetime.now()
    backups = list_backups(db_path)
    keep = {b.path for b in backups[:policy.keep_recent]}
    first_day: date = (now - timedelta(days=policy.keep_days - 1)).date()
    seen_days: set[date] = set()
    for b in backups:                                   # newest first: the first of a day is its newest
        day = b.time.date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    folder = paths.backup_dir_for(db_path, create=False)
    for tmp in folder.glob(".*.tmp") if folder.is_dir() else ():
        try:
            if datetime.now().timestamp() - tmp.stat().st_mtime > STALE_TEMP.total_seconds():
                tmp.unlink()
        except OSError:
            pass
    return removed


# ====================================================================== restoring
def check_restorable(backup: str | os.PathLike) -> BackupInfo:
    """The backup to restore from, described; BadInput when it is not a sound Hearing
    Desk database this version can read."""
    path = Path(backup).expanduser()
    if not path.is_file():
        raise BadInput(f"找不到备份文件 {path}")
    info = describe(backup_info(path))
    if info.state not in (FileState.OK, FileState.READ_ONLY):
        found = health.Inspection(path, info.state or FileState.DAMAGED, info.detail)
        raise BadInput("不能用这个文件恢复：" + health.describe_refusal(found))
    if not known_revision(info.revision):
        raise BadInput(f"备份 {path} 由更新版本的 Hearing Desk 写入（结构版本 {info.revision}），"
                       "请升级 Hearing Desk 后再恢复。")
    return info


def restore(db_path: str | os.PathLike, backup: str | os.PathLike, *, held_by_caller: bool = False,
            policy: BackupPolicy | None = None) -> RestoreResult:
    """Put the backup ``backup`` in the place of the database ``db_path``.

    What is replaced is kept first: a sound database as a backup (reason
    ``before-restore``), anything else (damaged, another program's, zero bytes,
    read-only) renamed beside itself as ``NAME.replaced-TIME``, unchanged. Refused
    while a window has the file, unless the caller is that window
    (``held_by_caller``: it has flushed its tabs and holds the lock file).
    """
    db_path = Path(db_path).expanduser().resolve()
    if not held_by_caller:
        state = window_state(db_path)
        if state.open:
            raise DatabaseInUse(
                f"数据库 {db_path} 正在 Hearing Desk 窗口中打开"
                + (f"（进程 {state.pid}）" if state.pid else "")
                + "，不能在命令行中恢复。请在那个窗口中使用“文件 → 备份与恢复…”，或先关闭窗口再运行此命令。")
    if Path(backup).expanduser().resolve() in {db_path, *(p.resolve() for p in side_files_of(db_path))}:
        raise BadInput("不能用数据库自己来恢复它。")
    info = check_restorable(backup)
    lock = None
    if not held_by_caller:
        from filelock import FileLock, Timeout
        lock = FileLock(str(lock_file_of(db_path)), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise DatabaseInUse(f"数据库 {db_path} 正被另一个 Hearing Desk 窗口打开，不能恢复。") from None
    try:
        return _restore(db_path, info, policy or BackupPolicy(), live=held_by_caller)
    finally:
        if lock is not None:
            lock.release()


def _restore(db_path: Path, info: BackupInfo, policy: BackupPolicy, *, live: bool) -> RestoreResult:
    # the window's own database is sound (it opened it) and must be read only through SQLite
    target = health.Inspection(db_path, FileState.OK) if live else health.inspect_database(db_path)
    source = health.connect_read_only(info.path, BUSY_TIMEOUT_MS / 1000)
    try:
        if target.state is FileState.OK:
            kept = make_backup(db_path, reason="before-restore", policy=policy, read_only=live or None)
            into = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
            try:                        # through SQLite: other connections see it at their next read
                source.backup(into, pages=-1)
            finally:
                into.close()
            result = RestoreResult(info, kept.path, True)
        else:
            moved = None
            if target.state is not FileState.MISSING:
                moved = _move_aside(db_path)
            tmp = db_path.with_name(f".{db_path.name}.{uuid.uuid4().hex[:8]}.restore.tmp")
            try:
                _copy_database(source, tmp, journal_mode="WAL")
                for side in ("-wal", "-shm"):
                    Path(str(tmp) + side).unlink(missing_ok=True)
                os.replace(tmp, db_path)
                _fsync(db_path.parent, directory=True)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            result = RestoreResult(info, moved, False)
    finally:
        source.close()
    Database(str(db_path), check=False).close()        # an older backup's schema is brought up to date
    return result


def _move_aside(db_path: Path) -> Path:
    """Rename the file (and SQLite's files beside it) to ``NAME.replaced-TIME``: kept, unchanged."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = db_path.with_name(f"{db_path.name}.replaced-{stamp}-{n}")
    os.replace(db_path, kept)
    for side in ("-wal", "-shm", "-journal"):
        extra = Path(str(db_path) + side)
        if extra.exists():
            os.replace(extra, Path(str(kept) + side))
    return kept


# ====================================================================== what to tell the user
def offer_text(db_path: str | os.PathLike) -> str:
    """What the command line adds to a refused file: the newest good backup and how to
    restore it, or that there is none."""
    best = newest_good_backup(db_path)
    if best is None:
        return "没有找到这个数据库的备份。可以用 --db 打开其他数据库文件。"
    return (f"最近的完好备份：{best.path}\n"
            f"  {best.summary()}；此时间之后的修改不在这份备份中。\n"
            f"恢复这份备份（被替换的文件会改名保留在原处）：\n"
            f"  hearing-desk --db {db_path} restore {best.path}\n"
            "或者用 --db 打开其他数据库文件。")


# ====================================================================== the window's database
class BackupService:
    """The backups of the database a window has open (it holds the lock file): made
    read-only (never a checkpoint of the window's WAL), restored in place. A server
    database has none (its own tools back it up)."""

    def __init__(self, db: Database):
        self.db = db

    @property
    def enabled(self) -> bool:
        return self.db.path is not None

    def all(self) -> list[BackupInfo]:
        """The backups, newest first (not yet described)."""
        return list_backups(self.db.path) if self.db.path is not None else []

    def make(self, reason: str, policy: BackupPolicy) -> BackupInfo:
        return make_backup(self._path(), reason=reason, policy=policy, read_only=True)

    def restore(self, backup: str | os.PathLike, policy: BackupPolicy) -> RestoreResult:
        """Put ``backup`` in the database's place; what it replaces is backed up first.
        The window has stored what its tabs hold before calling this."""
        return restore(self._path(), backup, held_by_caller=True, policy=policy)

    def _path(self) -> Path:
        if self.db.path is None:
            raise BadInput("服务器数据库没有 Hearing Desk 的备份，请用数据库自带的备份工具。")
        return self.db.path

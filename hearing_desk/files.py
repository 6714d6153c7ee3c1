"""Writing the program's output files safely (below every layer but the domain).

* :func:`atomic_write` – a file is written under a short hidden temporary name in
  the target's folder (``.hd-k3j2x9.tmp``: within every file system's 255-byte limit
  however long the document's own name), flushed to the disk and renamed; the
  temporary file is removed when anything fails, and an error names the real target,
  never the temporary file. New files are readable by their owner only (0600), new
  folders 0700; a file replaced keeps its permissions.
* :func:`check_outputs` – every output path of one call is checked before anything
  is written: not the database or a file SQLite keeps beside it (compared resolved,
  and as the same file on disk, so a hard link or a symlink is caught too), not
  another output of the same call, not a read-only file, a folder or a device.
* :func:`private_dir` / :func:`private_file` – folders and files that hold hearings
  (database, log, backups) are created 0700 / 0600.
"""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from .errors import BadInput, HearingDeskError

PathLike = str | os.PathLike

#: the temporary names of :func:`atomic_write`: ``.hd-`` + random + ``.tmp``
TEMP_PREFIX = ".hd-"
TEMP_SUFFIX = ".tmp"


class DiskFull(HearingDeskError):
    """The disk (or the user's quota) is full: an environment failure, exit status 1."""


def private_dir(path: PathLike) -> Path:
    """``mkdir -p`` with 0700 for every folder it creates (existing folders are left as they are)."""
    path = Path(path)
    if path.is_dir():
        return path
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        else:
            os.chmod(folder, 0o700)      # mkdir's mode is masked by the umask
    return path


def private_file(path: PathLike) -> Path:
    """Create ``path`` empty and 0600 if it does not exist (a log, a database); an
    existing file is left as it is."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path
    os.close(fd)
    return path


def same_file(a: PathLike, b: PathLike) -> bool:
    """Are ``a`` and ``b`` one file: the same resolved path, or (both existing) the same inode?"""
    pa, pb = Path(a).expanduser(), Path(b).expanduser()
    if pa.resolve() == pb.resolve():
        return True
    try:
        return os.path.samefile(pa, pb)
    except OSError:
        return False


def check_outputs(outputs: Mapping[str, PathLike], protected: Iterable[PathLike] = ()) -> None:
    """Refuse (``BadInput``, exit status 2, naming the path) before anything is
    written: an output that is one of ``protected`` (the database and its side files),
    two outputs that are one file, an existing output that is read-only, a folder or
    not a regular file (a FIFO, a device). ``outputs``: what each is (``--json``) → path."""
    guarded = [Path(p) for p in protected]
    seen: list[tuple[str, Path]] = []
    for what, raw in outputs.items():
        path = Path(raw).expanduser()
        for own in guarded:
            if same_file(path, own):
                raise BadInput(f"{what}：不能写入 {path}：那是数据库本身或它的附属文件（{own.name}）。"
                               "未写入任何文件，数据库未作任何改动。")
        for other_what, other in seen:
            if same_file(path, other):
                raise BadInput(f"{what} 与 {other_what} 是同一个文件 {path}：两份文书会互相覆盖。"
                               "请为每份文书指定不同的文件。未写入任何文件。")
        seen.append((what, path))
        try:
            st = os.stat(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise BadInput(f"{what}：无法访问 {path}（{exc.strerror}）。未写入任何文件。") from None
        if stat.S_ISDIR(st.st_mode):
            raise BadInput(f"{what}：{path} 是一个文件夹；请给出文件的名称。未写入任何文件。")
        if not stat.S_ISREG(st.st_mode):
            raise BadInput(f"{what}：{path} 不是普通文件（设备、管道等），不能写入。未写入任何文件。")
        if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
            raise BadInput(f"{what}：{path} 是只读文件，不能替换。请另选文件名，或先取消其只读属性。"
                           "未写入任何文件。")


def atomic_write(target: PathLike, write: Callable[[Path], object]) -> None:
    """Write ``target`` whole or not at all: ``write(tmp)`` fills a temporary file in
    the same folder, which is flushed to the disk and renamed to ``target``."""
    target = Path(target)
    private_dir(target.parent)
    sweep_leftovers(target.parent)
    try:
        keep_mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        keep_mode = None
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise _named(exc, target) from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:        # on the disk before it takes the document's name
            os.fsync(fh.fileno())
        if keep_mode is not None:
            os.chmod(tmp, keep_mode)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _named(exc, target) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


#: a temporary file older than this is what a killed program left (a write takes seconds)
LEFTOVER_SECONDS = 3600


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files of :func:`atomic_write` that a killed program left in
    ``folder`` (they may hold personal data): those older than :data:`LEFTOVER_SECONDS`."""
    import time

    removed: list[Path] = []
    cutoff = time.time() - LEFTOVER_SECONDS
    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def atomic_write_bytes(target: PathLike, data: bytes) -> None:
    atomic_write(target, lambda p: p.write_bytes(data))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _named(exc: OSError, target: Path) -> Exception:
    """The error of writing ``target`` (never the temporary file's name)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"磁盘已满，无法写入 {target}：文件未写入（原有文件保持不变）。请腾出磁盘空间后重试。")
    return OSError(exc.errno, exc.strerror, str(target))

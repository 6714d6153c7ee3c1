"""The one place that knows where bundled files and user data live.

Bundled files (schema, sample hearing, translations, migrations) are found beside
the package in a source checkout and under ``sys._MEIPASS`` in a frozen
PyInstaller build. User data goes to the platform's data folder, never into the
install or bundle folder.
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import platformdirs

from .files import private_dir

APP_NAME = "HearingDesk"
APP_AUTHOR = "HearingDesk"
DB_FILENAME = "hearing-desk.sqlite3"


def bundle_root() -> Path:
    """The folder that holds ``resources/`` (and ``hearing_desk/``)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file shipped with the program, e.g. ``resource("sample", "x.json")``."""
    return bundle_root().joinpath("resources", *parts)


def schema_path() -> Path:
    return resource("schema", "hearing.schema.json")


def sample_hearing_path() -> Path:
    return resource("sample", "guangming-public-data.json")


def migrations_dir() -> Path:
    """Alembic reads its scripts as files: a frozen build ships them as data."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "hearing_desk" / "storage" / "migrations"
    return Path(__file__).resolve().parent / "storage" / "migrations"


def user_data_dir() -> Path:
    """Where the default database lives; ``HEARING_DESK_DATA_DIR`` overrides it."""
    override = os.environ.get("HEARING_DESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return private_dir(path)


def user_config_dir() -> Path:
    override = os.environ.get("HEARING_DESK_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return private_dir(path)


def user_log_dir() -> Path:
    """Where the program's log goes; ``HEARING_DESK_LOG_DIR`` overrides it."""
    override = os.environ.get("HEARING_DESK_LOG_DIR")
    path = Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return private_dir(path)


def recordings_dir() -> Path:
    """Where the hearings' sound is kept (``recordings/`` in the user data folder)."""
    return private_dir(user_data_dir() / "recordings")


def default_database_path() -> Path:
    return user_data_dir() / DB_FILENAME


def backup_root() -> Path:
    """Where backups of every database go: ``backups/`` in the user data folder."""
    return user_data_dir() / "backups"


def backup_dir_for(db_path: str | os.PathLike, *, create: bool = True) -> Path:
    """The folder of one database's backups: its file name and a short hash of its full
    path (two files called ``x.db`` in different folders keep separate backups). Owner only."""
    resolved = Path(db_path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    folder = backup_root() / f"{resolved.name}-{digest}"
    if create:
        for made in (backup_root(), folder):
            private_dir(made)
            if os.name == "posix":
                os.chmod(made, 0o700)   # backups' folders made 0755 by older versions too
    return folder

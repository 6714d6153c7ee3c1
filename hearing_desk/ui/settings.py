"""One typed wrapper over QSettings (INI format, user scope) with declared keys."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from .. import paths
from ..services.backups import BackupPolicy

_BACKUP = BackupPolicy()

#: key -> default. Values of another type than the default's are refused.
DEFAULTS: dict[str, Any] = {
    "ui/language": "zh_CN",                 # zh_CN or en; takes effect on the next start
    "editor/name": "",                      # the name in editing leases and the event log ("": user@host)
    "window/geometry": QByteArray(),        # QMainWindow.saveGeometry()
    "window/state": QByteArray(),           # QMainWindow.saveState(): the hearing list dock
    "window/last_hearing": 0,               # 0 = none
    "window/last_tab": "setup",             # setup | transcript | opinions | responses
    "hearing_file/folder": "",              # where hearing files (.json) were last imported or exported
    "export/folder": "",
    "setup/import_folder": "",              # where the last sign-up sheet or draft was imported from
    "export/font_path": "",                 # a TrueType font the user chose for documents
    "transcript/show_times": False,
    "transcript/phrases": ["现在宣布听证会开始。", "请听证参加人发言。", "下一位。", "请简要陈述。",
                           "发言时间到，请结束发言。"],
    "transcript/notes": ["宣读听证纪律。", "休会十分钟。", "复会。", "听证参加人核对听证笔录。", "听证会结束。"],  # F7
    "backup/interval_minutes": _BACKUP.interval_minutes,   # while edits happen, a backup at most this often
    "backup/keep_recent": _BACKUP.keep_recent,             # the newest N backups are kept ...
    "backup/keep_days": _BACKUP.keep_days,                 # ... plus the newest of each day for N days
    "audio/input": "",                      # "" the default microphone, "none", or a device key (ui/audio)
    "audio/typing_lag_ms": 2000,            # a turn starts this long before its first key (domain.audio)
    "audio/back_on_resume_ms": 3000,        # playback resumes this far back (2000–5000)
    "responses/phrases": ["经研究，予以采纳。", "该意见已在征求意见稿中体现。", "该问题将在后续工作中另行研究。"],
}

LANGUAGES = ("zh_CN", "en")


class Settings:
    """``get``/``set`` on declared keys only; values come back with the default's type."""

    def __init__(self, path: str | Path | None = None):
        if path is None:
            path = paths.user_config_dir() / "hearing-desk.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() == "true"
        if isinstance(default, int):
            try:
                return int(value) if isinstance(value, int | str) else default
            except ValueError:
                return default
        if isinstance(default, list):
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value) if isinstance(value, Iterable) else []
        if isinstance(default, QByteArray):
            if isinstance(value, QByteArray):
                return value
            return QByteArray(value) if isinstance(value, bytes) else QByteArray()
        if isinstance(default, str):
            return value if isinstance(value, str) else default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        default = DEFAULTS[key]
        if isinstance(default, QByteArray) and isinstance(value, bytes):
            value = QByteArray(value)
        elif isinstance(default, list) and isinstance(value, tuple):
            value = list(value)
        ok = (isinstance(value, bool) if isinstance(default, bool)
              else isinstance(value, int) and not isinstance(value, bool) if isinstance(default, int)
              else isinstance(value, type(default)))
        if not ok:
            raise TypeError(f"setting {key!r} takes {type(default).__name__}, not {type(value).__name__}")
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    def backup_policy(self) -> BackupPolicy:
        """The ``backup/…`` settings (the command line reads the same keys from the file)."""
        return BackupPolicy(interval_minutes=max(1, self.get("backup/interval_minutes")),
                            keep_recent=max(1, self.get("backup/keep_recent")),
                            keep_days=max(1, self.get("backup/keep_days")))

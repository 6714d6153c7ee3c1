"""One typed wrapper over QSettings (INI format, user scope) with declared keys."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

#: key -> default. Values of another type than the default's are refused.
DEFAULTS: dict[str, Any] = {
    "ui/language": "zh_CN",                 # zh_CN or en
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/last_hearing": 0,
    "export/folder": "",
    "export/font_path": "",                 # a TrueType font the user chose for documents
    "transcript/show_times": False,
    "transcript/phrases": ["现在宣布听证会开始。", "请听证参加人发言。", "下一位。", "请简要陈述。", "发言时间到，请结束发言。"],
    "responses/phrases": ["经研究，予以采纳。", "该意见已在征求意见稿中体现。", "该问题将在后续工作中另行研究。"],
}


class Settings:
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
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value)
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

"""The layers of STYLE.md hold, and bundled files are found from source and frozen builds."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import hearing_desk
from hearing_desk import paths

PACKAGE = Path(hearing_desk.__file__).resolve().parent
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtPdfWidgets",
               "PySide6.QtCharts")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            if node.module == "PySide6":
                yield from (f"PySide6.{a.name}" for a in node.names)


def test_only_the_ui_imports_qt_widgets():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        offenders += [f"{rel}: {m}" for m in _imports(path) if m.startswith(GUI_MODULES)]
    assert offenders == []


def test_domain_knows_neither_qt_nor_sqlalchemy():
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        offenders += [f"{path.name}: {m}" for m in _imports(path) if m.startswith(("PySide6", "sqlalchemy"))]
    assert offenders == []


def test_bundled_files_are_found_from_the_source_tree():
    assert paths.schema_path().is_file()
    assert paths.sample_hearing_path().is_file()
    assert (paths.migrations_dir() / "env.py").is_file()


def test_bundled_files_are_found_in_a_frozen_build(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.schema_path() == tmp_path / "resources" / "schema" / "hearing.schema.json"
    assert paths.migrations_dir() == tmp_path / "hearing_desk" / "storage" / "migrations"


def test_user_data_never_goes_into_the_install_folder(monkeypatch):
    monkeypatch.delenv("HEARING_DESK_DATA_DIR")
    data = paths.user_data_dir().resolve()
    assert PACKAGE.parent not in data.parents and data != PACKAGE.parent


def test_only_the_audio_engine_and_the_ui_use_qt_multimedia():
    """Sound (QtMultimedia) is hearing_desk/audio/ and the ui; services, storage, domain
    and export stay usable without it (the command line needs no sound)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(("ui/", "audio/")) or rel == "app.py":
            continue
        offenders += [f"{rel}: {m}" for m in _imports(path) if m.startswith("PySide6.QtMultimedia")]
    assert offenders == []
    pcm = (PACKAGE / "audio" / "pcm.py")
    assert not [m for m in _imports(pcm) if m.startswith("PySide6")]          # segments: no Qt at all

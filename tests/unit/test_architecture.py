"""The layers of STYLE.md hold, and bundled files are found from source and frozen builds.

    domain  ←  storage, export, formats, audio  ←  services  ←  ui
    errors (below every layer), paths (bundled files and user folders) and files (writing output
    files safely), below every layer but the domain

``audio`` is the sound engine: ``audio/pcm.py`` (segments and FLAC, no Qt) is all the
services use of it; its capture and playback (QtMultimedia) are the window's.

Every import of the package is read (``ast``) and checked against the pairs allowed
below; everything not allowed is a never-pair. The composition roots – ``app.py`` (the
window) and ``cli.py`` (the command line) – put the layers together and may use any of
them, but only ``app.py`` and ``ui/`` touch Qt's widgets.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import hearing_desk
from hearing_desk import paths

PACKAGE = Path(hearing_desk.__file__).resolve().parent
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtPdf",
               "PySide6.QtPdfWidgets", "PySide6.QtCharts", "PySide6.QtSvg")

#: what each part of the package may import of the package (itself always)
ALLOWED: dict[str, set[str]] = {
    "": set(),                          # hearing_desk/__init__.py: the version
    "errors": set(),
    "paths": {"files", "errors"},       # the program's folders, made private through files.private_dir
    "files": {"errors"},                # writing output files safely (atomic, private, checked)
    "domain": {"errors"},
    "storage": {"domain", "errors", "paths", "files"},
    "export": {"domain", "errors", "paths", "files"},
    "formats": {"domain", "errors", "paths", "files"},
    "audio": {"domain", "errors", "paths", "files"},
    "services": {"domain", "errors", "paths", "files", "storage", "export", "formats", "audio.pcm"},
    # the window gets the open Database from the composition root (``ctx.db``) and nothing
    # else of the storage; it never reads a file format or writes a document itself
    "ui": {"domain", "errors", "paths", "files", "services", "storage.database", "audio"},
    "cli": {"domain", "errors", "paths", "files", "storage", "formats", "services", "app"},
    "app": {"domain", "errors", "paths", "files", "storage", "services", "ui"},
    "__main__": {"cli"},
}


def _module_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path):
    """(line, imported module) of every import in the file, relative ones resolved."""
    module = _module_of(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:        # ``from .. import x``, ``from PySide6 import QtWidgets``
                yield node.lineno, f"{target}.{alias.name}"


def _sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py")
            if "generated" not in p.parts and "migrations" not in p.parts]


def _part(module: str) -> str:
    """``hearing_desk.storage.models`` → ``storage``; ``hearing_desk.app`` → ``app``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _allows(part: str, target: str) -> bool:
    """May ``part`` import the package module ``target``?"""
    other = _part(target)
    if other in ("", part) or other == "__version__":
        return True
    rest = target.split(".", 2)
    allowed = ALLOWED[part]
    if len(rest) == 2:      # the package itself (``from ..audio import pcm``): one of its modules is allowed
        return other in allowed or any(a.startswith(f"{other}.") for a in allowed)
    return other in allowed or f"{other}.{rest[2].split('.')[0]}" in allowed


def test_the_layers_import_only_what_they_may():
    offenders = []
    for path in _sources():
        part = _part(_module_of(path))
        assert part in ALLOWED, f"{path}: a new part of the package – say in ALLOWED what it may import"
        for line, target in _imports(path):
            if target.startswith("hearing_desk.") and not _allows(part, target):
                offenders.append(f"{path.relative_to(PACKAGE)}:{line}: {part} → {target}")
    assert offenders == []


@pytest.mark.parametrize(("part", "target", "allowed"), [
    ("ui", "hearing_desk.export.layout", False),
    ("ui", "hearing_desk.storage.repository.hearings", False),
    ("ui", "hearing_desk.storage.database", True),
    ("ui", "hearing_desk.formats.signup", False),
    ("services", "hearing_desk.ui.context", False),
    ("storage", "hearing_desk.services.record", False),
    ("export", "hearing_desk.storage.models", False),
    ("formats", "hearing_desk.services.people", False),
    ("domain", "hearing_desk.storage.models", False),
    ("domain", "hearing_desk.paths", False),
    ("domain", "hearing_desk.errors", True),
    ("services", "hearing_desk.formats.interchange", True),
    ("services", "hearing_desk.audio.pcm", True),
    ("services", "hearing_desk.audio.capture", False),
    ("audio", "hearing_desk.services.recordings", False),
    ("ui", "hearing_desk.audio.playback", True),
])
def test_the_rule_itself(part, target, allowed):
    """The check above can fail: a never-pair is refused, an allowed pair passes."""
    assert _allows(part, target) is allowed


def test_only_the_ui_imports_qt_widgets():
    offenders = []
    for path in _sources():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        offenders += [f"{rel}: {m}" for _, m in _imports(path) if m.startswith(GUI_MODULES)]
    assert offenders == []


#: the sound engine's Qt: a microphone (QAudioSource) and a player (QMediaPlayer), no widgets
AUDIO_QT = ("PySide6.QtCore", "PySide6.QtMultimedia")


def test_nothing_below_the_ui_imports_qt_at_all():
    """QtCore neither: the services run in the command line, which has no event loop.
    The sound engine's capture and playback use QtCore and QtMultimedia (nothing below
    the window imports them)."""
    offenders = []
    for path in _sources():
        part = _part(_module_of(path))
        if part in ("ui", "app", "cli", "__main__"):
            continue
        rel = path.relative_to(PACKAGE).as_posix()
        allowed = AUDIO_QT if rel in ("audio/capture.py", "audio/playback.py") else ()
        offenders += [f"{rel}: {m}" for _, m in _imports(path)
                      if m.startswith(("PySide6", "shiboken6")) and not m.startswith(allowed or ("-",))]
    assert offenders == []


def test_domain_knows_neither_qt_nor_sqlalchemy():
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        offenders += [f"{path.name}: {m}" for _, m in _imports(path) if m.startswith(("PySide6", "sqlalchemy"))]
    assert offenders == []


def test_services_write_no_statements_of_their_own():
    """SQL is the repository's (``storage/repository/``): a service may name a session, no more."""
    offenders = []
    for path in (PACKAGE / "services").rglob("*.py"):
        offenders += [f"{path.name}:{line}: {m}" for line, m in _imports(path)
                      if m.startswith("sqlalchemy") and m not in ("sqlalchemy.orm", "sqlalchemy.orm.Session")]
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
    for path in _sources():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(("ui/", "audio/")) or rel == "app.py":
            continue
        offenders += [f"{rel}: {m}" for _, m in _imports(path) if m.startswith("PySide6.QtMultimedia")]
    assert offenders == []
    pcm = (PACKAGE / "audio" / "pcm.py")
    assert not [m for _, m in _imports(pcm) if m.startswith("PySide6")]          # segments: no Qt at all

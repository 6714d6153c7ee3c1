#!/usr/bin/env python3
"""Designer forms: ``forms/*.ui`` compiled by ``pyside6-uic`` into
``hearing_desk/ui/generated/ui_<name>.py`` (committed, never edited by hand; never
``loadUiType``, which breaks frozen builds), as MusicBrainz Picard does with
``ui/*.ui`` → ``picard/ui/forms/``.

    python tools/forms.py            compile every form whose output is missing or stale
    python tools/forms.py --check    exit 1 when an output is missing, stale or has no form

Each output starts with a do-not-edit header that records the SHA-256 of the form it
was compiled from, so staleness does not depend on which PySide6 compiled it. After
changing a form's strings run ``tools/i18n.py`` too (lupdate reads the .ui files).
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "hearing_desk" / "ui" / "generated"
HEADER = ("# Generated from forms/{form} by tools/forms.py (pyside6-uic). Do not edit:\n"
          "# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.\n"
          "# form-sha256: {digest}\n")
_DIGEST = re.compile(r"^# form-sha256: ([0-9a-f]{64})$", re.MULTILINE)
#: uic's own banner names its version and would make the output depend on it
_BANNER = re.compile(r"^#{10,}\n(?:##.*\n)+#{10,}\n", re.MULTILINE)


def output_for(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def digest(form: Path) -> str:
    return hashlib.sha256(form.read_bytes()).hexdigest()


def recorded_digest(output: Path) -> str | None:
    if not output.is_file():
        return None
    match = _DIGEST.search(output.read_text(encoding="utf-8")[:600])
    return match.group(1) if match else None


def _uic() -> str:
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        sys.exit("forms: pyside6-uic not found (install PySide6 in this Python environment)")
    return found


def compile_form(form: Path) -> Path:
    code = subprocess.run([_uic(), "--from-imports", str(form)], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout
    code = _BANNER.sub("", code, count=1).lstrip("\n")
    output = output_for(form)
    output.write_text(HEADER.format(form=form.name, digest=digest(form)) + "\n" + code, encoding="utf-8")
    return output


def problems() -> list[str]:
    """What ``--check`` refuses: forms without a current output, outputs without a form."""
    found = []
    forms = sorted(FORMS.glob("*.ui")) if FORMS.is_dir() else []
    for form in forms:
        recorded = recorded_digest(output_for(form))
        if recorded is None:
            found.append(f"forms/{form.name}: not compiled (run tools/forms.py)")
        elif recorded != digest(form):
            found.append(f"forms/{form.name}: changed since it was compiled (run tools/forms.py)")
    names = {output_for(f).name for f in forms}
    for output in sorted(GENERATED.glob("ui_*.py")) if GENERATED.is_dir() else []:
        if output.name not in names:
            found.append(f"hearing_desk/ui/generated/{output.name}: its form is gone (delete it)")
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    GENERATED.mkdir(parents=True, exist_ok=True)
    init = GENERATED / "__init__.py"
    if not init.exists():
        init.write_text('"""Python compiled from forms/*.ui by tools/forms.py. Do not edit."""\n', encoding="utf-8")
    for form in sorted(FORMS.glob("*.ui")):
        if recorded_digest(output_for(form)) != digest(form):
            print(f"compiled {compile_form(form).relative_to(ROOT)}")
    for line in problems():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

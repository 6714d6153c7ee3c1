"""Designer forms: every ``forms/*.ui`` has its compiled Python in ``hearing_desk/ui/generated``,
compiled from the form as it is now (tools/forms.py records each form's SHA-256)."""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import forms  # noqa: E402

sys.path.remove(str(ROOT / "tools"))


def test_every_form_is_compiled_and_current():
    assert forms.problems() == []
    assert sorted(ROOT.joinpath("forms").glob("*.ui")), "forms/ holds the layouts"


def test_a_changed_form_is_reported_stale(tmp_path, monkeypatch):
    folder, out = tmp_path / "forms", tmp_path / "generated"
    shutil.copytree(ROOT / "forms", folder)
    shutil.copytree(forms.GENERATED, out)
    monkeypatch.setattr(forms, "FORMS", folder)
    monkeypatch.setattr(forms, "GENERATED", out)
    assert forms.problems() == []
    form = sorted(folder.glob("*.ui"))[0]
    form.write_text(form.read_text(encoding="utf-8").replace("</ui>", "<!-- moved -->\n</ui>"), encoding="utf-8")
    (out / "ui_gone.py").write_text("# form-sha256: " + "0" * 64 + "\n", encoding="utf-8")
    found = forms.problems()
    assert any(form.name in line and "changed" in line for line in found)
    assert any("ui_gone.py" in line for line in found)


def test_generated_code_has_no_hand_edits_and_loads():
    """The header says where it comes from; no module imports ``loadUiType``."""
    for output in sorted(forms.GENERATED.glob("ui_*.py")):
        text = output.read_text(encoding="utf-8")
        assert text.startswith("# Generated from forms/") and "Do not edit" in text
        name = f"hearing_desk.ui.generated.{output.stem}"
        module = importlib.import_module(name)          # compiles and runs: PySide6 classes exist
        assert any(n.startswith("Ui_") for n in vars(module)), name
    for source in (ROOT / "hearing_desk").rglob("*.py"):
        assert "loadUiType" not in source.read_text(encoding="utf-8"), source

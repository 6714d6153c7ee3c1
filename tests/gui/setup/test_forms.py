"""The setup tab's compiled forms import on their own: a form's custom widgets
(``hearing_desk.ui.setup.widgets``) do not pull in the tab, whose pages import the forms."""
from __future__ import annotations

import subprocess
import sys


def test_a_form_with_custom_widgets_imports_first_thing_in_a_fresh_interpreter():
    done = subprocess.run([sys.executable, "-c", "import hearing_desk.ui.generated.ui_setup_basic_page as f; "
                           "print(f.CommitTextEdit.__module__, f.OptionalDateEdit.__module__)"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["hearing_desk.ui.setup.widgets"] * 2

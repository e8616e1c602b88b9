"""The generated forms in civicdesk/gui/forms match ui/*.ui (run `make forms` if not)."""

import subprocess
import sys

from conftest import ROOT


def test_every_ui_file_has_a_generated_form():
    for ui_file in (ROOT / "ui").glob("*.ui"):
        assert (ROOT / "civicdesk" / "gui" / "forms" / f"ui_{ui_file.stem}.py").is_file()


def test_generated_forms_are_current():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr

"""Nothing outside civicdesk/gui imports Qt (the CLI, services and reports run headless)."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "civicdesk"


def non_gui_modules() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts
        if "gui" in parts or parts[-1] == "__main__":
            continue
        found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_there_are_modules_to_check():
    modules = non_gui_modules()
    assert "civicdesk.services.people" in modules and "civicdesk.cli" in modules
    assert not any(".gui" in m for m in modules)


def test_importing_every_non_gui_module_does_not_import_pyside6():
    code = ("import importlib, sys\n"
            f"for name in {non_gui_modules()!r}:\n"
            "    importlib.import_module(name)\n"
            "    assert 'PySide6' not in sys.modules, name + ' imported PySide6'\n"
            "print('clean')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "clean"

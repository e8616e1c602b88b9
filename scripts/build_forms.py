"""Compile ui/*.ui into civicdesk/gui/forms/ui_*.py with pyside6-uic (`make forms`).

`--check` compiles into a temporary folder and exits 1 if a committed form is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR, FORMS_DIR = ROOT / "ui", ROOT / "civicdesk" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    return found or "pyside6-uic"


def compile_all(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        out = target / f"ui_{ui_file.stem}.py"
        subprocess.run([uic(), "--from-imports", "--no-autoconnection", str(ui_file),
                        "-o", str(out)], check=True)
        written.append(out)
    return written


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        for path in compile_all(FORMS_DIR):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        stale = [p.name for p in compile_all(Path(tmp))
                 if not (FORMS_DIR / p.name).exists()
                 or (FORMS_DIR / p.name).read_text() != p.read_text()]
    for name in stale:
        print(f"out of date: civicdesk/gui/forms/{name} (run: make forms)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

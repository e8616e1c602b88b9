"""Update resources/translations/*.ts from the sources, then build the .qm files.

Sources: every .py under civicdesk/ except the generated forms (their strings come from the
.ui files, which are scanned directly), and ui/*.ui. Add a language by creating an empty
`civicdesk_<code>.ts` with `--add <code>`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def sources() -> list[str]:
    py = [p for p in (ROOT / "civicdesk").rglob("*.py") if "forms" not in p.parts]
    return [str(p) for p in sorted(py)] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def update(ts_files: list[Path]) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", *map(str, ts_files)],
                   check=True)


def release(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def main(argv: list[str]) -> int:
    ts_files = sorted(TS_DIR.glob("civicdesk_*.ts"))
    if argv[:1] == ["--add"]:  # lupdate creates the new files
        ts_files += [TS_DIR / f"civicdesk_{code}.ts" for code in argv[1:]]
    update(ts_files)
    release(ts_files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

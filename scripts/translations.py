"""Update resources/translations/*.ts from the sources, then build the .qm files
(`make translations`, the one command that does either).

Sources: every .py under civicdesk/ except the generated forms (their strings come from the
.ui files, which are scanned directly), and ui/*.ui. Messages no longer in the sources are
dropped (-no-obsolete). `civicdesk_en.ts` holds only the plural messages (-pluralonly):
English needs nothing else, since the sources are English, but "%n problem(s)" needs its
"1 problem" and "2 problems" (Qt's convention). `--add <code>...` creates the files of new
languages (and only those).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
ENGLISH = "civicdesk_en.ts"


def tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def sources() -> list[str]:
    py = [p for p in (ROOT / "civicdesk").rglob("*.py") if "forms" not in p.parts]
    return [str(p) for p in sorted(py)] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def lupdate(ts_files: list[Path], *options: str, quiet: bool = False) -> None:
    """Run lupdate over the sources into *ts_files* (created when missing)."""
    if ts_files:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *options, *sources(),
                        "-ts", *map(str, ts_files)], check=True,
                       capture_output=quiet)


def update(ts_files: list[Path], *, quiet: bool = False) -> None:
    english = [ts for ts in ts_files if ts.name == ENGLISH]
    lupdate([ts for ts in ts_files if ts.name != ENGLISH], quiet=quiet)
    lupdate(english, "-pluralonly", quiet=quiet)


def release(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def main(argv: list[str]) -> int:
    ts_files = sorted(TS_DIR.glob("civicdesk_*.ts"))
    if argv[:1] == ["--add"]:  # lupdate creates the new files
        ts_files = [TS_DIR / f"civicdesk_{code}.ts" for code in argv[1:]]
        ts_files = [ts for ts in ts_files if not ts.exists()]
    update(ts_files)
    release(ts_files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

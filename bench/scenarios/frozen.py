"""The installed app: the frozen bundle's first window with the demo database (issue #7).

Measures dist/CivicDesk (built by `make dist`) opening the full-size demo database and
quitting once the main window is up, beside a bare Qt window that is frozen the same way
(PyInstaller, one folder), so both pay the bootloader's start-up and the baseline differs
only in what CivicDesk itself does. The baseline is built once into bench/.work and reused
while PySide6, PyInstaller and the script stay the same. Without a bundle the scenario is
skipped with a message.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from bench import runner
from bench.scenarios import core

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = ROOT / "dist" / "CivicDesk"


def _executable(folder: Path, name: str) -> Path:
    if sys.platform == "win32":
        return folder / f"{name}.exe"
    return folder / name


def app_executable() -> Path:
    return _executable(BUNDLE, "civicdesk" if sys.platform.startswith("linux") else "CivicDesk")


def _stale(exe: Path) -> bool:
    """True when a source file changed after the bundle was built."""
    built = exe.stat().st_mtime
    return any(p.stat().st_mtime > built for p in (ROOT / "civicdesk").rglob("*.py"))


def frozen_bare_window(work: Path) -> Path:
    """The bare-window baseline frozen with PyInstaller (built when missing or outdated)."""
    folder = work / "frozen-bare"
    key = hashlib.sha256(core.BARE_WINDOW.encode() + metadata.version("PySide6-Essentials")
                         .encode() + metadata.version("pyinstaller").encode()).hexdigest()
    exe = _executable(folder / "dist" / "bare_window", "bare_window")
    stamp = folder / "stamp"
    if exe.is_file() and stamp.is_file() and stamp.read_text() == key:
        return exe
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    script = folder / "bare_window.py"
    script.write_text(core.BARE_WINDOW)
    print("frozen: building the frozen bare-window baseline (once) ...", file=sys.stderr)
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir",
                            "--log-level", "ERROR", "--distpath", str(folder / "dist"),
                            "--workpath", str(folder / "build"), "--specpath", str(folder),
                            str(script)], capture_output=True, text=True)
    if build.returncode != 0:
        raise RuntimeError(f"freezing the bare window failed:\n{build.stderr}")
    stamp.write_text(key)
    return exe


def scenarios(env: runner.Env) -> list[runner.Scenario]:
    exe = app_executable()
    if not exe.is_file():
        print(f"frozen: skipped: no built app in {BUNDLE}; run `make dist` first",
              file=sys.stderr)
        return []
    if _stale(exe):
        print(f"frozen: note: {BUNDLE} is older than the sources; run `make dist` for "
              f"figures of the current code", file=sys.stderr)
    app, bare = core._Process(), core._Process()
    baseline: dict[str, Path] = {}

    def setup() -> None:
        env.demo_db()
        baseline["exe"] = frozen_bare_window(env.work)

    return [runner.Scenario(
        "frozen_startup_to_main_window",
        setup=setup,
        measure=lambda: app.run([str(exe), "--db", str(env.demo_db()), "--quit-after-show"]),
        baseline=lambda: bare.run([str(baseline["exe"])]),
        # The goal is absolute (1.5 s on this machine); the ratio guards against
        # start-up creeping up relative to what any frozen Qt window costs here.
        target_ratio=3.0, target_ms=1500, repeat=7,
        extras=lambda: {"peak_rss_mb": max(app.peak_kb) / 1024,
                        "baseline_peak_rss_mb": max(bare.peak_kb) / 1024})]

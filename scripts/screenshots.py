"""Pictures of every section, page and dialog of the window on demo data, as PNG files
(the CI artefacts of #16; `make screenshots` makes the whole set into build/screenshots/):

    python scripts/screenshots.py [--scale 1|1.5|2] [--lang en|es|fr] [--pseudo] [--rtl]
                                  [--theme NAME] [--out FOLDER]

The screens are those of `civicdesk/gui/tour.py` (the layout tests walk the same), on a
screen of 1280x720 at 100 % text and 1920x1080 above. Each folder also gets problems.txt:
what `gui/layout_check.py` finds cut short, overlapping or not fitting (empty is good).
Without a display it runs itself under Xvfb (xvfb-run) when it is installed
(`scripts/sysdeps.sh screenshots`), else on the offscreen platform.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import demo_window  # noqa: E402


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, choices=(1.0, 1.5, 2.0),
                        help="text size (1 = 100 %%, 2 = 200 %%)")
    parser.add_argument("--lang", default="en", choices=("en", "es", "fr"))
    parser.add_argument("--pseudo", action="store_true",
                        help="the pseudo-language: every text 40 %% longer, accented")
    parser.add_argument("--rtl", action="store_true", help="lay out right to left")
    parser.add_argument("--theme", help="a theme of civicdesk.gui.themes, where there is one")
    parser.add_argument("--out", type=Path, help="the folder (default: build/screenshots/"
                                                 "<what was chosen>)")
    return parser.parse_args(argv)


def variant(args: argparse.Namespace) -> str:
    parts = [f"{round(args.scale * 100)}", "pseudo" if args.pseudo else args.lang]
    if args.rtl:
        parts.append("rtl")
    if args.theme:
        parts.append(args.theme)
    return "-".join(parts)


def room(scale: float) -> tuple[int, int]:
    return (1280, 720) if scale <= 1.0 else (1920, 1080)


def catalogue(lang: str, scratch: Path) -> Path | None:
    """civicdesk_<lang>.qm: the built one when present, else compiled from the .ts."""
    folder = ROOT / "resources" / "translations"
    qm, ts = folder / f"civicdesk_{lang}.qm", folder / f"civicdesk_{lang}.ts"
    if qm.exists():
        return qm
    if not ts.exists():
        return None
    import translations

    built = scratch / qm.name
    subprocess.run([translations.tool("pyside6-lrelease"), str(ts), "-qm", str(built)],
                   check=True, capture_output=True)
    return built


def prepare(args: argparse.Namespace, scratch: Path, notes: list[str]):
    """What to do to the application before the window is built."""
    def before_window(app) -> None:
        from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator

        from civicdesk.gui import screen_fit, text_size

        screen_fit.install(app)
        files: list[tuple[str, str]] = []
        if args.pseudo:
            import pseudo_locale

            files.append((str(pseudo_locale.build(scratch / "pseudo")), ""))
        elif args.lang != "en":
            QLocale.setDefault(QLocale(args.lang))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files.append((f"qtbase_{args.lang}", qt_dir))
            ours = catalogue(args.lang, scratch)
            if ours is None:
                notes.append(f"no civicdesk_{args.lang}.ts or .qm: CivicDesk's own texts "
                             "are in English")
            else:
                files.append((str(ours), ""))
        for name, folder in files:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
            else:
                notes.append(f"could not load {name}")
        if args.rtl:
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        text_size.set_scale(args.scale)
        apply_theme(args.theme, notes)
    return before_window


def apply_theme(name: str | None, notes: list[str]) -> None:
    if not name:
        return
    if importlib.util.find_spec("civicdesk.gui.themes") is None:
        notes.append(f"--theme {name}: this CivicDesk has no themes yet; default colours")
        return
    from civicdesk.gui import themes

    themes.apply(name)


def under_xvfb(argv: list[str], width: int, height: int) -> int | None:
    """Without a display, run again under Xvfb (a real X server) with a screen of
    *width* x *height*, when xvfb-run is there; None when this run is to take them."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") \
            or os.environ.get("WAYLAND_DISPLAY") or not shutil.which("xvfb-run"):
        return None
    return subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
                           sys.executable, __file__, *argv]).returncode


def main(argv: list[str]) -> int:
    args = parse(argv)
    width, height = room(args.scale)
    again = under_xvfb(argv, width, height)
    if again is not None:
        return again
    demo_window.screen_platform(width, height)  # offscreen, with a screen of that size
    out = args.out or ROOT / "build" / "screenshots" / variant(args)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    notes: list[str] = []
    scratch = Path(tempfile.mkdtemp(prefix="civicdesk-shots-"))
    app, window = demo_window.open_demo(people=120, seed=3, role="admin",
                                        before_window=prepare(args, scratch, notes))
    from PySide6.QtCore import QSize

    from civicdesk.gui import layout_check, tour

    size = QSize(width, height)
    window.resize(size)
    found: list[str] = []

    def visit(name: str, widget) -> None:
        widget.grab().save(str(out / f"{name}.png"))
        found.extend(f"{name}: {p}" for p in layout_check.problems(widget, window, size))

    names = tour.walk(window, visit) + tour.start_screens(visit, size)
    window.screen_lock.stop()
    window.close()
    (out / "problems.txt").write_text("".join(f"{line}\n" for line in notes + found),
                                      encoding="utf-8")
    print(f"{len(names)} pictures in {out}"
          + (f"; {len(found)} problems in problems.txt" if found else "; no problems found"))
    for line in notes:
        print(f"  note: {line}")
    del app
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    sys.exit(main(sys.argv[1:]))

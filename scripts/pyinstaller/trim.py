"""Leave out what CivicDesk does not use from the PyInstaller bundle (used by build.spec).

Three steps, smallest risk first:
1. `excluded_qt_modules()`: every PySide6 module except the ones we use, as Analysis
   excludes, so nothing pulls in WebEngine, Quick/QML, 3D, Multimedia ... by accident.
2. `drop_unused(toc)`: Qt plugins and Qt translations we never load (the virtual keyboard
   input plugin alone drags in Qt Quick and QML, ~18 MB; the GTK theme plugin drags in a
   second GTK stack that can clash with the system's).
3. `drop_unreferenced_libraries(toc)` (Linux): shared libraries that no kept binary links
   against any more after step 2. Only libraries are removed, never what something kept
   needs, so this step cannot break a kept plugin or module. Then the links PyInstaller
   made to them go too (`drop_dangling_symlinks`).
"""

from __future__ import annotations

import fnmatch
import importlib.util
import sys
from pathlib import Path

# The Qt modules CivicDesk uses: widgets, SVG icons, the PDF preview (QtPdf + QPdfView),
# printing. Everything else in PySide6 is excluded.
QT_KEEP = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets")

# Python modules nothing in CivicDesk needs, which the dependency analysis would still find
# (tkinter through Pillow's ImageTk; Pillow's AVIF codec (5 MB) is loaded only for .avif).
PYTHON_EXCLUDES = ("tkinter", "_tkinter", "PIL.ImageTk", "PIL._imagingtk", "PIL.ImageQt",
                   "PIL._avif", "PIL.AvifImagePlugin", "pydoc_data", "lib2to3", "idlelib",
                   "unittest", "pytest", "pytestqt", "pypdf")

# Bundle paths (glob, matched case-insensitively against the destination path with "/").
DROP_PATTERNS = (
    "*/plugins/platforminputcontexts/*virtualkeyboard*",  # virtual keyboard: Qt Quick + QML
    "*/plugins/platformthemes/*gtk3*",  # a second GTK stack; Qt's own style instead
    "*/plugins/egldeviceintegrations/*",  # full-screen embedded (eglfs) devices
    "*/plugins/platforms/*eglfs*", "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*minimalegl*", "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/generic/*",  # evdev/tuio input for devices without a window system
    "*/plugins/networkinformation/*", "*/plugins/tls/*",  # no networking in CivicDesk
    "*/plugins/imageformats/*qtga*", "*/plugins/imageformats/*qtiff*",
    "*/plugins/imageformats/*qwbmp*", "*/plugins/imageformats/*qpdf*",
    "*/plugins/imageformats/*qicns*",
    "*/translations/qt_help_*", "*/translations/qt_??.qm", "*/translations/qt_??_??.qm",
)


# Babel's CLDR data (32 MB, a file per locale): only the languages CivicDesk speaks, with
# all their regional variants (es_MX, fr_CA, en_GB ...; 1.8 MB), and root, which every
# locale inherits from. civicdesk.localformat falls back to English for any other.
BABEL_LANGUAGES = ("en", "es", "fr")


def keep_babel_locale(dest: str) -> bool:
    """False for a Babel locale file (babel/locale-data/xx_YY.dat) of another language."""
    dest = dest.replace("\\", "/")
    if "babel/locale-data/" not in dest:
        return True
    name = dest.rsplit("/", 1)[-1].removesuffix(".dat")
    return name == "root" or name.split("_")[0] in BABEL_LANGUAGES


def drop_other_babel_locales(toc: list) -> list:
    return [entry for entry in toc if keep_babel_locale(entry[0])]


def installed_qt_modules() -> list[str]:
    """Names of the PySide6 binding modules installed here (QtCore, QtWebEngineCore ...)."""
    spec = importlib.util.find_spec("PySide6")
    folder = Path(next(iter(spec.submodule_search_locations)))
    names = {path.name.split(".")[0] for path in folder.glob("Qt*.*")
             if path.suffix in (".so", ".pyd", ".pyi")}
    return sorted(names)


def excluded_qt_modules() -> list[str]:
    return [f"PySide6.{name}" for name in installed_qt_modules() if name not in QT_KEEP]


def _dest(entry) -> str:
    return entry[0].replace("\\", "/").lower()


def drop_unused(toc: list) -> list:
    """*toc* without the entries matching DROP_PATTERNS."""
    patterns = [p.lower() for p in DROP_PATTERNS]
    return [entry for entry in toc
            if not any(fnmatch.fnmatch("/" + _dest(entry), p) for p in patterns)]


def _is_root(dest: str) -> bool:
    """Binaries loaded by Python or Qt themselves (not through another binary's links):
    extension modules, Qt plugins, the Python library."""
    name = dest.rsplit("/", 1)[-1]
    return ("/plugins/" in "/" + dest or ".cpython-" in name or name.endswith(".abi3.so")
            or name.startswith("libpython") or "lib-dynload/" in dest)


def drop_unreferenced_libraries(binaries: list, imports=None) -> list:
    """*binaries* without shared libraries that nothing kept links against (Linux).

    *imports(path)* gives the library names a binary links against (default: PyInstaller's
    own bindepend, which reads the ELF headers).
    """
    if not sys.platform.startswith("linux"):
        return binaries
    if imports is None:
        from PyInstaller.depend import bindepend

        def imports(path):
            return {Path(name).name for name, _ in bindepend.get_imports(path)}
    by_name: dict[str, list] = {}
    by_dest = {_dest(entry): entry for entry in binaries}
    for entry in binaries:
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    todo = [entry for entry in binaries if _is_root(_dest(entry))]
    kept = {id(entry) for entry in todo}
    while todo:
        entry = todo.pop()
        if entry[2] == "SYMLINK":  # (link name, target's bundle path, "SYMLINK")
            needed_entries = [by_dest.get(entry[1].replace("\\", "/").lower())]
        else:
            needed_entries = [e for name in imports(entry[1]) for e in by_name.get(name, [])]
        for needed in needed_entries:
            if needed is not None and id(needed) not in kept:
                kept.add(id(needed))
                todo.append(needed)
    return [entry for entry in binaries if id(entry) in kept]


def drop_dangling_symlinks(datas: list, binaries: list) -> list:
    """*datas* without the links (PyInstaller keeps them there) to files no longer bundled."""
    present = {_dest(entry) for entry in binaries + datas if entry[2] != "SYMLINK"}
    return [entry for entry in datas
            if entry[2] != "SYMLINK" or entry[1].replace("\\", "/").lower() in present]


def bundle_size(folder: Path) -> int:
    """Bytes in *folder*, counting symbolic links once (PyInstaller 6 uses them)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())

"""build.spec bundles every resource the app reads, and trims only what nothing needs."""

import ast
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk import APP_NAME, __version__

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts" / "pyinstaller"))
import trim  # noqa: E402

SPEC = runpy.run_path(str(ROOT / "build.spec"), run_name="build_spec")
get_data_files = SPEC["get_data_files"]


def _bundled(root: Path = ROOT) -> set[str]:
    """Bundle paths (folder/name) of the data files build.spec lists."""
    return {f"{folder}/{Path(src).name}".replace("\\", "/") for src, folder in
            get_data_files(root)}


def _tracked_resources() -> list[str]:
    """Every file under resources/ in git (what a clean clone has)."""
    out = subprocess.run(["git", "ls-files", "resources"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    return out.split()


def test_the_spec_reads_name_and_version_from_the_package():
    meta = SPEC["read_metadata"]()
    assert (meta["APP_NAME"], meta["__version__"]) == (APP_NAME, __version__)


def test_every_file_under_resources_is_bundled_translations_also_as_qm():
    bundled = _bundled()
    tracked = set(_tracked_resources())
    compiled = {path.removesuffix(".ts") + ".qm" for path in tracked if path.endswith(".ts")}
    assert tracked and compiled, "no resources found"
    # the window reads the .qm, the command line (no Qt) the .ts beside it
    assert tracked | compiled <= bundled
    assert "resources/translations/civicdesk_es.ts" in bundled


def test_a_new_icon_or_font_is_picked_up_without_editing_the_spec(tmp_path):
    for name in ("icons/new-thing.svg", "fonts/NotoSans-Regular.ttf", "fonts/OFL.txt",
                 "translations/civicdesk_fr.ts"):
        (tmp_path / "resources" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "resources" / name).write_text("x")
    assert _bundled(tmp_path) == {"resources/icons/new-thing.svg",
                                  "resources/fonts/NotoSans-Regular.ttf",
                                  "resources/fonts/OFL.txt",
                                  "resources/translations/civicdesk_fr.ts",
                                  "resources/translations/civicdesk_fr.qm"}


def _icon_names_in_code() -> set[str]:
    """Names passed to icons.load("...") and set as a pane's icon_name = "..."."""
    names = set()
    for path in (ROOT / "civicdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "load" \
                    and getattr(node.func.value, "id", "") == "icons" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                names.add(node.args[0].value)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                    and any(getattr(t, "id", "") == "icon_name" for t in node.targets):
                names.add(node.value.value)
    return names


def test_every_icon_the_code_asks_for_is_bundled():
    names = _icon_names_in_code()
    assert {"civicdesk", "warning", "members"} <= names
    missing = {name for name in names if f"resources/icons/{name}.svg" not in _bundled()}
    assert missing == set()


def test_qt_modules_we_use_are_kept_and_the_big_unused_ones_excluded():
    excluded = set(trim.excluded_qt_modules())
    for kept in trim.QT_KEEP:
        assert f"PySide6.{kept}" not in excluded
    for module in ("QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{module}" in excluded


@pytest.mark.parametrize("dest, dropped", [
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/translations/qt_help_de.qm", True),
    ("PySide6/Qt/translations/qt_de.qm", True),
    ("PySide6/plugins/platforms/qxcb.dll", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
])
def test_plugins_and_translations_left_out(dest, dropped):
    entry = (dest, "/src/" + dest, "BINARY")
    assert (trim.drop_unused([entry]) == []) is dropped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries (Linux)")
def test_only_libraries_nothing_kept_links_to_are_removed():
    links = {"ext.abi3.so": {"libA.so"}, "libA.so": {"libB.so"}, "libB.so": set(),
             "plugins/p/libplugin.so": {"libC.so"}, "libC.so": set(), "libD.so": {"libE.so"},
             "libE.so": set()}
    binaries = [(name, name, "BINARY") for name in links]
    binaries.append(("libB-link.so", "libB.so", "SYMLINK"))
    kept = trim.drop_unreferenced_libraries(binaries, imports=lambda src: links.get(src, set()))
    assert [e[0] for e in kept] == ["ext.abi3.so", "libA.so", "libB.so",
                                    "plugins/p/libplugin.so", "libC.so"]
    datas = [("libD.so.1", "libD.so", "SYMLINK"), ("libA.so.1", "libA.so", "SYMLINK")]
    assert trim.drop_dangling_symlinks(datas, kept) == [("libA.so.1", "libA.so", "SYMLINK")]


def test_every_pane_module_is_bundled_although_it_is_imported_by_name():
    """The window imports panes with importlib when first shown; the analysis cannot see
    that, so a pane missing from the list would only fail in the installed app."""
    from civicdesk.gui import panes

    bundled = set(SPEC["our_modules"]())
    for entry in panes.PANES:
        assert f"civicdesk.gui.panes.{entry.module}" in bundled
    assert "civicdesk.gui.reports.launch" in bundled and "civicdesk.__main__" in bundled


@pytest.mark.parametrize("dest, kept", [
    ("babel/locale-data/root.dat", True), ("babel/locale-data/en.dat", True),
    ("babel/locale-data/en_001.dat", True), ("babel/locale-data/en_GB.dat", True),
    ("babel/locale-data/es_419.dat", True), ("babel/locale-data/es_MX.dat", True),
    ("babel/locale-data/fr_CA.dat", True), ("babel/global.dat", True),
    ("babel/locale-data/de.dat", False), ("babel/locale-data/zh_Hant_HK.dat", False),
    ("babel/locale-data/eo.dat", False), ("PySide6/Qt/translations/qtbase_de.qm", True),
])
def test_only_the_babel_data_of_our_languages_is_bundled(dest, kept):
    """Every regional variant of English, Spanish and French, and what they inherit from
    (en_001, es_419, root); 1.8 MB of Babel's 32 MB."""
    entry = (dest, "/src/" + dest, "DATA")
    assert (trim.drop_other_babel_locales([entry]) == [entry]) is kept

"""The built app (make dist): what the bundle holds, portable mode, the .deb.

These run against the bundle named by $CIVICDESK_BUNDLE (and the package in $CIVICDESK_DEB);
`.ci/run` sets both after `make dist`. Without them they are skipped.
"""

import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk import APP_ID, APP_NAME

from conftest import ROOT

pytestmark = pytest.mark.frozen

BUNDLE = os.environ.get("CIVICDESK_BUNDLE")
DEB = os.environ.get("CIVICDESK_DEB")
if not BUNDLE and not DEB:
    pytest.skip("checks the built app: set CIVICDESK_BUNDLE=dist/CivicDesk and CIVICDESK_DEB "
                "after `make dist` (.ci/run does)", allow_module_level=True)
EXE_NAME = APP_ID if sys.platform.startswith("linux") else APP_NAME
needs_bundle = pytest.mark.skipif(
    not BUNDLE, reason="set CIVICDESK_BUNDLE=dist/CivicDesk after `make dist` (.ci/run does)")


@pytest.fixture(scope="module")
def bundle() -> Path:
    path = Path(BUNDLE).resolve()
    assert (path / EXE_NAME).is_file(), f"no {EXE_NAME} in {path}"
    return path


@pytest.fixture(scope="module")
def usb_copy(bundle, tmp_path_factory) -> Path:
    """The bundle copied elsewhere, as someone would copy it to a USB stick."""
    target = tmp_path_factory.mktemp("stick") / APP_NAME
    shutil.copytree(bundle, target, symlinks=True)
    return target


def _run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("CIVICDESK_DATA_DIR", "XDG_DATA_HOME", "APPDATA")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120,
                          env=env, cwd=home)


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


@needs_bundle
def test_the_frozen_self_test_passes(bundle, tmp_path):
    result = _run(bundle / EXE_NAME, "--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "OK"
    assert "(installed copy)" in result.stdout
    assert "C functions" in result.stdout  # rl-accel was bundled and loaded (#15)


@needs_bundle
def test_every_resource_is_in_the_bundle(bundle):
    spec = runpy.run_path(str(ROOT / "build.spec"), run_name="build_spec")
    inside = bundle / "_internal"
    for source, folder in spec["get_data_files"]():
        assert (inside / folder / Path(source).name).is_file(), f"{source} is not bundled"


@needs_bundle
def test_the_bundle_keeps_what_we_use_and_leaves_out_the_rest(bundle):
    names = "\n".join(sorted(_files(bundle))).lower()
    for wanted in ("qtpdf.abi3", "qtpdfwidgets.abi3", "qtprintsupport.abi3", "libqt6pdf.so",
                   "libqt6svg.so", "iconengines/libqsvgicon", "imageformats/libqsvg",
                   "platforms/libqxcb", "platforms/libqoffscreen", "platforms/libqwayland",
                   "printsupport/libcupsprintersupport", "reportlab/fonts/vera.ttf",
                   "tzdata/zoneinfo/america/new_york", "translations/qtbase_es.qm",
                   "_rl_accel."):
        assert wanted in names, f"{wanted} is missing from the bundle"
    for unwanted in ("webengine", "qt6quick", "qt6qml", "qt63d", "multimedia",
                     "virtualkeyboard", "qt6designer", "platformthemes/libqgtk3", "tkinter"):
        assert unwanted not in names, f"{unwanted} should have been left out"


@needs_bundle
def test_without_portable_file_the_data_goes_to_the_users_folder(usb_copy, tmp_path):
    (usb_copy / "portable").unlink(missing_ok=True)
    result = _run(usb_copy / EXE_NAME, "demo", "--people", "20", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local/share" / APP_NAME / "civicdesk.db").is_file()
    assert not (usb_copy / "data").exists()


@needs_bundle
def test_with_a_portable_file_everything_stays_next_to_the_app(usb_copy, tmp_path):
    (usb_copy / "portable").write_text("")
    try:
        demo = _run(usb_copy / EXE_NAME, "demo", "--people", "20", home=tmp_path)
        window = _run(usb_copy / EXE_NAME, "--quit-after-show", home=tmp_path)
    finally:
        (usb_copy / "portable").unlink()
    assert demo.returncode == 0, demo.stderr
    assert window.returncode == 0, window.stderr
    data = usb_copy / "data"
    # The first screen is the first-run screen now (logins): window-state.ini comes with
    # the main window, which `--quit-after-show` no longer reaches.
    assert {"civicdesk.db", "logs/civicdesk.log"} <= _files(data)
    assert _files(tmp_path) == set()  # nothing written on the computer it runs on


@pytest.mark.skipif(not DEB, reason="set CIVICDESK_DEB to the built .deb (.ci/run does)")
def test_the_deb_installs_the_app_a_launcher_and_a_menu_entry():
    listing = subprocess.run(["dpkg-deb", "--contents", DEB], capture_output=True, text=True,
                             check=True).stdout
    for path in ("./opt/civicdesk/civicdesk", "./usr/bin/civicdesk -> /opt/civicdesk/civicdesk",
                 "./usr/share/applications/civicdesk.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/civicdesk.svg",
                 "./opt/civicdesk/machine-data-folder"):
        assert path in listing
    postinst = subprocess.run(["dpkg-deb", "--info", DEB, "postinst"], capture_output=True,
                              text=True, check=True).stdout
    assert "addgroup --system civicdesk" in postinst and "chmod 2770 /var/lib/civicdesk" in postinst


@needs_bundle
def test_the_bundle_itself_keeps_one_data_folder_per_user(bundle):
    # only the .deb adds the marker of the PC's shared folder; the tarball is the bundle
    assert not (bundle / "machine-data-folder").exists()
    depends = subprocess.run(["dpkg-deb", "--field", DEB, "Depends"], capture_output=True,
                             text=True, check=True).stdout
    assert {"libc6", "libgl1", "libegl1", "libxcb1", "libfontconfig1"} <= set(
        depends.strip().split(", "))

"""What the .deb adds to the bundle for one data folder per PC (scripts/package_linux.py):
the marker the installed app finds next to its executable, and the postinst that makes the
folder for the group. The built package is installed for real by scripts/install_deb_check.sh
in CI (as root)."""

import argparse
import gzip
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import civicdesk
from civicdesk import paths

from conftest import ROOT

package_linux = runpy.run_path(str(ROOT / "scripts/package_linux.py"), run_name="package_linux")


def test_the_marker_names_the_folder_the_app_then_uses(tmp_path, monkeypatch):
    bundle = tmp_path / "CivicDesk"
    bundle.mkdir()
    (bundle / "civicdesk").write_bytes(b"")
    root = tmp_path / "deb-root"
    package_linux["stage"](bundle, root)
    installed = root / "opt/civicdesk"
    assert (installed / paths.MACHINE_MARKER).read_text() == "/var/lib/civicdesk\n"
    assert package_linux["MACHINE_MARKER"] == paths.MACHINE_MARKER
    assert not (bundle / paths.MACHINE_MARKER).exists()  # the tarball stays per user
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setattr(paths, "_session_choice", paths._UNREAD)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(installed / "civicdesk"))
    assert paths.data_dir() == Path("/var/lib/civicdesk")


def test_the_postinst_makes_the_group_and_the_setgid_folder():
    script = package_linux["POSTINST"]
    assert script.startswith("#!/bin/sh\nset -e\n")
    assert "addgroup --system civicdesk" in script
    assert "chown root:civicdesk /var/lib/civicdesk" in script
    assert "chmod 2770 /var/lib/civicdesk" in script
    if shutil.which("sh"):
        checked = subprocess.run(["sh", "-n"], input=script, text=True, capture_output=True)
        assert checked.returncode == 0, checked.stderr


# What a desktop expects beside the menu entry (#15) ----------------------------------------

@pytest.fixture(scope="module")
def staged(tmp_path_factory, qapp):  # qapp: Qt draws the icons
    tmp_path = tmp_path_factory.mktemp("deb")
    bundle = tmp_path / "CivicDesk"
    bundle.mkdir()
    (bundle / "civicdesk").write_bytes(b"")
    root = tmp_path / "deb-root"
    package_linux["stage"](bundle, root)
    return root / "usr/share"


def test_the_icon_comes_as_pngs_from_16_to_512_px_besides_the_svg(staged):
    from PySide6.QtGui import QImage

    assert (staged / "icons/hicolor/scalable/apps/civicdesk.svg").is_file()
    sizes = sorted(int(p.parent.parent.name.partition("x")[0])
                   for p in staged.glob("icons/hicolor/*x*/apps/civicdesk.png"))
    assert sizes == [16, 22, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        image = QImage(str(staged / f"icons/hicolor/{size}x{size}/apps/civicdesk.png"))
        assert (image.width(), image.height()) == (size, size) and image.hasAlphaChannel()
        middle = image.pixelColor(size // 2, size // 2)
        assert middle.alpha() > 0 and image.pixelColor(0, 0) != middle  # something drawn


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstreamcli "
                    "(scripts/sysdeps.sh dist installs it)")
def test_the_appstream_metainfo_passes_appstreamcli_validate(staged):
    (metainfo,) = staged.glob("metainfo/*.metainfo.xml")
    assert metainfo.name == "org.example.civicdesk.metainfo.xml"
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert "<launchable type=\"desktop-id\">civicdesk.desktop</launchable>" in text
    assert f'<release version="{civicdesk.__version__}"' in text


@pytest.mark.skipif(not shutil.which("man"), reason="needs man")
def test_the_man_page_renders_and_names_every_command(staged):
    from civicdesk import app

    page = staged / "man/man1/civicdesk.1.gz"
    shown = subprocess.run(["man", "-l", str(page)], capture_output=True, text=True,
                           env={"MANWIDTH": "100", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    assert shown.returncode == 0 and "warning" not in shown.stderr, shown.stderr
    assert shown.stdout.startswith("CIVICDESK(1)")
    assert "civicdesk - members, volunteer shifts, support requests and reports" in shown.stdout
    parser = app.build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name in commands.choices:
        assert f"\n   {name}\n" in shown.stdout, name
    assert "--self-test" in shown.stdout and "--password-stdin" in shown.stdout
    assert "--quit-after-show" not in shown.stdout  # hidden from --help, so from man too
    assert gzip.decompress(page.read_bytes()).startswith(b".TH CIVICDESK 1")


def test_the_windows_installer_requires_windows_10():
    script = (ROOT / "installer/civicdesk.iss").read_text(encoding="utf-8")
    setup = script.split("[Setup]", 1)[1].split("\n[", 1)[0]
    assert "\nMinVersion=10.0\n" in setup

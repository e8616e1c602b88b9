"""What the .deb adds to the bundle for one data folder per PC (scripts/package_linux.py):
the marker the installed app finds next to its executable, and the postinst that makes the
folder for the group. The built package is installed for real by scripts/install_deb_check.sh
in CI (as root)."""

import runpy
import shutil
import subprocess
import sys
from pathlib import Path

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

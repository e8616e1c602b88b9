"""Portable mode: with a file named `portable` next to the app, the data folder is there too.

These fake a frozen app (sys.frozen, sys.executable); tests/test_frozen.py checks the real
bundle, copied to another folder like onto a USB stick.
"""

import runpy
import sys

import pytest

from civicdesk import paths

from conftest import ROOT


@pytest.fixture
def frozen_at(tmp_path, monkeypatch):
    """Pretend to be a frozen executable at the given path (relative to tmp_path)."""
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setattr(paths, "portable_build", False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)

    def place(relative: str):
        exe = tmp_path / relative
        exe.parent.mkdir(parents=True, exist_ok=True)
        exe.write_bytes(b"")
        monkeypatch.setattr(sys, "executable", str(exe))
        return exe.parent
    return place


def test_without_the_file_the_data_folder_is_the_systems(frozen_at, tmp_path):
    frozen_at("stick/CivicDesk/civicdesk")
    assert paths.portable_dir() is None
    assert tmp_path not in paths.data_dir().parents


def test_with_the_file_the_data_folder_is_next_to_the_executable(frozen_at):
    folder = frozen_at("stick/CivicDesk/civicdesk")
    (folder / "portable").write_text("")
    assert paths.data_dir() == folder / "data"
    assert paths.default_db_path() == folder / "data" / "civicdesk.db"
    assert paths.log_dir() == folder / "data" / "logs"


def test_data_dir_given_on_the_command_line_still_wins(frozen_at, tmp_path):
    folder = frozen_at("stick/CivicDesk/civicdesk")
    (folder / "portable").write_text("")
    paths.set_data_dir(tmp_path / "elsewhere")
    assert paths.data_dir() == tmp_path / "elsewhere"


def test_on_macos_the_file_sits_next_to_the_app_bundle(frozen_at, tmp_path):
    frozen_at("stick/CivicDesk.app/Contents/MacOS/CivicDesk")
    (tmp_path / "stick" / "portable").write_text("")
    assert paths.data_dir() == tmp_path / "stick" / "data"


def test_the_portable_build_needs_no_file(frozen_at):
    folder = frozen_at("stick/CivicDesk/CivicDesk.exe")
    runpy.run_path(str(ROOT / "scripts" / "pyinstaller" / "portable-hook.py"))
    assert paths.data_dir() == folder / "data"


def test_a_temporary_data_folder_gives_the_previous_one_back(data_dir, tmp_path):
    with paths.data_dir_overridden(tmp_path / "scratch") as scratch:
        assert paths.data_dir() == scratch == tmp_path / "scratch"
    assert paths.data_dir() == data_dir

"""One data folder per PC: Windows' %PROGRAMDATA%\\CivicDesk, the Linux package's
/var/lib/civicdesk shared by the group civicdesk (folders 2770, files 0660), the tarball and
portable builds as before (one user's, 0700/0600), and an admin's choice of another folder
(the pointer file), from the next start."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from civicdesk import paths
from civicdesk.data import backups, database, lockfile
from civicdesk.services import data_folder, errors, people, storage

from conftest import ROOT

pytestmark = pytest.mark.sqlite_only("the database file in the data folder of a PC")

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """`installed("deb")`, `("tarball")` or `("portable")`: pretend to be that frozen
    build at tmp_path/app, with nothing chosen on the command line or in the environment;
    returns the folder of the executable. The .deb's machine folder is tmp_path/var-lib."""
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setattr(paths, "portable_build", False)
    monkeypatch.setattr(paths, "_session_choice", paths._UNREAD)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    monkeypatch.setattr(sys, "platform", "linux")
    old_umask = os.umask(0o022)
    app = tmp_path / "app"
    app.mkdir()
    (app / "civicdesk").write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(app / "civicdesk"))

    def install(kind: str) -> Path:
        if kind == "deb":
            (app / paths.MACHINE_MARKER).write_text(f"{tmp_path / 'var-lib'}\n")
        elif kind == "portable":
            (app / paths.PORTABLE_MARKER).write_text("")
        return app
    yield install
    os.umask(old_umask)


def test_on_windows_the_data_folder_is_the_machines_programdata(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    assert paths.data_dir() == tmp_path / "ProgramData" / "CivicDesk"
    assert paths.default_db_path() == tmp_path / "ProgramData" / "CivicDesk" / "civicdesk.db"
    monkeypatch.delenv("PROGRAMDATA")
    assert str(paths.data_dir()) == str(Path(r"C:\ProgramData") / "CivicDesk")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "mine"))
    assert paths.data_dir() == tmp_path / "mine"  # --data-dir and the variable still win


def test_the_deb_install_uses_the_folder_its_marker_names(installed, tmp_path):
    installed("deb")
    assert paths.data_dir() == tmp_path / "var-lib"
    assert paths.log_dir() == tmp_path / "var-lib" / "logs"


def test_the_tarball_keeps_one_folder_per_user(installed, tmp_path):
    installed("tarball")
    assert paths.data_dir() == tmp_path / "home-data" / "CivicDesk"
    assert paths.shared_dirs() == ()


def test_the_portable_build_keeps_its_data_beside_the_app_even_with_a_marker(installed):
    app = installed("portable")
    (app / paths.MACHINE_MARKER).write_text("/var/lib/civicdesk\n")
    assert paths.data_dir() == app / "data"
    assert paths.shared_dirs() == ()


@posix
def test_in_the_shared_folder_everything_is_the_groups_whatever_the_umask(installed, tmp_path,
                                                                          actor):
    installed("deb")
    folder = tmp_path / "var-lib"
    db = database.open_database(paths.default_db_path())
    try:
        people.create_person(actor, {"first_name": "Zoë"})
        assert mode(folder) == 0o2770 and os.stat(folder).st_mode & stat.S_ISGID
        made = {p.name: mode(p) for p in folder.iterdir() if p.is_file()}
        assert made == {"civicdesk.db": 0o660, "civicdesk.db-wal": 0o660,
                        "civicdesk.db-shm": 0o660}
        with lockfile.acquire(folder / "civicdesk.db"):
            assert mode(folder / "civicdesk.db.lock") == 0o660  # the next user can lock it
        done = storage.back_up(kind=backups.MANUAL)
        assert mode(folder / "backups") == 0o2770
        assert mode(done.backup.path) == 0o660
        assert mode(done.backup.path.with_suffix(".json")) == 0o660
    finally:
        database.close_database(db)
    assert mode(folder / "civicdesk.db") == 0o660


@posix
def test_outside_the_shared_folder_files_stay_private(installed, tmp_path, actor):
    installed("deb")
    mine = tmp_path / "mine"
    paths.set_data_dir(mine)  # --data-dir: one user's choice
    try:
        db = database.open_database(paths.default_db_path())
        database.close_database(db)
        assert mode(mine) == 0o700 and mode(mine / "civicdesk.db") == 0o600
    finally:
        paths.set_data_dir(None)


@posix
def test_a_wider_shared_folder_is_narrowed_to_the_group(installed, tmp_path):
    installed("deb")
    folder = tmp_path / "var-lib"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    database.close_database(database.open_database(paths.default_db_path()))
    assert mode(folder) == 0o2770 and mode(folder / "civicdesk.db") == 0o660


# An admin's choice of folder ----------------------------------------------------------------

def test_an_admin_chooses_another_folder_for_the_next_start(installed, tmp_path, actor):
    installed("deb")
    db = database.open_database(paths.default_db_path())
    try:
        data_folder.choose(actor, tmp_path / "elsewhere")
        assert (tmp_path / "var-lib" / paths.POINTER_FILE).read_text() == \
            f"{tmp_path / 'elsewhere'}\n"
        assert data_folder.where() == data_folder.DataFolder(  # from the next start
            tmp_path / "var-lib", tmp_path / "var-lib", tmp_path / "elsewhere", True)
        entry = db.execute_sql("SELECT actor, changes FROM audit_entry WHERE table_name = "
                               "'setting'").fetchall()
        assert entry == [("Tess Tester", f'{{"data_folder": ["{tmp_path / "var-lib"}", '
                                         f'"{tmp_path / "elsewhere"}"]}}')]
        assert (tmp_path / "elsewhere").is_dir()
        if os.name == "posix":  # shared too: every account of the PC opens it next time
            assert mode(tmp_path / "elsewhere") == 0o2770
            assert mode(tmp_path / "var-lib" / paths.POINTER_FILE) == 0o660
        data_folder.choose(actor, None)
        assert not (tmp_path / "var-lib" / paths.POINTER_FILE).exists()
        assert data_folder.where().next_start == tmp_path / "var-lib"
    finally:
        database.close_database(db)


def test_the_next_start_opens_the_chosen_folder(installed, tmp_path):
    installed("deb")
    (tmp_path / "var-lib").mkdir()
    (tmp_path / "var-lib" / paths.POINTER_FILE).write_text(f"{tmp_path / 'elsewhere'}\n")
    assert paths.data_dir() == tmp_path / "elsewhere"
    assert paths.default_db_path() == tmp_path / "elsewhere" / "civicdesk.db"


def test_only_an_admin_may_choose_the_folder(installed, tmp_path, coordinator):
    installed("deb")
    db = database.open_database(paths.default_db_path())
    try:
        with pytest.raises(errors.PermissionDenied):
            data_folder.choose(coordinator, tmp_path / "elsewhere")
        assert not (tmp_path / "var-lib" / paths.POINTER_FILE).exists()
        assert not (tmp_path / "elsewhere").exists()
        assert db.execute_sql("SELECT action FROM audit_entry").fetchall() == [("refused",)]
    finally:
        database.close_database(db)


def test_a_relative_folder_is_refused_naming_it(installed, actor, tmp_path):
    installed("deb")
    db = database.open_database(paths.default_db_path())
    try:
        with pytest.raises(data_folder.NotAFolder, match="give the folder's full path"):
            data_folder.choose(actor, "data")
        assert paths.chosen_dir() is None
    finally:
        database.close_database(db)


def test_a_pointer_that_does_not_hold_one_full_path_is_ignored(installed, tmp_path):
    installed("deb")
    (tmp_path / "var-lib").mkdir()
    for text in ("", "relative/folder\n", "/one\n/two\n"):
        (tmp_path / "var-lib" / paths.POINTER_FILE).write_text(text)
        assert paths.chosen_dir() is None


# Two accounts of one PC, really -------------------------------------------------------------

GROUP = 54321  # a group id of no one else's: the package's `civicdesk` group


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root (as CI runs) to act as two accounts")
def test_a_second_account_of_the_group_uses_the_database_the_first_made():
    root = Path(tempfile.mkdtemp(prefix="civicdesk-shared-"))
    try:
        root.chmod(0o711)
        app, folder = root / "app", root / "var-lib"
        app.mkdir(mode=0o755)
        (app / "civicdesk").write_bytes(b"")
        (app / paths.MACHINE_MARKER).write_text(f"{folder}\n")
        folder.mkdir()
        os.chown(folder, 0, GROUP)
        folder.chmod(0o2770)  # as the package's postinst leaves it

        def as_account(uid: int, *argv: str) -> subprocess.CompletedProcess:
            code = (f"import sys; sys.frozen = True; sys.executable = {str(app / 'civicdesk')!r}; "
                    f"from civicdesk import app; sys.exit(app.main({list(argv)!r}))")
            prefix = [] if uid == 0 else ["setpriv", f"--reuid={uid}", f"--regid={GROUP}",
                                          "--clear-groups"]
            env = {k: v for k, v in os.environ.items() if k != paths.DATA_DIR_ENV}
            env.update(HOME=str(root), PYTHONDONTWRITEBYTECODE="1")
            return subprocess.run([*prefix, sys.executable, "-c", code], capture_output=True,
                                  text=True, timeout=120, cwd=ROOT, env=env)

        first = as_account(0, "demo", "--people", "5")
        assert first.returncode == 0, first.stderr
        assert os.stat(folder / "civicdesk.db").st_gid == GROUP  # the folder's setgid bit
        second = as_account(65534, "backup")  # nobody, in the group: opens it for writing
        assert second.returncode == 0, second.stderr
        checked = as_account(65534, "check")
        assert checked.returncode == 0 and checked.stdout.strip().endswith("ok"), checked
        outsider = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "cat",
             str(folder / "civicdesk.db")], capture_output=True)
        assert outsider.returncode != 0  # others, not in the group, read nothing
    finally:
        shutil.rmtree(root)


def test_the_windows_installer_makes_the_pcs_folder_that_every_user_may_change():
    script = (ROOT / "installer/civicdesk.iss").read_text(encoding="utf-8")
    dirs = script.split("[Dirs]\n", 1)[1].split("\n\n", 1)[0]
    assert dirs == ('Name: "{commonappdata}\\{#AppName}"; Permissions: users-modify; '
                    'Flags: uninsneveruninstall')

"""Private files: on POSIX the data folder and CivicDesk's folders are 0700, the database with
its -wal and -shm, backups, logs and crash logs 0600, whatever the umask; wider ones made
before are tightened when CivicDesk opens them. Real files, real SQLite."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat

import pytest

from civicdesk import paths
from civicdesk.data import backups, database
from civicdesk.services import people

from conftest import FIXTURES, run_civicdesk, without_root_powers

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="POSIX permissions"), pytest.mark.sqlite_only("the permissions of the database file, its -wal, -shm and backups")]


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def umask():
    """The usual umask, under which new files are readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _database_files(path):
    return {p.name: mode(p) for p in path.parent.iterdir() if p.name.startswith(path.name)}


def test_a_new_data_folder_and_database_are_private(tmp_path, actor):
    with paths.data_dir_overridden(tmp_path / "CivicDesk") as folder:
        db = database.open_database(paths.default_db_path())
        try:
            people.create_person(actor, {"first_name": "Zoë", "accessibility_notes": "Cane"})
            assert mode(folder) == 0o700
            assert _database_files(folder / "civicdesk.db") == {
                "civicdesk.db": 0o600, "civicdesk.db-wal": 0o600, "civicdesk.db-shm": 0o600}
        finally:
            database.close_database(db)
    assert mode(folder / "civicdesk.db") == 0o600


def _old_install(data_dir, db_path):
    """A data folder as CivicDesk left it before: everything readable by everyone, the
    database open in another program (so its -wal and -shm exist), a backup."""
    data_dir.chmod(0o755)
    shutil.copyfile(FIXTURES / "schema_v5.db", db_path)
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA journal_mode = wal")
    other.execute("UPDATE household SET notes = 'Side door' WHERE id = 1")
    other.commit()
    backups = data_dir / "backups"
    backups.mkdir(mode=0o755)
    shutil.copyfile(FIXTURES / "schema_v4.db", backups / "civicdesk-before-schema-v5.db")
    return other


def test_wider_files_of_an_older_version_are_tightened_when_opened(data_dir, db_path):
    other = _old_install(data_dir, db_path)
    try:
        assert _database_files(db_path) == {"civicdesk.db": 0o644, "civicdesk.db-wal": 0o644,
                                            "civicdesk.db-shm": 0o644}
        db = database.open_database(db_path)
        database.close_database(db)
        assert mode(data_dir) == 0o700
        assert _database_files(db_path) == {"civicdesk.db": 0o600, "civicdesk.db-wal": 0o600,
                                            "civicdesk.db-shm": 0o600}
        assert mode(data_dir / "backups") == 0o700
        assert mode(data_dir / "backups" / "civicdesk-before-schema-v5.db") == 0o600
    finally:
        other.close()


def test_a_backup_is_private(data_dir, db_path):
    shutil.copyfile(FIXTURES / "schema_v4.db", db_path)  # opening it upgrades: a backup first
    db = database.open_database(db_path)
    try:
        made = sorted((data_dir / "backups").iterdir())  # the backup and its record
        assert mode(data_dir / "backups") == 0o700 and {mode(p) for p in made} == {0o600}
        another = backups.take(db, data_dir / "elsewhere" / "copies").path
        assert mode(another.parent) == 0o700 and mode(another) == 0o600
        assert mode(another.with_suffix(".json")) == 0o600
        mine = backups.write_file(db, data_dir / "mine.db").path
        assert mode(mine) == 0o600
        copy = sqlite3.connect(another)
        assert copy.execute("SELECT count(*) FROM person").fetchone() == (2,)
        copy.close()
    finally:
        database.close_database(db)


def test_a_database_in_a_folder_of_the_users_own_keeps_that_folder(tmp_path, data_dir):
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    shutil.copyfile(FIXTURES / "schema_v4.db", folder / "club.db")
    db = database.open_database(folder / "club.db")
    database.close_database(db)
    assert mode(folder) == 0o755  # chosen with --db: the user's folder, left as it is
    assert mode(folder / "club.db") == 0o600
    assert mode(folder / "backups") == mode(folder / "backups" / "club") == 0o700
    assert {mode(p) for p in (folder / "backups" / "club").iterdir()} == {0o600}


@pytest.fixture
def logging_to_file():
    """`crash.setup_logging` as the window calls it at startup; its handler is taken off
    again after the test."""
    from civicdesk.gui import crash

    before = list(crash.log.handlers)
    yield crash.setup_logging
    for handler in crash.log.handlers[:]:
        if handler not in before:
            crash.log.removeHandler(handler)
            handler.close()


def test_the_log_and_crash_logs_are_private(data_dir, logging_to_file):
    from civicdesk.gui import crash

    folder = logging_to_file()
    assert folder == data_dir / "logs"
    crash.log.info("started")
    assert mode(data_dir) == 0o700 and mode(folder) == 0o700
    assert mode(folder / "civicdesk.log") == 0o600
    (handler,) = [h for h in crash.log.handlers if isinstance(h, crash.PrivateLogFile)]
    handler.doRollover()  # the log is full: a new one is started
    crash.log.info("after the rollover")
    assert mode(folder / "civicdesk.log") == 0o600 and mode(folder / "civicdesk.log.1") == 0o600
    crash_log = crash.write_crash_log("details")
    assert crash_log.parent == folder and mode(crash_log) == 0o600


def test_old_logs_are_tightened_at_startup(data_dir, logging_to_file):
    folder = data_dir / "logs"
    folder.mkdir(mode=0o755)
    for name in ("civicdesk.log", "civicdesk.log.1", "crash-20260301-120000-000000.log"):
        (folder / name).write_text("old\n")
    logging_to_file()
    assert mode(folder) == 0o700
    assert {p.name: mode(p) for p in folder.iterdir()} == {
        "civicdesk.log": 0o600, "civicdesk.log.1": 0o600,
        "crash-20260301-120000-000000.log": 0o600}


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the file to someone else")
def test_a_database_that_cannot_be_made_private_still_opens(tmp_path):
    """A file shared on purpose (someone else's, writable by all) is left as it is: root
    without CAP_FOWNER may not chmod it, like any user who does not own it."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "civicdesk.db"
    shutil.copyfile(FIXTURES / "schema_v5.db", path)
    os.chown(path, 12345, 12345)
    path.chmod(0o666)
    caps = "-dac_override,-dac_read_search,-fowner"
    result = run_civicdesk("--data-dir", str(tmp_path / "data"), "--db", str(path), "check",
                           prefix=[shutil.which("setpriv"), f"--inh-caps={caps}",
                                   f"--bounding-set={caps}"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert mode(path) == 0o666


def test_a_read_only_backups_folder_gets_a_clear_message(tmp_path):
    shutil.copyfile(FIXTURES / "schema_v4.db", tmp_path / "civicdesk.db")  # needs a backup
    (tmp_path / "backups").mkdir(mode=0o555)
    try:
        result = run_civicdesk("--db", str(tmp_path / "civicdesk.db"), "check",
                               prefix=without_root_powers())
    finally:
        (tmp_path / "backups").chmod(0o755)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "cannot save in the folder" in result.stderr and "Traceback" not in result.stderr
    assert list((tmp_path / "backups").iterdir()) == []


def test_on_windows_nothing_is_changed(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "PRIVATE", False)
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    (folder / "civicdesk.log").write_text("")
    paths.ensure_private_dir(folder)
    paths.tighten(folder / "civicdesk.log")
    assert mode(folder) == 0o755 and mode(folder / "civicdesk.log") == 0o644


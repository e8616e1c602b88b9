"""Backups: verified before they are named, rotated, copied to a second folder, listed; and
putting one back (refusing what is not a whole backup)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from civicdesk import paths
from civicdesk.data import backups, database, errors, integrity, models
from civicdesk.services import people, preferences, storage
from civicdesk.services.actors import Actor
from civicdesk.services.errors import PermissionDenied

from conftest import run_civicdesk

pytestmark = pytest.mark.dates


@pytest.fixture
def town(db, actor):
    with models.database.atomic():
        for name in ("Ann", "Bo", "Cy"):
            people.create_person(actor, {"first_name": name, "last_name": "Bell"})
    return db


def folder_of(db) -> Path:
    return storage.backup_folder()


def test_a_backup_is_verified_then_named_with_its_record(town):
    done = storage.back_up()
    backup = done.backup
    assert backup.verified and backup.people == 3 and backup.kind == "routine"
    record = json.loads(backup.path.with_suffix(".json").read_text())
    assert record["counts"]["person"] == 3 and record["verified"] is True
    assert [p.name for p in folder_of(town).iterdir() if p.name.startswith(".")] == []
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file alone
    conn.close()
    assert storage.on_hand() == [backup]


@pytest.mark.sqlite_only("the -wal of the database file")
def test_commits_still_in_the_wal_are_in_the_backup(town, actor):
    town.execute_sql("PRAGMA wal_autocheckpoint = 0")
    for i in range(50):
        people.create_person(actor, {"first_name": f"Late {i}"})
    assert Path(f"{storage.db_path()}-wal").stat().st_size > 0
    assert storage.back_up().backup.people == 53


def test_what_a_kill_during_a_backup_leaves_is_never_listed_and_is_cleared(town):
    folder = folder_of(town)
    folder.mkdir(parents=True)
    leftover = folder / ".civicdesk-20261130-120000-routine.db.partial"
    leftover.write_bytes(b"SQLite format 3\x00 half a backup")
    journal = folder / ".civicdesk-20261130-120000-routine.db.partial-journal"
    journal.write_bytes(b"\xd9\xd5\x05\xf9 its rollback journal")  # a server's snapshot
    assert storage.on_hand() == []
    storage.back_up()
    assert not leftover.exists() and not journal.exists()


def test_a_record_that_does_not_match_its_file_is_not_verified(town):
    backup = storage.back_up().backup
    with backup.path.open("ab") as fh:
        fh.write(b"\0" * 4096)  # changed after it was checked
    (listed,) = backups.list_backups(backup.path.parent)
    assert not listed.verified
    assert backups.newest_verified(backup.path.parent) is None


def test_routine_backups_keep_7_days_4_weeks_and_12_months(town, clock):
    preferences.update_setting(Actor("Tess"), "timezone", "UTC")
    start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    for day in range(0, 420, 3):  # one every third day for 14 months
        clock.pin(start + timedelta(days=day))
        storage.back_up()
    kept = [b.taken_at.date() for b in backups.list_backups(folder_of(town))]
    newest = (start + timedelta(days=417)).date()
    assert kept[0] == newest
    assert len([d for d in kept if newest - d < timedelta(days=21)]) == 7  # daily (every 3rd)
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12 and len(kept) <= 7 + 4 + 12
    assert min(kept) > newest - timedelta(days=366)


def test_a_second_folder_gets_a_verified_copy_and_its_absence_is_said(town, actor, tmp_path):
    second = tmp_path / "usb-stick"
    second.mkdir()
    preferences.update_setting(actor, "backup_folder_2", str(second))
    done = storage.back_up()
    assert done.second is not None and done.second.verified
    # in it (a server's: in a folder named for its address there)
    assert done.second.path.is_relative_to(second) and done.second.people == 3
    second.rename(tmp_path / "unplugged")
    done = storage.back_up()
    assert isinstance(done.second_problem, storage.SecondFolderMissing)
    assert storage.status().second_missing


def test_the_status_warns_after_a_week_without_a_backup(town, clock):
    assert storage.status().stale  # none yet
    clock.pin(datetime(2026, 3, 1, 10, 0, tzinfo=UTC))
    storage.back_up()
    assert not storage.status().stale and not storage.due()
    clock.pin(datetime(2026, 3, 2, 11, 0, tzinfo=UTC))
    assert storage.due() and not storage.status().stale
    clock.pin(datetime(2026, 3, 8, 11, 0, tzinfo=UTC))
    assert storage.status().stale


def test_changes_since_the_last_backup_are_noticed(town, actor):
    assert storage.changed_since_last_backup()
    storage.back_up()
    assert not storage.changed_since_last_backup()
    people.create_person(actor, {"first_name": "New"})
    assert storage.changed_since_last_backup()


# Restoring --------------------------------------------------------------------------------

@pytest.mark.sqlite_only("a damaged database file")
def test_restore_after_damage_puts_the_backup_back_and_keeps_the_damaged_copy(town, actor):
    backup = storage.back_up().backup
    path = storage.db_path()
    database.close_database(town)
    with path.open("r+b") as fh:  # damage the schema, on the first page
        fh.seek(100)
        fh.write(b"\xff" * 3996)
    with pytest.raises(errors.DatabaseDamaged, match="newest verified backup"):
        database.open_database(path)
    done = storage.restore(actor, path, backup.path)
    try:
        assert done.safety is None and done.kept_aside  # the damaged file, kept
        assert models.Person.select().count() == 3
        assert integrity.check(models.database.obj).ok
        assert models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first() \
            .action == "restore"
    finally:
        database.close_database(models.database.obj)


@pytest.mark.sqlite_only("a backup put in place of the file (a server: civicdesk move)")
def test_restore_backs_up_the_current_data_first(town, actor):
    backup = storage.back_up().backup
    people.create_person(actor, {"first_name": "After the backup"})
    path = storage.db_path()
    database.close_database(town)
    done = storage.restore(actor, path, backup.path)
    try:
        assert models.Person.select().count() == 3
        assert done.safety is not None and done.safety.kind == "before-restore"
        assert done.safety.people == 4 and done.safety.verified
    finally:
        database.close_database(models.database.obj)


@pytest.mark.sqlite_only("a backup put in place of the file (a server: civicdesk move)")
@pytest.mark.parametrize("make, says", [
    (lambda p: p.write_bytes(b""), "the file is empty"),
    (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\0" * 84), "damage"),
    (lambda p: p.write_text("shopping list"), "not a database file"),
])
def test_an_empty_partial_or_wrong_file_is_refused_and_nothing_changes(town, actor, tmp_path,
                                                                      make, says):
    source = tmp_path / "candidate.db"
    make(source)
    path = storage.db_path()
    database.close_database(town)
    before = path.read_bytes()
    with pytest.raises(backups.NotABackup, match=says):
        storage.restore(actor, path, source)
    assert path.read_bytes() == before


def test_a_half_copied_backup_is_refused(town, actor, tmp_path):
    backup = storage.back_up().backup
    half = tmp_path / "half.db"
    half.write_bytes(backup.path.read_bytes()[: backup.size // 2])
    path = storage.db_path()
    database.close_database(town)
    with pytest.raises(backups.NotABackup, match="damage"):
        storage.restore(actor, path, half)


def test_only_admins_restore(town, volunteer):
    backup = storage.back_up().backup
    path = storage.db_path()
    database.close_database(town)
    with pytest.raises(PermissionDenied, match="restore a backup"):
        storage.restore(volunteer, path, backup.path)


@pytest.mark.sqlite_only("the commands on a file (on a server: tests/test_cli_server.py)")
def test_the_commands_back_up_list_and_restore(town, tmp_path, data_dir):
    path = storage.db_path()
    database.close_database(town)
    made = run_civicdesk("--db", str(path), "backup")
    assert made.returncode == 0, made.stderr
    assert "3 people" in made.stdout and "verified" in made.stdout
    listed = run_civicdesk("--db", str(path), "backups")
    assert listed.returncode == 0 and "verified" in listed.stdout and "manual" in listed.stdout
    (backup,) = backups.list_backups(path.parent / "backups")
    mine = run_civicdesk("--db", str(path), "backup", "-o", str(tmp_path / "mine.db"))
    assert mine.returncode == 0 and (tmp_path / "mine.db").is_file()
    restored = run_civicdesk("--db", str(path), "restore", str(backup.path))
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout and "replaced data is in the backup" in restored.stdout
    empty = tmp_path / "empty.db"
    empty.touch()
    refused = run_civicdesk("--db", str(path), "restore", str(empty))
    assert refused.returncode == 2 and "the file is empty" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_check_does_not_call_an_empty_file_ok(tmp_path):
    empty = tmp_path / "civicdesk.db"
    empty.touch()
    done = run_civicdesk("--db", str(empty), "check")
    assert done.returncode == 1 and "the file is empty" in done.stdout
    assert empty.stat().st_size == 0


@pytest.mark.sqlite_only("the -wal a killed restore left beside the file")
def test_what_a_killed_restore_left_beside_the_file_is_not_restored_with_it(town, actor):
    # A kill while the restore recorded itself in the incoming copy leaves that copy and
    # its -wal; the next restore must not replay that -wal into its own copy.
    import subprocess
    import sys

    backup = storage.back_up().backup
    path = storage.db_path()
    database.close_database(models.database.obj)
    left = backups.incoming_path(path)
    shutil.copyfile(backup.path, left)
    killed = subprocess.run([sys.executable, "-c", (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode = wal')\n"
        "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "conn.execute(\"INSERT INTO setting (key, value) VALUES ('ghost', '1')\")\n"
        "os._exit(0)\n"), str(left)])
    assert killed.returncode == 0 and Path(f"{left}-wal").stat().st_size > 0
    storage.restore(actor, path, backup.path)
    try:
        assert models.Person.select().count() == 3
        assert not models.Setting.select().where(models.Setting.key == "ghost").exists()
        assert models.AuditEntry.select().where(models.AuditEntry.action == "restore"
                                                ).count() == 1
        assert not list(path.parent.glob(f"{left.name}*"))
    finally:
        database.close_database(models.database.obj)


@pytest.mark.sqlite_only("database files side by side in one folder")
def test_each_database_in_a_folder_has_its_own_backups(town, actor, data_dir):
    # demo.db beside civicdesk.db (`civicdesk --db demo.db demo`): were their backups
    # mixed, a damaged civicdesk.db could be offered the demo's data to restore.
    ours = storage.back_up().backup
    database.close_database(models.database.obj)
    database.open_database(data_dir / "demo.db")
    try:
        people.create_person(actor, {"first_name": "Demo"})
        theirs = storage.back_up().backup
        assert storage.on_hand() == [theirs]
    finally:
        database.close_database(models.database.obj)
    assert theirs.path.parent == data_dir / "backups" / "demo"
    assert backups.list_backups(paths.backup_dir(data_dir / "civicdesk.db")) == [ours]
    assert database.diagnose(data_dir / "civicdesk.db") is None
    assert database.damaged(data_dir / "civicdesk.db", "test").backup == ours


@pytest.mark.postgres_only
def test_a_servers_backup_is_a_file_of_its_own_that_opens_anywhere(town, actor, tmp_path):
    """A database on a server is backed up as a CivicDesk file (#17): verified, rotated
    and listed like a file's, in a folder named for the server's database; it opens as an
    ordinary database with the same people."""
    made = storage.back_up().backup
    assert made.verified and made.people == 3
    assert made.path.parent == storage.backup_folder()
    assert storage.folder_name(storage.location()) == made.path.parent.name
    assert storage.on_hand() == [made] and not storage.changed_since_last_backup()
    copy = tmp_path / "at-home.db"
    shutil.copyfile(made.path, copy)
    opened = database.open_database(copy)
    try:
        assert sorted(p.first_name for p in models.Person.select()) == ["Ann", "Bo", "Cy"]
        assert integrity.check(opened).ok
    finally:
        database.close_database(opened)


@pytest.mark.postgres_only
def test_a_server_backup_killed_halfway_leaves_nothing_listed_and_the_next_clears_it(
        db, data_dir):
    """`civicdesk backup` of a server's database SIGKILLed while its snapshot is being
    written: no backup is listed, and the next backup leaves only itself behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from civicdesk.demo import generate

    generate.generate(1500, seed=5)
    folder = storage.backup_folder()
    child = subprocess.Popen([sys.executable, "-m", "civicdesk", "backup"],
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(folder.glob(".*.partial*")):
            assert child.poll() is None, "the backup ended before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.005)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert storage.on_hand() == []
    made = storage.back_up().backup
    assert made.verified and made.people == 1500
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made.path.name, made.path.with_suffix(".json").name])

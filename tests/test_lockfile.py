"""One writer per database file: the lock file says who has it open; a second copy is told
who, and may only look (read-only); a lock left by a killed process is taken over."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk.data import database, lockfile, migrations, models
from civicdesk.services import people

from conftest import ROOT, run_civicdesk

pytestmark = pytest.mark.sqlite_only("the lock file beside a database file")

HOLD = ("import sys, time\n"
        "from civicdesk.data import lockfile\n"
        "lock = lockfile.acquire(sys.argv[1])\n"
        "print('held', flush=True)\n"
        "time.sleep(120)\n")


@pytest.fixture
def other_copy():
    """Start another process that holds the lock of a file (as a CivicDesk window does)."""
    started = []

    def hold(path: Path) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        started.append(proc)
        assert proc.stdout.readline().strip() == "held"
        return proc

    yield hold
    for proc in started:
        proc.kill()
        proc.wait()


@pytest.fixture
def town(db, actor):
    for name in ("Ann", "Bo"):
        people.create_person(actor, {"first_name": name, "last_name": "Bell"})
    path = Path(models.database.database)
    database.close_database(db)
    return path


def people_in(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def test_the_lock_file_says_who_has_the_file_open_and_goes_at_release(db_path):
    lock = lockfile.acquire(db_path)
    written = json.loads(lockfile.lock_path(db_path).read_text())
    assert written["host"] == socket.gethostname() and written["pid"] == os.getpid()
    assert written["user"] and written["since"]
    assert stat.S_IMODE(lockfile.lock_path(db_path).stat().st_mode) == 0o600
    assert lockfile.holder_of(db_path).pid == os.getpid()
    lock.release()
    assert not lockfile.lock_path(db_path).exists()
    assert lockfile.holder_of(db_path) is None


def test_a_second_copy_is_told_who_has_the_file_open(db_path, other_copy):
    holder = other_copy(db_path)
    with pytest.raises(lockfile.FileInUse) as refused:
        lockfile.acquire(db_path)
    assert refused.value.holder.pid == holder.pid
    assert refused.value.holder.on_this_computer
    text = str(refused.value)
    assert "already open in CivicDesk" in text and "on this computer" in text
    assert str(db_path) in text


def test_the_lock_of_a_killed_copy_is_taken_over(db_path, other_copy):
    holder = other_copy(db_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lockfile.lock_path(db_path).exists()  # left behind, as after a crash
    assert lockfile.holder_of(db_path) is None  # but nobody holds it
    with lockfile.acquire(db_path) as lock:
        assert lock.held
        assert json.loads(lockfile.lock_path(db_path).read_text())["pid"] == os.getpid()


def test_a_lock_file_from_another_computer_that_nobody_holds_is_taken_over(db_path):
    # A USB stick that was in another PC when it crashed: the file says that PC, but no
    # process here holds it.
    lockfile.lock_path(db_path).write_text(json.dumps(
        {"host": "office-pc-2", "user": "maria", "pid": 4242, "since": "2026-11-30T09:00"}))
    with lockfile.acquire(db_path) as lock:
        assert lock.held


def test_a_garbled_lock_file_nobody_holds_is_taken_over(db_path):
    lockfile.lock_path(db_path).write_bytes(b"\x00\xff not json")
    with lockfile.acquire(db_path) as lock:
        assert lock.held


def test_a_holder_on_another_computer_is_named_with_it():
    holder = lockfile._parse(json.dumps({"host": "office-pc-2", "user": "maria", "pid": 7,
                                         "since": "2026-11-30T09:05:00+00:00"}).encode())
    assert not holder.on_this_computer
    assert str(holder.describe()).startswith("maria on the computer office-pc-2, since")
    assert str(lockfile.Holder().describe()) == "another copy of CivicDesk"


@pytest.mark.e2e
@pytest.mark.parametrize("command", [["demo", "--people", "5"]])
def test_commands_that_write_are_refused_while_the_file_is_open(town, other_copy, command):
    other_copy(town)
    done = run_civicdesk("--db", str(town), *command)
    assert done.returncode == 2, done.stderr
    assert "already open in CivicDesk" in done.stderr and "Traceback" not in done.stderr
    assert people_in(town) == 2


@pytest.mark.e2e
def test_restore_is_refused_while_the_file_is_open(town, other_copy, tmp_path):
    made = run_civicdesk("--db", str(town), "backup", "-o", str(tmp_path / "copy.db"))
    assert made.returncode == 0, made.stderr
    other_copy(town)
    done = run_civicdesk("--db", str(town), "restore", str(tmp_path / "copy.db"))
    assert done.returncode == 2 and "already open in CivicDesk" in done.stderr
    assert not list(town.parent.glob("backups/*before-restore*"))


@pytest.mark.e2e
def test_commands_that_only_read_work_while_the_file_is_open(town, other_copy, tmp_path):
    other_copy(town)
    checked = run_civicdesk("--db", str(town), "check")
    assert checked.returncode == 0 and checked.stdout.strip().endswith("ok"), checked.stderr
    listed = run_civicdesk("--db", str(town), "backups")
    assert listed.returncode == 0, listed.stderr
    copied = run_civicdesk("--db", str(town), "backup", "-o", str(tmp_path / "copy.db"))
    assert copied.returncode == 0, copied.stderr
    assert people_in(tmp_path / "copy.db") == 2


def test_a_read_only_copy_refuses_every_write_and_changes_nothing(town, actor):
    holder = lockfile.Holder(host=socket.gethostname(), user="maria", pid=1)
    db = database.open_database(town, read_only=holder)
    try:
        audit_before = models.AuditEntry.select().count()
        with pytest.raises(lockfile.OpenedReadOnly) as refused:
            people.create_person(actor, {"first_name": "Cy", "last_name": "Bell"})
        assert "read-only" in str(refused.value) and "maria" in str(refused.value)
        assert models.Person.select().count() == 2  # it still reads
        with pytest.raises(Exception, match="readonly"):  # SQLite itself refuses, too
            db.execute_sql("DELETE FROM person")
        assert models.AuditEntry.select().count() == audit_before
    finally:
        database.close_database(db)
    assert people_in(town) == 2


def test_a_read_only_copy_does_not_upgrade_an_older_file(town):
    import sqlite3

    conn = sqlite3.connect(town)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    with pytest.raises(database.NeedsUpgrade, match="Close CivicDesk there first"):
        database.open_database(town, read_only=lockfile.Holder(host="pc", user="maria"))
    conn = sqlite3.connect(town)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1
    conn.close()

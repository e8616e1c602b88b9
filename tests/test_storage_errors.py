"""Storage failures provoked for real: a full disk (a small tmpfs), a lock held by another
program, a read-only file. Each gets one plain message, the write is rolled back, and the
form keeps what the volunteer typed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from civicdesk.data import database, errors, integrity, models
from civicdesk.services import people
from civicdesk.services.actors import Actor

from conftest import run_civicdesk, without_root_powers

pytestmark = pytest.mark.sqlite_only("a full disk, a locked or read-only SQLite file")

TESS = Actor("Tess Tester")


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (CI runs as root, which may mount one); unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding *folder* up to *leave* bytes."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:  # unbuffered, in smaller and smaller pieces: full to the last block, and a close
        for size in (65536, 4096, 512, 1):  # with nothing left to flush (which would fail)
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)
    if leave:
        filler.write_bytes(filler.read_bytes()[:-leave])
    return filler


def test_a_write_on_a_full_disk_says_so_and_saves_nothing(small_disk):
    db = database.open_database(small_disk / "civicdesk.db")
    try:
        people.create_person(TESS, {"first_name": "Before"})
        filler = fill(small_disk)
        with pytest.raises(errors.DiskFull, match="disk holding .* is full, so nothing was saved"):
            for _ in range(50):  # the first write that needs a new page fails
                people.create_person(TESS, {"first_name": "Lost", "notes": "n" * 9000})
        filler.unlink()
        names = [p.first_name for p in models.Person.select()]
        assert names[0] == "Before" and set(names[1:]) <= {"Lost"}
        # every change that was saved has its audit entry, the failed one left neither
        assert models.AuditEntry.select().count() == len(names)
        people.create_person(TESS, {"first_name": "After"})  # space again: it works
        assert integrity.check(db).ok
    finally:
        database.close_database(db)


def test_opening_on_a_full_disk_is_a_full_disk_not_damage(small_disk):
    path = small_disk / "civicdesk.db"
    database.close_database(database.open_database(path))
    fill(small_disk)
    with pytest.raises(errors.DiskFull):
        database.open_database(path)


def test_a_lock_held_by_another_program_is_explained(tmp_path):
    path = tmp_path / "civicdesk.db"
    db = database.open_database(path, busy_timeout_s=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing, and not letting go
        with pytest.raises(errors.DatabaseLocked, match="busy.*another program.*Nothing was "
                                                        "saved"):
            people.create_person(TESS, {"first_name": "Waiting"})
        other.execute("ROLLBACK")
        people.create_person(TESS, {"first_name": "Waiting"})
        assert models.Person.select().count() == 1
    finally:
        other.close()
        database.close_database(db)


def test_check_while_another_program_writes_says_busy_not_problems(tmp_path):
    path = tmp_path / "civicdesk.db"
    db = database.open_database(path, busy_timeout_s=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(errors.DatabaseLocked):
            integrity.check(db)
    finally:
        other.close()
        database.close_database(db)


def test_a_read_only_file_is_explained_not_damaged(tmp_path):
    path = tmp_path / "civicdesk.db"
    database.close_database(database.open_database(path))
    path.chmod(0o444)
    try:
        done = run_civicdesk("--db", str(path), "check", prefix=without_root_powers())
    finally:
        path.chmod(0o644)
    assert done.returncode == 2, done.stderr
    assert "the file is read-only" in done.stderr and "Traceback" not in done.stderr
    assert "damaged" not in done.stderr


@pytest.mark.gui
def test_the_form_keeps_what_was_typed_when_the_database_is_busy(qtbot, tmp_path, monkeypatch):
    from civicdesk.gui.context import AppContext
    from civicdesk.gui.dialogs import prompts
    from civicdesk.gui.panes import members
    from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

    path = tmp_path / "civicdesk.db"
    db = database.open_database(path, busy_timeout_s=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        ann = people.create_person(TESS, {"first_name": "Ann", "last_name": "Bell"}).id
        context = AppContext(db_path=path, actor=TESS, tasks=TaskRunner(SynchronousExecutor()))
        pane = members.MembersPane(context)
        qtbot.add_widget(pane)
        pane.open_person(ann)
        page = pane.person_page
        page.editor.ui.phone_edit.setText("555 0100")
        warned = []
        monkeypatch.setattr(prompts, "warn", lambda parent, title, message: warned.append(
            message))
        other.execute("BEGIN IMMEDIATE")
        assert not page.save()
        other.execute("ROLLBACK")
        assert warned and "busy" in warned[0]
        assert page.is_dirty() and page.editor.ui.phone_edit.text() == "555 0100"
        assert models.Person.get_by_id(ann).phone == ""
        assert page.save() and models.Person.get_by_id(ann).phone == "555 0100"
    finally:
        other.close()
        database.close_database(db)


def test_the_messages_are_found_behind_peeweees_wrappers(tmp_path):
    """A failed commit on a full disk shows up as the rollback's own error; the real one is
    behind it, and that is the one reported."""
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError(  # noqa: B904 - the context is what matters here
                "cannot rollback - no transaction is active")
    except sqlite3.OperationalError as exc:
        found = errors.storage_error(exc, tmp_path / "x.db")
    assert isinstance(found, errors.DiskFull)
    assert shutil.which("mount")  # the full-disk tests above need it

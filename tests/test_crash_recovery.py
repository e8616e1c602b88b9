"""Opening a file after a crash: SQLite replays the -wal, and a file that SQLite's own check
passes is never called damaged, whatever its header says on its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from civicdesk.data import database, errors, integrity, models
from civicdesk.services import people

from conftest import run_civicdesk

pytestmark = pytest.mark.sqlite_only("SQLite replaying its -wal after a crash")


def _header_pages(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[28:32], "big")


def _wal_frames(wal: Path):
    """(page number, page bytes) of every frame in a -wal file."""
    data = wal.read_bytes()
    page_size = int.from_bytes(data[8:12], "big")
    offset = 32
    while offset + 24 + page_size <= len(data):
        number = int.from_bytes(data[offset:offset + 4], "big")
        yield number, data[offset + 24:offset + 24 + page_size]
        offset += 24 + page_size


@pytest.fixture
def crashed_mid_checkpoint(tmp_path, actor):
    """A file as a kill during a checkpoint leaves it: the new first page (its header
    promising every new page) is already in the main file, the other new pages are only in
    the -wal. 300 people were committed."""
    live = tmp_path / "live" / "civicdesk.db"
    db = database.open_database(live)
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # every new page stays in the -wal
    with models.database.atomic():
        for i in range(300):
            people.create_person(actor, {"first_name": f"Person {i}", "notes": "x" * 400})
    crashed = tmp_path / "crashed"  # the files as a kill leaves them: copied while open
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{live}{suffix}", crashed / f"civicdesk.db{suffix}")
    database.close_database(db)
    target = crashed / "civicdesk.db"
    first = [page for number, page in _wal_frames(Path(f"{target}-wal")) if number == 1][-1]
    with target.open("r+b") as fh:  # the checkpoint got as far as the first page
        fh.write(first)
    page_size = int.from_bytes(first[16:18], "big")
    assert target.stat().st_size < _header_pages(target) * page_size  # "cut off", alone
    return target


def test_a_file_left_by_a_kill_during_a_checkpoint_opens_whole(crashed_mid_checkpoint):
    db = database.open_database(crashed_mid_checkpoint)
    try:
        assert models.Person.select().count() == 300
        assert integrity.check(db).ok
    finally:
        database.close_database(db)


def test_once_it_is_closed_again_nothing_is_left_beside_it(crashed_mid_checkpoint):
    """Opening keeps its read-only look at the file open until its own connection is (so
    SQLite reads the -wal once, not twice); it is closed then: ours is the last to close,
    which folds the -wal into the file and removes it."""
    database.close_database(database.open_database(crashed_mid_checkpoint))
    assert sorted(p.name for p in crashed_mid_checkpoint.parent.iterdir()) == ["civicdesk.db"]


def test_check_says_ok_about_it(crashed_mid_checkpoint):
    done = run_civicdesk("--db", str(crashed_mid_checkpoint), "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok") and "person" in done.stdout


def test_without_its_wal_the_same_file_is_damaged_and_says_what_to_do(crashed_mid_checkpoint):
    Path(f"{crashed_mid_checkpoint}-wal").unlink()  # what a user might try: it breaks it
    Path(f"{crashed_mid_checkpoint}-shm").unlink()
    with pytest.raises(errors.DatabaseDamaged) as caught:
        database.open_database(crashed_mid_checkpoint)
    assert "no verified backup" in str(caught.value)


def test_an_emptied_file_with_backups_is_offered_the_newest_not_opened_empty(db, db_path,
                                                                             actor):
    from civicdesk.services import storage

    people.create_person(actor, {"first_name": "Ann"})
    backup = storage.back_up().backup
    database.close_database(db)
    db_path.write_bytes(b"")  # e.g. a copy over it on a full disk
    with pytest.raises(errors.DatabaseDamaged) as refused:
        database.open_database(db_path)
    assert refused.value.backup == backup and "the file is empty" in str(refused.value)
    assert db_path.stat().st_size == 0  # left as it was

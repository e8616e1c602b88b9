"""Imports and backups, one PC at a time on a server database (#17): the second PC is told
another is at it, and nothing changes; the lock goes with the work (also when it fails) and
with the connection. Two real connections to one PostgreSQL database. On a file the lock
does nothing (its own lock keeps one writer: tests/test_lockfile.py)."""

from __future__ import annotations

import threading

import pytest
from server_db import admin, as_pc, needs_server

from civicdesk.data import advisory, models
from civicdesk.services import imports, people, storage
from civicdesk.services.actors import Actor

pytestmark = needs_server

ANA, BO = Actor("Ana Front Desk", "admin"), Actor("Bo Laptop", "admin")


def _plan(*names: str) -> imports.ImportPlan:
    return imports.ImportPlan(file_name="members.csv", creates=[
        imports.NewPerson(row, {"first_name": name}) for row, name in enumerate(names, 2)])


def _counts() -> tuple[int, int, int]:
    return (models.Person.select().count(), models.ImportBatch.select().count(),
            models.AuditEntry.select().count())


def test_the_lock_is_one_pcs_at_a_time_and_free_again_after(server_db, other_pc):
    with advisory.one_at_a_time(advisory.IMPORT, other_pc):
        with pytest.raises(advisory.ImportingElsewhere) as refused:
            with advisory.one_at_a_time(advisory.IMPORT, server_db):
                pytest.fail("two PCs importing at once")
        assert str(refused.value) == ("Another PC is importing right now; try again when "
                                      "it has finished. Nothing was changed.")
        with advisory.one_at_a_time(advisory.BACKUP, server_db):  # another kind of work
            pass
    with advisory.one_at_a_time(advisory.IMPORT, server_db):  # A has finished
        with pytest.raises(advisory.ImportingElsewhere):
            with advisory.one_at_a_time(advisory.IMPORT, other_pc):
                pass


def test_a_pc_that_drops_off_holds_nothing(server_db, other_pc):
    other_pc.execute_sql("SELECT pg_try_advisory_lock(%s)", (advisory.KEYS[advisory.IMPORT],))
    with pytest.raises(advisory.ImportingElsewhere):
        with advisory.one_at_a_time(advisory.IMPORT, server_db):
            pass
    with admin() as conn:  # PC A's connection is cut (a crash, a network cut)
        key = advisory.KEYS[advisory.IMPORT]
        cut = conn.execute(
            "SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d "
            "ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = %s "
            "AND l.classid = %s AND l.objid = %s",
            (server_db.database, key >> 32, key & 0xFFFFFFFF)).fetchall()
    assert cut == [(True,)]
    with advisory.one_at_a_time(advisory.IMPORT, server_db):
        pass


def test_an_import_while_another_pc_imports_is_refused_and_changes_nothing(server_db,
                                                                          other_pc):
    before = _counts()
    with advisory.one_at_a_time(advisory.IMPORT, other_pc):  # PC A is importing
        with pytest.raises(advisory.ImportingElsewhere, match="Another PC is importing"):
            imports.import_people(BO, _plan("Ann", "Bo"))
        with pytest.raises(advisory.ImportingElsewhere):
            imports.undo_import(BO, 1)
    assert _counts() == before


def test_two_pcs_importing_at_once(server_db, other_pc):
    """A's import is halfway (its progress waits) when B starts one: B is refused at once;
    once A's is in, B's goes through."""
    halfway, go_on = threading.Event(), threading.Event()
    outcome: dict = {}

    def progress(done: int, total: int) -> None:
        halfway.set()
        go_on.wait(30)

    def pc_a() -> None:
        try:
            with as_pc(other_pc):
                outcome["a"] = imports.import_people(ANA, _plan("Ann", "Bea"), progress)
        except BaseException as exc:  # noqa: BLE001 - shown by the assertion below
            outcome["a"] = exc
            halfway.set()

    a = threading.Thread(target=pc_a)
    a.start()
    assert halfway.wait(30)
    try:
        with pytest.raises(advisory.ImportingElsewhere):
            with advisory.one_at_a_time(advisory.IMPORT, server_db):
                pass
    finally:
        go_on.set()
        a.join(30)
    assert isinstance(outcome["a"], imports.ImportResult), outcome
    made = imports.import_people(BO, _plan("Cy"))
    assert made.created == 1 and models.Person.select().count() == 3


def test_the_lock_is_let_go_when_the_import_fails(server_db, other_pc):
    pid = people.create_person(BO, {"first_name": "Ann"}).id
    people.update_person(BO, pid, 1, {"phone": "555-0101"})
    stale = imports.ImportPlan(file_name="members.csv", updates=[
        imports.PersonUpdate(2, pid, 1, {"email": "ann@example.org"})])
    with pytest.raises(imports.ChangedSincePreview):
        imports.import_people(BO, stale)
    with advisory.one_at_a_time(advisory.IMPORT, other_pc):  # free for PC A
        pass


def test_a_backup_while_another_pc_makes_one_is_refused(server_db, other_pc, data_dir):
    with advisory.one_at_a_time(advisory.BACKUP, other_pc):
        with pytest.raises(storage.BackingUpElsewhere) as refused:
            storage.back_up(kind="manual")
        with pytest.raises(storage.BackingUpElsewhere):
            storage.back_up_to(data_dir / "copy.db")
    assert "Another PC is making a backup" in str(refused.value)
    assert not (data_dir / "copy.db").exists()
    assert not any(p.is_file() for p in data_dir.rglob("*"))

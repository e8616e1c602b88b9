"""Two PCs editing the same record on one PostgreSQL database (#17): the second save of a
record opened at the same version is refused with the conflict message naming who saved
first, and nothing of it is written. Two real connections: two `ServerDatabase` objects
(PC A writes through `as_pc`), and two threads racing on one (each has its own connection).
The same on two SQLite connections: tests/test_services_people.py."""

from __future__ import annotations

import threading

import pytest
from server_db import admin, as_pc, needs_server

from civicdesk.data import models
from civicdesk.services import audit, people
from civicdesk.services.actors import Actor
from civicdesk.services.errors import ConflictError

pytestmark = needs_server

ANA, BO = Actor("Ana Front Desk", "coordinator"), Actor("Bo Laptop", "coordinator")


def _state(pid: int) -> tuple:
    person = models.Person.get_by_id(pid)
    return person.phone, person.email, person.version, [
        (e.actor, e.row_version) for e in audit.history("person", pid)]


def test_the_second_pc_to_save_a_record_is_refused_and_told_who_saved_first(server_db,
                                                                            other_pc):
    pid = people.create_person(BO, {"first_name": "Ann", "last_name": "Lee"}).id
    opened_at = models.Person.get_by_id(pid).version  # both PCs show Ann at version 1
    with as_pc(other_pc):
        saved = people.update_person(ANA, pid, opened_at, {"email": "ann@example.org"})
    assert saved.version == opened_at + 1
    with pytest.raises(ConflictError) as refused:
        people.update_person(BO, pid, opened_at, {"phone": "555-0101"})
    assert "Ana Front Desk" in str(refused.value) and "email" in str(refused.value)
    assert refused.value.current_version == saved.version
    assert _state(pid) == ("", "ann@example.org", 2, [("Bo Laptop", 1), ("Ana Front Desk", 2)])
    with as_pc(other_pc):  # what A's connection reads: the same, nothing of B's save
        assert _state(pid) == ("", "ann@example.org", 2,
                               [("Bo Laptop", 1), ("Ana Front Desk", 2)])


def test_a_save_at_the_version_it_read_goes_through_on_the_other_pc(server_db, other_pc):
    pid = people.create_person(BO, {"first_name": "Ann"}).id
    with as_pc(other_pc):
        people.update_person(ANA, pid, 1, {"email": "ann@example.org"})
    people.update_person(BO, pid, 2, {"phone": "555-0101"})  # B reloaded: version 2
    assert _state(pid)[:3] == ("555-0101", "ann@example.org", 3)


def test_a_household_conflict_too(server_db, other_pc):
    hid = people.create_household(BO, {"name": "Lee", "city": "Springfield"}).id
    with as_pc(other_pc):
        people.update_household(ANA, hid, 1, {"city": "Shelbyville"})
    with pytest.raises(ConflictError, match="Ana Front Desk"):
        people.update_household(BO, hid, 1, {"street": "1 Elm Road"})
    row = models.Household.get_by_id(hid)
    assert (row.city, row.street, row.version) == ("Shelbyville", "", 2)


def _waiting_for_a_lock(name: str) -> bool:
    """Is a connection to the database *name* waiting for a lock?"""
    with admin() as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                            "AND wait_event_type = 'Lock'", (name,)).fetchone()[0] > 0


def test_two_saves_racing_cannot_both_win(server_db):
    """A has updated Ann and not committed yet when B's save of the same version starts:
    B's UPDATE waits for A's row lock, then finds the version moved on and is refused."""
    pid = people.create_person(BO, {"first_name": "Ann"}).id
    a_updated, a_may_commit = threading.Event(), threading.Event()
    outcome: dict = {}

    def pc_a() -> None:
        try:
            with server_db.atomic():  # the service's transaction, held open a moment
                outcome["a"] = people.update_person(ANA, pid, 1, {"email": "ann@example.org"})
                a_updated.set()
                a_may_commit.wait(30)
        finally:
            server_db.close()  # this thread's connection

    def pc_b() -> None:
        try:
            people.update_person(BO, pid, 1, {"phone": "555-0101"})
            outcome["b"] = "saved"
        except ConflictError as exc:
            outcome["b"] = exc
        finally:
            server_db.close()

    a = threading.Thread(target=pc_a)
    a.start()
    assert a_updated.wait(30)
    b = threading.Thread(target=pc_b)
    b.start()
    waited = False
    for _ in range(3000):  # until B waits for A's row lock (no clock in the assertion)
        waited = _waiting_for_a_lock(server_db.database)
        if waited or not b.is_alive():
            break
        threading.Event().wait(0.01)
    a_may_commit.set()
    a.join(30)
    b.join(30)
    assert waited, "B's UPDATE never waited for A's row lock"
    assert isinstance(outcome["b"], ConflictError), outcome
    assert "Ana Front Desk" in str(outcome["b"])
    assert _state(pid) == ("", "ann@example.org", 2, [("Bo Laptop", 1), ("Ana Front Desk", 2)])

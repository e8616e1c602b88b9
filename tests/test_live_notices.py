"""Live updates between PCs (#17): a `Changes` as a NOTIFY payload and back, what the window
announces, what the database's trigger announces for every other writer, and a listener
that hears them and connects again after the server dropped it. The payload tests need no
server; the others run on `CIVICDESK_TEST_DB`'s."""

from __future__ import annotations

import json
import queue
import threading
from datetime import UTC, datetime

import pytest
from server_db import admin, as_pc, needs_server

from civicdesk.data import models, notify
from civicdesk.services import imports, live, people
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes, Origin
from civicdesk.services.errors import ConflictError

ANA = Actor("Ana Front Desk", "coordinator")
AT = datetime(2026, 12, 2, 9, 42, tzinfo=UTC)


# The payload -----------------------------------------------------------------------------

def test_a_change_travels_as_compact_json_with_who_when_and_the_sender():
    made = Changes("person", 12, 3, frozenset({("household", 4), ("payment", 9)}))
    text = made.to_json(Origin("Ana Front Desk", AT, "pc-a"), limit=notify.MAX_PAYLOAD)
    assert json.loads(text) == {"v": 1, "t": "person", "i": 12, "n": 3,
                                "a": [["household", 4], ["payment", 9]], "s": "pc-a",
                                "w": "Ana Front Desk", "at": "2026-12-02T09:42:00Z"}
    assert " " not in text.replace("Ana Front Desk", "")
    heard = Changes.from_json(text)
    assert heard == made and heard.ids("household") == {4}
    assert heard.elsewhere == Origin("Ana Front Desk", AT, "pc-a")
    assert made.elsewhere is None  # made here


def test_everything_travels_too():
    heard = Changes.from_json(Changes.of_everything().to_json(Origin("Ana", AT)))
    assert heard.everything and heard.touches("person") and heard.elsewhere.who == "Ana"


def test_a_change_too_long_for_a_notice_becomes_everything_changed():
    many = Changes("person", 1, 2, frozenset(("person", i) for i in range(2, 3000)))
    text = many.to_json(Origin("Zoë Müller", AT, "pc-a"), limit=notify.MAX_PAYLOAD)
    assert len(text.encode("utf-8")) <= notify.MAX_PAYLOAD
    heard = Changes.from_json(text)
    assert heard.everything and heard.elsewhere == Origin("Zoë Müller", AT, "pc-a")


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '{"v": 99, "t": "person"}',
                                  '{"v": 1}', '{"v": 1, "t": "person", "i": "12"}',
                                  '{"v": 1, "r": []}'])
def test_a_notice_that_cannot_be_read_means_read_everything_again(text):
    heard = Changes.from_json(text)
    assert heard.everything and heard.elsewhere is not None


def test_the_trigger_form_names_the_first_row_and_the_others_beside_it():
    heard = Changes.from_json('{"v": 1, "r": [["payment", 7, null], ["person", 5, 3]], '
                              '"w": "Ana", "at": "2026-12-02T09:42:00Z"}')
    assert (heard.table, heard.id, heard.version) == ("payment", 7, None)
    assert heard.ids("person") == {5} and heard.elsewhere == Origin("Ana", AT, "")


def test_notices_heard_together_are_published_each_or_as_everything():
    one, two = Changes("person", 1, 2), Changes("household", 3, 4)
    assert live.coalesced([one, two]) == [one, two]
    assert live.coalesced([one, Changes.of_everything()])[0].everything
    assert live.coalesced([one] * (live.MANY + 1))[0].everything
    assert live.coalesced([]) == []


# On a server -----------------------------------------------------------------------------

class Heard:
    """A listener on its own thread, what it hears in a queue."""

    def __init__(self, db) -> None:
        self.listener = notify.Listener.of(db)
        self.queue: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.listener.ready.wait(10), "the listener did not connect"

    def _run(self) -> None:
        for payload in self.listener:
            self.queue.put(payload)

    def next(self):
        return self.queue.get(timeout=10)

    def stop(self) -> None:
        self.listener.stop()
        self.thread.join(10)
        assert not self.thread.is_alive()


@pytest.fixture
def heard(server_db):
    found = Heard(server_db)
    yield found
    found.stop()


def _sentinel(db) -> None:
    """A notice of its own after what the test did: what came before it is all there was."""
    assert notify.announce(db, "sentinel")


@needs_server
def test_the_windows_announcement_is_heard_with_its_sender(server_db, other_pc, heard):
    notify.announce_own_writes(other_pc)  # PC A is a window
    with as_pc(other_pc):
        made = people.create_person(ANA, {"first_name": "Ann"})
        assert live.announce(made, ANA, sender="pc-a")
    changes = live.read(heard.next())
    assert changes == made and changes.elsewhere.sender == "pc-a"
    assert changes.elsewhere.who == "Ana Front Desk" and changes.elsewhere.at is not None
    _sentinel(other_pc)
    assert heard.next() == "sentinel"  # the trigger stayed quiet: heard once, not twice


@needs_server
def test_a_write_without_a_window_is_announced_by_the_database(server_db, other_pc, heard):
    with as_pc(other_pc):  # a command on PC A: nothing announces it but the trigger
        made = people.create_person(ANA, {"first_name": "Ann"})
        people.update_person(ANA, made.id, 1, {"phone": "555-0101"})
    first, second = live.read(heard.next()), live.read(heard.next())
    assert (first.table, first.id, first.version) == ("person", made.id, 1)
    assert (second.table, second.id, second.version) == ("person", made.id, 2)
    assert second.elsewhere.who == "Ana Front Desk" and second.elsewhere.sender == ""


@needs_server
def test_a_refused_write_announces_nothing(server_db, other_pc, heard):
    with as_pc(other_pc):
        made = people.create_person(ANA, {"first_name": "Ann"})
        people.update_person(ANA, made.id, 1, {"phone": "555-0101"})
        with pytest.raises(ConflictError):
            people.update_person(ANA, made.id, 1, {"phone": "555-0199"})
    assert [live.read(heard.next()).version for _ in range(2)] == [1, 2]
    _sentinel(other_pc)
    assert heard.next() == "sentinel"


@needs_server
def test_a_statement_naming_many_rows_is_announced_as_everything(server_db, other_pc, heard):
    """Many audit entries in one INSERT (bulk loading writes them so): one notice."""
    with as_pc(other_pc), models.database.atomic():
        models.AuditEntry.insert_many([
            {"actor": "Ana Front Desk", "action": "create", "table_name": "person",
             "row_id": i, "row_version": 1, "changes": {}}
            for i in range(1, notify.TRIGGER_ROWS + 2)]).execute()
    changes = live.read(heard.next())
    assert changes.everything and changes.elsewhere.who == "Ana Front Desk"
    _sentinel(other_pc)
    assert heard.next() == "sentinel"


@needs_server
def test_an_import_is_announced_as_everything(server_db, other_pc, heard):
    plan = imports.ImportPlan(file_name="people.csv", preset="", system="import",
                              creates=[imports.NewPerson(2, {"first_name": "Ann"}),
                                       imports.NewPerson(3, {"first_name": "Bo"})],
                              updates=[], households=[], payments=[], unchanged=0,
                              problems=0)
    with as_pc(other_pc):
        imports.import_people(ANA, plan)
    changes = live.read(heard.next())
    assert changes.everything and changes.elsewhere.who == "Ana Front Desk"


@needs_server
def test_the_listener_connects_again_after_the_server_dropped_it(server_db, heard):
    with admin() as conn:
        dropped = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = %s AND query LIKE 'LISTEN%%'",
                               (server_db.database,)).fetchall()
    assert dropped == [(True,)]
    assert heard.next() is notify.RECONNECTED  # what was said meanwhile was not heard:
    assert live.read(notify.RECONNECTED).everything  # so everything is read again
    _sentinel(server_db)
    assert heard.next() == "sentinel"


@pytest.mark.sqlite_only("what a file does without a server to tell")
def test_nothing_is_announced_or_heard_on_a_file(db, actor):
    made = people.create_person(actor, {"first_name": "Ann"})
    assert not live.shared() and not live.announce(made, actor)
    assert live.listener() is None

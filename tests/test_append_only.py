"""The audit log and the requests' history are append-only: the file itself refuses every
change and deletion of their rows, `check` notices when that protection is gone, and a
refused write is a clear message, not a crash."""

import sqlite3

import peewee as pw
import pytest

from civicdesk.data import append_only, backend, integrity, models
from civicdesk.services import audit, people, requests, rows
from civicdesk.services.errors import ValidationError


@pytest.fixture
def request_with_history(db, actor):
    pid = people.create_person(actor, {"first_name": "Anna", "last_name": "Berg"}).id
    rid = requests.create_request(actor, {"requester": pid, "category": 1,
                                          "summary": "Ride to the clinic"}).id
    requests.add_note(actor, rid, "Called her back")
    return rid


def _everything(db):
    return [db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in append_only.TABLES]


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET actor = 'someone else'",
    "UPDATE audit_entry SET changes = '{}' WHERE action = 'create'",
    "DELETE FROM audit_entry",
    "DELETE FROM audit_entry WHERE table_name = 'support_request'",
    "UPDATE request_update SET note = 'never said that'",
    "DELETE FROM request_update",
])
def test_the_audit_log_and_the_request_history_cannot_be_changed_or_deleted(
        db, request_with_history, statement):
    before = _everything(db)
    with pytest.raises(pw.IntegrityError, match="is append-only"):
        with db.atomic():
            db.execute_sql(statement)
    assert _everything(db) == before


@pytest.mark.sqlite_only("a plain sqlite3 connection to the file")
def test_a_plain_sqlite_connection_is_refused_too(db, db_path, request_with_history):
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError,
                           match="audit_entry is append-only: its rows cannot be changed"):
            conn.execute("DELETE FROM audit_entry")
    finally:
        conn.close()
    assert models.AuditEntry.select().count() > 0


def test_new_entries_are_still_added(db, actor, request_with_history):
    entries = models.AuditEntry.select().count()
    lines = len(requests.history_lines(request_with_history))
    requests.add_note(actor, request_with_history, "All fine")
    assert models.AuditEntry.select().count() == entries + 1
    assert len(requests.history_lines(request_with_history)) == lines + 1


def test_a_refused_edit_through_the_app_is_a_clear_error(db, actor, request_with_history):
    before = _everything(db)
    with pytest.raises(append_only.HistoryIsAppendOnly) as caught:
        with rows.transaction():
            audit.record(actor, "note", "support_request", request_with_history)
            models.AuditEntry.update(actor="nobody").execute()
    assert "cannot be changed or deleted" in str(caught.value)
    assert "Nothing was saved" in str(caught.value)
    assert _everything(db) == before  # the entry written first was rolled back as well


def test_other_integrity_errors_are_not_taken_for_a_refusal(db):
    with pytest.raises(pw.IntegrityError, match="(?i)FOREIGN KEY"):
        with rows.transaction():
            models.Person.create(first_name="Ann", household=999)


def test_other_refusals_are_unchanged(db, actor):
    with pytest.raises(ValidationError):
        with rows.transaction():
            people.create_person(actor, {"first_name": "", "last_name": ""})


def test_a_new_file_passes_the_check(db):
    assert append_only.missing_or_changed(db) == []
    assert integrity.check(db).ok


@pytest.mark.parametrize("table, event", [("audit_entry", "UPDATE"),
                                          ("audit_entry", "DELETE"),
                                          ("request_update", "DELETE")])
def test_the_check_finds_a_dropped_trigger(db, table, event):
    name = append_only.trigger_name(table, event)
    db.execute_sql(f"DROP TRIGGER {name}" + (f" ON {table}" if backend.is_postgres(db) else ""))
    report = integrity.check(db)
    assert not report.ok
    (problem,) = report.problems
    assert name in problem and table in problem and "can be changed or deleted" in problem


@pytest.mark.sqlite_only("a SQLite trigger written by hand (a server's: test_pg_database.py)")
def test_the_check_finds_a_trigger_that_lets_everything_through(db):
    name = append_only.trigger_name("audit_entry", "DELETE")
    db.execute_sql(f"DROP TRIGGER {name}")
    db.execute_sql(f"CREATE TRIGGER {name} BEFORE DELETE ON audit_entry WHEN 0 "
                   f"BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END")
    db.execute_sql("DELETE FROM audit_entry")  # really: nothing stops it now
    (problem,) = integrity.check(db).problems
    assert name in problem

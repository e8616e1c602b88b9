"""Retention: the dry run lists the requests finished more than N months ago that hold
sensitive notes; the purge empties exactly those, audited, and leaves no trace in the file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from civicdesk.data import database, models
from civicdesk.services import people, preferences, requests, retention
from civicdesk.services.actors import Actor
from civicdesk.services.errors import PermissionDenied, ValidationError

ADMIN = Actor("Tess Tester", "admin")
OLD_SECRET = "Quorvex diagnosis"


def _build() -> dict:
    """Requests finished on 2024-01-10 (resolved), 2024-06-01 (closed), 2025-12-01
    (cancelled), one still open since 2023 and one finished without sensitive notes."""
    from civicdesk import clock
    category = models.RequestCategory.get(models.RequestCategory.name == "ride").id
    pid = people.create_person(ADMIN, {"first_name": "Rita", "last_name": "Requester"})
    helper = people.create_person(ADMIN, {"first_name": "Hal", "last_name": "Helper",
                                          "is_volunteer": True}).id
    made = {}

    def request(name: str, notes: str, start: datetime, path: list[tuple[datetime, str]]):
        clock.pin(start)
        rid = requests.create_request(ADMIN, {"requester": pid.id, "category": category,
                                              "summary": name, "sensitive_notes": notes}).id
        for when, status in path:
            clock.pin(when)
            row = models.SupportRequest.get_by_id(rid)
            if status == "assigned":
                requests.assign(ADMIN, rid, row.version, helper)
            else:
                requests.move(ADMIN, rid, row.version, status)
        made[name] = rid

    try:
        request("resolved", OLD_SECRET, datetime(2023, 12, 1, 9), [
            (datetime(2023, 12, 2, 9), "assigned"), (datetime(2024, 1, 10, 9), "resolved")])
        request("closed", "old notes two", datetime(2024, 5, 1, 9), [
            (datetime(2024, 5, 2, 9), "assigned"), (datetime(2024, 5, 20, 9), "resolved"),
            (datetime(2024, 6, 1, 9), "closed")])
        request("cancelled recently", "recent notes", datetime(2025, 11, 1, 9), [
            (datetime(2025, 12, 1, 9), "cancelled")])
        request("open", "open notes", datetime(2023, 1, 1, 9), [])
        request("no notes", "", datetime(2023, 1, 1, 9), [(datetime(2023, 1, 2, 9),
                                                           "cancelled")])
    finally:
        clock.pin(None)
    return made


@pytest.fixture
def made(from_template, clock):
    found = from_template(_build)
    clock.pin(datetime(2026, 3, 10, 12, 0))
    return found


def test_nothing_is_due_while_the_setting_keeps_them_forever(db, made):
    assert retention.due(ADMIN) == []
    assert retention.purge(ADMIN).count == 0


def test_the_dry_run_lists_what_the_setting_would_purge_and_changes_nothing(db, made):
    preferences.update_setting(ADMIN, retention.SETTING, 18)  # before 2024-09-10
    entries = models.AuditEntry.select().count()
    due = retention.due(ADMIN)
    assert [(d.request_id, d.requester, d.finished_on) for d in due] == [
        (made["resolved"], "Rita Requester", date(2024, 1, 10)),
        (made["closed"], "Rita Requester", date(2024, 6, 1))]  # closed on, not resolved
    assert retention.due(ADMIN, 3)[-1].request_id == made["cancelled recently"]
    assert models.AuditEntry.select().count() == entries
    assert models.SupportRequest.get_by_id(made["resolved"]).sensitive_notes == OLD_SECRET


@pytest.mark.sqlite_only("the bytes of the file and its -wal")
def test_the_purge_empties_exactly_those_audited_and_without_a_trace(db, db_path, made):
    preferences.update_setting(ADMIN, retention.SETTING, 18)
    raw = db_path.read_bytes() + db_path.with_name(db_path.name + "-wal").read_bytes()
    assert OLD_SECRET.encode() in raw  # the control
    result = retention.purge(ADMIN)
    assert result.count == 2
    notes = {name: models.SupportRequest.get_by_id(rid).sensitive_notes
             for name, rid in made.items()}
    assert notes == {"resolved": "", "closed": "", "cancelled recently": "recent notes",
                     "open": "open notes", "no notes": ""}
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).get()
    assert (entry.action, entry.actor) == ("retention_purge", "Tess Tester")
    assert entry.changes["requests"] == [None, [made["resolved"], made["closed"]]]
    assert retention.due(ADMIN) == []
    database.close_database(db)
    assert OLD_SECRET.encode() not in db_path.read_bytes()


@pytest.mark.parametrize("months", [-1, 1201, "soon"])
def test_a_bad_number_of_months_is_refused(db, made, months):
    with pytest.raises(ValidationError, match="Months"):
        retention.due(ADMIN, months)


@pytest.mark.parametrize("call", [retention.due, retention.purge])
def test_only_an_admin_may_look_or_purge(db, made, call):
    with pytest.raises(PermissionDenied):
        call(Actor("Cora", "coordinator"), 1)
    assert models.SupportRequest.get_by_id(made["resolved"]).sensitive_notes == OLD_SECRET


@pytest.mark.parametrize("day, months, expected", [
    (date(2026, 3, 31), 1, date(2026, 2, 28)), (date(2026, 3, 10), 18, date(2024, 9, 10)),
    (date(2024, 2, 29), 12, date(2023, 2, 28)), (date(2026, 1, 15), 1, date(2025, 12, 15))])
def test_months_before(day, months, expected):
    assert retention.months_before(day, months) == expected

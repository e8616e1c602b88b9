"""The audit viewer's read model: filters, paging, masking, who may read it, its speed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from civicdesk import clock as association_clock
from civicdesk.data import models
from civicdesk.services import accounts, audit_log, errors, payments, people, requests, shifts
from civicdesk.services.actors import Actor
from civicdesk.services.audit import MASK
from civicdesk.services.audit_log import AuditFilter

pytestmark = pytest.mark.dates
START = datetime(2026, 3, 2, 9, 0)  # a Monday, local time


def _activity(actor: Actor) -> dict:
    """A few days of an association's work, one kind of write after another."""
    association_clock.pin(START)
    ana = people.create_person(actor, {"first_name": "Ana", "last_name": "Alves",
                                       "phone": "555-0101"}).id
    bo = people.create_person(actor, {"first_name": "Bo", "last_name": "Berg"}).id
    association_clock.advance(timedelta(days=1))
    version = models.Person.get_by_id(ana).version
    people.update_person(actor, ana, version, {"phone": "555-0202",
                                               "accessibility_notes": "Uses a wheelchair"})
    payments.record_payment(actor, {"person": ana, "amount_cents": 2000,
                                    "paid_on": date(2026, 3, 3),
                                    "period_start": date(2026, 3, 1),
                                    "period_end": date(2027, 2, 28)})
    association_clock.advance(timedelta(days=1))
    event = shifts.create_event(actor, {"name": "Food pantry"}).id
    shift = shifts.create_shift(actor, {
        "event": event, "title": "Sorting", "capacity": 2,
        "starts_at": datetime(2026, 3, 10, 9, 0, tzinfo=UTC),
        "ends_at": datetime(2026, 3, 10, 12, 0, tzinfo=UTC)}).id
    shifts.assign(actor, shift, ana)
    category = models.RequestCategory.get(name="ride").id
    request = requests.create_request(actor, {"requester": bo, "category": category,
                                              "summary": "Ride to the clinic",
                                              "details": "Just out of hospital"}).id
    association_clock.advance(timedelta(days=1))
    admin = accounts.create_first_admin("Ada Admin", "4321")
    accounts.add_user(admin, {"username": "val", "display_name": "Val Volunteer",
                              "role": "volunteer", "person": bo}, "9876")
    accounts.login("Ada Admin", "4321")
    with pytest.raises(accounts.WrongSecret):
        accounts.login("val", "0000")
    val = accounts.login("val", "9876")
    with pytest.raises(errors.PermissionDenied):
        accounts.add_user(val, {"username": "x", "role": "admin"}, "1111")
    association_clock.pin(None)
    return {"ana": ana, "bo": bo, "request": request, "admin": admin.user_id,
            "val": val.user_id}


@pytest.fixture
def log(db, actor, from_template):
    return from_template(_activity, actor)


def entries(actor, **filters) -> list[audit_log.AuditRow]:
    return audit_log.trail(actor, AuditFilter(**filters))


def test_the_whole_log_is_newest_first_with_readable_actions(log, actor):
    found = entries(actor)
    assert len(found) == models.AuditEntry.select().count()
    assert [(r.at, r.id) for r in found] == sorted(((r.at, r.id) for r in found), reverse=True)
    shown = {(r.action_text, r.kind_text) for r in found}
    assert {("created", "person"), ("changed", "person"), ("created", "payment"),
            ("created", "sign-up"), ("logged in", "user account"),
            ("refused", "user account")} <= shown
    assert found[0].at.tzinfo is not None and found[0].at.utcoffset() == \
        association_clock.zone().utcoffset(found[0].at.replace(tzinfo=None))


def test_a_person_covers_their_row_payments_sign_ups_requests_and_account(log, actor):
    ana = {(r.action, r.table) for r in entries(actor, person_id=log["ana"])}
    assert ana == {("create", "person"), ("update", "person"), ("create", "payment"),
                   ("create", "assignment")}
    bo = {(r.action, r.table) for r in entries(actor, person_id=log["bo"])}
    # Bo made the request and has the account "val": its creation, a wrong PIN, a login.
    assert {("create", "person"), ("create", "support_request"), ("create", "user"),
            ("refused", "user"), ("login", "user")} <= bo
    assert not {r.table for r in entries(actor, person_id=log["bo"])} & {"payment",
                                                                          "assignment"}


def test_entries_name_their_record(log, actor):
    named = {(r.table, r.subject) for r in entries(actor, person_id=log["ana"])}
    assert named == {("person", "Ana Alves"), ("payment", "Ana Alves"),
                     ("assignment", "Ana Alves")}
    request, = entries(actor, table="support_request", row_id=log["request"])
    assert request.subject == "Ride to the clinic"


def test_masked_values_stay_masked(log, actor):
    update, = entries(actor, person_id=log["ana"], action="update")
    changes = {c.field: c for c in update.field_changes()}
    assert (changes["phone"].old, changes["phone"].new) == ("555-0101", "555-0202")
    assert changes["phone"].label == "Phone"
    notes = changes["accessibility_notes"]
    assert (notes.old, notes.new, notes.masked) == ("", MASK, True)
    assert notes.label == "Accessibility and mobility"
    request, = entries(actor, table="support_request", row_id=log["request"])
    shown = {c.field: c.new for c in request.field_changes()}
    assert shown["details"] == MASK and "hospital" not in str(request.changes)


def test_filter_by_user_and_by_action(log, actor):
    by_val = entries(actor, user_id=log["val"])
    assert {r.action for r in by_val} == {"refused", "login"}
    refused = entries(actor, action="refused")
    assert len(refused) == 2  # the wrong PIN and the add_user a volunteer may not make
    reasons = {c.field: c.new for r in refused for c in r.field_changes()}
    assert reasons["service"] in {"accounts.login", "accounts.add_user"}
    assert {c.label for r in refused for c in r.field_changes()} >= {"What was tried",
                                                                     "Why it was refused"}


def test_filter_by_local_days_both_included(log, actor):
    second = entries(actor, since=date(2026, 3, 3), until=date(2026, 3, 3))
    assert {(r.action, r.table) for r in second} == {("update", "person"),
                                                     ("create", "payment")}
    assert all(r.at.date() == date(2026, 3, 3) for r in second)
    since_fourth = entries(actor, since=date(2026, 3, 4))
    assert {r.at.date() for r in since_fourth} == {date(2026, 3, 4), date(2026, 3, 5)}
    assert entries(actor, until=date(2026, 3, 1)) == []


def test_filters_combine(log, actor):
    found = entries(actor, person_id=log["bo"], action="login", since=date(2026, 3, 5))
    assert [(r.action, r.user_id) for r in found] == [("login", log["val"])]


def test_what_does_not_exist_is_refused(log, actor):
    with pytest.raises(errors.NotFound):
        audit_log.open_log(actor, AuditFilter(person_id=99999))
    with pytest.raises(errors.NotFound):
        audit_log.open_log(actor, AuditFilter(user_id=99999))
    with pytest.raises(audit_log.DatesReversed, match=r"\(3/5/26\).*\(3/1/26\)"):
        audit_log.open_log(actor, AuditFilter(since=date(2026, 3, 5), until=date(2026, 3, 1)))


def test_a_volunteer_is_refused_and_the_refusal_is_audited(log, volunteer, coordinator):
    before = models.AuditEntry.select().count()
    with pytest.raises(errors.PermissionDenied):
        audit_log.open_log(volunteer, AuditFilter())
    with pytest.raises(errors.PermissionDenied):
        audit_log.trail(volunteer, AuditFilter(person_id=log["ana"]))
    refusals = entries(coordinator, action="refused")[:2]
    assert [r.actor for r in refusals] == ["Val Volunteer"] * 2
    assert {r.changes["service"] for r in refusals} == {"audit_log.open_log",
                                                        "audit_log.trail"}
    assert models.AuditEntry.select().count() == before + 2
    assert audit_log.open_log(coordinator).count() == before + 2  # coordinators may read it


def _fill(n: int) -> None:
    """*n* entries a second apart, by two users, of three actions."""
    from civicdesk.data import bulk

    start = datetime(2026, 1, 1, tzinfo=association_clock.utcnow().tzinfo)
    with models.database.atomic():
        bulk.insert_rows(models.AuditEntry, (
            {"at": start + timedelta(seconds=i), "actor": "Bulk", "user": None,
             "action": ("update", "create", "refused")[i % 3], "table_name": "person",
             "row_id": i % 50 + 1, "changes": {"phone": [str(i), str(i + 1)]}}
            for i in range(n)))


def test_pages_follow_on_without_gaps_and_the_count_is_capped(db, actor, monkeypatch):
    monkeypatch.setattr(audit_log, "CAP", 250)
    _fill(400)
    query = audit_log.open_log(actor)
    assert (query.count(), query.capped) == (250, True)
    first = query.rows(0, 100)
    second = query.rows(100, 100, after=first[-1].key)
    jumped = audit_log.open_log(actor).rows(100, 100)  # no neighbour: by offset
    assert [r.id for r in second] == [r.id for r in jumped]
    ids = [r.id for r in first + second]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 200
    last = query.rows(200, 100)
    assert len(last) == 50  # the newest 250 of 400
    assert query.position(ids[150]) == 150
    assert query.position(last[-1].id - 1) is None  # beyond the cap
    refused = audit_log.open_log(actor, AuditFilter(action="refused"))
    assert (refused.count(), refused.capped) == (133, False)


def test_a_page_is_a_bounded_number_of_statements(log, actor, count_sql):
    query = audit_log.open_log(actor)
    query.count()
    with count_sql() as statements:
        page = query.rows(0, 100)
    kinds = {r.table for r in page if r.row_id is not None} & set(audit_log._NAMES)
    # The page itself, and one statement naming each kind of record on it.
    assert len(statements) == 1 + len(kinds), str(statements)


@pytest.mark.parametrize("filters, index", [
    ({}, "audit_entry_at"),
    ({"since": date(2026, 1, 1)}, "audit_entry_at"),
    ({"action": "refused"}, "audit_entry_action_at"),
    ({"action": "refused", "since": date(2026, 1, 1)}, "audit_entry_action_at"),
    ({"user_id": 1}, "audit_entry_user_id_at"),
    ({"user_id": 1, "until": date(2026, 12, 31)}, "audit_entry_user_id_at"),
    ({"table": "person", "row_id": 1}, "audit_entry_table_name_row_id"),
    ({"person_id": 1}, "audit_entry_table_name_row_id"),
    ({"person_id": 1, "since": date(2026, 1, 1)}, "audit_entry_table_name_row_id"),
])
@pytest.mark.sqlite_only("SQLite's query plans (EXPLAIN QUERY PLAN)")
def test_each_filter_walks_an_index(db, actor, filters, index):
    """A page needs no scan of the log and, except for a person's or a record's few
    entries, no sort: the index holds the order (at, id)."""
    accounts.create_first_admin("Ada Admin", "4321")
    people.create_person(actor, {"first_name": "Ana"})
    query = audit_log.AuditQuery(AuditFilter(**filters))._query
    sql = (f"EXPLAIN QUERY PLAN SELECT {query._select()} FROM {query.source} "
           f"WHERE {query.where} ORDER BY {query._order()} LIMIT 100")
    plan = [row[3] for row in models.database.execute_sql(sql, query.params).fetchall()]
    assert any(index in step for step in plan), plan
    assert not any(step == "SCAN e" for step in plan), plan  # the table itself
    if "person_id" not in filters and "table" not in filters:
        assert not any("TEMP B-TREE" in step for step in plan), plan


# The command line ---------------------------------------------------------------------

def as_admin(monkeypatch, *argv: str):
    """`civicdesk --as "Ada Admin" --password-stdin ARGV`, her PIN on standard input."""
    import io
    import sys

    from odd_input import run_main

    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n"))
    return run_main("--as", "Ada Admin", "--password-stdin", *argv)


def test_the_command_prints_one_readable_line_per_entry(log, db_path, monkeypatch):

    ran = as_admin(monkeypatch, "--db", str(db_path), "audit", "--person", str(log["ana"]))
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("2026-03-04 ") and "created sign-up" in lines[0]
    changed = next(x for x in lines if " changed person " in x)
    assert "(Ana Alves)" in changed and "Phone 555-0101 -> 555-0202" in changed
    assert f"Accessibility and mobility {MASK}" in changed and "wheelchair" not in ran.out
    assert lines[-1].startswith("2026-03-02 09:00  Tess Tester  created person")


def test_the_command_filters_by_user_action_and_dates(log, db_path, monkeypatch):

    ran = as_admin(monkeypatch, "--db", str(db_path), "audit", "--user", "val", "--action", "login",
                   "--since", "2026-03-05", "--until", "2026-03-05")
    assert ran.code == 0, ran.err
    assert len(ran.out.splitlines()) == 1 and "Val Volunteer  logged in user account" in ran.out


@pytest.mark.parametrize("args, says", [
    (["--since", "2026-02-30"], "--since 2026-02-30: not a date"),
    (["--until", "yesterday"], "--until yesterday: not a date"),
    (["--user", "nobody"], "--user nobody: there is no such user"),
    (["--person", "99999"], "number 99999"),
    (["--person", "ana"], "--person ana: not a number"),
    (["--action", "dance"], "--action dance: use one of create"),
    (["--record", "lunch:3"], "--record lunch:3: give TABLE:ID"),
    (["--since", "2026-03-05", "--until", "2026-03-01"], "is after the last day"),
])
def test_the_command_refuses_bad_arguments_in_one_line(log, db_path, args, says, monkeypatch):

    ran = as_admin(monkeypatch, "--db", str(db_path), "audit", *args)
    assert ran.code == 2 and ran.out == ""
    assert ran.err.count("\n") == 1 and says in ran.err, ran.err

"""What the services hand the window and the reports are plain rows (dataclasses, tuples,
numbers), never peewee rows: nothing outside the services can run a query by touching a
field, and the window cannot hold a row that goes stale with the connection."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import peewee as pw
import pytest

from civicdesk import clock
from civicdesk.data import models
from civicdesk.demo import generate
from civicdesk.services import (
    audit,
    duplicates,
    hours,
    household_list,
    lookups,
    matching,
    member_list,
    payments,
    people,
    person_view,
    report_data,
    report_requests,
    report_shifts,
    request_lists,
    requests,
    rosters,
    schedule,
)
from civicdesk.services.request_lists import QueueFilter

pytestmark = pytest.mark.dates
TODAY = date(2026, 11, 23)


def _demo(actor):
    generate.generate(120, seed=4, today=TODAY, actor=actor)


@pytest.fixture
def demo(db, actor, from_template):
    from_template(_demo, actor)
    P, R, S = models.Person, models.SupportRequest, models.Shift
    person = P.select().where(P.household.is_null(False)).order_by(P.id).first()
    return {"person": person.id, "household": person.household_id,
            "request": R.select(R.id).order_by(R.id).first().id,
            "shift": S.select(S.id).order_by(S.id).first().id}


def reads(actor, ids):
    """Every read the window and the reports make, by name."""
    tz = clock.zone()
    week = schedule.week_bounds(schedule.week_start(TODAY), tz)
    pid, hid, rid, sid = ids["person"], ids["household"], ids["request"], ids["shift"]
    return {
        "get_person": lambda: people.get_person(actor, pid),
        "person_view": lambda: person_view.person_view(actor, pid),
        "get_household": lambda: people.get_household(hid),
        "household_row": lambda: household_list.household_row(hid),
        "household suggestions": lambda: household_list.suggestions("a"),
        "households page": lambda: household_list.HouseholdQuery("").rows(0, 20),
        "members page": lambda: member_list.MemberQuery().rows(0, 20),
        "known tags": member_list.known_tag_lists,
        "person suggestions": lambda: lookups.person_suggestions("a"),
        "duplicates": lambda: duplicates.likely_duplicates(
            dataclasses.asdict(people.get_person(actor, pid))),
        "payments_of": lambda: payments.payments_of(pid),
        "household payments": lambda: payments.payments_of_household(hid),
        "payment offer": lambda: payments.offer_for_household(hid),
        "queue": lambda: request_lists.rows_by_id(request_lists.queue_ids(QueueFilter())),
        "board": lambda: request_lists.board_ids(QueueFilter()),
        "person requests": lambda: request_lists.person_requests(pid),
        "categories": request_lists.categories,
        "get_request": lambda: requests.get_request(actor, rid, include_sensitive=True),
        "request history": lambda: requests.history_lines(rid),
        "audit history": lambda: audit.history("person", pid),
        "ranking": lambda: matching.rank(rid),
        "week": lambda: schedule.shifts_between(*week),
        "shift_record": lambda: schedule.shift_record(sid),
        "events": lambda: schedule.event_rows(clock.utcnow()),
        "event names": schedule.event_names,
        "call list": lambda: rosters.call_list(TODAY, tz),
        "sign-ups": lambda: rosters.shift_signups(sid),
        "person sign-ups": lambda: rosters.person_signups(pid, clock.utcnow()),
        "hours": lambda: rosters.hours_entries(TODAY - timedelta(days=60), TODAY, tz),
        "person hours": lambda: hours.person_hours(pid),
        "year hours": lambda: hours.year_minutes(pid, TODAY.year, tz),
        "roster": lambda: report_data.roster(actor),
        "directory": report_data.directory,
        "renewals": lambda: report_data.renewals(actor, 60, TODAY),
        "labels": lambda: report_data.labels(actor),
        "cards": report_data.cards,
        "request summary": lambda: report_requests.summary(TODAY - timedelta(days=90),
                                                            TODAY, TODAY, tz),
        "ticket": lambda: report_requests.ticket(rid, tz),
        "schedule": lambda: report_shifts.schedule_of(TODAY, TODAY + timedelta(days=7), tz),
        "sign-in sheets": lambda: report_shifts.signin_sheets(tz, shift_id=sid),
        "statement": lambda: report_shifts.statement(pid, TODAY.replace(month=1, day=1),
                                                     TODAY, tz),
    }


def peewee_rows_in(value, path="result", seen=None) -> list[str]:
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, pw.Model | pw.Query):
        return [f"{path}: {type(value).__name__}"]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [found for f in dataclasses.fields(value)
                for found in peewee_rows_in(getattr(value, f.name), f"{path}.{f.name}", seen)]
    if isinstance(value, dict):
        return [found for k, v in value.items()
                for found in peewee_rows_in(v, f"{path}[{k!r}]", seen)]
    if isinstance(value, list | tuple | set | frozenset):
        return [found for i, v in enumerate(value)
                for found in peewee_rows_in(v, f"{path}[{i}]", seen)]
    return []


def test_the_check_finds_a_peewee_row(demo):
    row = models.Person.get_by_id(demo["person"])
    assert peewee_rows_in({"a": [row]}) == ["result['a'][0]: Person"]


@pytest.mark.parametrize("name", list(reads(None, dict.fromkeys(
    ("person", "household", "request", "shift"), 0))))
def test_every_read_returns_plain_rows(demo, actor, name):
    result = reads(actor, demo)[name]()
    assert result is not None
    assert peewee_rows_in(result) == []

"""A form that points at a missing or archived person, household or event gets the same
sentence from every service, on the field it chose it in, and nothing is saved."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from civicdesk.data import models
from civicdesk.services import hours, payments, people, requests, series, shifts
from civicdesk.services.errors import ValidationError

ANN_ARCHIVED = "Ann Bell is archived; bring them back from the archive first."
GARDEN_ARCHIVED = "The event \u201cGarden\u201d is archived; bring it back from the archive first."
PAYMENT = {"amount_cents": 2000, "paid_on": "2026-01-10", "period_start": "2026-01-01",
           "period_end": "2026-12-31"}
START = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def town(db, actor):
    with models.database.atomic():
        ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Bell",
                                           "is_volunteer": True})
        people.set_archived(actor, ann.id, ann.version, True)
        rosa = people.create_person(actor, {"first_name": "Rosa"}).id
        garden = shifts.create_event(actor, {"name": "Garden"})
        shifts.set_event_archived(actor, garden.id, garden.version, True)
        pantry = shifts.create_event(actor, {"name": "Pantry"}).id
        shift = shifts.create_shift(actor, {"event": pantry, "starts_at": START,
                                            "ends_at": START.replace(hour=12),
                                            "capacity": 2}).id
        request = requests.create_request(actor, {"requester": rosa, "category": 1,
                                                  "summary": "Groceries"})
    return {"ann": ann.id, "garden": garden.id, "shift": shift, "request": request}


CASES = {
    "a household that is not there": (
        lambda a, t: people.create_person(a, {"first_name": "X", "household": 999}),
        "household", "There is no such household (number 999)."),
    "a payer who is not there": (
        lambda a, t: payments.record_payment(a, PAYMENT | {"person": 999}),
        "person", "There is no such person (number 999)."),
    "a requester who is not there": (
        lambda a, t: requests.create_request(a, {"requester": 999, "category": 1,
                                                 "summary": "x"}),
        "requester", "There is no such person (number 999)."),
    "hours of an archived volunteer": (
        lambda a, t: hours.log_hours(a, {"person": t["ann"], "worked_on": date(2026, 3, 1),
                                         "minutes": 60, "note": "Flyers"},
                                     today=date(2026, 3, 2)),
        "person", ANN_ARCHIVED),
    "signing up an archived volunteer": (
        lambda a, t: shifts.assign(a, t["shift"], t["ann"]), "person", ANN_ARCHIVED),
    "an archived helper": (
        lambda a, t: requests.assign(a, t["request"].id, t["request"].version, t["ann"]),
        "assignee", ANN_ARCHIVED),
    "a shift of an archived event": (
        lambda a, t: shifts.create_shift(a, {"event": t["garden"], "starts_at": START,
                                             "ends_at": START.replace(hour=11),
                                             "capacity": 1}),
        "event", GARDEN_ARCHIVED),
    "a series of an archived event": (
        lambda a, t: series.create_series(a, {
            "event": t["garden"], "weekdays": [0], "start_time": "09:00",
            "end_time": "11:00", "starts_on": date(2026, 3, 2), "occurrences": 3,
            "capacity": 1}),
        "event", GARDEN_ARCHIVED),
}


@pytest.mark.parametrize("case", CASES)
def test_every_service_says_the_same_on_the_field_it_was_chosen_in(town, actor, case):
    call, field, says = CASES[case]
    audited = models.AuditEntry.select().count()
    with pytest.raises(ValidationError) as caught:
        call(actor, town)
    assert caught.value.field == field
    assert str(caught.value.problems[0].message) == says
    assert models.AuditEntry.select().count() == audited  # nothing was written

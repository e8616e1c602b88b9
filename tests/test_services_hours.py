"""Ad-hoc hours (work without a shift): validation, audit, and yearly totals."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from civicdesk.data import models
from civicdesk.services import audit, hours, people, shifts
from civicdesk.services.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.dates

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 6, 15)


@pytest.fixture
def ann(db, actor):
    return people.create_person(actor, {"first_name": "Ann", "is_volunteer": True}).id


def _log(actor, ann, **extra):
    values = {"person": ann, "worked_on": date(2026, 6, 1), "minutes": 90,
              "note": "Flyers"} | extra
    return hours.log_hours(actor, values, today=TODAY)


def test_logged_hours_are_saved_and_audited(db, actor, ann):
    changes = _log(actor, ann)
    row = models.AdHocHours.get_by_id(changes.id)
    assert (row.minutes, row.note, row.worked_on) == (90, "Flyers", date(2026, 6, 1))
    entry = audit.history("ad_hoc_hours", changes.id)[0]
    assert entry.actor == "Tess Tester" and entry.changes["minutes"] == [None, 90]
    assert changes.ids("person") == {ann}


@pytest.mark.parametrize("extra, field, says", [
    ({"minutes": 0}, "minutes", "at least 1"),
    ({"minutes": -30}, "minutes", "at least 1"),
    ({"minutes": 25 * 60}, "minutes", "at most 1440"),
    ({"worked_on": date(2026, 6, 16)}, "worked_on", "in the future"),
    ({"worked_on": "last week"}, "worked_on", "is not a date"),
    ({"note": ""}, "note", "required"),
    ({"person": 999}, "person", "no such person"),
    ({"event": 999}, "event", "no such event"),
])
def test_bad_hours_are_refused_and_change_nothing(db, actor, ann, extra, field, says):
    with pytest.raises(ValidationError) as caught:
        _log(actor, ann, **extra)
    assert caught.value.field == field and says in str(caught.value)
    assert models.AdHocHours.select().count() == 0


def test_an_archived_person_gets_no_hours(db, actor, ann):
    people.set_archived(actor, ann, 1, True)
    with pytest.raises(ValidationError, match="Ann is archived"):
        _log(actor, ann)


def test_removing_hours_needs_a_coordinator_and_is_audited(db, actor, volunteer, ann):
    changes = _log(actor, ann)
    with pytest.raises(PermissionDenied):
        hours.remove_hours(volunteer, changes.id)
    hours.remove_hours(actor, changes.id)
    assert models.AdHocHours.select().count() == 0
    assert audit.history("ad_hoc_hours", changes.id)[-1].changes["minutes"] == [90, None]


def test_the_year_total_adds_attended_shifts_and_adhoc_hours(db, actor, ann):
    event = shifts.create_event(actor, {"name": "Garden"}).id
    start = datetime(2026, 5, 2, 8, tzinfo=UTC)
    for offset, status in ((0, "attended"), (1, "no_show")):
        sid = shifts.create_shift(actor, {"event": event, "starts_at": start + timedelta(days=offset),
                                          "ends_at": start + timedelta(days=offset, hours=2),
                                          "capacity": 1}).id
        a = shifts.assign(actor, sid, ann)
        shifts.update_assignment(actor, a.id, a.version, {"status": status})
    _log(actor, ann, minutes=45)
    _log(actor, ann, minutes=30, worked_on=date(2025, 12, 31))  # last year
    assert hours.year_minutes(ann, 2026, TZ) == 120 + 45
    assert hours.year_minutes(ann, 2025, TZ) == 30


@pytest.mark.parametrize("minutes, shown", [(45, "45 min"), (120, "2 h"), (210, "3 h 30 min"),
                                            (0, "0 min")])
def test_minutes_are_shown_as_hours_and_minutes(minutes, shown):
    assert hours.format_minutes(minutes) == shown


def test_logged_hours_are_corrected_and_audited(db, actor, ann):
    logged = _log(actor, ann)
    changes = hours.update_hours(actor, logged.id, {"minutes": 120, "note": "Flyers, Elm St"},
                                 today=TODAY)
    row = models.AdHocHours.get_by_id(logged.id)
    assert (row.minutes, row.note) == (120, "Flyers, Elm St")
    entry = audit.history("ad_hoc_hours", logged.id)[-1]
    assert entry.action == "update" and entry.changes["minutes"] == [90, 120]
    assert changes.ids("person") == {ann}
    assert hours.year_minutes(ann, 2026, TZ) == 120


@pytest.mark.parametrize("values, field, says", [
    ({"minutes": 0}, "minutes", "at least 1"),
    ({"worked_on": date(2026, 6, 16)}, "worked_on", "in the future"),
    ({"note": ""}, "note", "required"),
    ({"event": 999}, "event", "no such event"),
])
def test_a_bad_correction_is_refused_and_changes_nothing(db, actor, ann, values, field, says):
    logged = _log(actor, ann)
    with pytest.raises(ValidationError) as caught:
        hours.update_hours(actor, logged.id, values, today=TODAY)
    assert caught.value.field == field and says in str(caught.value)
    row = models.AdHocHours.get_by_id(logged.id)
    assert (row.minutes, row.note, row.worked_on) == (90, "Flyers", date(2026, 6, 1))


def test_volunteers_cannot_correct_hours(db, actor, volunteer, ann):
    logged = _log(actor, ann)
    with pytest.raises(PermissionDenied):
        hours.update_hours(volunteer, logged.id, {"minutes": 600}, today=TODAY)
    assert models.AdHocHours.get_by_id(logged.id).minutes == 90


def test_a_persons_hours_are_listed_newest_first(db, actor, ann):
    pantry = shifts.create_event(actor, {"name": "Food pantry"}).id
    _log(actor, ann, worked_on=date(2026, 5, 2), note="Repairs", event=pantry)
    _log(actor, ann, worked_on=date(2026, 6, 3), minutes=45)
    listed = hours.person_hours(ann)
    assert [(r.worked_on, r.minutes, r.event_name, r.note) for r in listed] == [
        (date(2026, 6, 3), 45, "", "Flyers"), (date(2026, 5, 2), 90, "Food pantry", "Repairs")]

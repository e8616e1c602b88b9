"""iCalendar export: parses back, stable UIDs, the right time zone, no names in event files;
and `civicdesk calendar` in a child process."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from civicdesk.data import models
from civicdesk.exchange import ics
from civicdesk.services import people, preferences, series, shifts

from conftest import run_civicdesk

pytestmark = pytest.mark.dates

NY = ZoneInfo("America/New_York")


@pytest.fixture
def plan(db, actor):
    with models.database.atomic():  # one commit for the whole set-up
        preferences.update_setting(actor, "timezone", "America/New_York")
        pantry = shifts.create_event(actor, {"name": "Food pantry", "location": "Hall"}).id
        made = series.create_series(actor, {
            "event": pantry, "title": "Sorting", "weekdays": [3], "start_time": "09:00",
            "end_time": "12:00", "starts_on": date(2026, 3, 1), "occurrences": 3, "capacity": 2,
            "notes": "Bring gloves"})
        ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Bell",
                                           "is_volunteer": True}).id
        ids = sorted(sid for table, sid in made.changes.also if table == "shift")
        signups = [shifts.assign(actor, sid, ann) for sid in ids[:2]]
    return {"pantry": pantry, "ann": ann, "shifts": ids, "signups": signups}


def _events(data):
    return sorted(ics.read_back(data), key=lambda e: e.start)


def test_an_event_calendar_parses_back_with_local_times_and_no_names(plan):
    data, count = ics.event_calendar("Food pantry", NY)
    events = _events(data)
    assert count == len(events) == 3
    first = events[0]
    assert first.start == datetime(2026, 3, 5, 9, tzinfo=NY)  # before the DST change
    assert events[1].start == datetime(2026, 3, 12, 9, tzinfo=NY)  # after it
    assert b"DTSTART;TZID=America/New_York:20260305T090000" in data
    assert b"BEGIN:VTIMEZONE" in data
    assert str(first["SUMMARY"]) == "Food pantry: Sorting" and str(first["LOCATION"]) == "Hall"
    assert "1 of 2 places taken" in str(first["DESCRIPTION"])
    assert "Bring gloves" in str(first["DESCRIPTION"])
    assert b"Ann" not in data and b"Bell" not in data


def test_uids_are_stable_and_sequence_grows_when_a_shift_changes(plan, actor):
    before = {str(e["UID"]): int(e["SEQUENCE"]) for e in _events(ics.event_calendar(
        "Food pantry", NY)[0])}
    again = {str(e["UID"]): int(e["SEQUENCE"]) for e in _events(ics.event_calendar(
        "Food pantry", NY)[0])}
    assert before == again and len(set(before)) == 3
    shifts.update_shift(actor, plan["shifts"][0], 1, {"location": "Annex"})
    after = {str(e["UID"]): int(e["SEQUENCE"]) for e in _events(ics.event_calendar(
        "Food pantry", NY)[0])}
    assert set(after) == set(before)
    assert sorted(after.values()) == [1, 1, 2]


def test_a_person_calendar_holds_their_sign_ups_and_cancellations(plan, actor):
    data, count = ics.person_calendar(plan["ann"], NY)
    events = _events(data)
    assert count == 2 and [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CONFIRMED"]
    dropped = plan["signups"][1]
    shifts.update_assignment(actor, dropped.id, dropped.version, {"status": "cancelled"})
    again = _events(ics.person_calendar(plan["ann"], NY)[0])
    assert [str(e["UID"]) for e in again] == [str(e["UID"]) for e in events]
    assert [str(e["STATUS"]) for e in again] == ["CONFIRMED", "CANCELLED"]
    assert int(again[1]["SEQUENCE"]) > int(events[1]["SEQUENCE"])


def test_a_cancelled_shift_is_exported_as_cancelled(plan, actor):
    shifts.cancel_shift(actor, plan["shifts"][2], 1, "Hall closed")
    events = _events(ics.event_calendar("Food pantry", NY)[0])
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]


def test_unknown_event_or_person_is_a_clear_error(plan):
    with pytest.raises(ics.NoSuchEvent, match="no event called \u201cGarden\u201d"):
        ics.event_calendar("Garden", NY)
    with pytest.raises(ics.NoSuchPerson, match="number 999"):
        ics.person_calendar(999, NY)


def test_an_unreadable_calendar_is_not_written(tmp_path):
    target = tmp_path / "out.ics"
    with pytest.raises(ics.UnreadableCalendar):
        ics.write(target, b"BEGIN:VCALENDAR\nthis is not", 1)
    assert not target.exists()


@pytest.mark.e2e
def test_the_calendar_command_writes_a_file_that_parses_back(plan, db_path, tmp_path, db):
    db.close()  # the child process opens the file itself
    out = tmp_path / "pantry.ics"
    done = run_civicdesk("--db", str(db_path), "calendar", "--event", "Food pantry", "-o",
                         str(out))
    assert done.returncode == 0, done.stderr
    assert "3 shifts written" in done.stdout and "America/New_York" in done.stdout
    assert len(ics.read_back(out.read_bytes())) == 3
    mine = tmp_path / "ann.ics"
    done = run_civicdesk("--db", str(db_path), "calendar", "--person", str(plan["ann"]),
                         "-o", str(mine))
    assert done.returncode == 0, done.stderr
    assert [e.start for e in _events(mine.read_bytes())] == [
        datetime(2026, 3, 5, 9, tzinfo=NY), datetime(2026, 3, 12, 9, tzinfo=NY)]


@pytest.mark.e2e
@pytest.mark.parametrize("args, says", [
    (["--event", "Garden"], "no event called"),
    (["--person", "999"], "no person with the number 999"),
    ([], "one of the arguments --event --person is required"),
])
def test_the_calendar_command_explains_bad_input(plan, db_path, tmp_path, db, args, says):
    db.close()
    out = tmp_path / "x.ics"
    done = run_civicdesk("--db", str(db_path), "calendar", *args, "-o", str(out))
    assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_times_carry_the_zone_for_every_entry(plan):
    data, _ = ics.event_calendar("Food pantry", NY)
    for event in ics.read_back(data):
        assert event.start.utcoffset() in (timedelta(hours=-5), timedelta(hours=-4))
        assert event.end - event.start == timedelta(hours=3)

"""The shift list / week calendar read-model: week bounds in local time, filled counts,
filters; and a person's upcoming sign-ups."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from civicdesk import localtime
from civicdesk.data import models
from civicdesk.services import people, rosters, schedule, shifts

pytestmark = pytest.mark.dates

NY = ZoneInfo("America/New_York")


def _week(actor):
    with models.database.atomic():  # one commit for the whole set-up
        pantry = shifts.create_event(actor, {"name": "Food pantry", "location": "Hall",
                                             "colour": "#e67e22"}).id
        garden = shifts.create_event(actor, {"name": "Garden"}).id

        def shift(event, day, hour, capacity=2, **extra):
            start = datetime(2026, 3, day, hour, tzinfo=NY)
            return shifts.create_shift(actor, {"event": event, "starts_at": start,
                                               "ends_at": start + timedelta(hours=2),
                                               "capacity": capacity, **extra}).id

        ids = {"sun_late": shift(pantry, 8, 23, title="Night"),  # Sunday 23:00 local
               "mon": shift(pantry, 9, 9, location="Annex"),
               "mon_garden": shift(garden, 9, 9, capacity=1),
               "next_mon": shift(pantry, 16, 0)}
        ann = people.create_person(actor, {"first_name": "Ann", "is_volunteer": True}).id
        shifts.assign(actor, ids["mon_garden"], ann)
        bo = people.create_person(actor, {"first_name": "Bo"}).id
        gone = shifts.assign(actor, ids["mon"], bo)
        shifts.update_assignment(actor, gone.id, gone.version, {"status": "cancelled"})
    return ids | {"pantry": pantry, "garden": garden, "ann": ann}


@pytest.fixture
def week(db, actor, from_template):
    return from_template(_week, actor)


def test_a_week_runs_from_local_monday_to_monday(week):
    start, end = schedule.week_bounds(date(2026, 3, 9), NY)
    assert start == datetime(2026, 3, 9, 4, tzinfo=UTC)  # EDT since Sunday 8 March
    rows = schedule.shifts_between(start, end)
    assert [r.id for r in rows] == [week["mon"], week["mon_garden"]]  # by time, then event
    before = schedule.shifts_between(*schedule.week_bounds(date(2026, 3, 2), NY))
    assert [r.id for r in before] == [week["sun_late"]]


def test_rows_count_who_is_on_and_fall_back_to_the_event_location(week):
    rows = {r.id: r for r in schedule.shifts_between(*schedule.week_bounds(date(2026, 3, 2),
                                                                               NY))}
    rows |= {r.id: r for r in schedule.shifts_between(*schedule.week_bounds(date(2026, 3, 9),
                                                                                NY))}
    mon, garden, late = rows[week["mon"]], rows[week["mon_garden"]], rows[week["sun_late"]]
    assert (mon.filled, mon.capacity, mon.unfilled, mon.location) == (0, 2, True, "Annex")
    assert (garden.filled, garden.unfilled, garden.open_places) == (1, False, 0)
    assert late.location == "Hall" and late.name == "Food pantry: Night"
    assert mon.colour == "#e67e22"


def test_filters_by_event_and_unfilled(week, actor):
    span = localtime.days_bounds(date(2026, 3, 1), date(2026, 3, 31), NY)
    assert [r.id for r in schedule.shifts_between(*span, event_id=week["garden"])] == [
        week["mon_garden"]]
    unfilled = [r.id for r in schedule.shifts_between(*span, unfilled_only=True)]
    assert week["mon_garden"] not in unfilled and week["mon"] in unfilled
    shifts.cancel_shift(actor, week["mon"], 1)
    assert week["mon"] not in [r.id for r in schedule.shifts_between(*span, unfilled_only=True)]


def test_open_shifts_leave_out_full_and_cancelled_ones(week, actor):
    shifts.cancel_shift(actor, week["next_mon"], 1)
    span = localtime.days_bounds(date(2026, 3, 1), date(2026, 3, 31), NY)
    assert [r.id for r in schedule.open_shifts(*span)] == [week["sun_late"], week["mon"]]


def test_week_start_is_the_monday():
    assert schedule.week_start(date(2026, 3, 15)) == date(2026, 3, 9)
    assert schedule.week_start(date(2026, 3, 9)) == date(2026, 3, 9)


def test_a_persons_upcoming_sign_ups(week, actor):
    since = datetime(2026, 3, 1, tzinfo=UTC)
    assert [r.shift_id for r in rosters.person_signups(week["ann"], since)] == [
        week["mon_garden"]]
    assert rosters.person_signups(week["ann"], datetime(2026, 4, 1, tzinfo=UTC)) == []

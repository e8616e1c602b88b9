"""Who works when: call lists, sign-up lists and hours (attended shifts + ad-hoc hours)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from civicdesk.data import models
from civicdesk.services import people, rosters, shifts

pytestmark = pytest.mark.dates

TZ = ZoneInfo("America/New_York")


def _week(actor):
    with models.database.atomic():  # one commit for the whole set-up
        pantry = shifts.create_event(actor, {"name": "Food pantry", "location": "Hall"}).id
        ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Bell",
                                           "phone": "555-1111", "is_volunteer": True}).id
        bo = people.create_person(actor, {"first_name": "Bo", "last_name": "Adams",
                                          "mobile": "555-2222", "is_volunteer": True}).id

        def shift(day, hour, hours=3):
            start = datetime(2026, 3, day, hour, tzinfo=TZ)
            return shifts.create_shift(actor, {"event": pantry, "title": "Sorting",
                                               "starts_at": start,
                                               "ends_at": start + timedelta(hours=hours),
                                               "capacity": 5}).id

        # 2026-03-08 is the day the clocks go forward in New York: 23:30 local is still that day
        late = shift(8, 23, hours=1)
        morning = shift(9, 9)
        a1 = shifts.assign(actor, morning, ann)
        shifts.assign(actor, morning, bo)
        shifts.assign(actor, late, ann)
        done = shifts.update_assignment(actor, a1.id, a1.version, {"status": "attended"})
        models.AdHocHours.create(person=bo, worked_on=date(2026, 3, 10), minutes=45,
                                 note="Flyers", event=pantry)
    return {"ann": ann, "bo": bo, "late": late, "morning": morning, "done": done}


@pytest.fixture
def week(db, actor, from_template):
    return from_template(_week, actor)


def test_the_call_list_holds_who_is_expected_that_local_day(week):
    rows = rosters.call_list(date(2026, 3, 9), TZ)
    assert [(r.name, r.phone) for r in rows] == [("Bo Adams", "555-2222")]  # Ann attended
    late = rosters.call_list(date(2026, 3, 8), TZ)
    assert [r.shift_id for r in late] == [week["late"]]
    assert late[0].location == "Hall"


def test_signups_of_a_shift_by_name(week):
    assert [r.name for r in rosters.shift_signups(week["morning"])] == ["Bo Adams", "Ann Bell"]


def test_hours_count_attended_shifts_and_adhoc_hours(week):
    entries = rosters.hours_entries(date(2026, 3, 1), date(2026, 3, 31), TZ)
    assert [(e.name, e.minutes, e.what) for e in entries] == [
        ("Ann Bell", 180, "Sorting"), ("Bo Adams", 45, "Flyers")]
    assert rosters.total_minutes(entries) == 225
    only_ann = rosters.hours_entries(date(2026, 3, 1), date(2026, 3, 31), TZ,
                                     person_id=week["ann"])
    assert rosters.total_minutes(only_ann) == 180
    assert rosters.hours_entries(date(2026, 4, 1), date(2026, 4, 30), TZ) == []

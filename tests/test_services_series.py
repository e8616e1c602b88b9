"""Recurring shifts: weekly rules, DST-correct wall times, idempotent generation, editing
future shifts only, and the bad rules (no end, no weekday, too many shifts)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from civicdesk.data import models
from civicdesk.services import audit, people, preferences, series, shifts
from civicdesk.services.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.dates

NY = ZoneInfo("America/New_York")


@pytest.fixture
def pantry(db, actor):
    preferences.update_setting(actor, "timezone", "America/New_York")
    return shifts.create_event(actor, {"name": "Food pantry", "location": "Hall"}).id


def _rule(pantry, **extra):
    return {"event": pantry, "title": "Sorting", "weekdays": [1, 3], "start_time": "09:00",
            "end_time": "12:00", "starts_on": date(2026, 3, 1), "until": date(2026, 3, 31),
            "capacity": 3} | extra


def _shifts(series_id=None):
    S = models.Shift
    query = S.select().order_by(S.starts_at)
    if series_id is not None:
        query = query.where(S.series == series_id)
    return list(query)


def _local(shift):
    return shift.starts_at.astimezone(NY), shift.ends_at.astimezone(NY)


def test_a_weekly_rule_makes_shifts_on_the_chosen_weekdays(db, actor, pantry):
    outcome = series.create_series(actor, _rule(pantry))
    made = _shifts()
    assert outcome.created == len(made) == 9  # Tuesdays and Thursdays of March 2026
    assert {_local(s)[0].weekday() for s in made} == {1, 3}
    assert all(s.title == "Sorting" and s.capacity == 3 and s.series_id == outcome.changes.id
               for s in made)
    assert audit.history("shift_series", outcome.changes.id)[0].changes["shifts"] == [0, 9]


def test_wall_times_stay_put_across_the_dst_change(db, actor, pantry):
    # New York moves its clocks forward on 2026-03-08: 09:00 is 14:00 UTC before, 13:00 after.
    series.create_series(actor, _rule(pantry, weekdays=[3]))
    made = _shifts()
    assert all(_local(s)[0].time().hour == 9 and _local(s)[1].time().hour == 12 for s in made)
    assert made[0].starts_at == datetime(2026, 3, 5, 14, tzinfo=UTC)
    assert made[1].starts_at == datetime(2026, 3, 12, 13, tzinfo=UTC)


def test_every_second_week_and_a_number_of_times(db, actor, pantry):
    series.create_series(actor, _rule(pantry, weekdays=[0], interval_weeks=2, until=None,
                                      occurrences=4, starts_on=date(2026, 10, 19)))
    days = [_local(s)[0].date() for s in _shifts()]
    # 2026-11-01 is the autumn DST change; the Monday after keeps 09:00
    assert days == [date(2026, 10, 19), date(2026, 11, 2), date(2026, 11, 16),
                    date(2026, 11, 30)]
    assert {_local(s)[0].hour for s in _shifts()} == {9}


def test_generating_again_creates_no_duplicates(db, actor, pantry):
    made = series.create_series(actor, _rule(pantry, until=date(2026, 12, 31)))
    before = len(_shifts())
    again = series.generate(actor, made.changes.id, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert again.created == 0 and len(_shifts()) == before


def test_generating_fills_in_a_missing_future_shift_only(db, actor, pantry):
    made = series.create_series(actor, _rule(pantry))
    first, last = _shifts()[0], _shifts()[-1]
    models.Shift.delete().where(models.Shift.id.in_([first.id, last.id])).execute()
    now = first.ends_at + timedelta(days=1)
    again = series.generate(actor, made.changes.id, now=now)
    assert again.created == 1  # the past one stays missing: the past never changes
    assert _shifts()[-1].starts_at == last.starts_at


def test_editing_a_series_changes_future_shifts_only(db, actor, pantry):
    made = series.create_series(actor, _rule(pantry))
    sid = made.changes.id
    now = datetime(2026, 3, 15, tzinfo=UTC)
    past_before = [(s.id, s.starts_at, s.title, s.version) for s in _shifts() if s.starts_at < now]
    outcome = series.update_series(actor, sid, 1, {"start_time": "10:00", "end_time": "13:30",
                                                   "title": "Packing"}, now=now)
    after = _shifts()
    past_after = [(s.id, s.starts_at, s.title, s.version) for s in after if s.starts_at < now]
    assert past_after == past_before and len(past_before) == 4
    future = [s for s in after if s.starts_at > now]
    assert outcome.updated == len(future) == 5 and outcome.created == outcome.removed == 0
    assert all(_local(s)[0].hour == 10 and _local(s)[1].minute == 30 and s.title == "Packing"
               for s in future)
    assert all(s.version == 2 for s in future)
    entry = audit.history("shift_series", sid)[-1]
    assert entry.changes["title"] == ["Sorting", "Packing"]
    assert entry.changes["future_shifts"]["updated"] == 5


def test_changing_weekdays_removes_empty_future_shifts_and_keeps_signed_up_ones(db, actor,
                                                                              pantry):
    made = series.create_series(actor, _rule(pantry))
    now = datetime(2026, 3, 15, tzinfo=UTC)
    tuesday = next(s for s in _shifts() if s.starts_at > now and _local(s)[0].weekday() == 1)
    ann = people.create_person(actor, {"first_name": "Ann", "is_volunteer": True}).id
    shifts.assign(actor, tuesday.id, ann)
    outcome = series.update_series(actor, made.changes.id, 1, {"weekdays": [3, 4]}, now=now)
    kept = models.Shift.get_by_id(tuesday.id)
    assert kept.series_id is None and outcome.kept_single == 1  # Ann's shift stays
    future = [s for s in _shifts(made.changes.id) if s.starts_at > now]
    assert {_local(s)[0].weekday() for s in future} == {3, 4}
    # Tuesdays 17, 24, 31 March go (Ann's is kept); Fridays 20 and 27 March are added
    assert outcome.removed == 2 and outcome.created == 2
    assert len([s for s in _shifts(made.changes.id) if s.starts_at < now]) == 4


def test_lowering_places_below_sign_ups_on_a_future_shift_is_refused(db, actor, pantry):
    made = series.create_series(actor, _rule(pantry, capacity=2))
    future = _shifts()[-1]
    for name in ("Ann", "Bo"):
        shifts.assign(actor, future.id, people.create_person(actor, {"first_name": name}).id)
    with pytest.raises(ValidationError) as caught:
        series.update_series(actor, made.changes.id, 1, {"capacity": 1},
                             now=datetime(2026, 3, 1, tzinfo=UTC))
    assert "on 3/31/26;" in str(caught.value) and caught.value.field == "capacity"
    assert {s.capacity for s in _shifts()} == {2}
    assert models.ShiftSeries.get_by_id(made.changes.id).version == 1


def test_an_edit_from_a_stale_version_is_a_conflict(db, actor, pantry):
    from civicdesk.services.errors import ConflictError

    made = series.create_series(actor, _rule(pantry))
    series.update_series(actor, made.changes.id, 1, {"title": "A"},
                         now=datetime(2026, 3, 1, tzinfo=UTC))
    with pytest.raises(ConflictError):
        series.update_series(actor, made.changes.id, 1, {"title": "B"},
                             now=datetime(2026, 3, 1, tzinfo=UTC))
    assert {s.title for s in _shifts()} == {"A"}


def test_series_values_round_trip_into_the_editor(db, actor, pantry):
    made = series.create_series(actor, _rule(pantry, required_skill="Driving"))
    values = series.series_values(models.ShiftSeries.get_by_id(made.changes.id))
    assert values["weekdays"] == ["1", "3"] and values["end_time"] == "12:00"
    assert values["required_skill"] == "driving"
    assert series.update_series(actor, made.changes.id, 1, values).updated == 0


@pytest.mark.parametrize("extra, field, says", [
    ({"until": None}, "until", "needs an end"),
    ({"occurrences": 3}, "until", "not both"),
    ({"weekdays": []}, "weekdays", "at least one weekday"),
    ({"weekdays": [7]}, "weekdays", "is not a weekday"),
    ({"end_time": "09:00"}, "end_time", "end after it starts"),
    ({"end_time": "900"}, "end_time", "end after it starts"),
    ({"start_time": "9h"}, "start_time", "not a time"),
    ({"start_time": "2500"}, "start_time", "not a time"),
    ({"start_time": "9:75"}, "start_time", "not a time"),
    ({"capacity": 0}, "capacity", "at least 1"),
    ({"capacity": -2}, "capacity", "at least 1"),
    ({"until": date(2026, 2, 1)}, "until", "before the first day"),
    ({"interval_weeks": 0}, "interval_weeks", "at least 1"),
    ({"until": date(2126, 1, 1)}, "until", "more than 5000"),
])
def test_bad_rules_are_refused_and_change_nothing(db, actor, pantry, extra, field, says):
    with pytest.raises(ValidationError) as caught:
        series.create_series(actor, _rule(pantry, **extra))
    assert caught.value.field == field and says in str(caught.value)
    assert models.ShiftSeries.select().count() == 0 and models.Shift.select().count() == 0


def test_more_than_500_shifts_need_a_confirmation(db, actor, pantry):
    rule = _rule(pantry, weekdays=[0, 1, 2, 3, 4], until=date(2028, 3, 31))
    with pytest.raises(series.ConfirmLargeSeries) as caught:
        series.create_series(actor, rule)
    assert caught.value.count == 545 and "545 shifts" in str(caught.value)
    assert models.Shift.select().count() == 0
    assert series.create_series(actor, rule, confirm_large=True).created == 545


def test_an_archived_event_takes_no_series(db, actor, pantry):
    shifts.set_event_archived(actor, pantry, 1, True)
    with pytest.raises(ValidationError, match="archived"):
        series.create_series(actor, _rule(pantry))


def test_volunteers_cannot_plan_a_series(db, volunteer, pantry):
    with pytest.raises(PermissionDenied):
        series.create_series(volunteer, _rule(pantry))


def test_an_overnight_series_ends_the_next_morning(db, actor, pantry):
    made = series.create_series(actor, _rule(pantry, start_time="22:00", end_time="06:00"))
    made_shifts = _shifts(made.changes.id)
    assert made.created == len(made_shifts) == 9
    start, end = _local(made_shifts[0])
    assert (start.date(), start.hour) == (date(2026, 3, 3), 22)
    assert (end.date(), end.hour) == (date(2026, 3, 4), 6)
    assert series.series_values(models.ShiftSeries.get_by_id(made.changes.id))["end_time"] \
        == "06:00"


def test_times_are_taken_as_typed(db, actor, pantry):
    made = series.create_series(actor, _rule(pantry, start_time="930", end_time="12.15"))
    start, end = _local(_shifts(made.changes.id)[0])
    assert (start.hour, start.minute, end.hour, end.minute) == (9, 30, 12, 15)


def _signed_up_twice(actor, pantry):
    """Ann on the series' Thursday 19 March 09:00-12:00 and on a single 13:00-15:00 shift."""
    made = series.create_series(actor, _rule(pantry))
    thursday = next(s for s in _shifts(made.changes.id)
                    if _local(s)[0].date() == date(2026, 3, 19))
    ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Lee",
                                       "is_volunteer": True}).id
    bob = people.create_person(actor, {"first_name": "Bob", "is_volunteer": True}).id
    other = shifts.create_shift(actor, {
        "event": pantry, "title": "Driving", "capacity": 2,
        "starts_at": datetime(2026, 3, 19, 17, tzinfo=UTC),  # 13:00 in New York
        "ends_at": datetime(2026, 3, 19, 19, tzinfo=UTC)}).id
    for person in (ann, bob):
        shifts.assign(actor, thursday.id, person)
    shifts.assign(actor, other, ann)
    return made.changes.id, ann


def test_moving_a_series_lists_the_people_who_now_clash(db, actor, pantry):
    sid, ann = _signed_up_twice(actor, pantry)
    outcome = series.update_series(actor, sid, 1, {"start_time": "11:00", "end_time": "14:00"},
                                   now=datetime(2026, 3, 15, tzinfo=UTC))
    assert outcome.moved_with_signups == 1
    assert [(c.person_id, c.name, c.day, c.other) for c in outcome.clashes] == [
        (ann, "Ann Lee", date(2026, 3, 19), "Food pantry: Driving")]
    assert outcome.clashes[0].when == "3/19/26 1:00\u202fPM\u20133:00\u202fPM"


def test_moving_a_series_away_from_other_shifts_lists_nobody(db, actor, pantry):
    sid, _ = _signed_up_twice(actor, pantry)
    outcome = series.update_series(actor, sid, 1, {"start_time": "08:00", "end_time": "11:00"},
                                   now=datetime(2026, 3, 15, tzinfo=UTC))
    assert outcome.moved_with_signups == 1 and outcome.clashes == ()


def test_an_overlap_that_was_there_before_is_not_told_again(db, actor, pantry):
    sid, _ = _signed_up_twice(actor, pantry)
    now = datetime(2026, 3, 15, tzinfo=UTC)
    series.update_series(actor, sid, 1, {"start_time": "11:00", "end_time": "14:00"}, now=now)
    outcome = series.update_series(actor, sid, 2, {"start_time": "11:30", "end_time": "14:00"},
                                   now=now)
    assert outcome.moved_with_signups == 1 and outcome.clashes == ()

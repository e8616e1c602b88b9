"""Events, shifts and sign-ups: times, capacity, overlaps (touching ends are fine), hours."""

from datetime import UTC, datetime, timedelta

import pytest

from civicdesk.data import backend, models
from civicdesk.services import audit, people, preferences, shifts
from civicdesk.services.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.dates

NINE = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


@pytest.fixture
def pantry(db, actor):
    return shifts.create_event(actor, {"name": "Food pantry", "colour": "#e67e22"}).id


def _shift(actor, event, start=NINE, hours=3, capacity=2, **extra):
    return shifts.create_shift(actor, {"event": event, "starts_at": start,
                                       "ends_at": start + timedelta(hours=hours),
                                       "capacity": capacity, **extra}).id


def _person(actor, name="Ann"):
    return people.create_person(actor, {"first_name": name, "is_volunteer": True}).id


def test_event_names_are_unique_and_colours_checked(db, actor, pantry):
    with pytest.raises(ValidationError, match="already an event"):
        shifts.create_event(actor, {"name": "Food pantry"})
    with pytest.raises(ValidationError) as caught:
        shifts.create_event(actor, {"name": "Garden", "colour": "green"})
    assert caught.value.field == "colour"


@pytest.mark.parametrize("hours", [0, -1])
def test_a_shift_must_end_after_it_starts(db, actor, pantry, hours):
    with pytest.raises(ValidationError) as caught:
        _shift(actor, pantry, hours=hours)
    assert caught.value.field == "ends_at" and "end after it starts" in str(caught.value)
    assert models.Shift.select().count() == 0


@pytest.mark.parametrize("capacity", [0, -3, "many"])
def test_capacity_must_be_a_positive_number(db, actor, pantry, capacity):
    with pytest.raises(ValidationError) as caught:
        _shift(actor, pantry, capacity=capacity)
    assert caught.value.field == "capacity"


def test_naive_times_are_refused(db, actor, pantry):
    with pytest.raises(ValidationError) as caught:
        shifts.create_shift(actor, {"event": pantry, "starts_at": datetime(2026, 3, 14, 9),
                                    "ends_at": datetime(2026, 3, 14, 12), "capacity": 1})
    assert caught.value.field == "starts_at"


def test_times_are_stored_in_utc_and_read_back_aware(db, actor, pantry):
    from zoneinfo import ZoneInfo

    start = datetime(2026, 7, 1, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
    sid = _shift(actor, pantry, start=start)
    raw = db.execute_sql(backend.sql(db, "SELECT starts_at FROM shift WHERE id = ?"),
                         (sid,)).fetchone()[0]
    assert str(raw) == "2026-07-01 14:00:00"  # a file's text, a server's timestamp
    assert models.Shift.get_by_id(sid).starts_at == start


def test_a_full_shift_refuses_one_more(db, actor, pantry):
    sid = _shift(actor, pantry, capacity=1)
    shifts.assign(actor, sid, _person(actor, "Ann"))
    with pytest.raises(ValidationError, match="full"):
        shifts.assign(actor, sid, _person(actor, "Bo"))
    assert models.Assignment.select().count() == 1


def test_a_cancelled_sign_up_frees_the_place(db, actor, pantry):
    sid = _shift(actor, pantry, capacity=1)
    ann = shifts.assign(actor, sid, _person(actor, "Ann"))
    shifts.update_assignment(actor, ann.id, ann.version, {"status": "cancelled"})
    assert shifts.assign(actor, sid, _person(actor, "Bo")).id


def test_an_overlap_is_refused_naming_the_other_shift(db, actor, pantry):
    ann = _person(actor)
    shifts.assign(actor, _shift(actor, pantry, title="Sorting"), ann)
    later = _shift(actor, pantry, start=NINE + timedelta(hours=2), title="Driver")
    with pytest.raises(ValidationError) as caught:
        shifts.assign(actor, later, ann)
    assert "Sorting" in str(caught.value) and "overlaps" in str(caught.value)
    assert models.Assignment.select().count() == 1


def test_back_to_back_shifts_are_not_an_overlap(db, actor, pantry):
    ann = _person(actor)
    shifts.assign(actor, _shift(actor, pantry), ann)
    assert shifts.assign(actor, _shift(actor, pantry, start=NINE + timedelta(hours=3)), ann).id
    assert shifts.assign(actor, _shift(actor, pantry, start=NINE - timedelta(hours=2),
                                       hours=2), ann).id


def test_a_coordinator_may_override_an_overlap_with_a_reason(db, actor, coordinator,
                                                            volunteer, pantry):
    ann = _person(actor)
    shifts.assign(actor, _shift(actor, pantry), ann)
    other = _shift(actor, pantry, start=NINE + timedelta(hours=1))
    with pytest.raises(PermissionDenied, match="override"):
        shifts.assign(volunteer, other, ann, override_reason="she insisted")
    changes = shifts.assign(coordinator, other, ann, override_reason="Leaves early to drive")
    assert models.Assignment.get_by_id(changes.id).override_reason == "Leaves early to drive"
    assert audit.history("assignment", changes.id)[0].actor == "Cora Coordinator"


def test_an_archived_person_cannot_sign_up(db, actor, pantry):
    ann = _person(actor)
    people.set_archived(actor, ann, 1, True)
    with pytest.raises(ValidationError, match="archived"):
        shifts.assign(actor, _shift(actor, pantry), ann)


def test_signing_up_twice_is_refused(db, actor, pantry):
    sid, ann = _shift(actor, pantry), _person(actor)
    shifts.assign(actor, sid, ann)
    with pytest.raises(ValidationError, match="already signed up"):
        shifts.assign(actor, sid, ann)


def test_a_cancelled_shift_takes_no_sign_ups(db, actor, pantry):
    sid = _shift(actor, pantry)
    shifts.cancel_shift(actor, sid, 1, "Hall flooded")
    with pytest.raises(ValidationError, match="cancelled"):
        shifts.assign(actor, sid, _person(actor))


def test_capacity_cannot_drop_below_the_sign_ups(db, actor, pantry):
    sid = _shift(actor, pantry, capacity=2)
    shifts.assign(actor, sid, _person(actor, "Ann"))
    shifts.assign(actor, sid, _person(actor, "Bo"))
    with pytest.raises(ValidationError, match="2 people are signed up"):
        shifts.update_shift(actor, sid, 1, {"capacity": 1})


def test_attended_defaults_to_the_shift_length_and_corrections_are_audited(db, actor, pantry):
    a = shifts.assign(actor, _shift(actor, pantry, hours=3), _person(actor))
    v2 = shifts.update_assignment(actor, a.id, a.version, {"status": "attended"})
    assert models.Assignment.get_by_id(a.id).minutes == 180
    shifts.update_assignment(actor, a.id, v2.version, {"minutes": 150})
    assert audit.history("assignment", a.id)[-1].changes == {"minutes": [180, 150]}


def test_volunteers_cannot_plan_shifts(db, volunteer, pantry):
    with pytest.raises(PermissionDenied):
        _shift(volunteer, pantry)


def test_bulk_attendance_marks_everyone_not_cancelled_with_the_shift_length(db, actor, pantry):
    sid = _shift(actor, pantry, hours=3, capacity=3)
    ann, bo, cy = (_person(actor, n) for n in ("Ann", "Bo", "Cy"))
    shifts.assign(actor, sid, ann)
    shifts.assign(actor, sid, bo)
    gone = shifts.assign(actor, sid, cy)
    shifts.update_assignment(actor, gone.id, gone.version, {"status": "cancelled"})
    changes = shifts.mark_attendance(actor, sid, "attended")
    A = models.Assignment
    got = {a.person_id: (a.status, a.minutes) for a in A.select()}
    assert got == {ann: ("attended", 180), bo: ("attended", 180), cy: ("cancelled", None)}
    assert changes.ids("person") == {ann, bo}
    assert [e.action for e in audit.history("assignment", A.get(A.person == ann).id)] == [
        "create", "attendance"]


def test_bulk_no_show_for_chosen_people_clears_their_hours(db, actor, pantry):
    sid = _shift(actor, pantry, hours=2)
    ann = shifts.assign(actor, sid, _person(actor, "Ann"))
    bo = shifts.assign(actor, sid, _person(actor, "Bo"))
    shifts.mark_attendance(actor, sid, "attended")
    shifts.mark_attendance(actor, sid, "no_show", [bo.id])
    A = models.Assignment
    assert (A.get_by_id(ann.id).status, A.get_by_id(ann.id).minutes) == ("attended", 120)
    assert (A.get_by_id(bo.id).status, A.get_by_id(bo.id).minutes) == ("no_show", None)


def test_bulk_attendance_refuses_a_status_it_cannot_set(db, actor, pantry):
    sid = _shift(actor, pantry)
    shifts.assign(actor, sid, _person(actor))
    with pytest.raises(ValidationError):
        shifts.mark_attendance(actor, sid, "confirmed")
    assert models.Assignment.get().status == "signed_up"


def test_hours_are_only_recorded_for_someone_who_attended(db, actor, pantry):
    a = shifts.assign(actor, _shift(actor, pantry), _person(actor))
    with pytest.raises(ValidationError, match="mark them attended first") as caught:
        shifts.update_assignment(actor, a.id, a.version, {"minutes": 60})
    assert caught.value.field == "minutes"
    assert models.Assignment.get_by_id(a.id).minutes is None


@pytest.mark.parametrize("outcome, status", [("confirmed", "confirmed"),
                                             ("not_reached", "signed_up")])
def test_a_reminder_call_is_recorded(db, actor, pantry, outcome, status):
    a = shifts.assign(actor, _shift(actor, pantry), _person(actor))
    shifts.record_call(actor, a.id, a.version, outcome)
    row = models.Assignment.get_by_id(a.id)
    assert (row.call_outcome, row.status) == (outcome, status)
    assert row.called_at is not None
    assert audit.history("assignment", a.id)[-1].action == "call"


def test_an_unknown_call_outcome_is_refused(db, actor, pantry):
    a = shifts.assign(actor, _shift(actor, pantry), _person(actor))
    with pytest.raises(ValidationError, match="not a call outcome"):
        shifts.record_call(actor, a.id, a.version, "maybe")
    assert models.Assignment.get_by_id(a.id).call_outcome == ""


def test_the_overlap_message_names_event_role_and_time(db, actor, pantry):
    """The time is the association's (New York, summer time from 8 March 2026), whatever
    the zone of the computer running the test."""
    preferences.update_settings(actor, {"timezone": "America/New_York"})
    ann = _person(actor)
    shifts.assign(actor, _shift(actor, pantry, title="Sorting"), ann)
    with pytest.raises(ValidationError) as caught:
        shifts.assign(actor, _shift(actor, pantry, start=NINE + timedelta(minutes=30)), ann)
    assert "\u201cFood pantry: Sorting\u201d" in str(caught.value)
    assert "(3/14/26 5:00\u202fAM\u20138:00\u202fAM)" in str(caught.value)


def test_attendance_waits_until_the_shift_has_started(db, actor, pantry):
    sid = _shift(actor, pantry)
    a = shifts.assign(actor, sid, _person(actor))
    before = NINE - timedelta(minutes=1)
    with pytest.raises(ValidationError, match="has not started yet"):
        shifts.update_assignment(actor, a.id, a.version, {"status": "attended"}, now=before)
    with pytest.raises(ValidationError, match="has not started yet"):
        shifts.mark_attendance(actor, sid, "no_show", now=before)
    assert models.Assignment.get_by_id(a.id).status == "signed_up"
    shifts.mark_attendance(actor, sid, "cancelled", now=before)  # cancelling is fine any time
    assert models.Assignment.get_by_id(a.id).status == "cancelled"

"""Events, shifts and sign-ups (assignments): capacity, overlaps, attendance and hours."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from civicdesk import clock, localtime
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, people, references, rows, validation, vocabulary
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import ANYONE, allowed
from civicdesk.services.validation import FieldSpec

EVENT_FIELDS: dict[str, FieldSpec] = {
    "name": FieldSpec(QT_TRANSLATE_NOOP("Field", "Name"), required=True, max_len=120),
    "description": FieldSpec(QT_TRANSLATE_NOOP("Field", "Description"), max_len=5000, multiline=True),
    "location": FieldSpec(QT_TRANSLATE_NOOP("Field", "Location"), max_len=200),
    "colour": FieldSpec(QT_TRANSLATE_NOOP("Field", "Colour"), max_len=7),
}
SHIFT_FIELDS: dict[str, FieldSpec] = {
    "event": FieldSpec(QT_TRANSLATE_NOOP("Field", "Event"), "ref", required=True),
    "title": FieldSpec(QT_TRANSLATE_NOOP("Field", "Role"), max_len=120),
    "starts_at": FieldSpec(QT_TRANSLATE_NOOP("Field", "Starts"), "datetime", required=True),
    "ends_at": FieldSpec(QT_TRANSLATE_NOOP("Field", "Ends"), "datetime", required=True),
    "location": FieldSpec(QT_TRANSLATE_NOOP("Field", "Location"), max_len=200),
    "capacity": FieldSpec(QT_TRANSLATE_NOOP("Field", "Places"), "int", required=True, minimum=1, maximum=1000),
    "required_skill": FieldSpec(QT_TRANSLATE_NOOP("Field", "Required skill"), max_len=60),
    "notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Notes"), max_len=5000, multiline=True),
}
ASSIGNMENT_FIELDS: dict[str, FieldSpec] = {
    # required: a sign-up always has a status (an empty one hid it from every list)
    "status": FieldSpec(QT_TRANSLATE_NOOP("Field", "Status"), "choice", required=True,
                        choices=vocabulary.ASSIGNMENT_STATUSES),
    "minutes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Minutes worked"), "int", minimum=0, maximum=24 * 60),
    "note": FieldSpec(QT_TRANSLATE_NOOP("Field", "Note"), max_len=2000, multiline=True),
}

# The free text given with a cancellation or an overlapping sign-up (one line each).
CANCEL_REASON = FieldSpec(QT_TRANSLATE_NOOP("Field", "Reason"), max_len=500)
OVERRIDE_REASON = FieldSpec(QT_TRANSLATE_NOOP("Field", "Reason"), max_len=500)

BAD_COLOUR = QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not a colour like #4a90d9.")
DUPLICATE_EVENT = QT_TRANSLATE_NOOP("Validation", "There is already an event called \u201c{value}\u201d.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The shift must end after it starts.")
CAPACITY_BELOW = QT_TRANSLATE_NOOP("Validation", "{taken} people are signed up; remove some before lowering the "
                                  "places to {value}.")
SHIFT_CANCELLED = QT_TRANSLATE_NOOP("Validation", "This shift was cancelled.")
ALREADY_ON = QT_TRANSLATE_NOOP("Validation", "{value} is already signed up for this shift.")
FULL = QT_TRANSLATE_NOOP("Validation", "This shift is full ({value} of {value} places taken).")
OVERLAP = QT_TRANSLATE_NOOP("Validation", "{person} is already on \u201c{shift}\u201d ({when}), which overlaps "
                           "this shift.")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
HOURS_NOT_ATTENDED = QT_TRANSLATE_NOOP("Validation", "Hours are only recorded for someone who "
                                                     "attended; mark them attended first.")
BAD_OUTCOME = QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not a call outcome.")
NOT_STARTED = QT_TRANSLATE_NOOP("Validation", "This shift has not started yet; attendance is "
                                              "recorded once it has begun.")


# Events ------------------------------------------------------------------------------------

def _check_event(values: dict, event_id: int | None) -> None:
    if values.get("colour") and not _COLOUR.match(values["colour"]):
        validation.fail("colour", EVENT_FIELDS["colour"].label, BAD_COLOUR, values["colour"])
    if "name" in values:
        E = models.Event
        same = E.select().where(E.name == values["name"])
        if event_id is not None:
            same = same.where(E.id != event_id)
        if same.exists():
            validation.fail("name", EVENT_FIELDS["name"].label, DUPLICATE_EVENT, values["name"])


@allowed(actors.MANAGE_SHIFTS)
def create_event(actor: Actor, values: dict[str, Any]) -> Changes:
    cleaned = validation.clean(EVENT_FIELDS, values)
    with rows.transaction():
        _check_event(cleaned, None)
        row = rows.create_row(actor, models.Event, cleaned)
    return Changes("event", row.id, row.version)


@allowed(actors.MANAGE_SHIFTS)
def update_event(actor: Actor, event_id: int, expected_version: int,
                 values: dict[str, Any]) -> Changes:
    cleaned = validation.clean(EVENT_FIELDS, values, partial=True)
    with rows.transaction():
        _check_event(cleaned, event_id)
        row, _ = rows.update_row(actor, models.Event, event_id, expected_version, cleaned)
    return Changes("event", event_id, row.version)


@allowed(actors.MANAGE_SHIFTS)
def set_event_archived(actor: Actor, event_id: int, expected_version: int,
                       archived: bool) -> Changes:
    with rows.transaction():
        row, _ = rows.update_row(actor, models.Event, event_id, expected_version,
                                 {"archived": archived},
                                 action="archive" if archived else "unarchive")
    return Changes("event", event_id, row.version)


# Shifts ------------------------------------------------------------------------------------

def _check_shift(values: dict, current: dict, shift_id: int | None) -> dict:
    merged = current | values
    if merged["ends_at"] <= merged["starts_at"]:
        validation.fail("ends_at", SHIFT_FIELDS["ends_at"].label, END_BEFORE_START,
                        values.get("ends_at"))
    references.check(models.Event, values, "event", SHIFT_FIELDS["event"].label,
                     not_archived=True)
    if shift_id is not None and "capacity" in values:
        taken = active_count(shift_id)
        if values["capacity"] < taken:
            validation.fail("capacity", SHIFT_FIELDS["capacity"].label, CAPACITY_BELOW,
                            values["capacity"], taken=taken)
    if "required_skill" in values:
        skill = values.pop("required_skill")
        values["required_skill"] = people.tag_named(skill).id if skill else None
    return values


@allowed(actors.MANAGE_SHIFTS)
def create_shift(actor: Actor, values: dict[str, Any]) -> Changes:
    cleaned = validation.clean(SHIFT_FIELDS, values)
    with rows.transaction():
        cleaned = _check_shift(cleaned, {}, None)
        row = rows.create_row(actor, models.Shift, cleaned)
    return Changes("shift", row.id, row.version)


@allowed(actors.MANAGE_SHIFTS)
def update_shift(actor: Actor, shift_id: int, expected_version: int,
                 values: dict[str, Any]) -> Changes:
    cleaned = validation.clean(SHIFT_FIELDS, values, partial=True)
    with rows.transaction():
        current = rows.current_values(rows.get_row(models.Shift, shift_id),
                                      ("starts_at", "ends_at"))
        cleaned = _check_shift(cleaned, current, shift_id)
        row, _ = rows.update_row(actor, models.Shift, shift_id, expected_version, cleaned)
    return Changes("shift", shift_id, row.version)


@allowed(actors.MANAGE_SHIFTS)
def cancel_shift(actor: Actor, shift_id: int, expected_version: int, reason: str = "") -> Changes:
    reason = validation.clean({"reason": CANCEL_REASON}, {"reason": reason})["reason"]
    with rows.transaction():
        row, _ = rows.update_row(actor, models.Shift, shift_id, expected_version,
                                 {"cancelled": True, "cancel_reason": reason},
                                 action="cancel")
    return Changes("shift", shift_id, row.version)


def active_count(shift_id: int) -> int:
    A = models.Assignment
    return A.select().where((A.shift == shift_id) & A.status.in_(vocabulary.SIGNUP_ACTIVE)).count()


# Assignments -------------------------------------------------------------------------------

def overlapping(person_id: int, shift: models.Shift) -> list[models.Shift]:
    """The person's other active shifts that overlap *shift* (touching ends are no overlap)."""
    A, S = models.Assignment, models.Shift
    return list(S.select().join(A)
                .where((A.person == person_id) & A.status.in_(vocabulary.SIGNUP_ACTIVE) & (S.id != shift.id)
                       & (S.cancelled == False)  # noqa: E712 - peewee expression
                       & (S.starts_at < shift.ends_at) & (S.ends_at > shift.starts_at))
                .order_by(S.starts_at))


@allowed(ANYONE, also={"overlap override": actors.OVERRIDE_OVERLAP})
def assign(actor: Actor, shift_id: int, person_id: int, *, override_reason: str = "",
           note: str = "") -> Changes:
    """Sign a person up for a shift. Refuses a full or cancelled shift, an archived person and
    an overlap, unless someone allowed to overrides the overlap with a reason."""
    label = QT_TRANSLATE_NOOP("Field", "Person")
    given = validation.clean({"override_reason": OVERRIDE_REASON,
                              "note": ASSIGNMENT_FIELDS["note"]},
                             {"override_reason": override_reason, "note": note})
    override_reason, note = given["override_reason"], given["note"]
    with rows.transaction():
        shift = rows.get_row(models.Shift, shift_id)
        if shift.cancelled:
            validation.fail("shift", QT_TRANSLATE_NOOP("Field", "Shift"), SHIFT_CANCELLED)
        person = references.require(models.Person, person_id, "person", label,
                                    not_archived=True)
        name = references.name_of(person)
        A = models.Assignment
        existing = A.get_or_none((A.shift == shift_id) & (A.person == person_id))
        if existing is not None and existing.status in vocabulary.SIGNUP_ACTIVE:
            validation.fail("person", label, ALREADY_ON, name)
        if active_count(shift_id) >= shift.capacity:
            validation.fail("shift", QT_TRANSLATE_NOOP("Field", "Shift"), FULL, shift.capacity)
        clashes = overlapping(person_id, shift)
        if clashes and not override_reason:
            tz = clock.zone()
            other = clashes[0]
            validation.fail("person", label, OVERLAP, name, person=name,
                            shift=shift_name(other.event.name, other.title),
                            when=localtime.format_range(other.starts_at, other.ends_at, tz))
        if clashes:
            actor.require(actors.OVERRIDE_OVERLAP)
        values = {"status": "signed_up", "override_reason": override_reason,
                  "note": note, "minutes": None}
        if existing is not None:  # signed up again after cancelling
            row, _ = rows.update_row(actor, A, existing.id, existing.version, values)
        else:
            row = rows.create_row(actor, A, values | {"shift": shift_id, "person": person_id})
    return Changes("assignment", row.id, row.version,
                   frozenset({("shift", shift_id), ("person", person_id)}))


def _check_started(shift: models.Shift, status: str | None, now: datetime | None) -> None:
    if status in vocabulary.SIGNUP_ATTENDANCE and shift.starts_at > (now or clock.utcnow()):
        validation.fail("status", ASSIGNMENT_FIELDS["status"].label, NOT_STARTED, status)


@allowed(ANYONE)
def update_assignment(actor: Actor, assignment_id: int, expected_version: int,
                      values: dict[str, Any], *, now: datetime | None = None) -> Changes:
    """Attendance and hours: status, minutes worked (defaults to the shift length), note.
    Attended / no-show only once the shift has started."""
    cleaned = validation.clean(ASSIGNMENT_FIELDS, values, partial=True)
    with rows.transaction():
        row = rows.get_row(models.Assignment, assignment_id)
        _check_started(rows.get_row(models.Shift, row.shift_id), cleaned.get("status"), now)
        if cleaned.get("status") == "attended" and cleaned.get("minutes") is None \
                and row.minutes is None:
            shift = rows.get_row(models.Shift, row.shift_id)
            cleaned["minutes"] = localtime.minutes_between(shift.starts_at, shift.ends_at)
        if cleaned.get("status") in ("no_show", "cancelled"):
            cleaned["minutes"] = None
        if cleaned.get("minutes") is not None and cleaned.get("status", row.status) != "attended":
            validation.fail("minutes", ASSIGNMENT_FIELDS["minutes"].label, HOURS_NOT_ATTENDED,
                            cleaned["minutes"])
        row, _ = rows.update_row(actor, models.Assignment, assignment_id, expected_version,
                                 cleaned)
    return Changes("assignment", assignment_id, row.version,
                   frozenset({("shift", row.shift_id), ("person", row.person_id)}))


@allowed(ANYONE)
def mark_attendance(actor: Actor, shift_id: int, status: str,
                    assignment_ids: list[int] | None = None, *,
                    now: datetime | None = None) -> Changes:
    """Mark several people of one shift at once (all not cancelled ones when no ids are
    given). One transaction; each assignment gets its own audit entry, so its history stays
    complete."""
    validation.clean({"status": ASSIGNMENT_FIELDS["status"]}, {"status": status})
    if status not in vocabulary.SIGNUP_MARKABLE:
        validation.fail("status", ASSIGNMENT_FIELDS["status"].label, "choice", status,
                        choices=", ".join(vocabulary.SIGNUP_MARKABLE))
    A = models.Assignment
    with rows.transaction():
        shift = rows.get_row(models.Shift, shift_id)
        _check_started(shift, status, now)
        query = A.select().where(A.shift == shift_id)
        if assignment_ids is not None:
            query = query.where(A.id.in_(assignment_ids))
        else:
            query = query.where(A.status != "cancelled")
        length = localtime.minutes_between(shift.starts_at, shift.ends_at)
        touched = set()
        for row in query:
            values = {"status": status, "minutes": None}
            if status == "attended":
                values["minutes"] = row.minutes if row.minutes is not None else length
            rows.update_row(actor, A, row.id, None, values, action="attendance")
            touched |= {("assignment", row.id), ("person", row.person_id)}
    return Changes("shift", shift_id, shift.version, frozenset(touched))


@allowed(ANYONE)
def record_call(actor: Actor, assignment_id: int, expected_version: int,
                outcome: str) -> Changes:
    """The reminder call: `confirmed` (also confirms the sign-up) or `not_reached`."""
    if outcome not in vocabulary.CALL_OUTCOMES:
        validation.fail("call_outcome", QT_TRANSLATE_NOOP("Field", "Call"), BAD_OUTCOME, outcome)
    with rows.transaction():
        row = rows.get_row(models.Assignment, assignment_id)
        values = {"call_outcome": outcome, "called_at": clock.utcnow()}
        if outcome == "confirmed" and row.status == "signed_up":
            values["status"] = "confirmed"
        row, _ = rows.update_row(actor, models.Assignment, assignment_id, expected_version,
                                 values, action="call")
    return Changes("assignment", assignment_id, row.version,
                   frozenset({("shift", row.shift_id), ("person", row.person_id)}))


def shift_name(event: str, title: str) -> str:
    """How a shift is named in messages: `Food pantry: Sorting` (or just the event)."""
    return f"{event}: {title}" if title else event

"""Volunteer hours given outside a scheduled shift (ad-hoc hours), and yearly totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import peewee as pw

from civicdesk import clock, localtime
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, audit, references, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import ANYONE, allowed
from civicdesk.services.validation import FieldSpec

HOURS_FIELDS: dict[str, FieldSpec] = {
    "person": FieldSpec(QT_TRANSLATE_NOOP("Field", "Person"), "ref", required=True),
    "worked_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "Day"), "date", required=True),
    "minutes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Time worked"), "int", required=True,
                         minimum=1, maximum=24 * 60),
    "event": FieldSpec(QT_TRANSLATE_NOOP("Field", "Event"), "ref"),
    "note": FieldSpec(QT_TRANSLATE_NOOP("Field", "What was done"), required=True, max_len=500),
}

IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "{value} is in the future; log hours once the work "
                                            "is done.")


@allowed(ANYONE)
def log_hours(actor: Actor, values: dict[str, Any], *, today: date | None = None) -> Changes:
    """Record time a volunteer gave without a shift (e.g. delivering flyers)."""
    cleaned = validation.clean(HOURS_FIELDS, values)
    today = today or clock.today()
    with rows.transaction():
        person = references.require(models.Person, cleaned["person"], "person",
                                    HOURS_FIELDS["person"].label, not_archived=True)
        if cleaned["worked_on"] > today:
            validation.fail("worked_on", HOURS_FIELDS["worked_on"].label, IN_FUTURE,
                            cleaned["worked_on"].isoformat())
        references.check(models.Event, cleaned, "event", HOURS_FIELDS["event"].label)
        row = rows.create_row(actor, models.AdHocHours,
                              cleaned | {"created_by": actor.user_id})
    return Changes("adhoc_hours", row.id, None, frozenset({("person", person.id)}))


# What a correction may change (the person stays: hours logged for the wrong person are
# removed and logged again, so each person's history stays plain).
CORRECTABLE = ("worked_on", "minutes", "event", "note")


@allowed(actors.MANAGE_SHIFTS)
def update_hours(actor: Actor, hours_id: int, values: dict[str, Any], *,
                 today: date | None = None) -> Changes:
    """Correct logged hours: the day, the time, the event, what was done (coordinators,
    like removing them; audited field by field). The rows carry no version: two people
    correcting the same entry at once is unlikely, and the audit log keeps both."""
    fields = {name: HOURS_FIELDS[name] for name in CORRECTABLE}
    cleaned = validation.clean(fields, values, partial=True)
    today = today or clock.today()
    with rows.transaction():
        row = rows.get_row(models.AdHocHours, hours_id)
        if "worked_on" in cleaned and cleaned["worked_on"] > today:
            validation.fail("worked_on", HOURS_FIELDS["worked_on"].label, IN_FUTURE,
                            cleaned["worked_on"].isoformat())
        references.check(models.Event, cleaned, "event", HOURS_FIELDS["event"].label)
        rows.update_row(actor, models.AdHocHours, hours_id, None, cleaned, row=row)
    return Changes("adhoc_hours", hours_id, None, frozenset({("person", row.person_id)}))


@allowed(actors.MANAGE_SHIFTS)
def remove_hours(actor: Actor, hours_id: int) -> Changes:
    """Take back hours logged by mistake (coordinators; the audit log keeps what it was)."""
    with rows.transaction():
        row = rows.get_row(models.AdHocHours, hours_id)
        old = rows.current_values(row, ("person", "worked_on", "minutes", "event", "note"))
        row.delete_instance()
        audit.record(actor, "delete", rows.table_of(models.AdHocHours), hours_id,
                     audit.diff(old, dict.fromkeys(old)))
    return Changes("adhoc_hours", hours_id, None, frozenset({("person", old["person"])}))


@dataclass(frozen=True)
class HoursRow:
    """One entry of ad-hoc hours, as the person's Shifts tab lists it."""

    id: int
    worked_on: date
    minutes: int
    event_id: int | None
    event_name: str
    note: str


def person_hours(person_id: int) -> list[HoursRow]:
    """A person's ad-hoc hours, newest first (one statement)."""
    H, E = models.AdHocHours, models.Event
    query = (H.select(H.id, H.worked_on, H.minutes, H.event, E.name, H.note)
             .join(E, pw.JOIN.LEFT_OUTER).where(H.person == person_id)
             .order_by(H.worked_on.desc(), H.id.desc()))
    return [HoursRow(i, day, minutes, event, name or "", note)
            for i, day, minutes, event, name, note in query.tuples()]


def year_minutes(person_id: int, year: int, tz: ZoneInfo) -> int:
    """Everything a person gave in a calendar year: attended shifts (that started in the
    year, in *tz*) plus ad-hoc hours, counted as `rosters.hours_entries` counts them, in
    one statement."""
    start, end = localtime.days_bounds(date(year, 1, 1), date(year, 12, 31), tz)
    A, S, H = models.Assignment, models.Shift, models.AdHocHours
    shifts = (A.select(A.minutes, S.starts_at, S.ends_at).join(S)
              .where((A.person == person_id) & (A.status == "attended")
                     & (S.starts_at >= start) & (S.starts_at < end)))
    adhoc = (H.select(H.minutes, pw.Value(None), pw.Value(None))
             .where((H.person == person_id)
                    & H.worked_on.between(date(year, 1, 1), date(year, 12, 31))))
    total = 0
    for minutes, starts, ends in (shifts + adhoc).tuples():
        total += minutes if minutes is not None else localtime.minutes_between(starts, ends)
    return total


def format_minutes(minutes: int) -> str:
    """`3 h 30 min`, `45 min`, `2 h`."""
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return f"{hours} h {rest:02d} min"
    return f"{hours} h" if hours else f"{rest} min"

"""Volunteer hours given outside a scheduled shift (ad-hoc hours), and yearly totals."""

from __future__ import annotations

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

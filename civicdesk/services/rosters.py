"""Read-models about who works when, shared by the shifts pane and the printed reports.

Plain dataclass rows, fully materialised (no lazy foreign keys), times aware in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import peewee as pw

from civicdesk import localtime
from civicdesk.data import models
from civicdesk.services import vocabulary
from civicdesk.services.people import display_name


@dataclass(frozen=True)
class SignupRow:
    """One person on one shift, with what is needed to call them."""

    assignment_id: int
    assignment_version: int
    shift_id: int
    shift_title: str
    event_id: int
    event_name: str
    starts_at: datetime
    ends_at: datetime
    location: str
    person_id: int
    name: str
    phone: str
    email: str
    status: str
    call_outcome: str
    minutes: int | None


def _signups() -> pw.ModelSelect:
    A, S, E, P = models.Assignment, models.Shift, models.Event, models.Person
    return (A.select(A.id, A.version, S.id, S.title, E.id, E.name, S.starts_at, S.ends_at,
                     S.location, E.location, P.id, P.first_name, P.last_name, P.preferred_name,
                     P.phone, P.mobile, P.email, A.status, A.call_outcome, A.minutes)
            .join(S).join(E).switch(A).join(P))


def _signup_row(row: tuple) -> SignupRow:
    (aid, version, sid, title, eid, event, start, end, location, event_location, pid, first,
     last, preferred, phone, mobile, email, status, outcome, minutes) = row
    return SignupRow(aid, version, sid, title, eid, event, start, end,
                     location or event_location, pid, display_name(first, last, preferred),
                     phone or mobile, email, status, outcome, minutes)


def call_list(day: date, tz: ZoneInfo) -> list[SignupRow]:
    """Everyone expected on a shift that starts on *day* (local), by start time then name."""
    start, end = localtime.day_bounds_utc(day, tz)
    A, S, P = models.Assignment, models.Shift, models.Person
    query = (_signups().where((S.starts_at >= start) & (S.starts_at < end)
                              & (S.cancelled == False)  # noqa: E712
                              & A.status.in_(vocabulary.SIGNUP_EXPECTED))
             .order_by(S.starts_at, S.id, P.sort_name))
    return [_signup_row(row) for row in query.tuples()]


def shift_signups(shift_id: int) -> list[SignupRow]:
    """The people on one shift (not the cancelled ones), by name (for sign-in sheets)."""
    A, S, P = models.Assignment, models.Shift, models.Person
    query = (_signups().where((S.id == shift_id) & A.status.in_(vocabulary.SIGNUP_ACTIVE + ("no_show",)))
             .order_by(P.sort_name))
    return [_signup_row(row) for row in query.tuples()]


def person_signups(person_id: int, since: datetime, *, include_cancelled: bool = False
                   ) -> list[SignupRow]:
    """One person's shifts that end after *since* (UTC), soonest first (person detail,
    their calendar file). Cancelled shifts are left out unless *include_cancelled*."""
    A, S = models.Assignment, models.Shift
    query = _signups().where((A.person == person_id) & (S.ends_at > since))
    if not include_cancelled:
        query = query.where(A.status.in_(vocabulary.SIGNUP_ACTIVE) & (S.cancelled == False))  # noqa: E712
    return [_signup_row(row) for row in query.order_by(S.starts_at, S.id).tuples()]


@dataclass(frozen=True)
class HoursEntry:
    """Time one person gave on one day: a shift attended, or hours logged without a shift."""

    person_id: int
    name: str
    worked_on: date
    event_id: int | None
    event_name: str
    what: str  # the shift's role, or the note of ad-hoc hours
    minutes: int


def hours_entries(start: date, end: date, tz: ZoneInfo, person_id: int | None = None,
                  event_id: int | None = None) -> list[HoursEntry]:
    """Attended shifts and ad-hoc hours from *start* to *end* (inclusive, local days)."""
    lo, hi = localtime.days_bounds(start, end, tz)
    A, S, E, P = models.Assignment, models.Shift, models.Event, models.Person
    shifts = (_signups().where((A.status == "attended") & (S.starts_at >= lo)
                               & (S.starts_at < hi)))
    if person_id is not None:
        shifts = shifts.where(P.id == person_id)
    if event_id is not None:
        shifts = shifts.where(E.id == event_id)
    entries = []
    for row in map(_signup_row, shifts.tuples()):
        minutes = row.minutes if row.minutes is not None else localtime.minutes_between(
            row.starts_at, row.ends_at)
        entries.append(HoursEntry(row.person_id, row.name, row.starts_at.astimezone(tz).date(),
                                  row.event_id, row.event_name, row.shift_title, minutes))
    entries += _adhoc_entries(start, end, person_id, event_id)
    entries.sort(key=lambda e: (e.name.casefold(), e.worked_on, e.event_name))
    return entries


def _adhoc_entries(start: date, end: date, person_id: int | None,
                   event_id: int | None) -> list[HoursEntry]:
    H, E, P = models.AdHocHours, models.Event, models.Person
    query = (H.select(P.id, P.first_name, P.last_name, P.preferred_name, H.worked_on, E.id,
                      E.name, H.note, H.minutes)
             .join(P).switch(H).join(E, pw.JOIN.LEFT_OUTER)
             .where((H.worked_on >= start) & (H.worked_on <= end)))
    if person_id is not None:
        query = query.where(P.id == person_id)
    if event_id is not None:
        query = query.where(E.id == event_id)
    return [HoursEntry(pid, display_name(first, last, preferred), worked_on, eid, ename or "",
                       note, minutes)
            for pid, first, last, preferred, worked_on, eid, ename, note, minutes
            in query.tuples()]


def total_minutes(entries: list[HoursEntry]) -> int:
    return sum(e.minutes for e in entries)

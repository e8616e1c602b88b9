"""What the shift reports print: schedule, sign-in sheets, call list, volunteer hours.

Built on the shared read-models in `rosters` (call_list, shift_signups, hours_entries);
times are converted to the association's local time here, so renderers only format them.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from civicdesk import localtime
from civicdesk.data import models
from civicdesk.services import rosters, rows, vocabulary
from civicdesk.services.people import display_name, formal_name


@dataclass(frozen=True)
class ShiftRow:
    """One shift with the names of the people signed up (local times)."""

    shift_id: int
    event_name: str
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str
    capacity: int
    people: tuple[str, ...]


def _shift_query(lo: datetime, hi: datetime, event_id: int | None):
    S, E = models.Shift, models.Event
    query = (S.select(S.id, E.name, S.title, S.starts_at, S.ends_at, S.location, E.location,
                      S.capacity)
             .join(E)
             .where((S.starts_at >= lo) & (S.starts_at < hi) & (S.cancelled == False))  # noqa: E712
             .order_by(S.starts_at, E.name, S.id))
    if event_id is not None:
        query = query.where(E.id == event_id)
    return query


def _names_by_shift(shift_ids: list[int]) -> dict[int, list[str]]:
    A, P = models.Assignment, models.Person
    names: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(shift_ids), 500):  # stay under SQLite's variable limit
        query = (A.select(A.shift, P.first_name, P.last_name, P.preferred_name)
                 .join(P)
                 .where(A.shift.in_(shift_ids[start:start + 500])
                        & A.status.in_(vocabulary.SIGNUP_ACTIVE))
                 .order_by(P.sort_name))
        for sid, first, last, preferred in query.tuples():
            names[sid].append(display_name(first, last, preferred))
    return names


def schedule(start: date, end: date, tz: ZoneInfo, event_id: int | None = None
             ) -> list[ShiftRow]:
    """The shifts from *start* to *end* (inclusive local days), not cancelled."""
    lo, hi = localtime.days_bounds(start, end, tz)
    found = list(_shift_query(lo, hi, event_id).tuples())
    names = _names_by_shift([row[0] for row in found])
    return [ShiftRow(sid, event, title, s.astimezone(tz), e.astimezone(tz),
                     location or event_location, capacity, tuple(names.get(sid, ())))
            for sid, event, title, s, e, location, event_location, capacity in found]


@dataclass(frozen=True)
class Schedule:
    start: date
    end: date
    event_name: str  # "" for all events
    shifts: list[ShiftRow]


def schedule_of(start: date, end: date, tz: ZoneInfo, event_id: int | None = None) -> Schedule:
    """The schedule report's data: the period, the event's name, its shifts."""
    name = rows.get_row(models.Event, event_id).name if event_id is not None else ""
    return Schedule(start, end, name, schedule(start, end, tz, event_id))


@dataclass(frozen=True)
class SignInSheet:
    shift: ShiftRow
    people: list[rosters.SignupRow]


@dataclass(frozen=True)
class SignIn:
    day: date
    sheets: list[SignInSheet]


def signin_sheets(tz: ZoneInfo, shift_id: int | None = None, day: date | None = None,
                  event_id: int | None = None) -> SignIn:
    """One sheet for a shift, or one per shift of a day (optionally of one event)."""
    if shift_id is not None:
        shift = rows.get_row(models.Shift, shift_id)
        day = shift.starts_at.astimezone(tz).date()
        shifts = [s for s in schedule(day, day, tz) if s.shift_id == shift_id]
    elif day is not None:
        shifts = schedule(day, day, tz, event_id)
    else:
        shifts = []
    return SignIn(day, [SignInSheet(s, _local(rosters.shift_signups(s.shift_id), tz))
                        for s in shifts])


def _local(signups: list[rosters.SignupRow], tz: ZoneInfo) -> list[rosters.SignupRow]:
    return [dataclasses.replace(r, starts_at=r.starts_at.astimezone(tz),
                                ends_at=r.ends_at.astimezone(tz)) for r in signups]


@dataclass(frozen=True)
class CallList:
    day: date
    rows: list[rosters.SignupRow]


def call_list(day: date, tz: ZoneInfo) -> CallList:
    """Who to call to remind them of their shift on *day* (local times)."""
    return CallList(day, _local(rosters.call_list(day, tz), tz))


@dataclass(frozen=True)
class PersonHours:
    person_id: int
    name: str
    shifts: int
    minutes: int


@dataclass(frozen=True)
class HoursReport:
    start: date
    end: date
    people: list[PersonHours]
    events: list[tuple[str, int]]  # (event name, minutes), most first
    total_minutes: int


def hours(start: date, end: date, tz: ZoneInfo, event_id: int | None = None) -> HoursReport:
    """Hours given per volunteer and per event from *start* to *end*."""
    entries = rosters.hours_entries(start, end, tz, event_id=event_id)
    per_person: dict[int, list[rosters.HoursEntry]] = defaultdict(list)
    per_event: dict[str, int] = defaultdict(int)
    for entry in entries:
        per_person[entry.person_id].append(entry)
        per_event[entry.event_name] += entry.minutes
    people = [PersonHours(pid, items[0].name, len(items), rosters.total_minutes(items))
              for pid, items in per_person.items()]
    people.sort(key=lambda p: p.name.casefold())
    events = sorted(per_event.items(), key=lambda item: (-item[1], item[0]))
    return HoursReport(start, end, people, events, rosters.total_minutes(entries))


@dataclass(frozen=True)
class Statement:
    """What a volunteer's hours letter needs."""

    person_id: int
    name: str
    start: date
    end: date
    entries: list[rosters.HoursEntry]
    total_minutes: int


def statement(person_id: int, start: date, end: date, tz: ZoneInfo) -> Statement:
    person = rows.get_row(models.Person, person_id)
    entries = rosters.hours_entries(start, end, tz, person_id=person_id)
    entries.sort(key=lambda e: (e.worked_on, e.event_name))
    # A letter uses the full name, not the preferred one.
    name = formal_name(person.first_name, person.last_name, person.preferred_name)
    return Statement(person_id, name, start, end, entries, rosters.total_minutes(entries))

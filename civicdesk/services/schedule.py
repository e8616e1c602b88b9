"""Read-models for the shift list and the week calendar: shifts with how full they are.

One query per call (the filled count is a correlated subquery on the (shift, person) index),
materialised into plain rows; times aware in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import peewee as pw

from civicdesk import localtime
from civicdesk.data import models
from civicdesk.services import shifts, vocabulary


@dataclass(frozen=True)
class ShiftRow:
    """One shift as lists and the calendar show it."""

    id: int
    version: int
    event_id: int
    event_name: str
    colour: str
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str  # the shift's own, else the event's
    capacity: int
    filled: int
    required_skill: str
    cancelled: bool
    series_id: int | None

    @property
    def open_places(self) -> int:
        return max(self.capacity - self.filled, 0)

    @property
    def unfilled(self) -> bool:
        return not self.cancelled and self.filled < self.capacity

    @property
    def name(self) -> str:
        return shifts.shift_name(self.event_name, self.title)


def _query() -> pw.ModelSelect:
    A, S, E, T = models.Assignment, models.Shift, models.Event, models.Tag
    filled = (A.select(pw.fn.COUNT(A.id))
              .where((A.shift == S.id) & A.status.in_(vocabulary.SIGNUP_ACTIVE)))
    return (S.select(S.id, S.version, E.id, E.name, E.colour, S.title, S.starts_at, S.ends_at,
                     S.location, E.location, S.capacity, filled.alias("filled"), T.name,
                     S.cancelled, S.series)
            .join(E).switch(S).join(T, pw.JOIN.LEFT_OUTER))


def _rows(query: pw.ModelSelect) -> list[ShiftRow]:
    """Run *query* on the raw cursor: the week view reads hundreds of rows, and converting
    each value once here is about twice as fast as peewee's row wrappers."""
    to_time = models.Shift.starts_at.python_value
    return [ShiftRow(sid, version, eid, event, colour, title, to_time(start), to_time(end),
                     location or event_location, capacity, filled, skill or "",
                     bool(cancelled), series)
            for (sid, version, eid, event, colour, title, start, end, location, event_location,
                 capacity, filled, skill, cancelled, series)
            in models.database.execute(query)]


def shifts_between(start: datetime, end: datetime, *, event_id: int | None = None,
                   unfilled_only: bool = False) -> list[ShiftRow]:
    """Shifts starting in [start, end) (UTC), by start time, then event name."""
    S, E = models.Shift, models.Event
    query = _query().where((S.starts_at >= start) & (S.starts_at < end))
    if event_id is not None:
        query = query.where(S.event == event_id)
    found = _rows(query.order_by(S.starts_at, E.name, S.id))
    return [r for r in found if r.unfilled] if unfilled_only else found


def shift_rows(shift_ids) -> dict[int, ShiftRow]:
    """The rows of some shifts (those that still exist), by id."""
    ids = list(shift_ids)
    if not ids:
        return {}
    found = _rows(_query().where(models.Shift.id.in_(ids)))
    return {row.id: row for row in found}


def shift_row(shift_id: int) -> ShiftRow | None:
    return shift_rows([shift_id]).get(shift_id)


def open_shifts(after: datetime, until: datetime, *, event_id: int | None = None
                ) -> list[ShiftRow]:
    """Shifts someone can still sign up for: not started, not cancelled, not full."""
    found = shifts_between(after, until, event_id=event_id)
    return [r for r in found if r.unfilled]


def week_start(day: date) -> date:
    """The Monday of the week holding *day*."""
    return day - timedelta(days=day.weekday())


def week_bounds(monday: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The week from local Monday 00:00 to the next Monday 00:00, in UTC."""
    start, _ = localtime.day_bounds_utc(monday, tz)
    end, _ = localtime.day_bounds_utc(monday + timedelta(days=7), tz)
    return start, end


@dataclass(frozen=True)
class EventRow:
    id: int
    version: int
    name: str
    location: str
    colour: str
    description: str
    archived: bool
    upcoming: int  # shifts from *now* on, not cancelled


def event_rows(now: datetime, *, include_archived: bool = False) -> list[EventRow]:
    """Events by name, with how many shifts they still have coming."""
    E, S = models.Event, models.Shift
    upcoming = (S.select(pw.fn.COUNT(S.id))
                .where((S.event == E.id) & (S.starts_at >= now)
                       & (S.cancelled == False)))  # noqa: E712
    query = E.select(E.id, E.version, E.name, E.location, E.colour, E.description, E.archived,
                     upcoming.alias("upcoming"))
    if not include_archived:
        query = query.where(E.archived == False)  # noqa: E712
    return [EventRow(*values[:6], bool(values[6]), values[7])
            for values in query.order_by(pw.fn.LOWER(E.name)).tuples()]


def event_names(*, include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of the events, by name (for choosing one)."""
    E = models.Event
    query = E.select(E.id, E.name).order_by(E.name)
    if not include_archived:
        query = query.where(E.archived == False)  # noqa: E712
    return list(query.tuples())


@dataclass(frozen=True)
class ShiftRecord:
    """One shift as its editor and detail view need it: its own location (not the event's),
    notes, the skill it needs by name, its version."""

    id: int
    version: int
    event: int
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str
    capacity: int
    notes: str
    series: int | None
    cancelled: bool
    cancel_reason: str
    required_skill: str


def shift_record(shift_id: int) -> ShiftRecord | None:
    """The shift (None if it no longer exists: a series edit may remove one), one query."""
    S, T = models.Shift, models.Tag
    query = (S.select(S.id, S.version, S.event, S.title, S.starts_at, S.ends_at, S.location,
                      S.capacity, S.notes, S.series, S.cancelled, S.cancel_reason, T.name)
             .join(T, pw.JOIN.LEFT_OUTER, on=(S.required_skill == T.id))
             .where(S.id == shift_id))
    found = query.tuples().first()
    if found is None:
        return None
    *values, skill = found
    return ShiftRecord(*values, skill or "")


def skill_names() -> list[str]:
    """The skills people have or shifts need, for pick lists."""
    T = models.Tag
    return [name for (name,) in T.select(T.name).where(T.kind == "skill")
            .order_by(T.name).tuples()]

"""iCalendar (.ics) files of shifts, one per volunteer or per event (RFC 5545, `icalendar`).

UIDs are stable (built from the row's id and its creation time, which never change), and
SEQUENCE follows the row's version, so importing a newer file updates the entries instead
of duplicating them; a cancelled shift or sign-up is exported as STATUS:CANCELLED so it
disappears from the importer's calendar. Times carry the association's time zone (TZID plus
its VTIMEZONE). An event file names no people (it may be shared more widely).

Whatever the rows hold (an older version let line breaks into names and titles, and any
year into a shift's times), the file is written: single-line properties are put on one
line, control characters dropped, and times too close to year 1 or 9999 for the zone are
given in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import peewee as pw

from civicdesk import __version__, clock, plaintext
from civicdesk.data import models
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import people, shifts, validation, vocabulary

PRODID = f"-//CivicDesk//Shifts {__version__}//EN"
PLACES = QT_TRANSLATE_NOOP("Calendar", "{filled} of {capacity} places taken")
_YEAR = timedelta(days=366)


class NoSuchEvent(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no event called \u201c{name}\u201d.")


class NoSuchPerson(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no person with the number {id}.")


class UnreadableCalendar(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "The calendar file could not be read back ({why}); "
                                           "it was not saved.")


@dataclass(frozen=True)
class Item:
    """One calendar entry."""

    uid: str
    sequence: int
    summary: str
    location: str
    description: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    modified: datetime


def _uid(kind: str, row_id: int, created: datetime) -> str:
    return f"civicdesk-{kind}-{row_id}-{created:%Y%m%dT%H%M%SZ}@civicdesk"


def _shifts() -> pw.ModelSelect:
    S, E = models.Shift, models.Event
    return S.select(S, E).join(E)


def event_items(event_id: int, places: str = PLACES) -> list[Item]:
    """Every shift of an event, with how many places are taken (no names). *places* is
    the PLACES template, translated by the caller when it can."""
    S, A = models.Shift, models.Assignment
    counts = dict(A.select(A.shift, pw.fn.COUNT(A.id))
                  .join(S).where((S.event == event_id) & A.status.in_(vocabulary.SIGNUP_ACTIVE))
                  .group_by(A.shift).tuples())
    items = []
    for shift in _shifts().where(S.event == event_id).order_by(S.starts_at):
        filled = counts.get(shift.id, 0)
        taken = places.format(filled=filled, capacity=shift.capacity)
        items.append(_item("shift", shift.id, shift.created_at, shift.version, shift,
                           "\n".join(x for x in (taken, shift.notes) if x), shift.cancelled))
    return items


def person_items(person_id: int) -> list[Item]:
    """Every shift a person signed up for (cancelled sign-ups as cancelled entries)."""
    A, S = models.Assignment, models.Shift
    query = (A.select(A, S, models.Event).join(S).join(models.Event)
             .where(A.person == person_id).order_by(S.starts_at))
    items = []
    for signup in query:
        shift = signup.shift
        items.append(_item("signup", signup.id, signup.created_at,
                           shift.version + signup.version, shift, shift.notes,
                           shift.cancelled or signup.status in ("cancelled", "no_show")))
    return items


def _item(kind: str, row_id: int, created: datetime, sequence: int, shift: models.Shift,
          description: str, cancelled: bool) -> Item:
    return Item(_uid(kind, row_id, created), sequence,
                shifts.shift_name(shift.event.name, shift.title),
                shift.location or shift.event.location, description, shift.starts_at,
                shift.ends_at, cancelled, shift.updated_at)


def build(items: list[Item], name: str, uid: str, tz: ZoneInfo) -> bytes:
    """The .ics text of *items*, times in *tz* with its VTIMEZONE (covering their dates)."""
    calendar = icalendar.Calendar.new(prodid=PRODID, name=plaintext.one_line(name), uid=uid)
    stamp = clock.utcnow()
    for item in items:
        event = icalendar.Event.new(
            uid=item.uid, sequence=item.sequence, summary=plaintext.one_line(item.summary),
            location=plaintext.one_line(item.location or "") or None,
            description=plaintext.multi_line(item.description or "") or None,
            start=_local(item.starts_at, tz), end=_local(item.ends_at, tz),
            stamp=stamp, last_modified=item.modified,
            status="CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    if items:
        calendar.add_missing_timezones(*_zone_window(items))
    return calendar.to_ical()


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    """*moment* in *tz*; in UTC if that would fall outside the years Python counts."""
    try:
        return moment.astimezone(tz)
    except OverflowError:
        return moment


def _zone_window(items: list[Item]) -> tuple[date, date]:
    """The days the VTIMEZONE covers: the items' days and a year either side, within the
    dates CivicDesk keeps (older rows may be far outside them)."""
    first = max(_moved(min(i.starts_at for i in items).date(), -_YEAR), validation.DATE_MIN)
    last = min(_moved(max(i.ends_at for i in items).date(), _YEAR), validation.DATE_MAX)
    return min(first, _moved(last, -_YEAR)), last


def _moved(day: date, by: timedelta) -> date:
    try:
        return day + by
    except OverflowError:
        return date.max if by > timedelta(0) else date.min


def event_calendar(event_name: str, tz: ZoneInfo, places: str = PLACES) -> tuple[bytes, int]:
    """(file contents, number of shifts) for the event called *event_name*."""
    # A name with a broken character (a lone surrogate) could never be stored: no event's.
    findable = not plaintext.SURROGATE.search(event_name)
    event = models.Event.get_or_none(models.Event.name == event_name) if findable else None
    if event is None:
        raise NoSuchEvent(name=event_name)
    items = event_items(event.id, places)
    uid = _uid("event", event.id, event.created_at)
    return build(items, event.name, uid, tz), len(items)


def person_calendar(person_id: int, tz: ZoneInfo) -> tuple[bytes, int]:
    person = models.Person.get_or_none(models.Person.id == person_id) \
        if validation.fits_integer(person_id) else None
    if person is None:
        raise NoSuchPerson(id=person_id)
    items = person_items(person_id)
    name = people.display_name(person.first_name, person.last_name, person.preferred_name)
    return build(items, name, _uid("person", person.id, person.created_at), tz), len(items)


def read_back(data: bytes) -> list[icalendar.Event]:
    """Parse a calendar file; the events in it (raises UnreadableCalendar)."""
    try:
        return list(icalendar.Calendar.from_ical(data).events)
    except ValueError as exc:
        raise UnreadableCalendar(why=str(exc)) from exc


def write(path: Path, data: bytes, expected: int) -> None:
    """Save *data* after checking that it parses back with *expected* events."""
    found = read_back(data)
    if len(found) != expected:
        raise UnreadableCalendar(why=f"{len(found)} of {expected} entries")
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)

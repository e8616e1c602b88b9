"""Recurring shifts: a weekly rule (chosen weekdays, every N weeks, until a date or N times)
that generates Shift rows.

Wall times are local to the association's time zone and converted per occurrence, so a
09:00 shift stays at 09:00 across daylight-saving changes. Generating is idempotent (a
series has at most one shift per local day; the (series, starts_at) index guards it too).
Editing a series changes only the shifts that have not started yet.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import rrule

from civicdesk import clock, localformat, localtime
from civicdesk.data import bulk, models
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import (
    actors,
    audit,
    people,
    references,
    rows,
    shifts,
    validation,
    vocabulary,
)
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import allowed
from civicdesk.services.validation import FieldSpec

CONFIRM_ABOVE = 500  # more occurrences than this need the user's confirmation
MAX_OCCURRENCES = 5000  # a typo like "until 2226" must not create 50,000 shifts

SERIES_FIELDS: dict[str, FieldSpec] = {
    "event": FieldSpec(QT_TRANSLATE_NOOP("Field", "Event"), "ref", required=True),
    "title": FieldSpec(QT_TRANSLATE_NOOP("Field", "Role"), max_len=120),
    "weekdays": FieldSpec(QT_TRANSLATE_NOOP("Field", "Weekdays"), "list"),
    "interval_weeks": FieldSpec(QT_TRANSLATE_NOOP("Field", "Every how many weeks"), "int",
                                minimum=1, maximum=52),
    "start_time": FieldSpec(QT_TRANSLATE_NOOP("Field", "Starts"), required=True, max_len=5),
    "end_time": FieldSpec(QT_TRANSLATE_NOOP("Field", "Ends"), required=True, max_len=5),
    "starts_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "First day"), "date", required=True),
    "until": FieldSpec(QT_TRANSLATE_NOOP("Field", "Last day"), "date"),
    "occurrences": FieldSpec(QT_TRANSLATE_NOOP("Field", "Number of times"), "int", minimum=1),
    "location": FieldSpec(QT_TRANSLATE_NOOP("Field", "Location"), max_len=200),
    "capacity": FieldSpec(QT_TRANSLATE_NOOP("Field", "Places"), "int", required=True,
                          minimum=1, maximum=1000),
    "required_skill": FieldSpec(QT_TRANSLATE_NOOP("Field", "Required skill"), max_len=60),
    "notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Notes"), max_len=5000, multiline=True),
}
# Fields copied onto every generated shift.
SHIFT_COPY = ("event", "title", "location", "capacity", "required_skill", "notes")

NO_WEEKDAYS = QT_TRANSLATE_NOOP("Validation", "Choose at least one weekday.")
BAD_WEEKDAY = QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not a weekday (0 = Monday "
                                              "to 6 = Sunday).")
BAD_TIME = QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not a time like 09:30.")
NO_END = QT_TRANSLATE_NOOP("Validation", "A repeating shift needs an end: a last day or a "
                                         "number of times.")
BOTH_ENDS = QT_TRANSLATE_NOOP("Validation", "Give either a last day or a number of times, "
                                            "not both.")
UNTIL_BEFORE = QT_TRANSLATE_NOOP("Validation", "The last day ({value}) is before the first "
                                               "day.")
NOTHING = QT_TRANSLATE_NOOP("Validation", "These dates and weekdays give no shift at all.")
TOO_MANY = QT_TRANSLATE_NOOP("Validation", "This would make more than {max} shifts; choose an "
                                           "earlier last day or fewer times.")
CAPACITY_ON = QT_TRANSLATE_NOOP("Validation", "{taken} people are signed up for the shift on "
                                             "{day}; remove some before lowering the places "
                                             "to {value}.")


class ConfirmLargeSeries(UserError):
    """The series makes more than CONFIRM_ABOVE shifts; call again with `confirm_large=True`
    once the user agreed. Nothing was changed."""

    context = "Validation"
    template = QT_TRANSLATE_NOOP("Validation", "This series makes {count} shifts. Create them "
                                               "all?")

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(count=count)


@dataclass(frozen=True)
class Occurrence:
    day: date  # local day
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC


@dataclass(frozen=True)
class SeriesOutcome:
    """What creating or editing a series did."""

    changes: Changes
    created: int = 0
    updated: int = 0
    removed: int = 0
    kept_single: int = 0  # future shifts with sign-ups that no longer fit: kept as single shifts
    moved_with_signups: int = 0  # future shifts with sign-ups whose time changed
    clashes: tuple[Clash, ...] = ()  # people whose moved shift now overlaps another of theirs


@dataclass(frozen=True)
class Clash:
    """Someone signed up for a shift of the series that moved, which now overlaps another
    shift of theirs (`shifts.overlapping`): who, which day, and the other shift."""

    person_id: int
    name: str
    day: date  # the local day of the moved shift
    other: str  # `Event: Role` of the shift it overlaps
    when: str  # the other shift's local time, `2026-03-14 09:00–12:00`


# Rules --------------------------------------------------------------------------------------

def parse_time(field: str, text: str) -> time:
    """`09:30`, also as typed: `930`, `9:30`, `9.30` (`localtime.parse_clock`)."""
    parsed = localtime.parse_clock(text)
    if parsed is None:
        validation.fail(field, SERIES_FIELDS[field].label, BAD_TIME, text)
    return parsed


def _weekdays(raw: list[str]) -> str:
    days = set()
    for item in raw:
        try:
            day = int(item)
        except (TypeError, ValueError):
            day = -1
        if not 0 <= day <= 6:
            validation.fail("weekdays", SERIES_FIELDS["weekdays"].label, BAD_WEEKDAY, item)
        days.add(day)
    if not days:
        validation.fail("weekdays", SERIES_FIELDS["weekdays"].label, NO_WEEKDAYS)
    return ",".join(str(d) for d in sorted(days))


def occurrences(series: models.ShiftSeries, limit: int = MAX_OCCURRENCES + 1) -> list[Occurrence]:
    """The shifts a rule describes, in order (at most *limit*)."""
    tz = ZoneInfo(series.timezone)
    start = parse_time("start_time", series.start_time)
    until = datetime.combine(series.until, time(23, 59)) if series.until else None
    rule = rrule.rrule(rrule.WEEKLY, dtstart=datetime.combine(series.starts_on, start),
                       interval=series.interval_weeks, wkst=rrule.MO,
                       byweekday=[int(d) for d in series.weekdays.split(",")],
                       until=until, count=series.occurrences)
    found = []
    for local in itertools.islice(rule, limit):
        end = local + timedelta(minutes=series.duration_minutes)
        found.append(Occurrence(local.date(), localtime.local_to_utc(local.date(), start, tz),
                                localtime.local_to_utc(end.date(), end.time(), tz)))
    return found


def _clean(values: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """Validate a whole rule (the stored one overlaid with *values*); model field values."""
    merged = current | values
    out = {k: v for k, v in merged.items() if k in SERIES_FIELDS and k not in
           ("weekdays", "start_time", "end_time")}
    out["weekdays"] = _weekdays(merged.get("weekdays") or [])
    start = parse_time("start_time", merged["start_time"])
    end = parse_time("end_time", merged["end_time"])
    out["start_time"] = f"{start:%H:%M}"
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes == 0:
        validation.fail("end_time", SERIES_FIELDS["end_time"].label, shifts.END_BEFORE_START,
                        merged["end_time"])
    if minutes < 0:  # an overnight shift: 22:00 to 06:00 ends the next morning (#15)
        minutes += 24 * 60
    out["duration_minutes"] = minutes
    out["interval_weeks"] = merged.get("interval_weeks") or 1
    until, count = merged.get("until"), merged.get("occurrences")
    if until is None and count is None:
        validation.fail("until", SERIES_FIELDS["until"].label, NO_END)
    if until is not None and count is not None:
        validation.fail("until", SERIES_FIELDS["until"].label, BOTH_ENDS)
    if until is not None and until < merged["starts_on"]:
        validation.fail("until", SERIES_FIELDS["until"].label, UNTIL_BEFORE, until)
    _check_event(merged["event"])
    return out


def _check_event(event_id: int) -> None:
    references.require(models.Event, event_id, "event", SERIES_FIELDS["event"].label,
                       not_archived=True)


def _counted(series: models.ShiftSeries, confirm_large: bool) -> list[Occurrence]:
    found = occurrences(series)
    if not found:
        validation.fail("weekdays", SERIES_FIELDS["weekdays"].label, NOTHING)
    if len(found) > MAX_OCCURRENCES:
        validation.fail("until", SERIES_FIELDS["until"].label, TOO_MANY, max=MAX_OCCURRENCES)
    if len(found) > CONFIRM_ABOVE and not confirm_large:
        raise ConfirmLargeSeries(len(found))
    return found


def _skill_id(name: str | None) -> int | None:
    return people.tag_named(name).id if name else None


# Writing ------------------------------------------------------------------------------------

@allowed(actors.MANAGE_SHIFTS)
def create_series(actor: Actor, values: dict[str, Any], *, confirm_large: bool = False
                  ) -> SeriesOutcome:
    """Save a rule and generate all its shifts (past ones too, to record attendance)."""
    cleaned = validation.clean(SERIES_FIELDS, values)
    with rows.transaction():
        fields = _clean(cleaned, {})
        fields["required_skill"] = _skill_id(fields.get("required_skill"))
        fields["timezone"] = clock.zone().key
        series = models.ShiftSeries(**fields)
        found = _counted(series, confirm_large)
        series.save()
        created = _insert(series, found)
        audit.record(actor, "create", "shift_series", series.id,
                     audit.diff({}, {k: v for k, v in fields.items() if v not in (None, "")})
                     | {"shifts": [0, len(created)]}, series.version)
    return SeriesOutcome(_changes(series, created), created=len(created))


@allowed(actors.MANAGE_SHIFTS)
def generate(actor: Actor, series_id: int, *, now: datetime | None = None) -> SeriesOutcome:
    """Create the rule's future shifts that are missing; running it again creates nothing."""
    now = now or clock.utcnow()
    with rows.transaction():
        series = rows.get_row(models.ShiftSeries, series_id)
        existing = _existing_days(series)
        wanted = [o for o in occurrences(series, MAX_OCCURRENCES)
                  if o.starts_at > now and o.day not in existing]
        created = _insert(series, wanted)
        if created:
            audit.record(actor, "generate", "shift_series", series.id,
                         {"shifts": [len(existing), len(existing) + len(created)]},
                         series.version)
    return SeriesOutcome(_changes(series, created), created=len(created))


def _existing_days(series: models.ShiftSeries) -> dict[date, models.Shift]:
    tz = ZoneInfo(series.timezone)
    S = models.Shift
    return {s.starts_at.astimezone(tz).date(): s
            for s in S.select().where(S.series == series.id)}


def _insert(series: models.ShiftSeries, found: list[Occurrence]) -> list[int]:
    ids = bulk.new_ids(models.Shift, len(found))
    data = {name: getattr(series, name + "_id" if name in ("event", "required_skill")
                          else name) for name in SHIFT_COPY}
    stamp = clock.utcnow()
    bulk.insert_rows(models.Shift, [
        data | {"id": i, "series": series.id, "starts_at": o.starts_at,
                "ends_at": o.ends_at, "created_at": stamp, "updated_at": stamp}
        for i, o in zip(ids, found, strict=True)])
    return ids


def _changes(series: models.ShiftSeries, shift_ids) -> Changes:
    also = {("shift", sid) for sid in shift_ids} | {("event", series.event_id)}
    return Changes("shift_series", series.id, series.version, frozenset(also))


def series_values(series: models.ShiftSeries) -> dict[str, Any]:
    """A stored rule in the form `create_series`/`update_series` take (for editors)."""
    start = parse_time("start_time", series.start_time)
    end = datetime.combine(date(2000, 1, 3), start) + timedelta(minutes=series.duration_minutes)
    skill = models.Tag.get_or_none(models.Tag.id == series.required_skill_id)
    return {"event": series.event_id, "title": series.title,
            "weekdays": series.weekdays.split(","), "interval_weeks": series.interval_weeks,
            "start_time": series.start_time, "end_time": f"{end:%H:%M}",
            "starts_on": series.starts_on, "until": series.until,
            "occurrences": series.occurrences, "location": series.location,
            "capacity": series.capacity, "required_skill": skill.name if skill else "",
            "notes": series.notes}


@allowed(actors.MANAGE_SHIFTS)
def update_series(actor: Actor, series_id: int, expected_version: int, values: dict[str, Any],
                  *, confirm_large: bool = False, now: datetime | None = None) -> SeriesOutcome:
    """Change a rule; shifts that have not started yet follow it, the others never change.

    A future shift that no longer fits the rule is removed, unless people signed up for it:
    then it is kept as a single shift (so nobody's commitment silently disappears).
    """
    now = now or clock.utcnow()
    cleaned = validation.clean(SERIES_FIELDS, values, partial=True)
    with rows.transaction():
        series = rows.get_row(models.ShiftSeries, series_id)
        fields = _clean(cleaned, series_values(series))
        fields["required_skill"] = _skill_id(fields.get("required_skill"))
        changed = {k: v for k, v in fields.items() if series.__data__.get(k) != v}
        if not changed:
            return SeriesOutcome(Changes("shift_series", series.id, series.version))
        rule = models.ShiftSeries(**(series.__data__ | fields))
        plan = _Plan(rule, _counted(rule, confirm_large), now)
        row, _ = rows.update_row(actor, models.ShiftSeries, series_id, expected_version,
                                 changed, extra_changes=plan.summary())
        before = plan.overlaps()
        touched = plan.apply()
        clashes = plan.new_clashes(before)
    return SeriesOutcome(_changes(row, touched), created=len(plan.create),
                         updated=len(plan.update), removed=len(plan.delete),
                         kept_single=len(plan.detach), moved_with_signups=plan.moved,
                         clashes=clashes)


class _Plan:
    """How the shifts of a series follow an edited rule (worked out before writing)."""

    def __init__(self, rule: models.ShiftSeries, found: list[Occurrence], now: datetime):
        self.rule = rule
        existing = _existing_days(rule)
        future = {d: s for d, s in existing.items() if s.starts_at > now}
        wanted = {o.day: o for o in found if o.starts_at > now}
        self.create = [o for d, o in wanted.items() if d not in existing]
        self.update = [(future[d], wanted[d]) for d in wanted if d in future]
        gone = [s for d, s in future.items() if d not in wanted]
        A = models.Assignment
        taken = {sid for (sid,) in A.select(A.shift).where(
            A.shift.in_([s.id for s in future.values()])).tuples()}
        self.detach = [s for s in gone if s.id in taken]
        self.delete = [s for s in gone if s.id not in taken]
        self.moved = sum(1 for s, o in self.update
                         if s.id in taken and (s.starts_at, s.ends_at) != (o.starts_at, o.ends_at))
        self._check_capacity()

    def _check_capacity(self) -> None:
        tz = ZoneInfo(self.rule.timezone)
        for shift, _ in self.update:
            taken = shifts.active_count(shift.id)
            if self.rule.capacity < taken:
                validation.fail("capacity", SERIES_FIELDS["capacity"].label, CAPACITY_ON,
                                self.rule.capacity, taken=taken,
                                day=localformat.format_date(shift.starts_at.astimezone(tz)))

    def _moved_signups(self) -> list[tuple[int, int]]:
        """(shift id, person id) of the active sign-ups of shifts whose time changes."""
        moved = [s.id for s, o in self.update if (s.starts_at, s.ends_at) != (o.starts_at, o.ends_at)]
        A = models.Assignment
        return list(A.select(A.shift, A.person).where(
            A.shift.in_(moved) & A.status.in_(vocabulary.SIGNUP_ACTIVE)).tuples()) if moved else []

    def overlaps(self) -> dict[tuple[int, int], set[int]]:
        """For each moved sign-up, the other shifts of that person it overlaps (read before
        and after applying: only the new ones are told, see #15)."""
        found = {}
        for shift_id, person_id in self._moved_signups():
            shift = models.Shift.get_by_id(shift_id)
            found[(shift_id, person_id)] = {s.id for s in shifts.overlapping(person_id, shift)}
        return found

    def new_clashes(self, before: dict[tuple[int, int], set[int]]) -> tuple[Clash, ...]:
        tz = ZoneInfo(self.rule.timezone)
        out = []
        for (shift_id, person_id), others in before.items():
            shift = models.Shift.get_by_id(shift_id)
            person = models.Person.get_by_id(person_id)
            for other in shifts.overlapping(person_id, shift):
                if other.id in others:
                    continue
                out.append(Clash(person_id, references.name_of(person),
                                 shift.starts_at.astimezone(tz).date(),
                                 shifts.shift_name(other.event.name, other.title),
                                 localtime.format_range(other.starts_at, other.ends_at, tz)))
        return tuple(sorted(out, key=lambda c: (c.day, c.name)))

    def summary(self) -> dict:
        return {"future_shifts": {"created": len(self.create), "updated": len(self.update),
                                  "removed": len(self.delete), "kept_single": len(self.detach)}}

    def apply(self) -> list[int]:
        S = models.Shift
        stamp = clock.utcnow()
        copied = {name: getattr(self.rule, name + "_id" if name in ("event", "required_skill")
                                else name) for name in SHIFT_COPY}
        for shift, occ in self.update:
            S.update(**copied, starts_at=occ.starts_at, ends_at=occ.ends_at,
                     version=S.version + 1, updated_at=stamp).where(S.id == shift.id).execute()
        if self.detach:
            S.update(series=None, version=S.version + 1, updated_at=stamp).where(
                S.id.in_([s.id for s in self.detach])).execute()
        if self.delete:
            S.delete().where(S.id.in_([s.id for s in self.delete])).execute()
        created = _insert(self.rule, self.create)
        return ([s.id for s, _ in self.update] + [s.id for s in self.detach]
                + [s.id for s in self.delete] + created)


@dataclass(frozen=True)
class SeriesRecord:
    """A stored rule as the series editor shows it (the fields of `series_values`)."""

    id: int
    version: int
    event: int
    title: str
    weekdays: list[str]
    interval_weeks: int
    start_time: str
    end_time: str
    starts_on: date
    until: date | None
    occurrences: int | None
    location: str
    capacity: int
    required_skill: str
    notes: str


def series_record(series_id: int) -> SeriesRecord:
    row = rows.get_row(models.ShiftSeries, series_id)
    return SeriesRecord(row.id, row.version, **series_values(row))

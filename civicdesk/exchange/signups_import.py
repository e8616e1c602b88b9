"""The import of a SignUpGenius sign-up report: events, shifts and sign-ups, with each
person matched to someone on file (the people import's rules) or created.

    table = tables.read_table(path)                  # two title rows above the header: found
    shown = signups_import.preview(table)            # nothing written yet
    done = imports.import_signups(actor, shown.plan, progress)   # one transaction
    imports.undo_import(actor, done.batch_id)        # as a unit, like a people import

One row is one sign-up ("Sign Up" is the event, "Item" the role of the shift, the start and
end its times, in month/day/year as the header says). A person who signed up for several
slots has several rows: within the file they are one person by name and email, else name
and phone, else name. A shift is the event's shift with the same role and start, on file
or new; a new shift has as many places as the file fills (at least its Qty).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from civicdesk import clock, localformat, localtime
from civicdesk.data import models
from civicdesk.data.fields import fold
from civicdesk.errors import UserError
from civicdesk.exchange import mapping
from civicdesk.exchange.mapping import CellProblem
from civicdesk.exchange.people_import import RowProblem, _Matcher
from civicdesk.exchange.tables import Table
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services import imports, people, shifts, validation, vocabulary
from civicdesk.services.errors import ValidationError

CREATE, UNCHANGED, PROBLEM = "create", "unchanged", "problem"
SYSTEM = "signupgenius"

# The report's columns (shared/formats/README.md), compared case-insensitively, with the
# field each fills. The start and end headers carry the date order in brackets.
COLUMNS = {"sign up": "event", "start date/time": "starts", "end date/time": "ends",
           "location": "location", "qty": "qty", "item": "title", "first name": "first_name",
           "last name": "last_name", "email": "email", "phone": "phone",
           "sign up comment": "note", "sign up timestamp": "signed_at"}
REQUIRED = ("event", "starts", "first_name", "last_name")


class NotASignupReport(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "{name} is not a SignUpGenius sign-up report: it has no {missing} column "
                  "(its columns are: {columns})")


NO_EVENT = QT_TRANSLATE_NOOP("Import", "a sign-up needs the name of its sign-up sheet")
NOT_A_TIME = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a date and time "
                                         "(read as {order})")
NO_END = QT_TRANSLATE_NOOP("Import", "the slot has a start time but no end")
SAME_SIGNUP = QT_TRANSLATE_NOOP("Import", "the same sign-up as row {row}")
SHIFT_FULL = QT_TRANSLATE_NOOP("Import", "the shift on file is full ({value} places)")
CANCELLED_ON_FILE = QT_TRANSLATE_NOOP(
    "Import", "this sign-up was cancelled in CivicDesk; sign them up again on the shift if "
              "it stands")
SHIFT_CANCELLED = QT_TRANSLATE_NOOP("Import", "the shift on file was cancelled")


@dataclass
class SignupRow:
    """One row of the report and what the import does with it."""

    row: int
    action: str
    name: str = ""
    event: str = ""
    shift: str = ""  # role and start, as shown
    person_id: int | None = None  # the person on file it matched
    matched_by: str = ""
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class SignupPreview:
    table: str
    rows: list[SignupRow]
    plan: imports.SignupPlan
    notes: list[str] = field(default_factory=list)

    def of(self, action: str) -> list[SignupRow]:
        return [r for r in self.rows if r.action == action]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(r.action for r in self.rows)
        plan = self.plan
        return {CREATE: found.get(CREATE, 0), UNCHANGED: found.get(UNCHANGED, 0),
                PROBLEM: found.get(PROBLEM, 0), "events": len(plan.events),
                "shifts": len(plan.shifts), "people": len(plan.people),
                "matched": len({r.person_id for r in self.rows if r.person_id})}

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]


def columns_of(table: Table) -> dict[str, int]:
    """{field: column index} of a sign-up report; `NotASignupReport` for any other file."""
    found: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        name = re.sub(r"\s*\(.*\)\s*$", "", header).strip().casefold()
        key = COLUMNS.get(name)
        if key is not None and key not in found:
            found[key] = index
    for key in REQUIRED:
        if key not in found:
            label = next(h for h, k in COLUMNS.items() if k == key).title()
            raise NotASignupReport(name=table.name, missing=label,
                                   columns=", ".join(table.headers[:12]))
    return found


def _order(header: str) -> str:
    folded_header = header.casefold()
    if "dd/mm" in folded_header:
        return "dmy"
    return "mdy"  # SignUpGenius writes US month-first dates


_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap]\.?m\.?)?$", re.IGNORECASE)


def parse_when(text: str, order: str) -> tuple[date, time | None]:
    """"03/05/2024 06:00", "03/05/2024 6:00 PM", "2024-03-05 06:00:00" (a workbook's cell)
    or a date alone."""
    text = " ".join(text.split())
    day_text, _, rest = text.partition(" ")
    try:
        day = mapping.parse_date(day_text, order)
    except CellProblem:
        raise CellProblem(NOT_A_TIME, value=text, order=mapping.date_order_text(order)) from None
    if day is None:
        raise CellProblem(NOT_A_TIME, value=text, order=mapping.date_order_text(order))
    rest = rest.strip()
    if not rest:
        return day, None
    found = _TIME.match(rest)
    if found is None:
        raise CellProblem(NOT_A_TIME, value=text, order=mapping.date_order_text(order))
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    suffix = (found.group(3) or "").replace(".", "").casefold()
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise CellProblem(NOT_A_TIME, value=text, order=mapping.date_order_text(order))
    return day, time(hour, minute)


def preview(table: Table, progress: imports.Progress | None = None) -> SignupPreview:
    """What importing the report *table* would do. Reads only."""
    report = progress or (lambda done, total: None)
    where = columns_of(table)
    headers = table.headers
    order_start = _order(headers[where["starts"]])
    order_end = _order(headers[where["ends"]]) if "ends" in where else order_start
    tz = clock.zone()
    plan = imports.SignupPlan(table.name)
    known = imports.known_people(SYSTEM)
    names_of_email: dict[str, set[str]] = {}
    for cells in table.rows:
        email = _cell(cells, where, "email").casefold()
        if email:
            names_of_email.setdefault(email, set()).add(fold(
                _cell(cells, where, "first_name") + " " + _cell(cells, where, "last_name")))
    shared = {e for e, n in names_of_email.items() if len(n) > 1}
    matcher = _Matcher(known, shared)
    state = _State(plan, matcher)
    result = []
    for index, (number, cells) in enumerate(zip(table.numbers, table.rows, strict=True)):
        result.append(_row(number, cells, where, headers, (order_start, order_end), tz, state))
        if index % 500 == 0:
            report(index, len(table.rows))
    for shift in plan.shifts:  # a new shift has room for everyone the file signs up
        shift["capacity"] = max(shift["capacity"], state.filled.get(id(shift), 0), 1)
    plan.unchanged = sum(1 for r in result if r.action == UNCHANGED)
    plan.problems = sum(1 for r in result if r.action == PROBLEM)
    return SignupPreview(table.name, result, plan, list(table.notes))


def _cell(cells: list[str], where: dict[str, int], key: str) -> str:
    i = where.get(key)
    return cells[i].strip() if i is not None and i < len(cells) else ""


class _State:
    """What the rows so far have found or planned: events, shifts, people, sign-ups."""

    def __init__(self, plan: imports.SignupPlan, matcher: _Matcher) -> None:
        self.plan, self.matcher = plan, matcher
        E, S = models.Event, models.Shift
        self.events = {fold(name): ("id", eid) for eid, name in
                       E.select(E.id, E.name).tuples()}
        self.shifts: dict[tuple, tuple[str, int]] = {}
        for sid, eid, title, starts in S.select(S.id, S.event, S.title, S.starts_at).tuples():
            self.shifts[(("id", eid), fold(title), starts)] = ("id", sid)
        self.people: dict[str, tuple[str, int]] = {}
        self.matched: dict[int, str] = {}  # person on file -> how the file matched them
        self.signups: dict[tuple, int] = {}  # (shift ref, person ref) -> row
        self.filled: dict[int, int] = {}  # id() of a planned shift -> sign-ups
        self.room: dict[int, int] = {}  # shift on file -> places left
        A = models.Assignment
        self.on_file = {(sid, pid): status in vocabulary.SIGNUP_ACTIVE
                        for sid, pid, status in A.select(A.shift, A.person, A.status).tuples()}


def _row(number, cells, where, headers, orders, tz, state: _State) -> SignupRow:
    problems: list[RowProblem] = []

    def problem(key: str, cell: str, template: str, **params) -> None:
        problems.append(RowProblem(number, headers[where[key]] if key in where else "",
                                   cell, str(Message("Import", template, params))))

    event = _cell(cells, where, "event")
    if not event:
        problem("event", "", NO_EVENT)
    when: dict[str, tuple[date, time | None]] = {}
    for key, order in zip(("starts", "ends"), orders, strict=True):
        text = _cell(cells, where, key)
        if text:
            try:
                when[key] = parse_when(text, order)
            except CellProblem as exc:
                problem(key, text, exc.reason, **exc.params)
        elif key == "starts":
            problem(key, "", NOT_A_TIME, value="", order=mapping.date_order_text(order))
    starts_at = ends_at = None
    if "starts" in when:
        day, wall = when["starts"]
        if wall is None:  # a slot for the whole day ("bring a dish")
            starts_at = localtime.local_to_utc(day, time(0), tz)
            end_day = when.get("ends", (day, None))[0]
            ends_at = localtime.local_to_utc(end_day + timedelta(days=1), time(0), tz)
        elif "ends" in when:
            starts_at = localtime.local_to_utc(day, wall, tz)
            end_day, end_wall = when["ends"]
            ends_at = localtime.local_to_utc(end_day, end_wall or time(23, 59), tz)
            if ends_at <= starts_at:
                problem("ends", _cell(cells, where, "ends"), shifts.END_BEFORE_START)
        elif not _cell(cells, where, "ends"):
            problem("ends", "", NO_END)
    person = {k: _cell(cells, where, k) for k in ("first_name", "last_name", "email", "phone")}
    person = {k: v for k, v in person.items() if v}
    try:
        person = validation.clean({k: people.PERSON_FIELDS[k] for k in person}, person)
    except ValidationError as exc:
        for p in exc.problems:
            problem(p.field, str(p.value or ""), "{reason}", reason=str(p.message))
    if not (person.get("first_name") or person.get("last_name")):
        problem("first_name", "", "{reason}",
                reason=str(Message("Validation", people.NAME_REQUIRED)))
    note = _cell(cells, where, "note")[:2000]
    name = people.display_name(person.get("first_name", ""), person.get("last_name", ""))
    title = _cell(cells, where, "title")[:120]
    shown_shift = title
    if starts_at is not None:
        shown_shift = f"{title} {localformat.format_datetime(localtime.to_local(starts_at, tz))}"
        shown_shift = shown_shift.strip()
    if problems:
        return SignupRow(number, PROBLEM, name, event, shown_shift, problems=problems)
    plan = state.plan
    event_ref = state.events.get(fold(event))
    if event_ref is None:
        event_ref = ("new", len(plan.events))
        plan.events.append({"name": event[:120]})
        state.events[fold(event)] = event_ref
    key = (event_ref, fold(title), starts_at)
    shift_ref = state.shifts.get(key)
    if shift_ref is None:
        shift_ref = ("new", len(plan.shifts))
        qty = _cell(cells, where, "qty")
        plan.shifts.append({"event": event_ref, "title": title, "starts_at": starts_at,
                            "ends_at": ends_at, "location": _cell(cells, where, "location")[:200],
                            "capacity": int(qty) if qty.isdigit() and 0 < int(qty) <= 1000
                            else 1})
        state.shifts[key] = shift_ref
    person_ref, matched_by = _person(person, state)
    pair = (shift_ref, person_ref)
    row = SignupRow(number, CREATE, name, event, shown_shift,
                    person_ref[1] if person_ref[0] == "id" else None, matched_by)
    if pair in state.signups:
        row.action = PROBLEM
        problem("email" if "email" in where else "first_name", person.get("email", ""),
                SAME_SIGNUP, row=state.signups[pair])
        row.problems = problems
        return row
    state.signups[pair] = number
    on_file = state.on_file.get((shift_ref[1], person_ref[1])) \
        if shift_ref[0] == "id" and person_ref[0] == "id" else None
    if on_file:
        row.action = UNCHANGED
        return row
    if on_file is False:
        problem("title", title, CANCELLED_ON_FILE)
        row.action, row.problems = PROBLEM, problems
        return row
    if shift_ref[0] == "id":
        sid = shift_ref[1]
        if sid not in state.room:
            shift = models.Shift.get_by_id(sid)
            state.room[sid] = -1 if shift.cancelled else shift.capacity - shifts.active_count(sid)
            state.room[-sid - 1] = shift.capacity
        if state.room[sid] < 0:
            problem("title", title, SHIFT_CANCELLED)
        elif state.room[sid] == 0:
            problem("title", title, SHIFT_FULL, value=state.room[-sid - 1])
        if problems:
            row.action, row.problems = PROBLEM, problems
            return row
        state.room[sid] -= 1
    else:
        planned = plan.shifts[shift_ref[1]]
        state.filled[id(planned)] = state.filled.get(id(planned), 0) + 1
    plan.signups.append({"row": number, "shift": shift_ref, "person": person_ref,
                         "note": note})
    return row


def _person(person: dict, state: _State) -> tuple[tuple[str, int], str]:
    """The person of a row: one already met in the file, else matched on file, else new."""
    name = fold(people.display_name(person.get("first_name", ""), person.get("last_name", "")))
    email = person.get("email", "").casefold()
    phone = imports.phone_key(person.get("phone", ""))
    key = f"e:{email}:{name}" if email else f"p:{phone}:{name}" if phone else f"n:{name}"
    if key in state.people:
        ref = state.people[key]
        return ref, state.matched.get(ref[1], "") if ref[0] == "id" else ""
    match, how = state.matcher.match(person, {}, "")
    if match is not None:
        ref = ("id", match)
        state.matched[match] = how
    else:
        ref = ("new", len(state.plan.people))
        state.plan.people.append(person)
        how = ""
    state.people[key] = ref
    return ref, how


"""Property-based tests (Hypothesis) of odd input, through the real services on a real file.

Every text, email, phone and list field of every service's field dictionary gets odd text
(lone surrogates, NUL and other control characters, line breaks, right-to-left marks, FTS5
syntax, every script, 100,000 characters); the numbers, ids, dates and times get huge,
negative and extreme values. A write either succeeds, and then what was stored reads back
through the service's own read function exactly as the validation said it would, or it is
refused with a UserError; anything else is a bug. Each example runs in a transaction that
is rolled back, so every example starts from the same rows (`town`). The command line gets
the same treatment: never a traceback, exit code 0, 1 or 2.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import civicdesk.services
from civicdesk import plaintext, settings
from civicdesk.data import models
from civicdesk.errors import UserError
from civicdesk.reports import catalog
from civicdesk.services import (
    accounts,
    hours,
    payments,
    people,
    preferences,
    requests,
    rosters,
    schedule,
    series,
    shared_database,
    shifts,
    validation,
)
from civicdesk.services.actors import Actor

from conftest import TEST_DB
from odd_input import examples, odd_text, odd_value, run_main

ADMIN = Actor("Tess Tester", "admin")
PAST = date(2026, 5, 4)
START = datetime(2026, 5, 4, 13, tzinfo=UTC)


def _town() -> dict:
    home = people.create_household(ADMIN, {"name": "Lee family", "street": "1 Elm St"}).id
    ann = people.create_person(ADMIN, {"first_name": "Ann", "last_name": "Lee",
                                       "household": home, "is_volunteer": True}).id
    bob = people.create_person(ADMIN, {"first_name": "Bob", "last_name": "Stone"}).id
    event = shifts.create_event(ADMIN, {"name": "Food pantry"}).id
    shift = shifts.create_shift(ADMIN, {"event": event, "starts_at": START, "capacity": 4,
                                        "ends_at": START + timedelta(hours=3)}).id
    signup = shifts.assign(ADMIN, shift, ann).id
    category = models.RequestCategory.select().first().id
    request = requests.create_request(ADMIN, {"requester": bob, "category": category,
                                              "summary": "Groceries"}).id
    rule = series.create_series(ADMIN, {"event": event, "weekdays": ["0"], "capacity": 2,
                                        "start_time": "09:00", "end_time": "12:00",
                                        "starts_on": PAST, "occurrences": 3}).changes.id
    return {"home": home, "ann": ann, "bob": bob, "event": event, "shift": shift,
            "signup": signup, "category": category, "request": request, "series": rule}


@pytest.fixture
def town(from_template, clock):
    clock.pin(datetime(2026, 6, 1, 12))
    return from_template(_town)


def _version(model, row_id: int) -> int:
    return model.get_by_id(row_id).version


# What each write takes, and how its result is read back --------------------------------------

@dataclass(frozen=True)
class Target:
    """One write: its fields, the values every call gets (required ones), the call
    (town, values) -> id of the row written, and how to read that row back as a dict."""

    name: str
    specs: dict[str, validation.FieldSpec]
    base: Callable[[dict], dict]
    write: Callable[[dict, dict], int]
    read: Callable[[dict, int], dict]
    skip: frozenset[str] = field(default_factory=frozenset)  # fields not driven here


def _event_row(t: dict, event_id: int) -> dict:
    (row,) = [r for r in schedule.event_rows(START, include_archived=True) if r.id == event_id]
    return asdict(row)


def _hours_row(t: dict, person_id: int) -> dict:
    (row,) = rosters.hours_entries(date(1900, 1, 1), date(2999, 12, 31), UTC, person_id)
    return {"note": row.what, "minutes": row.minutes, "worked_on": row.worked_on,
            "person": row.person_id, "event": row.event_id}


def _payment_row(t: dict, payment_id: int) -> dict:
    (row,) = [p for p in payments.payments_of(t["ann"], t["home"]) if p.id == payment_id]
    return asdict(row)


def _signup_row(t: dict, signup_id: int) -> dict:
    (row,) = [s for s in rosters.person_signups(t["ann"], datetime(1900, 1, 1, tzinfo=UTC),
                                                include_cancelled=True)
              if s.assignment_id == signup_id]
    # No read model shows a sign-up's note yet; the row itself does.
    return {"status": row.status, "minutes": row.minutes,
            "note": models.Assignment.get_by_id(signup_id).note}


def _request_row(t: dict, request_id: int) -> dict:
    return asdict(requests.get_request(ADMIN, request_id, include_sensitive=True))


def _user_row(t: dict, user_id: int) -> dict:
    (row,) = [u for u in accounts.list_users() if u.id == user_id]
    return {"username": row.username, "role": row.role, "person": row.person_id,
            "display_name": row.display_name}


def _shift(extra: dict) -> dict:
    return {"event": extra["event"], "starts_at": START, "ends_at": START + timedelta(hours=2),
            "capacity": 3}


TARGETS = [
    Target("create_person", people.PERSON_FIELDS, lambda t: {"last_name": "Zed"},
           lambda t, v: people.create_person(ADMIN, v).id,
           lambda t, i: asdict(people.get_person(ADMIN, i))),
    Target("update_person", people.PERSON_FIELDS, lambda t: {},
           lambda t, v: people.update_person(ADMIN, t["ann"], _version(models.Person, t["ann"]),
                                             v).id,
           lambda t, i: asdict(people.get_person(ADMIN, i))),
    Target("create_household", people.HOUSEHOLD_FIELDS, lambda t: {},
           lambda t, v: people.create_household(ADMIN, v).id,
           lambda t, i: people.get_household(i).values()),
    Target("update_household", people.HOUSEHOLD_FIELDS, lambda t: {},
           lambda t, v: people.update_household(
               ADMIN, t["home"], _version(models.Household, t["home"]), v).id,
           lambda t, i: people.get_household(i).values()),
    Target("create_request", requests.REQUEST_FIELDS,
           lambda t: {"requester": t["bob"], "category": t["category"], "summary": "Help"},
           lambda t, v: requests.create_request(ADMIN, v).id, _request_row),
    Target("update_request", requests.REQUEST_FIELDS, lambda t: {},
           lambda t, v: requests.update_request(
               ADMIN, t["request"], _version(models.SupportRequest, t["request"]), v).id,
           _request_row),
    Target("create_event", shifts.EVENT_FIELDS, lambda t: {"name": "Garden"},
           lambda t, v: shifts.create_event(ADMIN, v).id, _event_row),
    Target("update_event", shifts.EVENT_FIELDS, lambda t: {},
           lambda t, v: shifts.update_event(ADMIN, t["event"],
                                            _version(models.Event, t["event"]), v).id,
           _event_row),
    Target("create_shift", shifts.SHIFT_FIELDS, _shift,
           lambda t, v: shifts.create_shift(ADMIN, v).id,
           lambda t, i: asdict(schedule.shift_record(i))),
    Target("update_shift", shifts.SHIFT_FIELDS, lambda t: {},
           lambda t, v: shifts.update_shift(ADMIN, t["shift"],
                                            _version(models.Shift, t["shift"]), v).id,
           lambda t, i: asdict(schedule.shift_record(i))),
    Target("create_series", series.SERIES_FIELDS,
           lambda t: {"event": t["event"], "weekdays": ["1"], "start_time": "18:00",
                      "end_time": "19:30", "starts_on": PAST, "occurrences": 2,
                      "capacity": 2},
           lambda t, v: series.create_series(ADMIN, v).changes.id,
           lambda t, i: asdict(series.series_record(i))),
    Target("update_series", series.SERIES_FIELDS, lambda t: {},
           lambda t, v: series.update_series(
               ADMIN, t["series"], _version(models.ShiftSeries, t["series"]), v).changes.id,
           lambda t, i: asdict(series.series_record(i))),
    Target("log_hours", hours.HOURS_FIELDS,
           lambda t: {"person": t["bob"], "worked_on": PAST, "minutes": 90, "note": "Flyers"},
           lambda t, v: hours.log_hours(ADMIN, v).ids("person").pop(),
           _hours_row),
    Target("record_payment", payments.PAYMENT_FIELDS,
           lambda t: {"person": t["ann"], "amount_cents": 2000, "paid_on": PAST,
                      "period_start": PAST, "period_end": date(2027, 5, 3)},
           lambda t, v: payments.record_payment(ADMIN, v).id, _payment_row,
           skip=frozenset({"person", "household"})),  # read back through Ann's payments
    Target("void_payment", payments.VOID_FIELDS, lambda t: {},
           lambda t, v: payments.void_payment(ADMIN, payments.record_payment(ADMIN, {
               "person": t["ann"], "amount_cents": 2000, "paid_on": PAST, "period_start": PAST,
               "period_end": date(2027, 5, 3)}).id, **v).id,
           lambda t, i: {"reason": _payment_row(t, i)["void_reason"]}),
    Target("update_assignment", shifts.ASSIGNMENT_FIELDS, lambda t: {"status": "attended"},
           lambda t, v: shifts.update_assignment(
               ADMIN, t["signup"], _version(models.Assignment, t["signup"]), v).id,
           _signup_row),
]
TARGETS.append(
    Target("add_user", accounts.USER_FIELDS, lambda t: {"username": "Newcomer"},
           lambda t, v: accounts.add_user(ADMIN, v, "2468").id, _user_row))


def _connect(t: dict, values: dict) -> int:
    """The connect dialog's fields: an address, or refused (nothing is connected to)."""
    t["address"] = shared_database.address_from(values)
    return 0


TARGETS.append(
    Target("connect", shared_database.FIELDS, lambda t: {
        "host": "office-pc", "port": 5432, "database": "civicdesk", "user": "ana"}, _connect,
        lambda t, _id: {name: getattr(t["address"], name) for name in (
            "host", "port", "database", "user", "sslmode")}))
TEXT_KINDS = ("text", "email", "phone", "list")


def _fields(target: Target, kinds) -> list[str]:
    return [name for name, spec in target.specs.items()
            if spec.kind in kinds and name not in target.skip]


# What the read should give back ----------------------------------------------------------------

def _tags(items: list[str]) -> list[str]:
    return sorted(item.lower() for item in items)


def expected(target: Target, name: str, cleaned: Any, given: dict) -> Any:
    """What the read function gives for field *name* after the write stored *cleaned*
    (*given*: all the cleaned values of the write)."""
    if target.name == "update_assignment" and name == "minutes":
        # An attended sign-up without minutes gets the shift's length (3 hours).
        attended = given.get("status", "attended") == "attended"
        return 180 if attended and cleaned is None else cleaned if attended else None
    if target.name == "add_user" and name == "display_name":
        return cleaned or given.get("username", "Newcomer")  # the name, when none is given
    if target.name == "connect" and name == "host":  # [::1], as in an address
        return cleaned.removeprefix("[").removesuffix("]")
    if target.name == "connect" and name == "sslmode":  # libpq's default, left out
        return "" if cleaned in (None, "prefer") else cleaned
    if name in ("skills", "interests"):
        return _tags(cleaned)
    if name == "required_skill":
        return cleaned.lower()
    if name == "weekdays":
        return sorted({str(int(day)) for day in cleaned})
    if name in ("start_time", "end_time"):
        return f"{series.parse_time(name, cleaned):%H:%M}"
    if name == "interval_weeks":
        return cleaned or 1
    if isinstance(cleaned, datetime):  # stored to the second
        return cleaned.astimezone(UTC).replace(microsecond=0)
    return cleaned


def _attempt(town: dict, target: Target, values: dict) -> dict | UserError:
    """Write *values* and read the row back, in a transaction that is then rolled back;
    the row as read, or the UserError that refused the write."""
    with models.database.atomic() as transaction:
        try:
            return target.read(town, target.write(town, values))
        except UserError as refused:
            return refused
        finally:
            transaction.rollback()
            settings.apply_timezone()  # as the rolled-back rows say


def _check(town: dict, target: Target, given_values: dict) -> None:
    values = target.base(town) | given_values
    outcome = _attempt(town, target, values)
    event("refused" if isinstance(outcome, UserError) else "stored")
    if isinstance(outcome, UserError):
        return  # refused with a message: fine
    cleaned = validation.clean({k: target.specs[k] for k in given_values}, given_values)
    for name, value in cleaned.items():
        if name in outcome:
            assert outcome[name] == expected(target, name, value, cleaned), (name, value)


def _lists_apart(values: dict) -> dict:
    # Known, left alone: an interest named like an existing skill is stored as that skill
    # (people.tag_named finds tags by name only), so one example gives only one of them.
    if "skills" in values:
        values.pop("interests", None)
    return values


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
@examples(60)
@given(data=st.data())
def test_text_fields_are_stored_exactly_or_refused(town, target, data):
    names = data.draw(st.lists(st.sampled_from(_fields(target, TEXT_KINDS)), min_size=1,
                               max_size=3, unique=True), label="fields")
    values = {name: data.draw(odd_value(target.specs[name].kind), label=name) for name in names}
    _check(town, target, _lists_apart(values))


OTHER_KINDS = ("int", "ref", "date", "datetime", "bool", "choice")


@pytest.mark.parametrize("target", [t for t in TARGETS if _fields(t, OTHER_KINDS)],
                         ids=lambda t: t.name)
@examples(40)
@given(data=st.data())
def test_numbers_ids_and_dates_are_stored_exactly_or_refused(town, target, data):
    names = data.draw(st.lists(st.sampled_from(_fields(target, OTHER_KINDS)), min_size=1,
                               max_size=3, unique=True), label="fields")
    values = {name: data.draw(odd_value(target.specs[name].kind), label=name) for name in names}
    _check(town, target, values)


def test_every_field_dictionary_of_the_services_is_driven():
    driven = {id(target.specs) for target in TARGETS}
    found = {f"{module.__name__}.{name}"
             for module in map(importlib.import_module, (
                 f"civicdesk.services.{info.name}"
                 for info in pkgutil.iter_modules(civicdesk.services.__path__)))
             for name, value in vars(module).items()
             if isinstance(value, dict) and value
             and all(isinstance(v, validation.FieldSpec) for v in value.values())
             and id(value) not in driven}
    assert found == set()


# The free text that is not a form field: notes, reasons, settings ------------------------------

def _free_text_writes(t: dict, text: str) -> list[tuple[Callable[[], Any], Callable[[], str]]]:
    """(write *text*, read back what was stored) for each free-text argument."""
    rid, shift = t["request"], t["shift"]
    history = lambda: requests.history_lines(rid)[-1].note  # noqa: E731
    return [
        (lambda: requests.add_note(ADMIN, rid, text), history),
        (lambda: requests.move(ADMIN, rid, 1, "cancelled", text), history),
        (lambda: requests.set_follow_up(ADMIN, rid, 1, None, text), history),
        (lambda: shifts.cancel_shift(ADMIN, shift, _version(models.Shift, shift), text),
         lambda: schedule.shift_record(shift).cancel_reason),
        (lambda: shifts.assign(ADMIN, shift, t["bob"], note=text),
         lambda: models.Assignment.get(person=t["bob"]).note),
        (lambda: shifts.assign(ADMIN, shift, t["bob"], override_reason=text),
         lambda: models.Assignment.get(person=t["bob"]).override_reason),
    ] + [(lambda name=name: preferences.update_setting(ADMIN, name, text),
          lambda name=name: settings.get(name))
         for name, key in settings.KEYS.items() if key.type is str]


FREE_TEXTS = 6 + sum(key.type is str for key in settings.KEYS.values())


@examples(60)
@given(text=odd_text, which=st.integers(0, FREE_TEXTS - 1))
def test_notes_reasons_and_settings_are_stored_or_refused(town, text, which):
    write, read = _free_text_writes(town, text)[which]
    with models.database.atomic() as transaction:
        try:
            write()
            stored = read()
        except UserError:
            return
        finally:
            transaction.rollback()
            settings.apply_timezone()  # a `timezone` setting was rolled back too
    assert text.strip() in stored  # a follow-up line starts with the date


# The command line ------------------------------------------------------------------------------

HUGE = "99999999999999999999"
CLI_VALUES = ["1", "2", "0", "-1", HUGE, f"-{HUGE}", str(2 ** 63), "9" * 5000, "1e3", "",
              "0001-01-01", "9999-12-31", "1899-12-31", "2999-12-31", "2026-02-30",
              "2026-06-01", "letter", "a4", "week", "month", "l7163", "everyone", "Food pantry"]
cli_value = st.one_of(st.sampled_from(CLI_VALUES), odd_text)
# A name the system can be given: no NUL (argv cannot hold one), no folder in it.
file_name = odd_text.map(lambda text: text.replace("\x00", "").replace("/", "") or "x")
ODD_PATHS = ["/dev/null", "/", "/proc/version", "a" * 300, "~nobody-has-this-name/x.db", ""]


def _paths(out) -> st.SearchStrategy:
    return st.one_of(st.sampled_from([*ODD_PATHS, str(out / "missing.db"), str(out)]),
                     file_name.map(lambda name: str(out / name)))


@st.composite
def command_lines(draw, out) -> list[str]:
    """`civicdesk ...` arguments: a command with odd values, sometimes an odd --db or
    --data-dir. Never the window (there is always a command), never a big demo."""
    kind = draw(st.sampled_from(["report", "report", "calendar", "check", "demo"]))
    if kind == "report":
        name = draw(st.sampled_from([*catalog.REPORTS, "nosuch", "\ud800", ""]))
        flags = [f"--{o.name.replace('_', '-')}" for o in catalog.REPORTS[name].options] \
            if name in catalog.REPORTS else []
        args = ["report", name]
        for _ in range(draw(st.integers(0, 3))):
            args += [draw(st.sampled_from([*flags, "--nosuch", "--help"])), draw(cli_value)]
        args += ["-o", str(out / draw(file_name))]
    elif kind == "calendar":
        which = draw(st.lists(st.sampled_from(["--event", "--person"]), max_size=2))
        args = ["calendar", *[x for flag in which for x in (flag, draw(cli_value))],
                "-o", str(out / draw(file_name))]
    elif kind == "check":
        args = ["check"]
    else:  # a new file each time, and at most 3 people (or a refusal)
        people_count = draw(st.sampled_from(["0", "-1", "1000001", HUGE, "abc", "", "1e3",
                                             "1", "\uff12", "3"]))
        return ["--db", str(out / f"demo-{draw(st.uuids())}.db"), "demo", "--people",
                people_count, "--seed", draw(st.sampled_from(["1", HUGE, "-5", "x"]))]
    where = draw(st.sampled_from(["", "", "--db", "--data-dir"]))
    return [where, draw(_paths(out)), *args] if where else args


@pytest.fixture(scope="module")
def cli_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "civicdesk.db"
    made = run_main("--db", str(path), "demo", "--people", "40", "--seed", "3")
    assert made.code == 0, made
    return path


@pytest.fixture
def cli_files(data_dir, cli_template):
    """The data folder holds a copy of the demo database; outputs go to `out`."""
    shutil.copyfile(cli_template, data_dir / "civicdesk.db")
    out = data_dir.parent / "out"
    out.mkdir()
    return out


def _usage_error(err: str) -> bool:
    """argparse's own: the usage, then `PROG: error: ...` (quoting what was typed)."""
    return err.startswith("usage:") and ": error: " in err


@examples(50)
@given(data=st.data())
def test_the_command_line_never_ends_in_a_traceback(cli_files, data):
    argv = data.draw(command_lines(cli_files), label="argv")
    done = run_main(*argv)  # an exception here is the traceback a user would have seen
    event(f"{next(a for a in argv if a in ('report', 'calendar', 'check', 'demo'))} "
          f"exit {done.code}")
    assert done.code in (0, 1, 2), done
    assert "Traceback" not in done.err
    if done.code == 2 and done.err:
        one_line = done.err.startswith("civicdesk: ") and done.err.count("\n") == 1
        assert one_line or _usage_error(done.err), done.err


# The reports, on whatever an older version stored -------------------------------------------

def _report_options(town: dict, name: str) -> dict:
    return {"statement": {"person": town["ann"]}, "ticket": {"request": town["request"]},
            "signin": {"shift": town["shift"]}, "schedule": {"start": PAST},
            "calls": {"day": PAST}, "hours": {"start": date(2026, 1, 1)},
            }.get(name, {"status": "everyone"} if name in ("roster", "directory", "labels",
                                                          "cards") else {})


# What SQLite can hold (not a lone surrogate), at most 10,000 characters (a request's details);
# on a server what it can hold (no NUL, at most 255 characters in a name: its columns say so).
if TEST_DB:
    stored_text = odd_text.map(
        lambda text: plaintext.SURROGATE.sub("?", text).replace("\x00", "")[:255])
else:
    stored_text = odd_text.map(lambda text: plaintext.SURROGATE.sub("?", text)[:10_000])


@examples(30)
@given(text=stored_text, name=st.sampled_from(sorted(catalog.REPORTS)))
def test_every_report_prints_whatever_an_older_version_stored(town, text, name):
    M = models
    with M.database.atomic() as transaction:
        try:
            M.Person.update(first_name=text, last_name=text, preferred_name=text, phone=text,
                            email=text, accessibility_notes=text).execute()
            M.Household.update(name=text, street=text, unit=text, city=text,
                               postal_code=text).execute()
            M.Event.update(name=text, location=text).execute()
            M.Shift.update(title=text, location=text, notes=text).execute()
            M.SupportRequest.update(summary=text, details=text, area=text).execute()
            M.RequestCategory.update(name=text).where(M.RequestCategory.id == town["category"]) \
                .execute()
            for key in ("association_name", "association_address"):
                M.Setting.insert(key=key, value=text).on_conflict(
                    conflict_target=[M.Setting.key], update={M.Setting.value: text}).execute()
            pdf = catalog.build(name, _report_options(town, name), ADMIN)
        finally:
            transaction.rollback()
    assert pdf.startswith(b"%PDF")

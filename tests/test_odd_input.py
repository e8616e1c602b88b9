"""Odd input gets a clear error (issue 12, item 9): each crash that was measured, as a user
would meet it. The property-based tests in test_odd_input_properties.py look further."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from civicdesk import settings
from civicdesk.data import backend, models
from civicdesk.exchange import ics
from civicdesk.reports import catalog
from civicdesk.services import (
    duplicates,
    errors,
    hours,
    household_list,
    lookups,
    member_list,
    payments,
    people,
    preferences,
    requests,
    series,
    shifts,
)
from civicdesk.services.actors import Actor
from civicdesk.services.errors import ValidationError

from conftest import ROOT, run_civicdesk
from odd_input import run_main
from report_helpers import pages_text

ADMIN = Actor("Tess Tester", "admin")
NOON = datetime(2026, 6, 1, 12)


def _town() -> dict:
    home = people.create_household(ADMIN, {"name": "Lee family", "street": "1 Elm St"}).id
    ann = people.create_person(ADMIN, {"first_name": "Ann", "last_name": "Lee",
                                       "email": "ann@example.org", "phone": "555 123 4567",
                                       "household": home, "is_volunteer": True}).id
    bob = people.create_person(ADMIN, {"first_name": "Bob", "last_name": "Stone"}).id
    event = shifts.create_event(ADMIN, {"name": "Food pantry"}).id
    start = datetime(2026, 5, 4, 13, tzinfo=UTC)
    shift = shifts.create_shift(ADMIN, {"event": event, "starts_at": start, "capacity": 4,
                                        "ends_at": start + timedelta(hours=3)}).id
    shifts.assign(ADMIN, shift, ann)
    category = models.RequestCategory.select().first().id
    request = requests.create_request(ADMIN, {"requester": bob, "category": category,
                                              "summary": "Groceries"}).id
    return {"home": home, "ann": ann, "bob": bob, "event": event, "shift": shift,
            "category": category, "request": request}


@pytest.fixture
def town(from_template, clock):
    clock.pin(NOON)
    return from_template(_town)


def _refused(call, field: str, says: str) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        call()
    problems = refused.value.for_field(field)
    assert problems, f"no problem for {field}: {refused.value}"
    assert says in str(problems[0].message), str(problems[0].message)
    return refused.value


def _count(model) -> int:
    return model.select().count()


# Text that cannot be stored: lone surrogates, control characters, line breaks -----------------

def _surrogate_writes(t: dict) -> list:
    broken = "Ann \ud800"
    today = date(2026, 6, 1)
    return [
        ("first_name", lambda: people.create_person(ADMIN, {"first_name": broken})),
        ("name", lambda: people.create_household(ADMIN, {"name": broken})),
        ("summary", lambda: requests.create_request(ADMIN, {
            "requester": t["bob"], "category": t["category"], "summary": broken})),
        ("name", lambda: shifts.create_event(ADMIN, {"name": broken})),
        ("title", lambda: shifts.create_shift(ADMIN, {
            "event": t["event"], "title": broken, "capacity": 1,
            "starts_at": datetime(2026, 7, 1, 9, tzinfo=UTC),
            "ends_at": datetime(2026, 7, 1, 10, tzinfo=UTC)})),
        ("note", lambda: hours.log_hours(ADMIN, {"person": t["ann"], "worked_on": today,
                                                 "minutes": 30, "note": broken})),
        ("note", lambda: payments.record_payment(ADMIN, {
            "person": t["ann"], "amount_cents": 2000, "paid_on": today, "note": broken,
            "period_start": today, "period_end": date(2027, 5, 31)})),
        ("notes", lambda: series.create_series(ADMIN, {
            "event": t["event"], "weekdays": ["0"], "start_time": "09:00",
            "end_time": "12:00", "starts_on": today, "occurrences": 2, "capacity": 2,
            "notes": broken})),
        ("association_name", lambda: preferences.update_setting(ADMIN, "association_name",
                                                                broken)),
        ("skills", lambda: people.update_person(ADMIN, t["ann"], 1, {"skills": [broken]})),
        ("note", lambda: requests.add_note(ADMIN, t["request"], broken)),
    ]


@pytest.mark.parametrize("index", range(11))
def test_a_broken_character_is_refused_by_every_write_naming_the_field(town, index):
    field, write = _surrogate_writes(town)[index]
    audited = _count(models.AuditEntry)
    _refused(write, field, "broken character that cannot be saved")
    assert _count(models.AuditEntry) == audited  # nothing was written


def test_a_control_character_is_refused(town):
    _refused(lambda: people.create_person(ADMIN, {"first_name": "Ann\x00", "last_name": "Lee"}),
             "first_name", "invisible control character")
    _refused(lambda: people.update_person(ADMIN, town["ann"], 1, {"notes": "ok\x1b[31m"}),
             "notes", "invisible control character")


@pytest.mark.parametrize("field, value", [
    ("first_name", "Ann\nLee"), ("last_name", "Lee\rAnn"), ("phone", "555\n123 4567"),
    ("email", "ann@example.org\tx"), ("member_number", "A\u2028B"),
])
def test_a_line_break_in_a_one_line_field_is_refused(town, field, value):
    _refused(lambda: people.update_person(ADMIN, town["ann"], 1, {field: value}), field,
             "must be a single line")


def test_a_line_break_in_a_title_or_summary_is_refused(town):
    _refused(lambda: requests.update_request(ADMIN, town["request"], 1,
                                             {"summary": "Groceries\nand more"}),
             "summary", "must be a single line")
    _refused(lambda: shifts.update_event(ADMIN, town["event"], 1, {"name": "Food\npantry"}),
             "name", "must be a single line")


def test_multi_line_fields_keep_their_line_breaks_and_tabs(town):
    text = "Mornings only.\n\tNot on Mondays.\r\nCall first."
    people.update_person(ADMIN, town["ann"], 1, {"notes": text, "availability": text,
                                                  "accessibility_notes": text})
    person = people.get_person(ADMIN, town["ann"])
    assert person.notes == person.availability == person.accessibility_notes == text
    requests.update_request(ADMIN, town["request"], 1, {"details": text})
    assert requests.get_request(ADMIN, town["request"]).details == text
    requests.add_note(ADMIN, town["request"], text)
    assert requests.history_lines(town["request"])[-1].note == text


def test_any_script_emoji_and_right_to_left_marks_read_back_identically(town):
    values = {"first_name": "\u200f\u0645\u0631\u064a\u0645", "last_name": "\u674e\u202e",
              "preferred_name": "\U0001f469\u200d\U0001f469\u200d\U0001f467",
              "notes": "\u05e9\u05dc\u05d5\u05dd\n\u0939\u093f\u0902\u0926\u0940 e\u0301 \ufeff",
              "languages": ["\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u4e2d\u6587"]}
    pid = people.create_person(ADMIN, values).id
    person = people.get_person(ADMIN, pid)
    assert {k: getattr(person, k) for k in values} == values


@pytest.mark.parametrize("field, values", [
    ("first_name", {"first_name": "x" * 100_000}),
    ("notes", {"first_name": "Ann", "notes": "x\n" * 50_000}),
    ("skills", {"first_name": "Ann", "skills": ["x" * 100_000]}),
])
def test_a_hundred_thousand_characters_are_too_long(town, field, values):
    _refused(lambda: people.create_person(ADMIN, values), field, "too long (at most")


def test_a_sign_up_status_cannot_be_emptied(town):
    # An empty status hid the sign-up from every list of the shift and of the person.
    signup = models.Assignment.get(person=town["ann"])
    _refused(lambda: shifts.update_assignment(ADMIN, signup.id, signup.version, {"status": ""}),
             "status", "This is required.")


def test_a_time_zone_name_too_long_for_a_file_is_no_zone(town, clock):
    name = "Europe/" + "x" * 300
    _refused(lambda: preferences.update_setting(ADMIN, "timezone", name), "timezone",
             "too long")
    models.Setting.insert(key="timezone", value=name).execute()  # left by an older version
    settings.apply_timezone()  # was an OSError
    assert clock.zone() == clock.system_zone()


# Numbers and dates ---------------------------------------------------------------------------

@pytest.mark.parametrize("number", [2 ** 63, -(2 ** 63) - 1, 10 ** 20, 10 ** 5000],
                         ids=["2**63", "-2**63-1", "10**20", "10**5000"])
def test_a_number_too_large_for_the_database_is_refused(town, number):
    _refused(lambda: people.create_person(ADMIN, {"first_name": "A", "household": number}),
             "household", "too large a number to save")
    _refused(lambda: shifts.update_shift(ADMIN, town["shift"], 1, {"capacity": number}),
             "capacity", "too large a number to save")


def test_the_largest_number_the_database_stores_is_only_a_missing_row(town):
    _refused(lambda: people.create_person(ADMIN, {"first_name": "A", "household": 2 ** 63 - 1}),
             "household", "There is no such household")


def test_an_id_too_large_to_be_a_row_is_not_found(town):
    with pytest.raises(errors.NotFound):
        people.update_person(ADMIN, 10 ** 20, 1, {"first_name": "A"})
    with pytest.raises(errors.NotFound):
        requests.get_request(ADMIN, 10 ** 20)


@pytest.mark.parametrize("day, ok", [
    (date(1899, 12, 31), False), (date(1900, 1, 1), True), (date(2999, 12, 31), True),
    (date(3000, 1, 1), False), (date.min, False), (date.max, False), ("0001-01-01", False),
])
def test_dates_are_kept_from_1900_to_2999(town, day, ok):
    write = lambda: requests.update_request(ADMIN, town["request"], 1, {"due_on": day})  # noqa: E731
    if ok:
        write()
        assert requests.get_request(ADMIN, town["request"]).due_on == day
    else:
        _refused(write, "due_on", "outside the dates CivicDesk keeps (1900-01-01 to 2999-12-31)")


def test_a_time_whose_day_in_utc_is_past_2999_is_refused(town):
    late = datetime(2999, 12, 31, 23, tzinfo=ZoneInfo("America/New_York"))  # 3000 in UTC
    _refused(lambda: shifts.update_shift(ADMIN, town["shift"], 1, {
        "starts_at": late, "ends_at": late + timedelta(minutes=30)}), "starts_at",
        "outside the dates CivicDesk keeps")
    _refused(lambda: shifts.update_shift(ADMIN, town["shift"], 1, {
        "starts_at": datetime.min.replace(tzinfo=UTC)}), "starts_at", "outside the dates")


# Search and the duplicate check --------------------------------------------------------------

# What was typed, and whether it should find Ann Lee (every word is the start of one of hers).
TYPED = {"\x00": False, "\ud800": False, '"': False, "*": False, "NEAR(": False, "-": False,
         ":": False, "a:b": False, "OR": True,  # "org" in her email "NEAR(Ann Lee)": False, "Ann AND": False,
         "name:Ann": False, "{name email}:Ann": False,
         "Ann\x00": True, "Ann\ud800": True, 'Ann"': True, '"Ann': True, "Ann*": True,
         "-Ann": True, "^Ann": True, "(Ann": True, "Ann Lee": True, "lee ann": True}


@pytest.mark.parametrize("typed, finds_ann", TYPED.items())
def test_search_never_breaks_and_finds_ann_when_her_name_is_in_it(town, typed, finds_ann):
    found = {s.id for s in lookups.person_suggestions(typed)}
    listed = member_list.MemberQuery(member_list.MemberFilter(text=typed))
    households = household_list.HouseholdQuery(typed)
    ids = {row.id for row in listed.rows(0, 50)}
    assert listed.count() == len(ids)
    homes = {row.id for row in households.rows(0, 50)}
    if finds_ann:
        assert found == {town["ann"]} and ids == {town["ann"]} and homes == {town["home"]}
    else:
        assert town["ann"] not in found


@pytest.mark.parametrize("typed", ["\x00", "\ud800", "cooking\x00"])
def test_the_skill_and_language_filters_find_nobody_for_odd_text(town, typed):
    query = member_list.MemberQuery(member_list.MemberFilter(skill=typed, language=typed))
    assert query.count() == 0
    assert lookups.person_suggestions("Ann", skill=typed)[0].id == town["ann"]


@pytest.mark.parametrize("values", [
    {"first_name": "Ann\x00", "last_name": "Lee"},
    {"first_name": "Ann", "last_name": "Lee\x00"},
    {"first_name": "Ann\ud800", "last_name": "Lee"},
    {"first_name": '"Ann"', "last_name": "Lee*"},
    {"first_name": "NEAR(Ann", "last_name": "Lee)"},
    {"email": "ann\x00@example.org"},
    {"email": "\ud800@example.org"},
    {"phone": "555 123 4567\x00"},
])
def test_the_duplicate_check_never_breaks(town, values):
    for match in duplicates.likely_duplicates(values):
        assert match.id == town["ann"]


def test_the_duplicate_check_still_finds_the_same_person(town):
    found = duplicates.likely_duplicates({"first_name": "ann", "last_name": "LEE"})
    assert [m.id for m in found] == [town["ann"]] and found[0].reasons == ("name",)


# The calendar export -------------------------------------------------------------------------

def test_a_line_break_in_a_name_stored_by_an_older_version_is_exported(town):
    # Older versions stored whatever was typed; write it as they did, past the validation
    # (a file's: a server cannot store NUL, and a move refuses it, naming the row).
    nul = "" if backend.is_postgres() else "\x00"
    models.Event.update(name="Food\npantry", location="Hall\r\nB").execute()
    models.Person.update(first_name="Ann\nMarie", last_name="Lee" + nul).where(
        models.Person.id == town["ann"]).execute()
    models.Shift.update(title="Sorting\x07", notes="Bring\n\tgloves" + nul).execute()
    data, count = ics.event_calendar("Food\npantry", ZoneInfo("America/New_York"))
    (entry,) = ics.read_back(data)
    assert str(entry["SUMMARY"]) == "Food pantry: Sorting" and str(entry["LOCATION"]) == "Hall B"
    assert "Bring\n\tgloves" in str(entry["DESCRIPTION"])
    assert b"NAME:Food pantry\r\n" in data
    data, count = ics.person_calendar(town["ann"], ZoneInfo("America/New_York"))
    assert count == 1 and b"NAME:Ann Marie Lee\r\n" in data


@pytest.mark.parametrize("starts", [datetime(1, 1, 1, 0, 30, tzinfo=UTC),
                                    datetime(9999, 12, 31, 22, tzinfo=UTC)])
def test_times_near_year_1_or_9999_stored_by_an_older_version_are_exported(town, starts):
    models.Shift.update(starts_at=starts, ends_at=starts + timedelta(hours=1)).execute()
    data, count = ics.event_calendar("Food pantry", ZoneInfo("Pacific/Kiritimati"))
    (entry,) = ics.read_back(data)
    assert count == 1 and entry.start == starts


@pytest.mark.parametrize("details", [
    " ".join(f"w{i}" for i in range(1400)) + " LAST",  # ten thousand characters of words
    "line\n" * 1995 + "LAST",  # two thousand lines
    "M" * 9996 + "LAST",  # one word no line can hold
], ids=["words", "lines", "one-word"])
def test_a_job_ticket_prints_details_longer_than_a_page(town, details):
    # A row taller than a page of the ticket's table was a LayoutError.
    requests.update_request(ADMIN, town["request"], 1, {"details": details})
    printed = pages_text(catalog.build("ticket", {"request": town["request"]}, ADMIN))
    assert len(printed) > 2 and "LAST" in "".join(printed[-2:])
    assert "Done on" in "".join(printed[-2:])


# The command line ----------------------------------------------------------------------------

HUGE = "99999999999999999999"


@pytest.mark.parametrize("args, says", [
    (["calendar", "--person", HUGE, "-o", "x.ics"], f"There is no person with the number {HUGE}"),
    (["report", "cards", "--person", HUGE], f"Only for: \u201c{HUGE}\u201d is too large a number"),
    (["report", "statement", "--person", HUGE], "Volunteer: \u201c9999"),
    (["report", "ticket", "--request", HUGE], "Request number: \u201c9999"),
    (["report", "signin", "--shift", HUGE], "Shift: \u201c9999"),
    (["report", "schedule", "--event", HUGE], "Event: \u201c9999"),
    (["report", "schedule", "--start", "9999-12-31"], "From: 9999-12-31 is outside the dates"),
    (["report", "schedule", "--start", "9999-12-31", "--period", "month"], "From: 9999-12-31"),
    (["report", "calls", "--day", "9999-12-31"], "Shifts on: 9999-12-31 is outside"),
    (["report", "hours", "--start", "0001-01-01"], "From: 0001-01-01 is outside the dates"),
    (["report", "hours", "--end", "9999-12-31"], "Until: 9999-12-31 is outside the dates"),
    (["report", "requests", "--end", "9999-12-31"], "Until: 9999-12-31 is outside"),
    (["report", "signin", "--day", "9999-12-31"], "Day: 9999-12-31 is outside"),
    (["report", "statement", "--person", "1", "--end", "9999-12-31"], "Until: 9999-12-31"),
    (["--db", "/dev/null", "check"], "/dev/null is not a CivicDesk database"),
    (["--db", "/dev/null", "demo"], "/dev/null is not a CivicDesk database"),
    (["--db", "/dev/null", "calendar", "--person", "1", "-o", "x.ics"], "is not a CivicDesk"),
    (["--db", "a" * 300, "check"], "cannot open aaaa"),
    (["--db", "~nobody-has-this-name/x.db", "check"], "cannot open ~nobody-has-this-name"),
    (["--data-dir", "~nobody-has-this-name", "check"], "--data-dir ~nobody-has-this-name"),
    (["demo", "--people", "1000001"], "--people must be from 1 to 1,000,000, not 1000001"),
    (["demo", "--people", HUGE], f"--people must be from 1 to 1,000,000, not {HUGE}"),
    (["demo", "--people", "0"], "--people must be from 1 to 1,000,000, not 0"),
    (["calendar", "--event", "Food\npantry\ud800", "-o", "x.ics"],
     "There is no event called \u201cFood pantry\ufffd\u201d"),
    (["report", "roster", "-o", "x\x00.pdf"], "no file name can hold one of its characters"),
    (["calendar", "--person", "1", "-o", "\ud800.ics"], "cannot write"),
    (["--db", "\ud800.db", "check"], "cannot open \ufffd.db: no file name can hold"),
    (["--data-dir", "\ud800", "check"], "--data-dir \ufffd: no file name can hold"),
], ids=lambda value: " ".join(value)[:60] if isinstance(value, list) else "says")
def test_odd_arguments_get_a_one_line_error_and_exit_2(town, tmp_path, args, says):
    out = tmp_path / "out"
    out.mkdir()
    args = [str(out / arg) if arg.endswith((".ics", ".pdf")) else arg for arg in args]
    if args[0] == "report" and "-o" not in args:
        args = [*args, "-o", str(out / "x.pdf")]
    done = run_main(*args)
    assert done.code == 2, done
    assert done.err.startswith("civicdesk: ") and done.err.count("\n") == 1, done.err
    assert says in done.err
    assert list(out.iterdir()) == [] and not Path("/dev/null-journal").exists()


def test_a_blank_report_option_is_its_default(town, tmp_path):
    # `--status " "` became an empty status, which no report knows (a KeyError).
    done = run_main("report", "roster", "--status", " ", "-o", str(tmp_path / "r.pdf"))
    assert done.code == 0, done


@pytest.mark.e2e
@pytest.mark.parametrize("args, says", [
    (["--db", "/dev/null", "check"], "/dev/null is not a CivicDesk database"),
    (["calendar", "--person", HUGE, "-o", "x.ics"], "There is no person with the number"),
    (["report", "schedule", "--start", "9999-12-31", "-o", "x.pdf"], "outside the dates"),
], ids=["dev-null", "huge-person", "year-9999"])
def test_a_real_run_prints_the_error_and_no_traceback(town, db, tmp_path, args, says):
    db.close()  # the child process opens the file itself
    done = run_civicdesk(*(str(tmp_path / arg) if arg.startswith("x.") else arg for arg in args))
    assert done.returncode == 2 and done.stderr.startswith("civicdesk: ") and says in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.e2e
def test_a_file_name_that_is_not_utf8_is_written_and_shown(town, db, tmp_path):
    db.close()
    name = os.fsencode(tmp_path) + b"/\xff-roster.pdf"
    done = subprocess.run([sys.executable, "-m", "civicdesk", "report", "roster", "-o", name],
                          capture_output=True, cwd=ROOT, timeout=120,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8:strict"))
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert os.path.exists(name) and "\ufffd-roster.pdf: roster" in done.stdout.decode()

"""Importing a SignUpGenius sign-up report (#14): events, shifts and sign-ups with people
matched (the people import's rules) or created; the preview with every problem and its
row; one audited transaction; undo as a unit (also after an edit); cancel; bad files; the
command line."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from test_import_people import write_csv

from civicdesk import clock as association_clock
from civicdesk import localtime
from civicdesk.data import models
from civicdesk.exchange import signups_import, tables
from civicdesk.services import imports, people, shifts
from civicdesk.services.errors import PermissionDenied

from conftest import db_folder
from odd_input import run_main

HEADER = ["Sign Up", "Start Date/Time (mm/dd/yyyy)", "End Date/Time (mm/dd/yyyy)",
          "Location", "Qty", "Item", "First Name", "Last Name", "Email", "Sign Up Comment",
          "Sign Up Coleader", "Sign Up Timestamp"]
TITLE = ["Food Bank Volunteers - Spring 2024", "Created by: Maple Street Association"]
FOOD = "Food bank Saturday"


def row(event, start, end, item, first, last, email="", comment="", qty="1",
        location="Church hall", stamp="02/20/2024 18:04") -> list[str]:
    return [event, start, end, location, qty, item, first, last, email, comment, "", stamp]


def report_file(folder: Path) -> Path:
    rows = [
        row(FOOD, "03/09/2024 09:00", "03/09/2024 12:00", "Sorting", "Zoé", "Müller",
            "ZOE@example.org"),  # on file, and already on this shift
        row(FOOD, "03/09/2024 13:00", "03/09/2024 15:30", "Driver", "Zoé", "Müller",
            "zoe@example.org", "Has a van, \"big\" one"),
        row(FOOD, "03/09/2024 09:00", "03/09/2024 12:00", "Sorting", "Bob", "Tran",
            "bob@example.org"),
        row(FOOD, "03/09/2024 09:00", "03/09/2024 12:00", "Sorting", "Bob", "Tran",
            "bob@example.org"),  # the same sign-up twice
        row("Park clean-up", "04/13/2024", "04/13/2024", "Bring gloves", "Bob", "Tran",
            "bob@example.org"),  # a slot for the whole day
        row("Park clean-up", "13/45/2024 09:00", "04/13/2024 11:00", "Rakes", "Ann",
            "Abbott", "ann@example.org"),  # impossible date
        row("Park clean-up", "04/13/2024 9:00 AM", "04/13/2024 11:00 AM", "Rakes", "", "",
            "nobody@example.org"),  # no name
        row("Park clean-up", "04/13/2024 9:00 AM", "04/13/2024 11:00 AM", "Rakes", "Omar",
            "Haddad", "omar@example.org"),
    ]
    return write_csv(folder / "signups.csv", HEADER, rows, title=TITLE)


@pytest.fixture
def on_file(db, actor):
    """Zoé on file, signed up for the Saturday's sorting at 9."""
    zoe = people.create_person(actor, {"first_name": "Zoé", "last_name": "Müller",
                                       "email": "zoe@example.org"}).id
    event = shifts.create_event(actor, {"name": FOOD}).id
    tz = association_clock.zone()
    sorting = shifts.create_shift(actor, {
        "event": event, "title": "Sorting", "capacity": 5,
        "starts_at": localtime.local_to_utc(datetime(2024, 3, 9).date(), time(9), tz),
        "ends_at": localtime.local_to_utc(datetime(2024, 3, 9).date(), time(12), tz)}).id
    shifts.assign(actor, sorting, zoe)
    return {"zoe": zoe, "event": event, "sorting": sorting}


def _folder(db) -> Path:
    return db_folder()


def _shown(path: Path):
    return signups_import.preview(tables.read_table(path))


def test_the_preview_finds_events_shifts_people_and_every_problem(on_file, db):
    shown = _shown(report_file(_folder(db)))
    assert shown.counts == {"create": 4, "unchanged": 1, "problem": 3, "events": 1,
                            "shifts": 3, "people": 2, "matched": 1}
    by_row = {r.row: r for r in shown.rows}
    assert by_row[4].action == "unchanged"  # header on row 3: two title rows above it
    assert (by_row[5].person_id, by_row[5].matched_by) == (on_file["zoe"], "email")
    problems = {(p.row, p.column, p.value): p.reason for p in shown.problems}
    assert problems[(7, "Email", "bob@example.org")] == "the same sign-up as row 6"
    assert problems[(9, "Start Date/Time (mm/dd/yyyy)", "13/45/2024 09:00")] == (
        "\u201c13/45/2024 09:00\u201d is not a date and time (read as month/day/year)")
    assert (10, "First Name", "") in problems
    assert models.Assignment.select().count() == 1  # nothing written by a preview


def test_the_import_is_one_audited_unit_and_undo_removes_it(on_file, db, actor):
    shown = _shown(report_file(_folder(db)))
    entries = models.AuditEntry.select().count()
    done = imports.import_signups(actor, shown.plan)
    assert (done.events, done.shifts, done.signups, done.created) == (1, 3, 4, 2)
    assert models.AuditEntry.select().count() == entries + 1
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first()
    assert (entry.action, entry.actor, entry.changes["kind"]) == ("import", "Tess Tester",
                                                                  "signups")
    A, S = models.Assignment, models.Shift
    signed = sorted((a.person.first_name, a.shift.event.name, a.shift.title, a.note)
                    for a in A.select())
    assert signed == [("Bob", FOOD, "Sorting", ""), ("Bob", "Park clean-up", "Bring gloves", ""),
                      ("Omar", "Park clean-up", "Rakes", ""),
                      ("Zoé", FOOD, "Driver", 'Has a van, "big" one'),
                      ("Zoé", FOOD, "Sorting", "")]
    driver = S.get(S.title == "Driver")
    tz = association_clock.zone()
    assert (f"{localtime.to_local(driver.starts_at, tz):%Y-%m-%d %H:%M}",
            f"{localtime.to_local(driver.ends_at, tz):%H:%M}", driver.location,
            driver.event_id) == ("2024-03-09 13:00", "15:30", "Church hall", on_file["event"])
    gloves = S.get(S.title == "Bring gloves")
    assert localtime.to_local(gloves.ends_at, tz) - localtime.to_local(gloves.starts_at, tz) \
        == (datetime(2024, 4, 14) - datetime(2024, 4, 13))
    assert models.Person.select().where(models.Person.first_name == "Zoé").count() == 1
    listed = imports.list_imports(actor)[0]
    assert (listed.kind, listed.counts["signups"]) == ("signups", 4)

    undone = imports.undo_import(actor, done.batch_id)
    assert (undone.signups, undone.removed, undone.kept) == (4, 2, [])
    assert [(a.person_id, a.shift_id) for a in A.select()] == [(on_file["zoe"],
                                                                 on_file["sorting"])]
    assert [e.name for e in models.Event.select()] == [FOOD]
    assert [s.title for s in S.select()] == ["Sorting"]
    assert models.Person.select().count() == 1


def test_undo_keeps_a_sign_up_marked_since_and_its_shift_event_and_person(on_file, db, actor,
                                                                          clock):
    done = imports.import_signups(actor, _shown(report_file(_folder(db))).plan)
    A = models.Assignment
    omar = A.select().join(models.Person).where(models.Person.first_name == "Omar").get()
    shifts.update_assignment(actor, omar.id, omar.version, {"note": "Bringing his own rake"})
    undone = imports.undo_import(actor, done.batch_id)
    kept = {(k.table, k.name, k.reason) for k in undone.kept}
    assert kept == {("assignment", "Omar Haddad \u2014 Rakes", "edited since the import"),
                    ("shift", "Rakes", "people not from this import are signed up"),
                    ("event", "Park clean-up", "it has shifts not from this import"),
                    ("person", "Omar Haddad", "has sign-ups, hours, payments, requests or a "
                                              "login since the import")}
    assert A.select().count() == 2  # Zoé's own and Omar's edited one


def test_cancel_during_the_import_leaves_nothing(on_file, db, actor):
    shown = _shown(report_file(_folder(db)))
    before = [m.select().count() for m in (models.Event, models.Shift, models.Assignment,
                                           models.Person, models.ImportBatch,
                                           models.AuditEntry)]

    def stop(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        imports.import_signups(actor, shown.plan, stop)
    assert [m.select().count() for m in (models.Event, models.Shift, models.Assignment,
                                         models.Person, models.ImportBatch,
                                         models.AuditEntry)] == before


def test_a_people_list_is_not_a_signup_report(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", ["First Name", "Last Name", "Email"],
                     [["Ann", "Abbott", "ann@example.org"]])
    with pytest.raises(signups_import.NotASignupReport) as refused:
        _shown(path)
    assert str(refused.value) == ("people.csv is not a SignUpGenius sign-up report: it has no "
                                  "Sign Up column (its columns are: First Name, Last Name, "
                                  "Email)")


def test_volunteers_may_not_import_signups(on_file, db, volunteer):
    shown = _shown(report_file(_folder(db)))
    with pytest.raises(PermissionDenied):
        imports.import_signups(volunteer, shown.plan)
    assert models.Assignment.select().count() == 1


def test_the_command_line_previews_imports_lists_and_undoes(data_dir, tmp_path, monkeypatch):
    path = report_file(tmp_path)
    run = run_main("import", "signups", str(path), "--dry-run")
    assert run.code == 2 and "there is no database" in run.err
    run = run_main("import", "signups", str(path))
    assert run.code == 0, run
    assert "signups.csv (SignUpGenius sign-up report; header on row 3)" in run.out
    assert "sign-ups to create: 5" in run.out and "new events: 2" in run.out
    assert "  row 7, Email, \u201cbob@example.org\u201d: the same sign-up as row 6" in run.out
    assert "import 1: created 2 events, 4 shifts, 5 sign-ups and 3 people" in run.out
    again = run_main("import", "signups", str(path), "--dry-run")
    assert "already signed up: 5" in again.out and "dry run: nothing was written" in again.out
    assert "row 4: Zoé Müller (person 1, matched by email)" in again.out
    listed = run_main("imports")
    assert "5 sign-ups, 2 events, 4 shifts; created 3" in listed.out
    undone = run_main("import", "undo", "1")
    assert undone.code == 0 and "removed 5 sign-ups, 3 people" in undone.out
    people_file = write_csv(tmp_path / "people.csv", ["First Name", "Last Name"], [["A", "B"]])
    bad = run_main("import", "signups", str(people_file))
    assert bad.code == 2 and "is not a SignUpGenius sign-up report" in bad.err
    unknown = run_main("import", "signups", str(path), "--preset", "civicrm")
    assert unknown.code == 2 and "there is no preset civicrm" in unknown.err

"""Exports: a list to CSV/XLSX (filters, order, formula injection), everything to a zip and
back into an empty database, who may, and bad input."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime, timedelta

import openpyxl
import pytest

from civicdesk.data import database, models
from civicdesk.demo import generate
from civicdesk.exchange import sheets
from civicdesk.services import (
    export_lists,
    exports,
    member_list,
    people,
    person_view,
    shifts,
)
from civicdesk.services.actors import Actor
from civicdesk.services.errors import PermissionDenied
from tests.conftest import run_civicdesk

EVIL = '=HYPERLINK("http://x","y")'


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _people(actor):
    home = people.create_household(actor, {"name": "Lee family", "street": "1 Elm St"}).id
    for first, last, status, volunteer in (("Zoë", "Ångström", "member", True),
                                           ("Bob", "Stone", "lapsed", False),
                                           ("Ann", "Lee", "member", False),
                                           ("", EVIL, "member", True)):
        people.create_person(actor, {"first_name": first, "last_name": last,
                                     "membership_status": status, "is_volunteer": volunteer,
                                     "household": home, "phone": "+1 555 0100",
                                     "sensitive_notes": "Secret " + last})


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def town(from_template, actor):
    return from_template(_people, Actor("Tess Tester", "admin"))


def test_the_people_list_is_exported_in_its_filter_and_order(town, actor, tmp_path):
    listing = export_lists.people(member_list.MemberFilter(status="member"), "name",
                                  descending=True)
    done = exports.export_list(actor, listing, tmp_path / "p.csv")
    table = read_csv(tmp_path / "p.csv")
    assert table[0] == ["Name", "Household address", "Phone", "Email", "Membership",
                        "Dues paid until", "Volunteer", "Languages"]
    assert [r[0] for r in table[1:]] == ["Lee, Ann", "Ångström, Zoë", "'" + EVIL]
    assert done.rows == 3 and table[2][4] == "Member" and table[2][6] == "Yes"
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first()
    assert (entry.action, entry.table_name, entry.actor) == ("export", "people", actor.name)
    assert entry.changes["rows"] == [None, 3] and "Secret" not in str(entry.changes)


def test_a_formula_is_text_in_csv_and_xlsx(town, actor, tmp_path):
    listing = export_lists.people(member_list.MemberFilter(text="hyperlink"))
    exports.export_list(actor, listing, tmp_path / "p.csv", columns=["name", "phone"])
    assert read_csv(tmp_path / "p.csv")[1] == ["'" + EVIL, "'+1 555 0100"]
    exports.export_list(actor, listing, tmp_path / "p.xlsx", columns=["name", "phone"])
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    cell = sheet["A2"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (EVIL, "s", True)
    assert sheet["B2"].value == "+1 555 0100" and sheet["B2"].data_type == "s"
    with zipfile.ZipFile(tmp_path / "p.xlsx") as zf:  # no formula anywhere in the sheet
        assert "<f>" not in zf.read("xl/worksheets/sheet1.xml").decode()


def test_numbers_and_dates_stay_numbers_and_dates(tmp_path):
    rows = [[-12, 3.5, date(2026, 2, 28), "-5", "'=x", "''a"]]
    sheets.write(tmp_path / "n.xlsx", list("abcdef"), rows)
    sheet = openpyxl.load_workbook(tmp_path / "n.xlsx").active
    assert [c.value for c in sheet[2]][:3] == [-12, 3.5, datetime(2026, 2, 28)]
    sheets.write(tmp_path / "n.csv", list("abcdef"), rows)
    line = read_csv(tmp_path / "n.csv")[1]
    assert line == ["-12", "3.5", "2026-02-28", "'-5", "''=x", "''a"]
    assert [sheets.unguard(c) for c in line[3:]] == ["-5", "'=x", "''a"]


def test_shifts_and_signups_in_a_date_span(db, actor, tmp_path):
    event = shifts.create_event(actor, {"name": "Food pantry"}).id
    start = datetime(2026, 6, 10, 13).astimezone()
    made = [shifts.create_shift(actor, {"event": event, "starts_at": start + timedelta(days=d),
                                        "ends_at": start + timedelta(days=d, hours=2),
                                        "capacity": 2, "title": f"Day {d}"}).id
            for d in (0, 1, 9)]
    ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Lee"}).id
    shifts.assign(actor, made[1], ann)
    span = (start - timedelta(hours=1), start + timedelta(days=2))
    exports.export_list(actor, export_lists.shifts(*span), tmp_path / "s.csv")
    table = read_csv(tmp_path / "s.csv")
    assert [r[3] for r in table[1:]] == ["Day 0", "Day 1"]
    exports.export_list(actor, export_lists.shifts(*span, ids=[made[1], made[0]]),
                        tmp_path / "o.csv")  # the window's order
    assert [r[3] for r in read_csv(tmp_path / "o.csv")[1:]] == ["Day 1", "Day 0"]
    exports.export_list(actor, export_lists.signups(*span), tmp_path / "u.csv")
    assert [r[3] for r in read_csv(tmp_path / "u.csv")[1:]] == ["Ann Lee"]


def test_volunteers_export_nothing_and_only_admins_export_sensitive(town, volunteer,
                                                                    coordinator, out):
    tmp_path = out
    with pytest.raises(PermissionDenied):
        exports.export_list(volunteer, export_lists.people(), tmp_path / "p.csv")
    with pytest.raises(PermissionDenied):
        exports.export_all(coordinator, tmp_path / "all.zip", include_sensitive=True)
    assert not list(tmp_path.iterdir())
    exports.export_all(coordinator, tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as zf:
        header = zf.read("person.csv").decode("utf-8-sig").splitlines()[0].split(",")
        assert "sensitive_notes" not in header and "first_name" in header
        assert "password_hash" not in zf.read("user.csv").decode("utf-8-sig")
        assert "Secret" not in b"".join(zf.read(n) for n in zf.namelist()).decode("utf-8")
        assert "sensitive_notes" not in zf.read("README.txt").decode()


@pytest.mark.parametrize("name", ["p.txt", "p", "p.csv.bak"])
def test_an_unknown_extension_is_refused(town, actor, out, name):
    tmp_path = out
    with pytest.raises(sheets.UnknownFormat, match="must end in .csv or .xlsx"):
        exports.export_list(actor, export_lists.people(), tmp_path / name)
    assert not list(tmp_path.iterdir())


def test_a_folder_that_cannot_be_written_is_a_clear_message(town, actor, tmp_path):
    with pytest.raises(exports.CannotWrite, match="cannot write .*missing"):
        exports.export_list(actor, export_lists.people(), tmp_path / "missing" / "p.csv")


def _snapshot() -> dict:
    return {m._meta.table_name: sorted(m.select().tuples()) for m in exports._tables()}


def test_everything_round_trips_into_an_empty_database(tmp_path, actor):
    first = database.open_database(tmp_path / "a.db")
    try:
        generate.generate(300, today=date(2026, 6, 1))
        person = models.Person.select().where(models.Person.sensitive_notes != "").first()
        person.last_name = EVIL  # a formula survives the trip as the same text
        person.save()
        exports.export_all(actor, tmp_path / "all.zip", include_sensitive=True)
        before = _snapshot()
    finally:
        database.close_database(first)
    second = database.open_database(tmp_path / "b.db")
    try:
        done = exports.import_all(actor, tmp_path / "all.zip")
        after = _snapshot()
        for table, found in before.items():
            if table == "audit_entry":  # the file has the log up to the export's own entry
                assert after[table][:len(found) - 1] == found[:-1]
                assert after[table][-1][4] == "import_all"
                continue
            assert after[table] == found, table
        assert done.tables["person"] == len(before["person"]) >= 300
        name = models.Person.get_by_id(before["person"][5][0])
        found = member_list.MemberQuery(member_list.MemberFilter(text=name.last_name))
        assert name.id in [r.id for r in found.rows(0, 50)]
        view = person_view.person_view(actor, person.id)
        assert view is not None and models.Person.get_by_id(person.id).last_name == EVIL
        with pytest.raises(exports.NotEmpty, match="already holds data"):
            exports.import_all(actor, tmp_path / "all.zip")
        assert _snapshot()["person"] == after["person"]
    finally:
        database.close_database(second)


@pytest.mark.parametrize("damage", ["not a zip", "no manifest", "truncated", "bad rows"])
def test_a_zip_that_is_not_ours_or_damaged_changes_nothing(town, actor, tmp_path, damage):
    exports.export_all(actor, tmp_path / "all.zip")
    good = (tmp_path / "all.zip").read_bytes()
    bad = tmp_path / "bad.zip"
    if damage == "not a zip":
        bad.write_text("Name,Email\nAnn,ann@example.org\n")
    elif damage == "truncated":
        bad.write_bytes(good[:len(good) // 2])
    else:
        with zipfile.ZipFile(tmp_path / "all.zip") as src, zipfile.ZipFile(bad, "w") as out:
            for item in src.namelist():
                data = src.read(item)
                if damage == "no manifest" and item == exports.MANIFEST:
                    continue
                if damage == "bad rows" and item == "person.csv":
                    data += b"999,x\n"
                out.writestr(item, data)
    new = database.open_database(tmp_path / "empty.db")
    try:
        with pytest.raises(exports.NotOurExport, match="nothing was changed"):
            exports.import_all(actor, bad)
        assert not models.Person.select().exists()
        assert models.RequestCategory.select().exists()  # the seeded rows are still there
    finally:
        database.close_database(new)


def test_the_command_line_exports_lists_and_everything(tmp_path):
    db = str(tmp_path / "a.db")
    assert run_civicdesk("--db", db, "demo", "--people", "60").returncode == 0
    out = run_civicdesk("--db", db, "export", "people", "--volunteers", "--sort", "email",
                        "-o", str(tmp_path / "v.xlsx"))
    assert out.returncode == 0, out.stderr
    sheet = openpyxl.load_workbook(tmp_path / "v.xlsx").active
    emails = [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert emails and all(r[6] == "Yes" for r in sheet.iter_rows(min_row=2, values_only=True))
    assert [e or "" for e in emails] == sorted(e or "" for e in emails)
    for kind, said in (("households", "households"), ("shifts", "shifts"),
                       ("signups", "sign-ups"), ("requests", "requests")):
        out = run_civicdesk("--db", db, "export", kind, "-o", str(tmp_path / f"{kind}.csv"))
        assert out.returncode == 0 and re.search(rf": [\d,]+ {said}\b", out.stdout), out.stderr
    out = run_civicdesk("--db", db, "export", "people", "-o", str(tmp_path / "p.ods"))
    assert out.returncode == 2 and "must end in .csv or .xlsx" in out.stderr
    out = run_civicdesk("--db", db, "export", "all", "-o", str(tmp_path / "all.zip"))
    assert out.returncode == 0 and "without the sensitive notes" in out.stdout
    back = run_civicdesk("--db", str(tmp_path / "b.db"), "import", "all",
                         str(tmp_path / "all.zip"))
    assert back.returncode == 0, back.stderr
    again = run_civicdesk("--db", db, "import", "all", str(tmp_path / "all.zip"))
    assert again.returncode == 2 and "already holds data" in again.stderr

"""Importing people (#14): each preset on a file as the other system writes it, with the
mess real files have; the preview (creates, matches, unchanged, problems with their row);
the import as one audited transaction; undo, also after later edits; cancel; and search
finding the people brought in."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from civicdesk.data import models
from civicdesk.exchange import mapping, people_import, presets, tables
from civicdesk.services import imports, member_list, people
from civicdesk.services.errors import PermissionDenied

from conftest import db_folder

CIVICRM_HEADER = (
    "Contact ID,Contact Type,Contact Subtype,Do Not Email,Do Not Phone,Do Not Mail,Do Not Sms,"
    "Do Not Trade,No Bulk Emails (User Opt Out),Legal Identifier,External Identifier,"
    "Sort Name,Display Name,Nickname,Legal Name,Image Url,Preferred Communication Method,"
    "Preferred Language,Preferred Mail Format,Contact Hash,Contact Source,First Name,"
    "Middle Name,Last Name,Individual Prefix,Individual Suffix,Formal Title,"
    "Communication Style,Email Greeting ID,Postal Greeting ID,Addressee ID,Job Title,Gender,"
    "Birth Date,Deceased,Deceased Date,Household Name,Organization Name,Sic Code,"
    "Unique ID (OpenID),Current Employer ID,Contact is in Trash,Created Date,Modified Date,"
    "Addressee,Email Greeting,Postal Greeting,Current Employer,Location Type,Street Address,"
    "Street Number,Street Number Suffix,Street Name,Street Unit,Supplemental Address 1,"
    "Supplemental Address 2,Supplemental Address 3,City,Postal Code Suffix,Postal Code,"
    "Latitude,Longitude,Is Manually Geocoded,Address Name,Master Address Belongs To,County,"
    "State,Country,Phone,Phone Extension,Phone Type,Email,On Hold,Use for Bulk Mail,"
    "Signature Text,Signature Html,IM Provider,IM Screen Name,OpenID,World Region,Website,"
    "Group(s),Tag(s),Note(s),Membership Type,Test,Is Pay Later,Member Since,Membership Start Date,"
    "Membership Expiration Date,Source,Membership Status,Membership ID,Primary Member ID,"
    "Max Related,Membership Recurring Contribution,Campaign ID,Status Override").split(",")


def civicrm_row(**given: str) -> list[str]:
    values = {"Contact Type": "Individual", "Do Not Email": "0", "Do Not Phone": "0",
              "Country": "Canada", "State": "QC", "City": "Montréal"} | given
    return [values.get(h, "") for h in CIVICRM_HEADER]


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, delimiter: str = ",",
              encoding: str = "utf-8", title: list[str] = (), bom: bool = False) -> Path:
    def cell(text: str) -> str:
        if any(ch in text for ch in f'"\n{delimiter}'):
            return '"' + text.replace('"', '""') + '"'
        return text
    lines = [*title] + [delimiter.join(cell(c) for c in row) for row in [header, *rows]]
    data = ("\r\n".join(lines) + "\r\n\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def civicrm_file(tmp_path: Path) -> Path:
    rows = [
        civicrm_row(**{"Contact ID": "101", "First Name": "Zoé", "Last Name": "Müller",
                       "Email": "zoe@example.org", "Phone": "(514) 555-0101",
                       "Household Name": "Müller family", "Street Address": "12 rue des Érables",
                       "Postal Code": "H2X 1Y4", "Tag(s)": "driving, gardening",
                       "Do Not Email": "1", "Membership Status": "Current",
                       "Membership Type": "General", "Member Since": "2019-04-01",
                       "Membership Expiration Date": "2026-03-31",
                       "Note(s)": "Prefers mornings.\nHas a car.", "Preferred Language": "fr_CA"}),
        civicrm_row(**{"Contact ID": "102", "First Name": "Luc", "Last Name": "Müller",
                       "Email": "luc@example.org", "Phone": "514.555.0102",
                       "Household Name": "Müller family", "Street Address": "12 rue des Érables",
                       "Postal Code": "H2X 1Y4", "Membership Status": "Expired"}),
        civicrm_row(**{"Contact ID": "103", "First Name": "ANNA", "Last Name": "Ng",
                       "Email": "ZOE@EXAMPLE.ORG", "Phone": "+1 514 555 0103"}),
        civicrm_row(**{"Contact ID": "104", "Contact Type": "Household",
                       "Household Name": "Müller family"}),
        civicrm_row(**{"Contact ID": "105", "First Name": "", "Last Name": "",
                       "Email": "nobody@example.org"}),
        civicrm_row(**{"Contact ID": "106", "First Name": "Omar", "Last Name": "Haddad",
                       "Email": "omar@example", "Membership Status": "Grace",
                       "Member Since": "2021-02-31"}),
    ]
    return write_csv(tmp_path / "civicrm_contacts.csv", CIVICRM_HEADER, rows, bom=True)


@pytest.fixture
def importer(actor):
    """`importer(path, preset, *maps)`: read, map, preview (nothing written yet)."""

    def run(path: Path, preset: str = "generic", *maps: str, date_order: str | None = None):
        table = tables.read_table(path)
        found = presets.mapping_for(table, preset).with_columns(list(maps))
        found.date_order = date_order or found.date_order
        return people_import.preview(table, found)
    return run


def _problems(shown) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.value) for p in shown.problems}


def test_civicrm_contacts_with_membership_columns(db, importer, actor, clock):
    clock.pin(datetime(2026, 6, 1, 12))
    shown = importer(civicrm_file(_tmp(db)), "civicrm")
    assert shown.counts == {"create": 3, "update": 0, "unchanged": 0, "problem": 3}
    assert _problems(shown) == {
        (5, "Contact Type", "Household"),  # a household contact is not a person
        (6, "First Name", ""),  # no name at all
        (7, "Email", "omar@example"), (7, "Member Since", "2021-02-31")}
    reasons = {p.column: p.reason for p in shown.problems if p.row == 7}
    assert reasons["Email"] == ("\u201comar@example\u201d is not an email address; it should "
                                "look like name@example.org.")  # the person editor's words
    assert "is not a date" in reasons["Member Since"]

    done = imports.import_people(actor, shown.plan)
    assert (done.created, done.households) == (3, 2)
    zoe = models.Person.get(models.Person.first_name == "Zoé")
    assert (zoe.consent_email, zoe.consent_phone) == (False, True)  # Do Not Email = 1
    assert (zoe.membership_status, zoe.member_since, zoe.renewal_due) == (
        "member", date(2019, 4, 1), date(2026, 3, 31))
    assert zoe.notes == "Prefers mornings.\nHas a car."
    assert zoe.household.name == "Müller family" and zoe.household.street == "12 rue des Érables"
    luc = models.Person.get(models.Person.first_name == "Luc")
    assert (luc.household_id, luc.membership_status) == (zoe.household_id, "lapsed")
    record = people.get_person(actor, zoe.id)
    assert (record.skills, record.languages) == (["driving", "gardening"], ["fr_CA"])
    assert models.ExternalId.get(models.ExternalId.person == zoe.id).value == "101"
    # Anna shares Zoé's email in another case: a second person, never merged with Zoé
    anna = models.Person.get(models.Person.last_name == "Ng")
    assert anna.email == "ZOE@EXAMPLE.ORG" and anna.id != zoe.id


def _tmp(db) -> Path:
    return db_folder()


WA_HEADER = ["User ID", "First name", "Last name", "Organization", "Email", "Phone",
             "Password", "Home Address 1", "Home City", "Home Postal Code", "Archived",
             "Subscribed to emails", "Membership enabled", "Membership level",
             "Membership status", "Member since", "Renewal due", "Member bundle ID or email",
             "Member role"]


def wild_apricot_file(folder: Path) -> Path:
    rows = [
        ["5001", "María", "García", "", "garcia.family@example.org", "(555) 201-0001",
         "s3cret!", "8 Oak Ave", "Springfield", "12345", "no", "yes", "yes", "Family",
         "Active", "15/01/2018", "15/01/2027", "5001", "Bundle coordinator"],
        ["5002", "José", "García", "", "garcia.family@example.org", "555-201-0001",
         "hunter2", "", "", "", "no", "no", "yes", "Family", "Active", "15/01/2018",
         "15/01/2027", "5001", "Bundle member"],
        ["5003", "Eve", "Stone", "", "eve@example.org", "555 201 0003", "pw", "1 Pine Rd",
         "Springfield", "12345", "no", "yes", "yes", "Honorary", "Lapsed", "03/04/2015",
         "03/04/2020", "", ""],
        ["5004", "Sam", "Wu", "", "sam@example.org", "5552010004", "pw", "", "", "", "no",
         "yes", "yes", "Individual", "Pending - New", "31/13/2024", "", "", ""],
    ]
    return write_csv(folder / "wa_contacts.csv", WA_HEADER, rows, delimiter=";",
                     encoding="cp1252", title=["Contacts export;;;", ""])


def test_wild_apricot_bundles_become_households_and_the_password_is_never_read(
        db, importer, actor):
    shown = importer(wild_apricot_file(_tmp(db)), "wildapricot", date_order="dmy")
    assert "Password" not in shown.mapping.columns
    assert shown.notes == ["never read: Password"]
    assert shown.counts["create"] == 3
    assert _problems(shown) == {(7, "Member since", "31/13/2024")}
    for row in shown.plan.creates:  # the password is not in anything the import holds
        assert not {"s3cret!", "hunter2", "pw"} & {str(v) for v in row.values.values()}
    imports.import_people(actor, shown.plan)
    maria, jose = (models.Person.get(models.Person.first_name == n) for n in ("María", "José"))
    assert maria.household_id == jose.household_id  # one bundle, one household
    assert maria.household.street == "8 Oak Ave"
    assert maria.email == jose.email  # a family sharing an email stays two people
    assert (maria.consent_email, jose.consent_email) == (True, False)
    assert (maria.member_since, maria.renewal_due) == (date(2018, 1, 15), date(2027, 1, 15))
    eve = models.Person.get(models.Person.first_name == "Eve")
    assert eve.membership_status == "honorary"  # the level says so
    assert (eve.member_since, eve.renewal_due) == (date(2015, 4, 3), date(2020, 4, 3))


def generic_rows() -> list[list[str]]:
    return [
        ["Ana", "Alves", "ana@example.org", "555-0101-22", "1 Elm St", "10/03/2021", "oui"],
        ["Ben", "Boyd", "Ben@Example.org", "(555) 010 1333", "2 Elm St", "01/12/2020", "non"],
        ["Ben", "Boyd", "ben@example.org", "555 010 1333", "2 Elm St", "01/12/2020", "non"],
        ["Cy", "Cole", "cy@example.org", "555.010.1444", "", "", "maybe"],
    ]


GENERIC_HEADER = ["Prénom", "Nom", "Courriel", "Tél", "Adresse", "Membre depuis", "Bénévole"]


def test_the_generic_guess_reads_french_headers_and_reports_every_problem(db, importer):
    path = write_csv(_tmp(db) / "membres.csv", GENERIC_HEADER, generic_rows(), delimiter=";",
                     encoding="cp1252", title=["Membres 2024"])
    shown = importer(path, date_order="dmy")
    assert shown.mapping.columns == {
        "Prénom": "first_name", "Nom": "last_name", "Courriel": "email", "Tél": "phone",
        "Adresse": "street", "Membre depuis": "member_since", "Bénévole": "is_volunteer"}
    assert shown.date_order == "dmy"  # 10/03 and 01/12 could be either: it was given
    assert shown.counts == {"create": 2, "update": 0, "unchanged": 0, "problem": 2}
    assert {(p.row, p.column, p.value): p.reason for p in shown.problems} == {
        (5, "Courriel", "ben@example.org"): "the same person as row 4 (same name and email)",
        (6, "Bénévole", "maybe"): "\u201cmaybe\u201d is not yes or no"}


def test_ambiguous_dates_ask_for_the_order_and_it_can_be_given(db, importer):
    rows = [["Ana", "Alves", "10/03/2021"], ["Ben", "Boyd", "01/12/2020"]]
    path = write_csv(_tmp(db) / "dates.csv", ["First name", "Last name", "Member since"], rows)
    with pytest.raises(people_import.DateOrderNeeded, match="--date-order"):
        importer(path)
    shown = importer(path, date_order="mdy")
    assert [c.values["member_since"] for c in shown.plan.creates] == [
        date(2021, 10, 3), date(2020, 1, 12)]
    assert mapping.detect_date_order(["10/03/2021", "25/12/2020"]) == "dmy"
    assert mapping.detect_date_order(["12/25/2020"]) == "mdy"


def test_matching_by_external_id_then_email_then_phone_then_name_and_address(
        db, importer, actor):
    home = people.create_household(actor, {"street": "9 Birch Rd", "postal_code": "H1A"}).id
    by_id = people.create_person(actor, {"first_name": "Ida", "last_name": "Ide"}).id
    models.ExternalId.create(person=by_id, system="import", value="X-1")
    by_email = people.create_person(actor, {"first_name": "Em", "email": "em@example.org"}).id
    by_phone = people.create_person(actor, {"first_name": "Pha", "phone": "+1 (555) 303-0303"}).id
    by_address = people.create_person(actor, {"first_name": "Ada", "last_name": "Adams",
                                              "household": home}).id
    same = people.create_person(actor, {"first_name": "Una", "email": "una@example.org",
                                        "notes": "Kept"}).id
    header = ["Id", "First name", "Last name", "Email", "Phone", "Address", "Postal code",
              "Notes"]
    rows = [["X-1", "Ida", "Ide", "", "", "", "", "Moved in 2024"],
            ["", "Em", "", "EM@example.org", "", "", "", "Likes jazz"],
            ["", "Pha", "", "", "5553030303", "", "", "Called back"],
            ["", "Ada", "Adams", "", "", "9 Birch Rd", "H1A", "Met at the fair"],
            ["", "Una", "", "una@example.org", "", "", "", ""]]
    shown = importer(write_csv(_tmp(db) / "update.csv", header, rows))
    matched = {r.row: (r.person_id, r.matched_by) for r in shown.rows}
    assert matched == {2: (by_id, "external id"), 3: (by_email, "email"),
                       4: (by_phone, "phone"), 5: (by_address, "name and address"),
                       6: (same, "email")}
    assert shown.counts == {"create": 0, "update": 4, "unchanged": 1, "problem": 0}
    done = imports.import_people(actor, shown.plan)
    assert (done.created, done.changed) == (0, 4)
    assert models.Person.get_by_id(by_email).notes == "Likes jazz"
    assert models.Person.get_by_id(by_email).email == "em@example.org"  # never emptied
    assert models.Person.select().count() == 5  # no second person for a match


def test_an_email_two_rows_share_never_matches_someone_on_file(db, importer, actor):
    people.create_person(actor, {"first_name": "Kim", "last_name": "Park",
                                 "email": "parks@example.org"})
    rows = [["Kim", "Park", "parks@example.org"], ["Lee", "Park", "Parks@example.org"]]
    shown = importer(write_csv(_tmp(db) / "family.csv", ["First name", "Last name", "Email"],
                               rows))
    assert shown.counts["create"] == 2 and shown.counts["update"] == 0


def test_one_import_is_one_transaction_and_one_audit_entry(db, importer, actor):
    path = write_csv(_tmp(db) / "membres.csv", GENERIC_HEADER, generic_rows()[:2])
    before = models.AuditEntry.select().count()
    done = imports.import_people(actor, importer(path, date_order="dmy").plan)
    (entry,) = models.AuditEntry.select().where(models.AuditEntry.id > before)
    assert (entry.action, entry.actor, entry.table_name, entry.row_id) == (
        "import", "Tess Tester", "import_batch", done.batch_id)
    ids = [p.id for p in models.Person.select().order_by(models.Person.id)]
    assert entry.changes["created"]["person"] == [[ids[0], ids[-1]]]  # compact: a range
    assert entry.changes["counts"]["created"] == 2
    (listed,) = imports.list_imports(actor)
    assert (listed.id, listed.file_name, listed.counts["created"]) == (done.batch_id,
                                                                        "membres.csv", 2)


def test_imported_people_are_found_by_the_search(db, importer, actor):
    rows = [[f"Zoé{i}", f"Müller{i}", f"z{i}@example.org", f"555 010 {i:04d}"]
            for i in range(600)]  # enough for the bulk path, which indexes at the end
    path = write_csv(_tmp(db) / "many.csv", ["First name", "Last name", "Email", "Phone"], rows)
    imports.import_people(actor, importer(path).plan)
    found = member_list.MemberQuery(member_list.MemberFilter(text="muller42 zoe")).rows(0, 20)
    found = [r for r in found if r.name == "Müller42, Zoé42"]
    assert [r.name for r in found] == ["Müller42, Zoé42"]
    assert member_list.MemberQuery(member_list.MemberFilter(text="5550100042")).rows(0, 5)


def test_cancel_during_the_import_leaves_nothing(db, importer, actor):
    rows = [[f"P{i}", "Test"] for i in range(2500)]
    path = write_csv(_tmp(db) / "many.csv", ["First name", "Last name"], rows)
    plan = importer(path).plan
    before = (models.Person.select().count(), models.AuditEntry.select().count())

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 2000:
            raise Cancelled()
    with pytest.raises(Cancelled):
        imports.import_people(actor, plan, progress)
    assert (models.Person.select().count(), models.AuditEntry.select().count()) == before
    assert not models.ImportBatch.select().exists()


def test_undo_removes_what_was_created_and_restores_what_was_changed(db, importer, actor):
    ann = people.create_person(actor, {"first_name": "Ann", "email": "ann@example.org",
                                       "notes": "Before", "skills": ["cooking"]}).id
    rows = [["Ann", "ann@example.org", "After", "driving"], ["Bo", "bo@example.org", "", ""]]
    path = write_csv(_tmp(db) / "u.csv", ["First name", "Email", "Notes", "Skills"], rows)
    done = imports.import_people(actor, importer(path).plan)
    assert people.get_person(actor, ann).skills == ["cooking", "driving"]
    undone = imports.undo_import(actor, done.batch_id)
    assert (undone.removed, undone.restored, undone.kept) == (1, 1, [])
    record = people.get_person(actor, ann)
    assert (record.notes, record.skills) == ("Before", ["cooking"])
    assert not models.Person.select().where(models.Person.first_name == "Bo").exists()
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first()
    assert (entry.action, entry.row_id) == ("import_undo", done.batch_id)
    with pytest.raises(imports.AlreadyUndone):
        imports.undo_import(actor, done.batch_id)


def test_undo_keeps_and_lists_rows_edited_since(db, importer, actor):
    rows = [["Ann", "Lee"], ["Bo", "Berg"], ["Cy", "Cole"]]
    path = write_csv(_tmp(db) / "u.csv", ["First name", "Last name"], rows)
    done = imports.import_people(actor, importer(path).plan)
    bo = models.Person.get(models.Person.first_name == "Bo")
    people.update_person(actor, bo.id, bo.version, {"notes": "Called, keeps helping"})
    cy = models.Person.get(models.Person.first_name == "Cy")
    people.create_household(actor, {"name": "x"})
    models.Payment.create(person=cy.id, amount_cents=2000, paid_on=date(2026, 1, 1),
                          period_start=date(2026, 1, 1), period_end=date(2026, 12, 31))
    undone = imports.undo_import(actor, done.batch_id)
    assert undone.removed == 1
    assert [(k.row_id, k.name, k.reason) for k in undone.kept] == [
        (bo.id, "Bo Berg", imports.EDITED), (cy.id, "Cy Cole", imports.IN_USE)]
    assert models.Person.get_by_id(bo.id).notes == "Called, keeps helping"


def test_a_volunteer_may_not_import(db, importer, volunteer):
    path = write_csv(_tmp(db) / "v.csv", ["First name"], [["Ann"]])
    with pytest.raises(PermissionDenied):
        imports.import_people(volunteer, importer(path).plan)
    assert not models.Person.select().exists()


def test_an_unknown_preset_and_a_map_to_no_field_are_clear_errors(db, importer):
    path = write_csv(_tmp(db) / "p.csv", ["Nom", "Courriel"], [["Lee", "a@example.org"]])
    with pytest.raises(presets.UnknownPreset, match="there is no preset salesforce; the "
                                                    "presets are: generic, civicrm"):
        importer(path, "salesforce")
    with pytest.raises(mapping.UnknownField, match="emial is not a field"):
        importer(path, "generic", "Courriel=emial")
    with pytest.raises(mapping.UnknownColumn, match="the file has no column Mail"):
        importer(path, "generic", "Mail=email")
    shown = importer(path, "generic", "courriel=", "Nom=first_name")  # any case, or skip
    assert shown.mapping.columns == {"Nom": "first_name", "Courriel": None}


def test_a_saved_preset_maps_the_next_file_the_same_way(db, importer, actor):
    path = write_csv(_tmp(db) / "p.csv", ["Surnom", "Mél"], [["Lee", "a@example.org"]])
    shown = importer(path, "generic", "Surnom=last_name", "Mél=email")
    imports.save_preset(actor, "Our sheet", presets.as_saved(shown.mapping))
    assert "Our sheet" in presets.names()
    again = importer(path, "Our sheet")
    assert again.mapping.columns == {"Surnom": "last_name", "Mél": "email"}

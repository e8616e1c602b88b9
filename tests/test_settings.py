"""The association's own settings: checked, saved together with one audit entry, and
printed by every report; names on paper; labels addressed to the household."""

from __future__ import annotations

import io
from datetime import datetime, time

import pytest
from PIL import Image

from civicdesk import clock as the_clock
from civicdesk import settings
from civicdesk.data import models
from civicdesk.demo import generate
from civicdesk.reports import base, catalog, labels
from civicdesk.services import people, preferences, report_data
from civicdesk.services.errors import ValidationError

from report_helpers import pages_text, reader, text

pytestmark = pytest.mark.dates
NOW = datetime.combine(the_clock.today(), time(10, 30))
NAME = "Łódź Street Tenants' Union"


def _audits() -> int:
    return models.AuditEntry.select().where(models.AuditEntry.table_name == "setting").count()


def test_settings_saved_together_are_one_audit_entry_naming_the_actor(db, actor):
    preferences.update_settings(actor, {
        "association_name": NAME, "association_email": "desk@example.org",
        "currency": "cad", "country": "ca", "dues_amount_cents": 2500,
        "idle_lock_minutes": 0, "paper": "a4"})
    entry = models.AuditEntry.select().where(models.AuditEntry.table_name == "setting").get()
    assert entry.actor == actor.name
    assert entry.changes["association_name"] == ["Neighborhood Association", NAME]
    assert (settings.get("currency"), settings.get("country"), settings.get("paper")) == (
        "CAD", "CA", "a4")
    preferences.update_settings(actor, {"association_name": NAME})  # nothing changed
    assert _audits() == 1


@pytest.mark.parametrize("name, value, says", [
    ("timezone", "Mars/Olympus_Mons", "is not a time zone"),
    ("association_email", "john..doe@@example", "is not an email address"),
    ("dues_amount_cents", -500, "at least 0"),
    ("idle_lock_minutes", -1, "at least 0"),
    ("country", "XX", "is not a country code"),
    ("currency", "dollars", "is not a currency code"),
    ("association_website", "my site", "is not a web address"),
    ("paper", "legal", "is not one of"),
    ("association_name", "   ", "This is required"),
    ("backup_folder_2", "/no/such/folder/anywhere", "There is no folder"),
    ("logo", "/no/such/logo.png", "There is no file"),
])
def test_a_bad_value_is_named_and_nothing_is_saved(db, actor, name, value, says):
    with pytest.raises(ValidationError) as refused:
        preferences.update_settings(actor, {"association_name": NAME, name: value})
    problems = refused.value.for_field(name)
    assert problems and says in str(problems[0].message), str(refused.value)
    assert settings.get("association_name") == "Neighborhood Association"  # not half saved
    assert _audits() == 0


def test_several_bad_values_are_all_named_at_once(db, actor):
    with pytest.raises(ValidationError) as refused:
        preferences.update_settings(actor, {"timezone": "Nowhere/City",
                                            "association_email": "desk", "currency": "1"})
    assert {p.field for p in refused.value.problems} == {"timezone", "association_email",
                                                         "currency"}


def test_the_time_zone_setting_is_the_association_clock(db, actor, clock):
    preferences.update_setting(actor, "timezone", "Pacific/Auckland")
    assert str(the_clock.zone()) == "Pacific/Auckland"


def test_a_logo_is_checked_scaled_and_kept_in_the_file(db, actor, tmp_path):
    big = tmp_path / "logo.jpg"
    Image.new("RGB", (3000, 1500), (30, 90, 160)).save(big)
    preferences.update_setting(actor, "logo", str(big))
    big.unlink()  # the report needs the file no more: the database holds the picture
    with Image.open(io.BytesIO(settings.logo_png())) as stored:
        assert stored.format == "PNG" and stored.size == (600, 300)
    entry = models.AuditEntry.select().where(models.AuditEntry.table_name == "setting").get()
    assert "picture" in entry.changes["logo"][1]  # not kilobytes of base64 in the log
    pdf = catalog.build("directory", {}, actor, invariant=True)
    assert len(reader(pdf).pages[0].images) == 1


def test_a_file_that_is_not_a_picture_is_refused_as_a_logo(db, actor, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("this is a letter, not a picture")
    with pytest.raises(ValidationError, match="not a picture CivicDesk can read"):
        preferences.update_setting(actor, "logo", str(fake))
    assert settings.logo_png() == b""


def test_the_paper_defaults_from_the_country_then_the_locale(db, actor, monkeypatch):
    monkeypatch.setattr(settings, "_locale_country", "DE")
    assert (settings.get("country"), settings.get("paper")) == ("DE", "a4")
    assert catalog.clean_options("labels", {}, NOW.date())["layout"] == "l7163"
    preferences.update_setting(actor, "country", "US")
    assert settings.get("paper") == "letter"
    preferences.update_setting(actor, "paper", "a4")  # a choice made stays made
    assert settings.get("paper") == "a4"
    width, height = reader(catalog.build("directory", {}, actor)).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (595, 842)


# Every report prints the association's own name -------------------------------------------

def _demo(actor):
    generate.generate(200, seed=5, today=NOW.date(), actor=actor)


@pytest.fixture
def town(db, actor, from_template):
    from_template(_demo, actor)
    preferences.update_settings(actor, {
        "association_name": NAME, "association_address": "12 Elm Road\nSpringfield",
        "association_phone": "+1 555 232 4682", "association_website": "elmroad.example"})
    return db


def _options(name):
    from test_reports import _demo_options  # the same choices as the demo-data tests

    return _demo_options().get(name, {})


@pytest.mark.parametrize("name", list(catalog.REPORTS))
def test_every_report_prints_the_associations_own_name(town, actor, name):
    pdf = catalog.build(name, _options(name), actor, now=NOW.replace(tzinfo=the_clock.zone()),
                        invariant=True)
    first = pages_text(pdf)[0]
    assert "Nothing to report" not in first
    assert NAME in first
    assert "Neighborhood Association" not in text(pdf)
    assert reader(pdf).metadata.author == NAME


def test_the_hours_statement_is_signed_for_the_association_with_its_address(town, actor):
    options = _options("statement")
    pdf = text(catalog.build("statement", {**options, "signer": "Ana Ruiz"}, actor))
    assert f"volunteered with {NAME}" in pdf.replace("\n", " ")
    assert "12 Elm Road" in pdf and "+1 555 232 4682" in pdf
    person = models.Person.get_by_id(options["person"])
    assert people.formal_name(person.first_name, person.last_name) in pdf


def test_the_subject_access_report_prints_the_associations_name(town, actor):
    from civicdesk.reports.subject_access import SubjectAccessReport
    from civicdesk.services import subject_access

    pid = models.Person.select().first().id
    pdf = SubjectAccessReport(catalog.letterhead(NOW), report_data.default_paper()).render(
        subject_access.gather(actor, pid))
    assert NAME in pages_text(pdf)[0]


# Names on paper -----------------------------------------------------------------------------

@pytest.mark.parametrize("first, last, preferred, shown, formal", [
    ("Robert", "Smith", "Bob", 'Robert "Bob" Smith', "Robert Smith"),
    ("Robert", "Smith", "", "Robert Smith", "Robert Smith"),
    ("Robert", "Smith", "robert", "Robert Smith", "Robert Smith"),
    ("", "Smith", "Bob", "Bob Smith", "Bob Smith"),
    ("伟", "吴", "", "伟 吴", "伟 吴"),
])
def test_names_are_first_and_last_with_the_preferred_name_only_where_it_differs(
        first, last, preferred, shown, formal):
    assert people.display_name(first, last, preferred) == shown
    assert people.formal_name(first, last, preferred) == formal


def _person(actor, household, first, last, preferred="", status="member"):
    return people.create_person(actor, {
        "first_name": first, "last_name": last, "preferred_name": preferred,
        "household": household, "membership_status": status, "member_number": first[:3]}).id


def _household(actor, name, street):
    return people.create_household(actor, {"name": name, "street": street,
                                           "city": "Springfield"}).id


def test_cards_rosters_and_labels_print_first_and_last_names(db, actor):
    home = _household(actor, "", "1 Oak Avenue")
    _person(actor, home, "Robert", "Smith", "Bob")
    cards = text(catalog.build("cards", {}, actor))
    roster = text(catalog.build("roster", {}, actor))
    sheet = text(catalog.build("labels", {}, actor))
    assert "Robert Smith" in cards and "Bob" not in cards
    assert 'Robert "Bob" Smith' in roster
    assert "Robert Smith" in sheet and "Bob" not in sheet


def test_labels_address_the_household_never_the_same_name_twice(db, actor):
    wu = _household(actor, "吴", "2 Elm Road")  # the demo's households are named so
    _person(actor, wu, "伟", "吴", "Sam")
    _person(actor, wu, "芳", "吴", "Sam")
    garcia = _household(actor, "", "3 Calle Mayor")
    _person(actor, garcia, "José", "García")
    _person(actor, garcia, "María", "García")
    pair = _household(actor, "", "4 Maple Street")
    _person(actor, pair, "Ana", "Ruiz")
    _person(actor, pair, "John", "Doe")
    named = _household(actor, "Maple House Co-op", "5 Maple Street")
    for first in ("Ann", "Ben", "Cy"):
        _person(actor, named, first, first + "son")
    sheet = " ".join(text(catalog.build("labels", {}, actor)).split())
    assert "The 吴 family" in sheet and "Sam" not in sheet and "伟 吴 &" not in sheet
    assert "The García family" in sheet
    assert "John Doe & Ana Ruiz" in sheet  # in the order of their sort names
    assert "Maple House Co-op" in sheet and "Annson" not in sheet


def test_labels_addressee_rules():
    report = labels.LabelsReport(base.Letterhead("A", NOW))
    row = report_data.LabelRow
    assert report.addressee(row(1, "", ("Robert Smith",), (), ("Smith",))) == "Robert Smith"
    assert report.addressee(row(1, "Smith", ("A Smith", "B Smith"), (), ("Smith",))) == \
        "The Smith family"
    assert report.addressee(row(1, "", ("A Lee", "B Kim", "C Wu"), (), ("Lee", "Kim", "Wu"))) \
        == "A Lee household"


def test_demo_people_go_by_their_own_short_names_and_few_of_them(db, actor):
    generate.generate(600, seed=2, today=NOW.date(), actor=actor)
    P = models.Person
    rows = list(P.select(P.first_name, P.preferred_name).tuples())
    nicknamed = [(first, preferred) for first, preferred in rows if preferred]
    assert 0 < len(nicknamed) < len(rows) * 0.15
    from civicdesk.demo import names

    assert all(preferred in names.NICKNAMES[first] for first, preferred in nicknamed)
    assert sum(p == "Sam" for _, p in nicknamed) == 0


def test_labels_leave_out_whoever_asked_for_no_post(db, actor):
    """An import keeps CiviCRM's "Do Not Mail" as an interest; no label goes to them, and a
    household where everyone asked so gets none."""
    from civicdesk.exchange import mapping
    from civicdesk.i18n import Message
    from civicdesk.services import people, vocabulary

    assert str(Message("Import", mapping.FLAG_TAGS["do_not_mail"])) == vocabulary.DO_NOT_MAIL
    quiet = _household(actor, "", "7 Quiet Lane")
    people.create_person(actor, {"first_name": "Una", "last_name": "Post", "household": quiet,
                                 "membership_status": "member",
                                 "interests": [vocabulary.DO_NOT_MAIL]})
    shared = _household(actor, "", "8 Shared Road")
    people.create_person(actor, {"first_name": "Noel", "last_name": "Mail",
                                 "household": shared, "membership_status": "member",
                                 "interests": [vocabulary.DO_NOT_MAIL]})
    people.create_person(actor, {"first_name": "Yes", "last_name": "Mail",
                                 "household": shared, "membership_status": "member"})
    sheet = " ".join(text(catalog.build("labels", {}, actor)).split())
    assert "Quiet Lane" not in sheet and "Una" not in sheet
    assert "Shared Road" in sheet and "Yes Mail" in sheet and "Noel" not in sheet

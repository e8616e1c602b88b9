"""Phone numbers by the book: E.164 kept beside what was typed, found in any format, and the
duplicate check comparing numbers, not spellings (#15)."""

import locale
import shutil
from pathlib import Path

import pytest

from civicdesk import phones, settings
from civicdesk.data import database, models, search
from civicdesk.services import duplicates, member_list, people

SAME = ["+1 555 232 4682", "5552324682", "(555) 232-4682", "555.232.4682", "1-555-232-4682"]


@pytest.fixture(autouse=True)
def in_the_us():
    phones.set_region("US")
    yield
    phones.set_region("US")


@pytest.mark.parametrize("typed", SAME)
def test_every_format_of_one_number_has_one_e164_form(typed):
    assert phones.e164(typed) == "+15552324682"


@pytest.mark.parametrize("typed", ["555 232", "12", "call me", "", "+1 555"])
def test_what_is_not_a_whole_number_has_no_e164_form(typed):
    assert phones.e164(typed) == ""


def test_the_country_decides_numbers_typed_without_a_plus():
    phones.set_region("gb")
    assert phones.e164("020 7946 0958") == "+442079460958"
    assert phones.e164("+1 555 232 4682") == "+15552324682"
    phones.set_region("XX")  # unknown: the default
    assert phones.region() == phones.DEFAULT_REGION


def test_without_a_country_setting_the_locale_decides(db, monkeypatch):
    monkeypatch.setattr(settings, "_locale_country", "GB")
    assert settings.phone_country() == "GB"
    monkeypatch.setattr(settings, "_locale_country", "")
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *a: (None, None))
    assert settings.phone_country() == "US"


def test_the_person_keeps_what_was_typed_and_its_e164_form(db, actor):
    pid = people.create_person(actor, {"first_name": "Ana", "last_name": "Ruiz",
                                       "phone": "(555) 232-4682", "mobile": "555 232"}).id
    row = models.Person.get_by_id(pid)
    assert (row.phone, row.phone_e164) == ("(555) 232-4682", "+15552324682")
    assert (row.mobile, row.mobile_e164) == ("555 232", "")
    people.update_person(actor, pid, row.version, {"phone": "+44 20 7946 0958"})
    assert models.Person.get_by_id(pid).phone_e164 == "+442079460958"


def _numbers(actor):
    with models.database.atomic():
        return {typed: people.create_person(actor, {"first_name": "P", "last_name": str(i),
                                                    "phone": typed}).id
                for i, typed in enumerate(["(555) 232-4682", "+1 555 777 0001", "555-1234"])}


@pytest.mark.parametrize("stored", ["(555) 232-4682", "+1 555 777 0001"])
@pytest.mark.parametrize("shape", [lambda d: f"+1 {d[:3]} {d[3:6]} {d[6:]}", lambda d: d,
                                   lambda d: f"({d[:3]}) {d[3:6]}-{d[6:]}"])
def test_any_format_finds_the_same_person_in_the_list(db, actor, from_template, stored, shape):
    ids = from_template(_numbers, actor)
    digits = phones.e164(stored)[2:]
    query = member_list.MemberQuery(member_list.MemberFilter(text=shape(digits)))
    assert [row.id for row in query.rows(0, 10)] == [ids[stored]]
    assert search.matching_ids(db, shape(digits)) == [ids[stored]]


def test_a_number_that_does_not_parse_is_still_found_by_its_digits(db, actor, from_template):
    ids = from_template(_numbers, actor)
    assert search.matching_ids(db, "5551234") == [ids["555-1234"]]
    assert search.matching_ids(db, "555-1234") == [ids["555-1234"]]


@pytest.mark.parametrize("typed", SAME)
def test_the_duplicate_check_compares_the_numbers(db, actor, from_template, typed):
    ids = from_template(_numbers, actor)
    (match,) = duplicates.likely_duplicates({"first_name": "Someone", "last_name": "Else",
                                             "phone": typed})
    assert match.id == ids["(555) 232-4682"] and match.reasons == ("phone",)


def test_upgrading_a_version_5_file_fills_the_e164_forms(tmp_path):
    path = tmp_path / "civicdesk.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v5.db", path)
    db = database.open_database(path)
    try:
        zoe = models.Person.get(first_name="Zoë")
        assert (zoe.phone, zoe.phone_e164) == ("(555) 123-4567", "+15551234567")
        assert search.matching_ids(db, "+1 555 123 4567") == [zoe.id]
    finally:
        database.close_database(db)

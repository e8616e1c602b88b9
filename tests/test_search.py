"""The people search index: accents folded, prefixes, phones, streets, kept current."""

import pytest

from civicdesk.data import backend, integrity, models, search
from civicdesk.services import people


def _town(actor):
    with models.database.atomic():  # one commit for the whole set-up
        home = people.create_household(actor, {"street": "12 Maple Street", "postal_code": "10101",
                                               "city": "Springfield"}).id
        ids = {}
        for key, values in {
            "zoe": {"first_name": "Zoë", "last_name": "Lefèvre", "household": home},
            "muller": {"first_name": "Jürgen", "last_name": "Müller", "phone": "(555) 123-4567"},
            "ivan": {"first_name": "Иван", "last_name": "Петров", "email": "ivan@example.org"},
            "wang": {"first_name": "小明", "last_name": "王"},
            "arabic": {"first_name": "محمد", "last_name": "العلي"},
            "greek": {"first_name": "Ελένη", "last_name": "Οικονόμου"},
            "polish": {"first_name": "Łukasz", "last_name": "Dąbrowski"},
            "turkish": {"first_name": "Şükrü", "last_name": "Yılmaz"},
            "viet": {"first_name": "Thảo", "last_name": "Đặng"},
            "danish": {"first_name": "Søren", "last_name": "Große"},
        }.items():
            ids[key] = people.create_person(actor, values).id
    return ids | {"home": home}


@pytest.fixture
def town(db, actor, from_template):
    return from_template(_town, actor)


@pytest.mark.parametrize("typed, who", [
    ("zoe", "zoe"), ("Zoë", "zoe"), ("ZOE lef", "zoe"), ("lefevre", "zoe"),
    ("muller", "muller"), ("MÜL", "muller"), ("jurg", "muller"),
    ("555123", "muller"), ("(555) 123", "muller"), ("4567", "muller"),
    ("ivan@example", "ivan"), ("иван", "ivan"), ("ПЕТ", "ivan"),
    ("王", "wang"), ("محمد", "arabic"), ("ελενη", "greek"),
    ("lukasz", "polish"), ("dabrow", "polish"), ("yilmaz", "turkish"), ("sukru", "turkish"),
    ("dang thao", "viet"), ("soren", "danish"), ("grosse", "danish"),
    ("maple", "zoe"), ("10101", "zoe"),
])
def test_typing_finds_the_person(db, town, typed, who):
    assert search.matching_ids(db, typed) == [town[who]]


@pytest.mark.parametrize("typed", ["", "   ", "---", '"', "*", "zoe AND"])
def test_odd_input_finds_nothing_or_something_but_never_fails(db, town, typed):
    assert isinstance(search.matching_ids(db, typed), list)


def test_renaming_updates_the_index(db, town, actor):
    person = models.Person.get_by_id(town["muller"])
    people.update_person(actor, person.id, person.version, {"last_name": "Schmidt"})
    assert search.matching_ids(db, "muller") == []
    assert search.matching_ids(db, "schmidt") == [person.id]


def test_a_new_street_is_found_for_every_member(db, town, actor):
    home = models.Household.get_by_id(town["home"])
    people.update_household(actor, home.id, home.version, {"street": "3 Oak Avenue"})
    assert search.matching_ids(db, "maple") == []
    assert search.matching_ids(db, "oak") == [town["zoe"]]


def test_moving_to_a_household_makes_its_street_searchable(db, town, actor):
    person = models.Person.get_by_id(town["ivan"])
    people.update_person(actor, person.id, person.version, {"household": town["home"]})
    assert sorted(search.matching_ids(db, "maple")) == sorted([town["zoe"], town["ivan"]])


def test_deleting_a_person_removes_them_from_the_index(db, town):
    models.Person.delete_by_id(town["wang"])
    assert search.matching_ids(db, "王") == []
    assert integrity.check(db).ok


def test_the_check_notices_an_index_out_of_step(db, town):
    backend.execute(db, f"DELETE FROM {search.TABLE} WHERE rowid = ?", (town["zoe"],))
    backend.execute(db, f"UPDATE {search.TABLE} SET name = 'x' WHERE rowid = ?", (town["ivan"],))
    problems = search.inconsistencies(db)
    assert f"search index: person {town['zoe']} is missing" in problems
    assert f"search index: person {town['ivan']} is out of date" in problems
    search.rebuild(db)
    assert search.inconsistencies(db) == []


def _households(db, typed: str) -> list[int]:
    from civicdesk.services import household_list

    return [row.id for row in household_list.HouseholdQuery(typed).rows(0, 50)]


def test_a_household_nobody_lives_in_is_found_by_its_name_or_address(db, actor):
    empty = people.create_household(actor, {"name": "Nguyễn family", "street": "3 Birkenweg",
                                            "postal_code": "20202", "city": "Łódź"}).id
    for typed in ("nguyen", "NGUYỄN fam", "birken", "20202", "lodz"):
        assert _households(db, typed) == [empty], typed
    household = models.Household.get_by_id(empty)
    people.update_household(actor, empty, household.version, {"name": "Tran family"})
    assert _households(db, "nguyen") == [] and _households(db, "tran") == [empty]
    models.Household.delete_by_id(empty)
    assert _households(db, "tran") == []
    assert integrity.check(db).ok


def test_the_check_notices_a_household_index_out_of_step(db, actor):
    first = people.create_household(actor, {"name": "Ames", "street": "1 Oak"}).id
    second = people.create_household(actor, {"name": "Bell", "street": "2 Oak"}).id
    backend.execute(db, f"DELETE FROM {search.HOUSEHOLD_TABLE} WHERE rowid = ?", (first,))
    backend.execute(db, f"UPDATE {search.HOUSEHOLD_TABLE} SET text = 'x' WHERE rowid = ?",
                    (second,))
    problems = search.inconsistencies(db)
    assert f"search index: household {first} is missing" in problems
    assert f"search index: household {second} is out of date" in problems
    search.rebuild(db)
    assert search.inconsistencies(db) == []


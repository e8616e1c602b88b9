"""The people and household lists' queries: filters, sort orders and paging agree."""

from datetime import date, timedelta

import pytest

from civicdesk.data import models
from civicdesk.demo import generate
from civicdesk.services import duplicates, household_list, member_list, payments, people
from civicdesk.services.member_list import MemberFilter, MemberQuery

pytestmark = pytest.mark.dates

TODAY = date(2026, 3, 1)


def _town(actor):
    """A few people whose every filter answer is known."""
    with models.database.atomic():  # one commit for the whole set-up
        home = people.create_household(actor, {"name": "Müller", "street": "5 Elm Road"}).id
        make = lambda **v: people.create_person(actor, v).id  # noqa: E731
        ids = {
            "zoe": make(first_name="Zoë", last_name="Müller", household=home,
                        membership_status="member", languages=["German", "English"]),
            "zack": make(first_name="Zack", last_name="Muller", is_volunteer=True,
                         phone="555-1234", skills=["driving"], languages=["Spanish"]),
            "ann": make(first_name="Ann", last_name="Abbott", membership_status="lapsed",
                        email="ann@example.org"),
            "old": make(first_name="Otto", last_name="Old", membership_status="member"),
        }
        people.set_archived(actor, ids["old"], 1, True)
        payments.record_payment(actor, {"person": ids["zoe"], "amount_cents": 2000,
                                        "paid_on": TODAY, "period_start": TODAY,
                                        "period_end": TODAY + timedelta(days=365)})
    return ids | {"home": home}


@pytest.fixture
def town(db, actor, from_template):
    """The rows of `_town`, made once for this file and copied into the test's db."""
    return from_template(_town, actor)


def listed(db, **filters) -> list[int]:
    query = MemberQuery(MemberFilter(today=TODAY, **filters))
    return [r.id for r in query.rows(0, 100)]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["ann", "zack", "zoe"]),
    ({"text": "zoe"}, ["zoe"]),
    ({"text": "muller"}, ["zack", "zoe"]),
    ({"text": "MÜL"}, ["zack", "zoe"]),
    ({"text": "elm"}, ["zoe"]),
    ({"text": "555 12"}, ["zack"]),
    ({"status": "member"}, ["zoe"]),
    ({"volunteer": True}, ["zack"]),
    ({"volunteer": False}, ["ann", "zoe"]),
    ({"dues_overdue": True}, ["ann"]),
    ({"skill": "Driving"}, ["zack"]),
    ({"language": "German"}, ["zoe"]),
    ({"archived": "archived"}, ["old"]),
    ({"archived": "all"}, ["ann", "zack", "zoe", "old"]),
    ({"archived": "all", "status": "member"}, ["zoe", "old"]),
    ({"text": "muller", "volunteer": False}, ["zoe"]),
    ({"text": "muller", "language": "Spanish", "volunteer": True}, ["zack"]),
])
def test_filters_combine(db, town, filters, expected):
    assert listed(db, **filters) == [town[k] for k in expected]
    assert MemberQuery(MemberFilter(today=TODAY, **filters)).count() == len(expected)


@pytest.mark.parametrize("archived, expected", [("current", 3), ("archived", 1), ("all", 4)])
def test_the_count_leaves_out_archived_people_unless_asked(db, town, actor, archived,
                                                             expected):
    assert MemberQuery(MemberFilter(archived=archived)).count() == expected
    people.set_archived(actor, town["ann"], 1, True)
    moved = {"current": -1, "archived": 1, "all": 0}[archived]
    assert MemberQuery(MemberFilter(archived=archived)).count() == expected + moved


def test_rows_carry_what_the_list_shows(db, town):
    (row,) = MemberQuery(MemberFilter(text="zoe")).rows(0, 10)
    assert row.name == "Müller, Zoë"
    assert row.address == "5 Elm Road"
    assert row.languages == ["German", "English"]
    assert row.dues_paid_until == TODAY + timedelta(days=365)
    assert not row.dues_overdue(TODAY)


@pytest.fixture(scope="module")
def crowd_file(tmp_path_factory):
    """300 demo people: enough for several pages in every order."""
    from civicdesk import paths
    from civicdesk.data import database

    folder = tmp_path_factory.mktemp("crowd")
    paths.set_data_dir(folder)
    db = database.open_database(folder / "civicdesk.db")
    generate.generate(300, seed=3)
    yield db
    database.close_database(db)
    paths.set_data_dir(None)


@pytest.fixture
def crowd(crowd_file):
    """The crowd's database, as the one the read models use (another test of the module may
    have opened its own since)."""
    models.database.initialize(crowd_file)
    return crowd_file


def _all_ids(db, sort, descending):
    everyone = MemberQuery(MemberFilter(archived="all"), sort, descending)
    return everyone, [r.id for r in everyone.rows(0, 10_000)]


@pytest.mark.parametrize("sort", member_list.SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_every_way_of_paging_gives_the_same_rows(crowd, sort, descending):
    query, expected = _all_ids(crowd, sort, descending)
    assert len(expected) == query.count() == 300
    by_offset = [r.id for start in range(0, 300, 40) for r in query.rows(start, 40)]
    assert by_offset == expected
    forward, page = [], query.rows(0, 40)
    while page:
        forward += [r.id for r in page]
        page = query.rows(len(forward), 40, after=page[-1].key)
    assert forward == expected
    backward, page = [], query.rows(260, 40)
    while page:
        backward = [r.id for r in page] + backward
        start = 300 - len(backward) - 40
        page = query.rows(max(start, 0), 40 + min(start, 0), before=page[0].key)
    assert backward == expected
    for row_number in (0, 123, 299):
        assert query.position(expected[row_number]) == row_number


def _first_page_plan(db, sort, descending) -> str:
    """SQLite's plan for the first page of the list in this order, as one string."""
    seen = []
    original = db.execute_sql
    db.execute_sql = lambda sql, params=None: seen.append((sql, params)) or original(sql, params)
    try:
        MemberQuery(MemberFilter(), sort, descending).rows(0, 50)
    finally:
        del db.execute_sql
    sql, params = next((sql, params) for sql, params in seen if "ORDER BY" in sql)
    return " | ".join(row[-1] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))


@pytest.mark.parametrize("sort", [s for s in member_list.SORTABLE if s != "address"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.sqlite_only("SQLite's query plans (EXPLAIN QUERY PLAN)")
def test_the_first_page_of_any_sort_walks_an_index_instead_of_sorting_everyone(
        crowd, sort, descending):
    # With 100,000 people a full sort took 30-80 ms per click on a column header.
    plan = _first_page_plan(crowd, sort, descending)
    assert "TEMP B-TREE" not in plan, plan
    assert "INDEX person_" in plan, plan


def test_sorting_by_name_follows_folded_last_names(crowd):
    query, ids = _all_ids(crowd, "name", False)
    names = [r.key[0] for r in query.rows(0, 300)]
    assert names == sorted(names)


def test_a_person_left_out_by_the_filter_has_no_position(db, town):
    query = MemberQuery(MemberFilter())
    assert query.position(town["old"]) is None
    assert query.position(town["zoe"]) == 2


def test_households_are_found_through_their_members(db, town, actor):
    query = household_list.HouseholdQuery("zoe")
    (row,) = query.rows(0, 10)
    assert row.id == town["home"] and row.label == "Müller \u2014 5 Elm Road"
    assert [m.name for m in row.members] == ["Zoë Müller"]
    assert household_list.HouseholdQuery("").count() == 1
    people.set_household_archived(actor, town["home"], 1, True)
    assert household_list.HouseholdQuery("").count() == 0
    assert household_list.HouseholdQuery("", include_archived=True).count() == 1


@pytest.mark.parametrize("values, reasons", [
    ({"first_name": "Zoe", "last_name": "MULLER"}, ("name",)),
    ({"first_name": "Someone", "last_name": "Else", "email": "ANN@example.org"}, ("email",)),
    ({"first_name": "X", "last_name": "Y", "mobile": "(555) 1234"}, ("phone",)),
    ({"first_name": "Zoe", "last_name": "Muller", "email": "new@example.org"}, ("name",)),
])
def test_duplicates_are_found_by_name_email_or_phone(db, town, values, reasons):
    found = duplicates.likely_duplicates(values)
    assert len(found) == 1 and found[0].reasons == reasons
    assert found[0].id in (town["zoe"], town["ann"], town["zack"])


def test_no_duplicate_for_a_new_name_or_the_person_themselves(db, town):
    assert duplicates.likely_duplicates({"first_name": "Zoe", "last_name": "Smith"}) == []
    assert duplicates.likely_duplicates({"first_name": "Zoë", "last_name": "Müller"},
                                        exclude_id=town["zoe"]) == []


def test_archived_people_count_as_duplicates(db, town):
    (match,) = duplicates.likely_duplicates({"first_name": "Otto", "last_name": "Old"})
    assert match.archived and match.id == town["old"]


def test_languages_and_skills_on_file_feed_the_filters(db, town):
    known = member_list.known_tag_lists()
    assert known.languages == ["English", "German", "Spanish"]
    assert "driving" in known.skills
    assert models.Tag.get(models.Tag.name == "driving").kind == "skill"


@pytest.mark.parametrize("sort", ["name", "email", "dues"])
def test_a_search_matching_too_many_shows_the_first_ones_in_order(crowd, monkeypatch, sort):
    """A search beyond the cap lists its first SEARCH_CAP people in the chosen order, every
    way of paging agrees, and nobody past the cap claims a row."""
    full = MemberQuery(MemberFilter(text="a"), sort)
    everyone = [r.id for r in full.rows(0, 10_000)]
    assert len(everyone) > 60 and not full.capped
    monkeypatch.setattr(MemberQuery, "SEARCH_CAP", 50)
    query = MemberQuery(MemberFilter(text="a"), sort)
    assert query.count() == 50 and query.capped
    shown = [r.id for start in (0, 20, 40) for r in query.rows(start, 20)]
    assert shown == everyone[:50]
    assert [r.id for r in query.rows(40, 20, after=query.rows(39, 1)[0].key)] == everyone[40:50]
    assert query.position(everyone[49]) == 49 and query.position(everyone[50]) is None
    small = MemberQuery(MemberFilter(text=crowd_name(crowd, everyone[0])), sort)
    assert not small.capped


def crowd_name(db, person_id):
    # Straight on the crowd's own database: the models' proxy follows whichever test
    # opened a database last, and this fixture is shared by the whole module.
    return db.execute_sql("SELECT last_name FROM person WHERE id = ?", (person_id,)).fetchone()[0]

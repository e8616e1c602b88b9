"""The households search is capped like the people search, and the list sorts by an index
on the household name (#15)."""

import pytest

from civicdesk.data import models
from civicdesk.services import household_list, people


def _street(actor):
    with models.database.atomic():
        return [people.create_household(actor, {"name": f"Family {n:02d}",
                                                "street": "Maple Street"}).id
                for n in range(12)]


@pytest.fixture
def street(db, actor, from_template):
    return from_template(_street, actor)


def test_a_search_shows_at_most_the_cap_and_says_so(street, monkeypatch):
    monkeypatch.setattr(household_list.HouseholdQuery, "SEARCH_CAP", 5)
    query = household_list.HouseholdQuery("maple")
    assert (query.count(), query.capped) == (5, True)
    assert [row.id for row in query.rows(0, 50)] == street[:5]
    assert query.position(street[2]) == 2 and query.position(street[9]) is None
    narrower = household_list.HouseholdQuery("family 07")
    assert (narrower.count(), narrower.capped) == (1, False)


def test_the_whole_list_is_not_capped(street, monkeypatch):
    monkeypatch.setattr(household_list.HouseholdQuery, "SEARCH_CAP", 5)
    query = household_list.HouseholdQuery("")
    assert (query.count(), query.capped) == (12, False)


def test_counting_a_search_stops_at_the_cap(db, street, count_sql):
    with count_sql() as log:
        household_list.HouseholdQuery("m").count()
    (sql,) = [s for s in log.statements if "count(*)" in s]
    assert "LIMIT" in sql


@pytest.mark.sqlite_only("SQLite's query plans (EXPLAIN QUERY PLAN)")
def test_the_name_order_walks_the_household_name_index(db, street):
    plan = " | ".join(row[-1] for row in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM household ORDER BY name LIMIT 50"))
    assert "household_name" in plan and "TEMP B-TREE" not in plan, plan

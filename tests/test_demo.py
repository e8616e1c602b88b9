"""Demo data: deterministic, varied (cultures, statuses), and consistent."""

import re
from datetime import date, timedelta

import pytest

from civicdesk.data import integrity, models
from civicdesk.demo import generate

pytestmark = pytest.mark.dates

TODAY = date(2026, 11, 23)


def _demo():
    return generate.generate(600, seed=3, today=TODAY)


@pytest.fixture
def demo(db, from_template):
    stats = from_template(_demo)  # generated once for this file, copied into each test's db
    return stats


def test_same_seed_same_people(tmp_path):
    from civicdesk.data import database

    names = []
    for run in range(2):
        db = database.open_database(tmp_path / f"run{run}.db")
        generate.generate(80, seed=5, today=TODAY)
        names.append([(p.first_name, p.last_name, p.email) for p in models.Person.select()])
        database.close_database(db)
    assert names[0] == names[1]


def test_the_counts_are_reported(demo):
    assert demo.counts["person"] == 600 == models.Person.select().count()
    assert demo.counts["household"] == models.Household.select().count()


def test_names_come_from_many_scripts(demo):
    names = " ".join(f"{p.first_name} {p.last_name}" for p in models.Person.select())
    for script in (r"[À-ÿĀ-ž]", r"[А-я]", r"[\u0600-\u06FF]", r"[\u4E00-\u9FFF]",
                   r"[Α-ω]"):
        assert re.search(script, names), script


def test_people_vary_as_in_a_real_association(demo):
    P = models.Person
    statuses = {s for (s,) in P.select(P.membership_status).distinct().tuples()}
    assert statuses == set(models.MEMBERSHIP_STATUSES)
    assert P.select().where(P.email == "").count() > 50
    assert P.select().where(P.email != "").count() > 50
    volunteers = P.select().where(P.is_volunteer == True)  # noqa: E712
    assert volunteers.count() > 20
    with_skills = (models.PersonTag.select(models.PersonTag.person).join(models.Tag)
                   .where(models.Tag.kind == "skill").distinct().count())
    assert with_skills == volunteers.count()
    assert models.PersonLanguage.select().count() >= 600


def test_shifts_span_eight_weeks_back_and_ahead_in_every_status(demo):
    S = models.Shift
    first = S.select().order_by(S.starts_at).first().starts_at.date()
    last = S.select().order_by(S.starts_at.desc()).first().starts_at.date()
    assert TODAY - timedelta(weeks=8, days=1) <= first <= TODAY - timedelta(weeks=7)
    assert TODAY + timedelta(weeks=7) <= last <= TODAY + timedelta(weeks=8)
    statuses = {s for (s,) in models.Assignment.select(models.Assignment.status).tuples()}
    assert statuses == set(models.ASSIGNMENT_STATUSES)


def test_requests_in_every_status_with_a_matching_history(demo):
    R = models.SupportRequest
    assert {r.status for r in R.select()} == set(models.REQUEST_STATUSES)
    for request in R.select():
        lines = list(request.updates.order_by(models.RequestUpdate.at, models.RequestUpdate.id))
        assert lines[0].kind == "created"
        assert (lines[-1].new_status or "new") == request.status


def test_the_result_passes_the_integrity_check(db, demo):
    assert integrity.check(db).ok


def _indexes(db) -> list[tuple]:
    return db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                          "AND tbl_name = 'person' ORDER BY name").fetchall()


def test_a_bulk_load_builds_the_same_indexes_again_after_deferring_them(tmp_path):
    from civicdesk.data import database

    fresh = database.open_database(tmp_path / "fresh.db")
    expected = _indexes(fresh)  # as a new file has them
    database.close_database(fresh)
    loaded = database.open_database(tmp_path / "loaded.db")
    try:
        generate.generate(50, seed=1, today=TODAY)
        assert _indexes(loaded) == expected
        assert [name for name, _ in expected if name.startswith("person_list_by_")]
        plan = loaded.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM person "
                                  "ORDER BY phone, sort_name LIMIT 5").fetchall()
        assert "person_list_by_phone" in str(plan)
    finally:
        database.close_database(loaded)


def test_demo_refuses_a_database_with_people(db, demo):
    with pytest.raises(generate.DatabaseNotEmpty):
        generate.generate(5)


def test_open_requests_fall_due_around_today_so_only_a_few_are_late(demo):
    R = models.SupportRequest
    open_ = list(R.select().where(R.status.in_(("new", "assigned", "in_progress"))))
    late = [r for r in open_ if r.due_on < TODAY]
    assert open_ and len(late) < len(open_) / 2
    assert all(r.due_on <= TODAY + timedelta(days=14) for r in open_)

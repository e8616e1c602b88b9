"""The request queue, the board's columns, follow-ups due and a person's requests (reads)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from civicdesk.data import models
from civicdesk.services import people, request_lists, vocabulary
from civicdesk.services.request_lists import QueueFilter

pytestmark = pytest.mark.dates

TODAY = date(2026, 3, 14)


@pytest.fixture
def desk(db, actor):
    """Requests of every urgency and age, some overdue, some with follow-ups."""
    with models.database.atomic():  # one commit for the whole set-up
        ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Lee"}).id
        hal = people.create_person(actor, {"first_name": "Hal", "is_volunteer": True}).id
        cat = {c.name: c.id for c in models.RequestCategory.select()}
        start = datetime(2026, 3, 1, 12, tzinfo=UTC)

        def add(key, urgency, days_old, category="ride", status="new", due=None, follow=None):
            row = models.SupportRequest.create(
                requester=ann, category=cat[category], urgency=urgency, summary=key,
                status=status, assignee=hal if status in ("assigned", "in_progress", "resolved")
                else None, due_on=due, follow_up_on=follow,
                created_at=start - timedelta(days=days_old))
            return row.id

        return {"ann": ann, "hal": hal, "cat": cat, "ids": {
            "old_anytime": add("old_anytime", "anytime", 30),
            "new_today": add("new_today", "today", 1, due=TODAY - timedelta(days=1)),
            "old_today": add("old_today", "today", 5, category="groceries", status="assigned",
                             due=TODAY),
            "week": add("week", "this_week", 2, status="in_progress", follow=TODAY),
            "done": add("done", "today", 9, status="resolved", due=TODAY - timedelta(days=3),
                        follow=TODAY - timedelta(days=2)),
            "closed": add("closed", "2_days", 3, status="closed", follow=TODAY),
        }}


def _names(desk, ids):
    back = {v: k for k, v in desk["ids"].items()}
    return [back[i] for i in ids]


def test_the_queue_shows_open_requests_by_urgency_then_age(desk):
    ids = request_lists.queue_ids(QueueFilter(), TODAY)
    assert _names(desk, ids) == ["old_today", "new_today", "week", "old_anytime"]


@pytest.mark.parametrize("change, expected", [
    ({"statuses": ()}, ["done", "old_today", "new_today", "closed", "week", "old_anytime"]),
    ({"statuses": ("resolved", "closed")}, ["done", "closed"]),
    ({"category": "groceries"}, ["old_today"]),
    ({"urgency": "anytime"}, ["old_anytime"]),
    ({"assignee": "hal"}, ["old_today", "week"]),
    ({"assignee": request_lists.UNASSIGNED}, ["new_today", "old_anytime"]),
    ({"overdue": True, "statuses": ()}, ["new_today"]),  # resolved is not overdue
    ({"follow_up_due": True, "statuses": ()}, ["done", "week"]),  # closed needs none
])
def test_each_filter_narrows_the_queue(desk, change, expected):
    if change.get("category"):
        change["category"] = desk["cat"][change["category"]]
    if change.get("assignee") == "hal":
        change["assignee"] = desk["hal"]
    assert _names(desk, request_lists.queue_ids(QueueFilter(**change), TODAY)) == expected


def test_the_board_has_a_column_per_status(desk):
    columns = request_lists.board_ids(QueueFilter(statuses=("new",), urgency="today"), TODAY)
    assert list(columns) == list(models.REQUEST_STATUSES)
    named = {status: _names(desk, ids) for status, ids in columns.items()}
    assert named == {"new": ["new_today"], "assigned": ["old_today"], "in_progress": [],
                     "resolved": ["done"], "closed": [], "cancelled": []}


def test_follow_ups_due_today_include_missed_ones_first(desk):
    assert _names(desk, request_lists.follow_up_ids(TODAY)) == ["done", "week"]
    assert _names(desk, request_lists.follow_up_ids(TODAY - timedelta(days=5))) == []


def test_rows_carry_names_and_marks(desk):
    rows = request_lists.rows_by_id(desk["ids"].values())
    row = rows[desk["ids"]["week"]]
    assert (row.requester_name, row.assignee_name, row.category_name, row.status) == (
        "Ann Lee", "Hal", "ride", "in_progress")
    assert rows[desk["ids"]["new_today"]].overdue(TODAY)
    assert not rows[desk["ids"]["old_today"]].overdue(TODAY)  # due today is not late yet
    assert rows[desk["ids"]["week"]].follow_up_due(TODAY)
    assert not rows[desk["ids"]["closed"]].follow_up_due(TODAY)


def test_a_person_sees_what_they_asked_for_and_what_they_helped_with(desk, actor):
    made, helped = request_lists.person_requests(desk["ann"])
    assert len(made) == 6 and helped == []
    assert made[0].summary == "new_today"  # newest first
    made, helped = request_lists.person_requests(desk["hal"])
    assert made == [] and [r.summary for r in helped] == ["week", "old_today", "done"]


def test_many_ids_are_fetched_in_chunks(db, actor):
    with models.database.atomic():  # one commit for Ann and her 1,203 requests, not 1,204
        ann = people.create_person(actor, {"first_name": "Ann"}).id
        for i in range(1203):
            models.SupportRequest.create(requester=ann, category=1, summary=f"r{i}")
    ids = request_lists.queue_ids(QueueFilter())
    assert len(request_lists.rows_by_id(ids)) == 1203
    assert vocabulary.URGENCY_RANK["today"] == 0


def test_board_columns_are_capped_but_counted(desk):
    columns = request_lists.board_ids(QueueFilter(), TODAY, limit=1)
    counts = request_lists.board_counts(QueueFilter(), TODAY)
    assert _names(desk, columns["new"]) == ["new_today"]  # the most urgent of the two
    assert counts == {"new": 2, "assigned": 1, "in_progress": 1, "resolved": 1, "closed": 1,
                      "cancelled": 0}
    assert request_lists.board_counts(QueueFilter(urgency="today"), TODAY)["new"] == 1

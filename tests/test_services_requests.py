"""Support requests: intake validation, the workflow, helpers, history lines, privacy."""

import pytest

from civicdesk.data import models
from civicdesk.services import people, requests
from civicdesk.services.errors import PermissionDenied, ValidationError


@pytest.fixture
def neighbour(db, actor):
    return people.create_person(actor, {"first_name": "Amina", "last_name": "Warsame"}).id


@pytest.fixture
def helper(db, actor):
    return people.create_person(actor, {"first_name": "Hal", "is_volunteer": True}).id


def _ride(actor, requester, **extra):
    category = models.RequestCategory.get(name="ride").id
    return requests.create_request(actor, {"requester": requester, "category": category,
                                           "summary": "Ride to the clinic", **extra})


@pytest.mark.parametrize("missing", ["requester", "summary", "category"])
def test_a_request_needs_requester_category_and_summary(db, actor, neighbour, missing):
    values = {"requester": neighbour, "category": 1, "summary": "Groceries"}
    values.pop(missing)
    with pytest.raises(ValidationError) as caught:
        requests.create_request(actor, values)
    assert caught.value.field == missing and "required" in str(caught.value)
    assert models.SupportRequest.select().count() == 0


def test_a_new_request_starts_with_a_history_line(db, actor, neighbour):
    rid = _ride(actor, neighbour).id
    (line,) = requests.history(rid)
    assert (line.kind, line.new_status, line.actor) == ("created", "new", "Tess Tester")


def test_the_whole_workflow_leaves_a_history(db, actor, neighbour, helper):
    r = _ride(actor, neighbour)
    r = requests.assign(actor, r.id, r.version, helper, reason="Has a car")
    assert models.SupportRequest.get_by_id(r.id).status == "assigned"
    r = requests.move(actor, r.id, r.version, "in_progress")
    r = requests.move(actor, r.id, r.version, "resolved", "Driven there and back")
    r = requests.move(actor, r.id, r.version, "in_progress", "Needs a ride back next week")
    requests.add_note(actor, r.id, "Called her daughter")
    kinds = [(h.kind, h.old_status, h.new_status) for h in requests.history(r.id)]
    assert kinds == [("created", "", "new"), ("assign", "new", "assigned"),
                     ("status", "assigned", "in_progress"), ("status", "in_progress", "resolved"),
                     ("reopen", "resolved", "in_progress"), ("note", "", "")]
    assert requests.history(r.id)[1].note == "Has a car"


ALL = models.REQUEST_STATUSES


@pytest.mark.parametrize("old, new", [(o, n) for o in ALL for n in ALL if o != n])
def test_only_the_allowed_moves_are_accepted(db, actor, neighbour, helper, old, new):
    row = models.SupportRequest.create(requester=neighbour, category=1, summary="x",
                                       status=old, assignee=helper)
    if requests.can_move(old, new):
        note = "reason" if (old, new) == ("resolved", "in_progress") else ""
        requests.move(actor, row.id, row.version, new, note)
        assert models.SupportRequest.get_by_id(row.id).status == new
    else:
        with pytest.raises(ValidationError, match="cannot become"):
            requests.move(actor, row.id, row.version, new)
        assert models.SupportRequest.get_by_id(row.id).status == old


def test_reopening_needs_a_reason(db, actor, neighbour, helper):
    row = models.SupportRequest.create(requester=neighbour, category=1, summary="x",
                                       status="resolved", assignee=helper)
    with pytest.raises(ValidationError, match="why"):
        requests.move(actor, row.id, row.version, "in_progress")


def test_work_cannot_start_without_a_helper(db, actor, neighbour):
    row = models.SupportRequest.create(requester=neighbour, category=1, summary="x",
                                       status="assigned")
    with pytest.raises(ValidationError, match="Choose a volunteer"):
        requests.move(actor, row.id, row.version, "in_progress")


def test_only_active_volunteers_can_be_assigned(db, actor, neighbour, helper):
    r = _ride(actor, neighbour)
    with pytest.raises(ValidationError, match="not a volunteer"):
        requests.assign(actor, r.id, r.version, neighbour)
    people.set_archived(actor, helper, 1, True)
    with pytest.raises(ValidationError, match="archived"):
        requests.assign(actor, r.id, r.version, helper)
    assert models.SupportRequest.get_by_id(r.id).assignee is None


def test_sensitive_notes_need_permission(db, actor, volunteer, neighbour):
    with pytest.raises(PermissionDenied):
        _ride(volunteer, neighbour, sensitive_notes="money is tight")
    r = _ride(actor, neighbour, sensitive_notes="money is tight")
    with pytest.raises(PermissionDenied):
        requests.update_request(volunteer, r.id, r.version, {"sensitive_notes": ""})
    assert requests.update_request(volunteer, r.id, r.version, {"area": "Old Town"}).version == 2


def test_an_empty_note_is_refused(db, actor, neighbour):
    r = _ride(actor, neighbour)
    with pytest.raises(ValidationError, match="empty"):
        requests.add_note(actor, r.id, "   ")

"""Support requests: intake validation, the workflow, helpers, history lines, privacy."""

import pytest

from civicdesk.data import models
from civicdesk.services import audit, people, requests, vocabulary
from civicdesk.services.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.dates


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
    (line,) = requests.history_lines(rid)
    assert (line.kind, line.new_status, line.actor) == ("created", "new", "Tess Tester")


def test_the_whole_workflow_leaves_a_history(db, actor, neighbour, helper):
    r = _ride(actor, neighbour)
    r = requests.assign(actor, r.id, r.version, helper, reason="Has a car")
    assert models.SupportRequest.get_by_id(r.id).status == "assigned"
    r = requests.move(actor, r.id, r.version, "in_progress")
    r = requests.move(actor, r.id, r.version, "resolved", "Driven there and back")
    r = requests.move(actor, r.id, r.version, "in_progress", "Needs a ride back next week")
    requests.add_note(actor, r.id, "Called her daughter")
    kinds = [(h.kind, h.old_status, h.new_status) for h in requests.history_lines(r.id)]
    assert kinds == [("created", "", "new"), ("assign", "new", "assigned"),
                     ("status", "assigned", "in_progress"), ("status", "in_progress", "resolved"),
                     ("reopen", "resolved", "in_progress"), ("note", "", "")]
    assert requests.history_lines(r.id)[1].note == "Has a car"


ALL = models.REQUEST_STATUSES


@pytest.mark.parametrize("old, new", [(o, n) for o in ALL for n in ALL if o != n])
def test_only_the_allowed_moves_are_accepted(db, actor, neighbour, helper, old, new):
    row = models.SupportRequest.create(requester=neighbour, category=1, summary="x",
                                       status=old, assignee=helper)
    if vocabulary.can_move(old, new):
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


# Added with the requests pane (#5) ---------------------------------------------------------

def _lines(rid):
    return [(h.kind, h.old_status, h.new_status, h.note) for h in requests.history_lines(rid)]


def _state(rid):
    """Everything a refused call must leave alone."""
    row = models.SupportRequest.get_by_id(rid)
    audits = models.AuditEntry.select().where(models.AuditEntry.table_name == "support_request")
    return (row.status, row.assignee_id, row.version, len(requests.history_lines(rid)), audits.count())


def test_every_kind_of_change_adds_a_history_line(db, actor, neighbour, helper):
    other = people.create_person(actor, {"first_name": "Ola", "is_volunteer": True}).id
    r = _ride(actor, neighbour)
    r = requests.update_request(actor, r.id, r.version, {"details": "3rd floor",
                                                         "sensitive_notes": "private"})
    r = requests.assign(actor, r.id, r.version, helper, reason="Has a car")
    r = requests.assign(actor, r.id, r.version, other, reason="Hal is away")
    r = requests.move(actor, r.id, r.version, "in_progress")
    r = requests.assign(actor, r.id, r.version, None)
    r = requests.set_follow_up(actor, r.id, r.version, "2026-04-02", "Ask how it went")
    requests.add_note(actor, r.id, "Left a message")
    assert _lines(r.id) == [
        ("created", "", "new", ""),
        ("edit", "", "", "details, sensitive_notes"),  # names the fields, never the content
        ("assign", "new", "assigned", "Has a car"),
        ("assign", "assigned", "assigned", "Hal is away"),
        ("status", "assigned", "in_progress", ""),
        ("assign", "in_progress", "new", ""),
        ("follow_up", "", "", "2026-04-02 \u2014 Ask how it went"),
        ("note", "", "", "Left a message"),
    ]
    names = [(h.old_assignee, h.new_assignee) for h in requests.history_lines(r.id)]
    assert names[2:6] == [("", "Hal"), ("Hal", "Ola"), ("", ""), ("Ola", "")]
    assert all(h.actor == "Tess Tester" and h.at is not None for h in requests.history_lines(r.id))


def test_going_back_to_new_takes_the_helper_off_and_keeps_who_it_was(db, actor, neighbour,
                                                                       helper):
    r = _ride(actor, neighbour)
    r = requests.assign(actor, r.id, r.version, helper)
    r = requests.move(actor, r.id, r.version, "new", "Hal fell ill")
    row = models.SupportRequest.get_by_id(r.id)
    assert (row.status, row.assignee_id) == ("new", None)
    last = requests.history_lines(r.id)[-1]
    assert (last.kind, last.old_assignee, last.note) == ("status", "Hal", "Hal fell ill")


def test_reopening_clears_the_resolved_time_and_records_the_reason(db, actor, neighbour, helper):
    r = _ride(actor, neighbour)
    r = requests.assign(actor, r.id, r.version, helper)
    r = requests.move(actor, r.id, r.version, "resolved")
    assert models.SupportRequest.get_by_id(r.id).resolved_at is not None
    r = requests.move(actor, r.id, r.version, "in_progress", "  The tap leaks again ")
    assert models.SupportRequest.get_by_id(r.id).resolved_at is None
    assert _lines(r.id)[-1] == ("reopen", "resolved", "in_progress", "The tap leaks again")


@pytest.mark.parametrize("old, new", [(o, n) for o in ALL for n in ALL
                                      if o != n and not vocabulary.can_move(o, n)])
def test_a_refused_move_names_both_statuses_and_changes_nothing(db, actor, neighbour, helper,
                                                                old, new):
    row = models.SupportRequest.create(requester=neighbour, category=1, summary="x",
                                       status=old, assignee=helper)
    before = _state(row.id)
    with pytest.raises(ValidationError) as caught:
        requests.move(actor, row.id, row.version, new)
    old_label, new_label = requests.STATUS_LABELS[old], requests.STATUS_LABELS[new]
    assert str(caught.value) == f"Status: A request that is {old_label} cannot become {new_label}."
    assert _state(row.id) == before


def test_the_workflow_table_is_what_the_issue_describes():
    assert vocabulary.TRANSITIONS["closed"] == vocabulary.TRANSITIONS["cancelled"] == frozenset()
    assert all("cancelled" in vocabulary.TRANSITIONS[s] for s in ("new", "assigned",
                                                                "in_progress"))
    path = ["new", "assigned", "in_progress", "resolved", "closed"]
    assert all(vocabulary.can_move(a, b) for a, b in zip(path, path[1:], strict=False))
    assert not vocabulary.can_move("resolved", "cancelled")


@pytest.mark.parametrize("bad", ["not_volunteer", "archived", "requester", "missing"])
def test_assigning_the_wrong_person_is_refused_and_changes_nothing(db, actor, neighbour, helper,
                                                                    bad):
    r = _ride(actor, neighbour)
    target = {"not_volunteer": people.create_person(actor, {"first_name": "Nat"}).id,
              "archived": helper, "requester": neighbour, "missing": 9999}[bad]
    if bad == "archived":
        people.set_archived(actor, helper, 1, True)
    if bad == "requester":
        people.update_person(actor, neighbour, 1, {"is_volunteer": True})
    before = _state(r.id)
    with pytest.raises(ValidationError) as caught:
        requests.assign(actor, r.id, r.version, target)
    expected = {"not_volunteer": "Nat is not a volunteer.",
                "archived": "Hal is archived; bring them back from the archive first.",
                "requester": "Amina Warsame asked for this help and cannot be the helper.",
                "missing": "There is no such person (number 9999)."}[bad]
    assert expected in str(caught.value) and caught.value.field == "assignee"
    assert _state(r.id) == before


@pytest.mark.parametrize("status", ["resolved", "closed", "cancelled"])
def test_only_open_requests_change_hands(db, actor, neighbour, helper, status):
    row = models.SupportRequest.create(requester=neighbour, category=1, summary="x",
                                       status=status)
    before = _state(row.id)
    with pytest.raises(ValidationError, match="only new, assigned or in-progress"):
        requests.assign(actor, row.id, row.version, helper)
    assert _state(row.id) == before


def test_a_due_date_in_the_past_is_saved_with_a_warning(db, actor, neighbour):
    from datetime import date

    values = {"due_on": "2026-01-05"}
    (warning,) = requests.intake_warnings(values, today=date(2026, 3, 1))
    assert warning.field == "due_on" and "2026-01-05 is in the past" in str(warning)
    assert requests.intake_warnings({"due_on": "2026-03-01"}, today=date(2026, 3, 1)) == []
    assert requests.intake_warnings({"due_on": "soon"}, today=date(2026, 3, 1)) == []
    r = _ride(actor, neighbour, **values)
    assert models.SupportRequest.get_by_id(r.id).due_on == date(2026, 1, 5)


@pytest.mark.parametrize("values, field, message", [
    ({"summary": "   "}, "summary", "This is required."),
    ({"requester": None}, "requester", "This is required."),
    ({"requester": 4242}, "requester", "There is no such person (number 4242)."),
    ({"due_on": "next week"}, "due_on", "is not a date"),
    ({"urgency": "yesterday"}, "urgency", "is not one of"),
])
def test_bad_intake_names_the_field_and_saves_nothing(db, actor, neighbour, values, field,
                                                      message):
    category = models.RequestCategory.get(name="ride").id
    with pytest.raises(ValidationError) as caught:
        requests.create_request(actor, {"requester": neighbour, "category": category,
                                        "summary": "Ride", **values})
    assert caught.value.field == field and message in str(caught.value)
    assert models.SupportRequest.select().count() == 0
    assert models.RequestUpdate.select().count() == 0


def test_follow_ups_are_set_cleared_and_refused_on_finished_requests(db, actor, neighbour):
    from datetime import date

    r = _ride(actor, neighbour)
    r = requests.set_follow_up(actor, r.id, r.version, date(2026, 4, 1))
    assert models.SupportRequest.get_by_id(r.id).follow_up_on == date(2026, 4, 1)
    r = requests.set_follow_up(actor, r.id, r.version, None, "All fine now")
    assert models.SupportRequest.get_by_id(r.id).follow_up_on is None
    assert _lines(r.id)[-1][3] == "\u2014 \u2014 All fine now"
    r = requests.move(actor, r.id, r.version, "cancelled")
    before = _state(r.id)
    with pytest.raises(ValidationError, match="needs no follow-up"):
        requests.set_follow_up(actor, r.id, r.version, date(2026, 4, 1))
    assert _state(r.id) == before


# Privacy: the service decides, not the GUI ---------------------------------------------------

def test_reading_a_request_leaves_sensitive_notes_out_unless_asked(db, actor, coordinator,
                                                                    volunteer, neighbour):
    rid = _ride(actor, neighbour, sensitive_notes="Money is tight", details="3rd floor").id
    for who in (volunteer, coordinator, actor):
        plain = requests.get_request(who, rid)
        assert plain.sensitive_notes == "" and not plain.sensitive_included
        assert plain.details == "3rd floor" and plain.requester_name == "Amina Warsame"
    full = requests.get_request(coordinator, rid, include_sensitive=True)
    assert full.sensitive_notes == "Money is tight" and full.sensitive_included
    with pytest.raises(PermissionDenied, match="Val Volunteer is not allowed to see or change"):
        requests.get_request(volunteer, rid, include_sensitive=True)


def test_sensitive_notes_never_reach_history_audit_or_lists(db, actor, neighbour):
    from civicdesk.services import audit, request_lists

    r = _ride(actor, neighbour, sensitive_notes="Money is tight")
    requests.update_request(actor, r.id, r.version, {"sensitive_notes": "Hospital"})
    entries = audit.history("support_request", r.id)
    dumped = repr([e.changes for e in entries]) + repr(_lines(r.id))
    assert "Money" not in dumped and "Hospital" not in dumped
    (row,) = request_lists.rows_by_id([r.id]).values()
    assert "Hospital" not in repr(row)


def test_the_details_are_masked_in_the_audit_log_and_named_in_the_history(db, actor,
                                                                           volunteer, neighbour):
    r = _ride(actor, neighbour, details="Just out of hospital, 3rd floor, no lift")
    r = requests.update_request(volunteer, r.id, r.version, {"details": "Walks with a cane",
                                                             "summary": "Ride to the dentist"})
    entries = audit.history("support_request", r.id)
    assert entries[0].changes["details"] == ["", audit.MASK]
    assert entries[1].changes == {"details": [audit.MASK, audit.MASK],
                                  "summary": ["Ride to the clinic", "Ride to the dentist"]}
    assert _lines(r.id)[-1] == ("edit", "", "", "details, summary")
    dumped = repr(entries) + repr(requests.history_lines(r.id))
    assert "hospital" not in dumped and "cane" not in dumped
    assert requests.get_request(volunteer, r.id).details == "Walks with a cane"


def test_what_the_audit_log_masks_of_a_request():
    assert requests.MASKED == {"sensitive_notes", "details"}


def test_a_volunteer_can_edit_everything_but_the_sensitive_notes(db, actor, volunteer,
                                                                 neighbour):
    r = _ride(actor, neighbour, sensitive_notes="Money is tight")
    before = _state(r.id)
    with pytest.raises(PermissionDenied):
        requests.update_request(volunteer, r.id, r.version, {"sensitive_notes": "",
                                                             "details": "x"})
    assert _state(r.id) == before
    assert models.SupportRequest.get_by_id(r.id).sensitive_notes == "Money is tight"


def test_a_new_neighbour_and_their_request_are_saved_together(db, actor):
    ride = models.RequestCategory.get(name="ride").id
    changes = requests.create_for_new_neighbour(
        actor, {"first_name": "Nia", "phone": "555 123 4567"},
        {"category": ride, "summary": "Ride to the clinic"})
    record = requests.get_request(actor, changes.id)
    assert (record.requester_name, record.requester_phone) == ("Nia", "555 123 4567")
    assert ("person", record.requester) in changes.also


def test_a_bad_new_neighbour_or_request_saves_neither(db, actor):
    ride = models.RequestCategory.get(name="ride").id
    with pytest.raises(ValidationError) as caught:
        requests.create_for_new_neighbour(actor, {"first_name": " ", "phone": "call me"},
                                          {"category": ride, "summary": ""})
    assert [p.field for p in caught.value.problems] == ["first_name", "phone", "summary"]
    assert models.Person.select().count() == 0 and models.SupportRequest.select().count() == 0
    with pytest.raises(ValidationError, match="no such category"):
        requests.create_for_new_neighbour(actor, {"first_name": "Nia"},
                                          {"category": 999, "summary": "Ride"})
    assert models.Person.select().count() == 0  # the person was rolled back with the request

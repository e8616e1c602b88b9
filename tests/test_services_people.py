"""People and households: validation of every field, audit entries, versions, conflicts."""

import threading

import pytest

from civicdesk.data import models
from civicdesk.services import audit, people
from civicdesk.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from civicdesk.services.validation import FieldSpec


def _counts():
    return (models.Person.select().count(), models.AuditEntry.select().count())


def test_create_writes_the_person_and_one_audit_entry(db, actor):
    changes = people.create_person(actor, {"first_name": " Zoë ", "last_name": "Müller",
                                           "email": "zoe@example.org", "is_volunteer": "yes",
                                           "languages": ["French", "german", "French"],
                                           "skills": ["Driving"]})
    person = people.get_person(actor, changes.id)
    assert (person.first_name, person.is_volunteer) == ("Zoë", True)
    assert person.languages == ["French", "german"]
    assert person.skills == ["driving"]
    (entry,) = audit.history("person", changes.id)
    assert (entry.actor, entry.action, entry.row_version) == ("Tess Tester", "create", 1)
    assert entry.changes["email"] == [None, "zoe@example.org"]
    assert models.Person.get_by_id(changes.id).sort_name == "muller zoe"


@pytest.mark.parametrize("field, value, says", [
    ("email", "zoe@", "not an email address"),
    ("email", "zoe example.org", "not an email address"),
    ("phone", "call me maybe", "not a phone number"),
    ("phone", "12", "not a phone number"),
    ("mobile", "+1 555 123 4567 890 123", "not a phone number"),
    ("membership_status", "vip", "not one of"),
    ("first_name", "x" * 101, "too long"),
    ("household", 999, "no such household"),
    ("reach_via", 999, "no such person"),
    ("is_volunteer", "perhaps", "not yes or no"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_is_written(db, actor, field,
                                                                        value, says):
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        people.create_person(actor, {"first_name": "Ann", field: value})
    assert caught.value.field == field
    assert says in str(caught.value).lower()
    assert _counts() == before


@pytest.mark.parametrize("phone", ["555-1234", "+44 20 7946 0958", "(555) 123-4567 x12",
                                   "0049 30 1234567"])
def test_ordinary_phone_numbers_are_accepted(db, actor, phone):
    assert people.create_person(actor, {"first_name": "Ann", "phone": phone}).id


def test_a_person_needs_a_first_or_last_name(db, actor):
    with pytest.raises(ValidationError, match="at least a first or a last name"):
        people.create_person(actor, {"email": "a@example.org"})
    assert people.create_person(actor, {"last_name": "Okafor"}).id


def test_all_problems_are_reported_at_once(db, actor):
    with pytest.raises(ValidationError) as caught:
        people.create_person(actor, {"first_name": "Ann", "email": "x", "phone": "y"})
    assert {p.field for p in caught.value.problems} == {"email", "phone"}


def test_update_audits_only_what_changed_and_bumps_the_version(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann", "phone": "555-1234"}).id
    changes = people.update_person(actor, pid, 1, {"first_name": "Anne", "phone": "555-1234"})
    assert changes.version == 2
    entry = audit.history("person", pid)[-1]
    assert entry.changes == {"first_name": ["Ann", "Anne"], "sort_name": ["ann", "anne"]}


def test_an_update_that_changes_nothing_writes_nothing(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    people.update_person(actor, pid, 1, {"first_name": "Ann"})
    assert len(audit.history("person", pid)) == 1
    assert models.Person.get_by_id(pid).version == 1


def test_changing_only_languages_is_a_new_version_and_audited(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann", "languages": ["Somali"]}).id
    changes = people.update_person(actor, pid, 1, {"languages": ["Somali", "Arabic"]})
    assert changes.version == 2
    assert audit.history("person", pid)[-1].changes == {
        "languages": [["Somali"], ["Somali", "Arabic"]]}


def test_sensitive_notes_are_masked_in_the_audit_log(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann",
                                       "sensitive_notes": "Recent bereavement"}).id
    people.update_person(actor, pid, 1, {"sensitive_notes": "Doing better"})
    for entry in audit.history("person", pid):
        assert "bereavement" not in str(entry.changes) and "better" not in str(entry.changes)
        assert entry.changes["sensitive_notes"][1] == audit.MASK


def test_accessibility_notes_are_masked_in_the_audit_log(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann",
                                       "accessibility_notes": "Uses a wheelchair"}).id
    people.update_person(actor, pid, 1, {"accessibility_notes": "Hard of hearing; knock"})
    people.update_person(actor, pid, 2, {"accessibility_notes": ""})
    entries = audit.history("person", pid)
    assert [e.changes["accessibility_notes"] for e in entries] == [
        ["", audit.MASK], [audit.MASK, audit.MASK], [audit.MASK, ""]]
    assert "wheelchair" not in repr(entries) and "hearing" not in repr(entries)
    assert entries[0].changes["first_name"] == [None, "Ann"]  # the rest as it was


def test_a_volunteer_sees_and_edits_accessibility_notes(db, actor, volunteer):
    pid = people.create_person(volunteer, {"first_name": "Ann",
                                           "accessibility_notes": "Uses a wheelchair"}).id
    assert people.get_person(volunteer, pid).accessibility_notes == "Uses a wheelchair"
    people.update_person(volunteer, pid, 1, {"accessibility_notes": "Uses a walker"})
    assert people.get_person(volunteer, pid).accessibility_notes == "Uses a walker"
    assert audit.history("person", pid)[-1].changes == {
        "accessibility_notes": [audit.MASK, audit.MASK]}


def test_what_the_audit_log_masks():
    assert people.MASKED == {"sensitive_notes", "accessibility_notes"}
    assert FieldSpec("Notes", sensitive=True).masked  # sensitive: permission and mask
    assert not FieldSpec("Notes").masked


def test_a_volunteer_can_neither_see_nor_write_sensitive_notes(db, actor, volunteer):
    pid = people.create_person(actor, {"first_name": "Ann", "sensitive_notes": "secret"}).id
    assert people.get_person(volunteer, pid).sensitive_notes == ""
    assert people.get_person(actor, pid).sensitive_notes == "secret"
    with pytest.raises(PermissionDenied, match="sensitive notes"):
        people.update_person(volunteer, pid, 1, {"sensitive_notes": "changed"})
    with pytest.raises(PermissionDenied):
        people.create_person(volunteer, {"first_name": "Bo", "sensitive_notes": "x"})
    # an ordinary edit by a volunteer leaves the hidden notes alone
    people.update_person(volunteer, pid, 1, {"phone": "555-1234"})
    assert models.Person.get_by_id(pid).sensitive_notes == "secret"


def test_nobody_reaches_themselves(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    with pytest.raises(ValidationError, match="through themselves"):
        people.update_person(actor, pid, 1, {"reach_via": pid})


def test_a_stale_edit_is_refused_and_says_who_changed_what(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann", "email": "ann@example.org"}).id
    people.update_person(actor.__class__("Bob Desk"), pid, 1, {"email": "ann@example.net"})
    with pytest.raises(ConflictError) as caught:
        people.update_person(actor, pid, 1, {"phone": "555-1234"})
    assert "Bob Desk" in str(caught.value) and "email" in str(caught.value)
    person = models.Person.get_by_id(pid)
    assert (person.email, person.phone, person.version) == ("ann@example.net", "", 2)


def test_two_connections_editing_the_same_person_cannot_both_win(db, actor):
    """Both open version 1; the other PC (its own connection, in a thread) saves first."""
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    outcome = {}

    def other_pc():
        try:
            outcome["other"] = people.update_person(actor.__class__("Other PC"), pid, 1,
                                                    {"phone": "555-0000"})
        finally:
            db.close()  # this thread's connection

    thread = threading.Thread(target=other_pc)
    thread.start()
    thread.join()
    assert outcome["other"].version == 2
    with pytest.raises(ConflictError, match="Other PC"):
        people.update_person(actor, pid, 1, {"phone": "555-9999"})
    assert models.Person.get_by_id(pid).phone == "555-0000"


def test_archive_and_bring_back(db, actor, volunteer):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    with pytest.raises(PermissionDenied):
        people.set_archived(volunteer, pid, 1, True)
    people.set_archived(actor, pid, 1, True)
    assert models.Person.get_by_id(pid).archived
    people.set_archived(actor, pid, 2, False)
    assert not models.Person.get_by_id(pid).archived
    assert [e.action for e in audit.history("person", pid)] == ["create", "archive", "unarchive"]


def test_editing_someone_who_no_longer_exists(db, actor):
    with pytest.raises(NotFound, match="no longer exists"):
        people.update_person(actor, 424242, 1, {"first_name": "X"})


def test_household_validation_and_audit(db, actor):
    with pytest.raises(ValidationError) as caught:
        people.create_household(actor, {"postal_code": "1" * 21})
    assert caught.value.field == "postal_code"
    hid = people.create_household(actor, {"street": "1 Elm Road", "city": "Springfield"}).id
    pid = people.create_person(actor, {"first_name": "Ann", "household": hid}).id
    changes = people.update_household(actor, hid, 1, {"city": "Shelbyville"})
    assert changes.touches("person") and pid in changes.ids("person")
    assert audit.history("household", hid)[-1].changes == {"city": ["Springfield", "Shelbyville"]}

"""Erasing a person: nothing of who they were is left in the file's bytes, the -wal or the
search index; what they did is kept, unnamed; the audit log stays append-only otherwise;
a second erasure, a missing person and anyone but an admin are refused."""

from __future__ import annotations

import sqlite3

import neighbour_data as nd
import pytest

from civicdesk.data import append_only, database, integrity, models, search
from civicdesk.services import accounts, audit, erasure, guard, people
from civicdesk.services.errors import NotFound, PermissionDenied

# What must be gone, as typed and as the search index folds it (also the phone as digits).
SECRETS = [nd.FIRST, nd.LAST, nd.EMAIL, nd.OLD_EMAIL, nd.PHONE, nd.PHONE_DIGITS, nd.MOBILE,
           "Brackenwold", "Tuesdaymornings", "Hoverlund"]


def _forms(word: str) -> set[bytes]:
    return {form.encode("utf-8") for form in (word, word.casefold(), word.upper())}


def _raw(db_path) -> bytes:
    """The database file and its -wal, byte for byte."""
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _index_blobs(db) -> bytes:
    """Every segment of both search indexes: FTS5 stores a term after the prefix it shares
    with the term before it, so the tests also look for each term's last letters."""
    return b"".join(bytes(block or b"") for table in (search.TABLE, search.HOUSEHOLD_TABLE)
                    for (block,) in db.execute_sql(f"SELECT block FROM {table}_data"))


def _found(haystack: bytes, words) -> list[str]:
    return [w for w in words if any(form in haystack for form in _forms(w))]


@pytest.fixture
def neighbour(from_template) -> nd.Neighbour:
    return from_template(nd.build)


@pytest.mark.sqlite_only("the bytes of the file and its -wal")
def test_nothing_of_the_person_is_left_in_the_file_its_wal_or_the_search_index(
        db, db_path, neighbour):
    db.execute_sql("SELECT 1")
    # The control: before, they are everywhere (the file, the index, a search finds them).
    assert _found(_raw(db_path), SECRETS) == SECRETS
    tails = [w.casefold()[-6:] for w in (nd.FIRST, nd.LAST, "Brackenwold", nd.PHONE_DIGITS)]
    assert _found(_index_blobs(db), tails) == tails
    assert search.matching_ids(db, nd.LAST) == [neighbour.person]
    assert search.matching_ids(db, "867 5309") == [neighbour.person]

    result = erasure.erase_person(nd.ADMIN, neighbour.person)

    assert result.compacted
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert _found(_raw(db_path), SECRETS) == []
    assert _found(_index_blobs(db), tails) == []
    for typed in (nd.FIRST, nd.LAST, nd.EMAIL, "867 5309", nd.PHONE_DIGITS, "Brackenwold"):
        assert search.matching_ids(db, typed) == [], typed
    assert search.inconsistencies(db) == []
    database.close_database(db)
    assert _found(_raw(db_path), SECRETS) == []


def test_what_they_did_is_kept_without_who_they_were(db, neighbour):
    n = neighbour
    erasure.erase_person(nd.ADMIN, n.person)
    person = people.get_person(nd.ADMIN, n.person)
    assert person.display_name == f"Erased #{n.person}"
    assert (person.email, person.phone, person.mobile, person.notes, person.sensitive_notes,
            person.availability, person.accessibility_notes, person.member_number) == \
        ("",) * 8
    assert (person.languages, person.skills, person.archived) == ([], [], True)
    assert (person.membership_status, person.is_volunteer) == ("member", True)
    assert models.Person.get_by_id(n.person).erased_at is not None
    payment = models.Payment.get_by_id(n.payment)
    assert (payment.amount_cents, payment.paid_on.isoformat(), payment.note) == (
        2500, "2026-01-05", "")
    signup = models.Assignment.get_by_id(n.assignment)
    assert (signup.status, signup.minutes, signup.note) == ("attended", 180, "")
    assert [(h.minutes, h.note) for h in models.AdHocHours.select()] == [(90, "")]
    made = models.SupportRequest.select().where(models.SupportRequest.requester == n.person)
    assert sorted((r.status, r.summary, r.details, r.sensitive_notes) for r in made) == [
        ("cancelled", audit.MASK, "", ""), ("new", audit.MASK, "", "")]
    lines = models.RequestUpdate.select().where(models.RequestUpdate.request.in_(n.requests))
    assert {line.note for line in lines} <= {"", audit.MASK}
    assert len(lines) == 4  # created, note; created, cancelled
    # The household they alone lived in is emptied; the other person's is not touched.
    home = people.get_household(n.household)
    assert (home.name, home.street, home.city, home.postal_code) == ("", "", "", "")
    other = people.get_person(nd.ADMIN, n.other)
    assert (other.display_name, other.phone) == ("Olwen Other", "555-000-1111")
    assert people.get_household(other.household).street == "1 Main St"
    # The request they helped with still has them as its helper, by their new name.
    helped = models.SupportRequest.get_by_id(n.helped)
    assert (helped.summary, helped.assignee_id) == ("Shopping for Olwen", n.person)


def test_the_audit_entries_about_them_are_masked_and_the_erasure_is_audited(db, neighbour):
    n = neighbour
    before = models.AuditEntry.select().count()
    erasure.erase_person(nd.ADMIN, n.person)
    edit = [e for e in audit.history("person", n.person) if e.action == "update"][0]
    assert edit.changes == {"email": [audit.MASK, audit.MASK]}  # the old value is gone
    assert edit.actor == "Tess Tester" and edit.at is not None  # who and when stay
    created = audit.history("payment", n.payment)[0]
    assert created.changes["note"] == [None, audit.MASK]
    assert created.changes["amount_cents"] == [None, 2500]
    (erase,) = [e for e in audit.history("person", n.person) if e.action == "erase"]
    assert erase.actor == "Tess Tester"
    assert erase.changes["masked_entries"][1] >= 10
    assert not _found(str(erase.changes).encode(), SECRETS)
    assert models.AuditEntry.select().count() == before + 1
    # Their login is closed and renamed, and what it did keeps its id under the new name.
    user = models.User.get_by_id(n.user)
    assert (user.username, user.display_name, user.active, user.password_hash) == (
        f"erased-{n.user}", f"Erased #{n.person}", False, "")
    with pytest.raises(accounts.NoSuchUser):
        accounts.login("zephyrine", "2468")
    line = models.RequestUpdate.get(models.RequestUpdate.user == n.user)
    assert (line.actor, line.note) == (f"Erased #{n.person}", "On my way")


@pytest.mark.sqlite_only("a plain sqlite3 connection to the file")
def test_the_history_is_append_only_again_afterwards(db, db_path, neighbour):
    erasure.erase_person(nd.ADMIN, neighbour.person)
    assert models.ErasurePass.select().count() == 0
    plain = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=append_only.REFUSED):
            plain.execute("UPDATE audit_entry SET actor = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match=append_only.REFUSED):
            plain.execute("DELETE FROM request_update")
    finally:
        plain.close()
    assert integrity.check(db).ok


def test_erasing_twice_is_refused_and_changes_nothing(db, neighbour):
    erasure.erase_person(nd.ADMIN, neighbour.person)
    entries = models.AuditEntry.select().count()
    with pytest.raises(erasure.AlreadyErased, match=r"already erased on \d+/\d+/\d\d\."):
        erasure.erase_person(nd.ADMIN, neighbour.person)
    assert models.AuditEntry.select().count() == entries
    assert models.ErasurePass.select().count() == 0


@pytest.mark.parametrize("person_id", [424242, 2**70])
def test_erasing_someone_not_on_file_is_refused(db, actor, person_id):
    with pytest.raises(NotFound, match="no longer exists"):
        erasure.erase_person(actor, person_id)


@pytest.mark.parametrize("role", ["coordinator", "volunteer"])
def test_only_an_admin_may_erase(db, neighbour, role):
    someone = nd.ADMIN.__class__("Someone", role)
    with pytest.raises(PermissionDenied, match="not allowed to erase"):
        erasure.erase_person(someone, neighbour.person)
    assert people.get_person(nd.ADMIN, neighbour.person).first_name == nd.FIRST
    refused = models.AuditEntry.select().where(
        models.AuditEntry.action == guard.REFUSED).get()
    assert (refused.actor, refused.changes["service"]) == ("Someone", "erasure.erase_person")


def test_an_admin_cannot_erase_themselves_nor_the_last_admin_login(db, neighbour):
    U = models.User
    U.update(role="admin").where(U.id == neighbour.user).execute()
    own = accounts.actor_of(U.get_by_id(neighbour.user))
    with pytest.raises(erasure.CannotEraseYourself):
        erasure.erase_person(own, neighbour.person)
    with pytest.raises(erasure.LastAdminAccount):
        erasure.erase_person(nd.ADMIN, neighbour.person)  # nd.ADMIN has no login
    assert models.Person.get_by_id(neighbour.person).erased_at is None

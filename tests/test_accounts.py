"""Accounts and logging in: the secrets' rules, the wait after wrong attempts (on the
association's clock), deactivation, the last admin, and every attempt in the audit log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import argon2
import pytest

from civicdesk.data import models
from civicdesk.services import accounts, people
from civicdesk.services.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.dates


@pytest.fixture
def admin(db, clock):
    clock.pin(datetime(2028, 2, 29, 23, 58))  # the wait runs over midnight and a leap day
    return accounts.create_first_admin("Ada Admin", "1357")


def _entries(action: str) -> list[models.AuditEntry]:
    return list(models.AuditEntry.select().where(models.AuditEntry.action == action)
                .order_by(models.AuditEntry.id))


def test_the_first_admin_logs_in_by_either_name_in_any_case(admin):
    assert (admin.name, admin.role) == ("Ada Admin", "admin")
    assert accounts.login("ada admin", "1357") == admin
    assert accounts.login(admin.user_id, "1357") == admin
    assert [(e.actor, e.user_id) for e in _entries("login")] == [
        ("Ada Admin", admin.user_id)] * 2
    stored = models.User.get_by_id(admin.user_id).password_hash
    assert stored.startswith("$argon2id$") and "1357" not in stored


def test_a_second_first_admin_is_refused(admin):
    with pytest.raises(accounts.AccountsExist):
        accounts.create_first_admin("Mallory", "24680")
    assert [u.display_name for u in accounts.list_users()] == ["Ada Admin"]


@pytest.mark.parametrize(("secret", "says"), [
    ("", "Enter a PIN or a password."),
    ("   ", "Enter a PIN or a password."),
    ("123", "A PIN has at least 4 digits."),
    ("abc1234", "A password has at least 8 characters"),
    ("١٢٣٤", "A password has at least 8 characters"),  # Arabic-Indic digits: not a PIN
    ("pass\nword!", "cannot hold line breaks"),
])
def test_a_short_or_empty_secret_is_refused_with_the_rule(admin, secret, says):
    with pytest.raises(ValidationError) as refused:
        accounts.add_user(admin, {"username": "Bea"}, secret)
    assert says in str(refused.value) and refused.value.field == "secret"
    assert accounts.find_user("Bea") is None


def test_pins_and_passwords_that_follow_the_rules_work(admin):
    for name, secret in (("Bea", "0000"), ("Cy", "correct horse"), ("Di", "Ünïcødé!")):
        accounts.add_user(admin, {"username": name}, secret)
        assert accounts.login(name, secret).name == name


def test_five_wrong_attempts_then_a_growing_wait_on_the_associations_clock(admin, clock):
    accounts.add_user(admin, {"username": "Bea", "role": "volunteer"}, "2468")
    for left in (4, 3, 2, 1):
        with pytest.raises(accounts.WrongSecret) as wrong:
            accounts.login("Bea", "1111")
        assert wrong.value.attempts_left == left
    with pytest.raises(accounts.WrongSecret) as fifth:
        accounts.login("Bea", "1111")
    assert "now has to wait 30 seconds" in str(fifth.value)
    # Waiting: even the right PIN is refused, and says how long is left.
    clock.advance(timedelta(seconds=20))
    with pytest.raises(accounts.MustWait) as waiting:
        accounts.login("Bea", "2468")
    assert waiting.value.seconds == 10 and "10 seconds" in str(waiting.value)
    clock.advance(timedelta(seconds=10))
    with pytest.raises(accounts.WrongSecret) as sixth:  # after the wait: one more wrong
        accounts.login("Bea", "1111")
    assert "60 seconds" in str(sixth.value)
    clock.advance(timedelta(seconds=59))
    with pytest.raises(accounts.MustWait):
        accounts.login("Bea", "2468")
    clock.advance(timedelta(seconds=1))
    assert accounts.login("Bea", "2468").name == "Bea"  # and the count starts again
    assert models.User.get(username="Bea").failed_attempts == 0
    refused = _entries("refused")
    assert [e.changes["why"] for e in refused] == (
        ["wrong secret"] * 5 + ["waiting", "wrong secret", "waiting"])
    assert {e.actor for e in refused} == {"Bea"}


def test_the_wait_never_grows_past_a_quarter_of_an_hour():
    assert accounts.wait_after(4) == timedelta(0)
    assert accounts.wait_after(5) == timedelta(seconds=30)
    assert accounts.wait_after(7) == timedelta(seconds=120)
    assert accounts.wait_after(50) == accounts.wait_after(10**9) == timedelta(minutes=15)


def test_an_admin_reset_ends_the_wait(admin, clock):
    accounts.add_user(admin, {"username": "Bea"}, "2468")
    for _ in range(6):
        with pytest.raises((accounts.WrongSecret, accounts.MustWait)):
            accounts.login("Bea", "9999")
    bea = accounts.find_user("Bea").id
    accounts.reset_secret(admin, bea, "97531")
    assert accounts.login("Bea", "97531").name == "Bea"
    (reset,) = _entries("reset")
    assert reset.changes["password_hash"] == ["\u2022\u2022\u2022", "\u2022\u2022\u2022"]


def test_unknown_and_deactivated_users_cannot_log_in(admin):
    bea = accounts.add_user(admin, {"username": "Bea"}, "2468").id
    accounts.set_active(admin, bea, False)
    for name in ("Bea", "Nobody"):
        with pytest.raises(accounts.NoSuchUser) as refused:
            accounts.login(name, "2468")
        assert name in str(refused.value)
    assert [u.username for u in accounts.list_users(active_only=True)] == ["Ada Admin"]
    assert [e.changes["why"] for e in _entries("refused")] == ["unknown user"] * 2


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(admin):
    for change in (lambda: accounts.set_active(admin, admin.user_id, False),
                   lambda: accounts.update_user(admin, admin.user_id, {"role": "volunteer"})):
        with pytest.raises(accounts.LastAdmin):
            change()
    assert models.User.get_by_id(admin.user_id).role == "admin"
    cole = accounts.add_user(admin, {"username": "Cole", "role": "admin"}, "8642").id
    accounts.set_active(admin, admin.user_id, False)  # now there is another admin
    assert not models.User.get_by_id(admin.user_id).active
    assert models.User.get_by_id(cole).active


def test_names_are_unique_whatever_the_case(admin):
    with pytest.raises(accounts.NameTaken):
        accounts.add_user(admin, {"username": "ADA ADMIN"}, "2468")
    accounts.add_user(admin, {"username": "bea", "display_name": "Bea Diaz"}, "2468")
    with pytest.raises(accounts.NameTaken):
        accounts.add_user(admin, {"username": "bea diaz"}, "2468")


def test_a_user_linked_to_a_person_and_changing_their_own_pin(admin):
    pid = people.create_person(admin, {"first_name": "Bea", "last_name": "Diaz"}).id
    bea = accounts.add_user(admin, {"username": "Bea", "person": pid}, "2468").id
    assert accounts.list_users()[1].person_name == "Bea Diaz"
    me = accounts.login("Bea", "2468")
    with pytest.raises(accounts.WrongSecret):
        accounts.change_own_secret(me, "0000", "13579")
    accounts.change_own_secret(me, "2468", "13579")
    assert accounts.login(bea, "13579") == me
    with pytest.raises(ValidationError):  # a person that does not exist
        accounts.update_user(admin, bea, {"person": 999})


def test_a_volunteer_cannot_manage_accounts(admin):
    accounts.add_user(admin, {"username": "Vi", "role": "volunteer"}, "2468")
    vi = accounts.login("Vi", "2468")
    with pytest.raises(PermissionDenied):
        accounts.add_user(vi, {"username": "X", "role": "admin"}, "97531")
    assert accounts.find_user("X") is None
    (refused,) = _entries("refused")
    assert (refused.actor, refused.changes["service"]) == ("Vi", "accounts.add_user")


def test_a_hash_with_old_parameters_is_upgraded_at_the_next_login(admin, monkeypatch):
    old = models.User.get_by_id(admin.user_id).password_hash
    monkeypatch.setattr(accounts, "HASHER", argon2.PasswordHasher(
        time_cost=2, memory_cost=2048, parallelism=1))
    accounts.login("Ada Admin", "1357")
    new = models.User.get_by_id(admin.user_id).password_hash
    assert new != old and "m=2048,t=2" in new
    assert accounts.login("Ada Admin", "1357") == admin


def test_the_logged_in_users_display_name_is_on_everything_they_do(admin):
    """Audit entries, a request's history, a sign-up override and a conflict message name
    the person who logged in (their display name, not the computer's account)."""
    from civicdesk.services import requests, shifts
    from civicdesk.services.errors import ConflictError

    accounts.add_user(admin, {"username": "cole", "display_name": "Cole Diaz",
                              "role": "coordinator"}, "8642")
    cole = accounts.login("cole", "8642")
    ann = people.create_person(cole, {"first_name": "Ann", "is_volunteer": True}).id
    category = models.RequestCategory.select().first().id
    rid = requests.create_request(cole, {"requester": ann, "category": category,
                                         "summary": "Ride"}).id
    requests.add_note(cole, rid, "Called back.")
    assert {line.actor for line in requests.history_lines(rid)} == {"Cole Diaz"}
    start = datetime(2028, 3, 2, 9, tzinfo=UTC)
    event = shifts.create_event(cole, {"name": "Pantry"}).id
    first, second = (shifts.create_shift(cole, {
        "event": event, "starts_at": start + timedelta(minutes=m), "capacity": 2,
        "ends_at": start + timedelta(hours=2, minutes=m)}).id for m in (0, 30))
    shifts.assign(cole, first, ann)
    shifts.assign(cole, second, ann, override_reason="Covers both")
    override = models.AuditEntry.select().where(
        models.AuditEntry.table_name == "assignment").order_by(models.AuditEntry.id.desc()).get()
    assert (override.actor, override.user_id) == ("Cole Diaz", cole.user_id)
    version = models.Person.get_by_id(ann).version
    people.update_person(cole, ann, version, {"phone": "555 123 4567"})
    with pytest.raises(ConflictError) as late:
        people.update_person(admin, ann, version, {"phone": "555 765 4321"})
    assert "Cole Diaz changed this record" in str(late.value)
    assert {e.actor for e in models.AuditEntry.select().where(
        models.AuditEntry.user == cole.user_id)} == {"Cole Diaz"}

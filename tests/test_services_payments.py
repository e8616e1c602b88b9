"""Membership payments and the "dues paid until" date they move."""

from datetime import date, datetime

import pytest

from civicdesk.data import models
from civicdesk.services import payments, people, preferences
from civicdesk.services.errors import ValidationError

pytestmark = pytest.mark.dates

YEAR = {"amount_cents": 2000, "paid_on": "2026-01-10", "period_start": "2026-01-01",
        "period_end": "2026-12-31", "method": "cash"}


def test_a_payment_moves_dues_paid_until(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    changes = payments.record_payment(actor, YEAR | {"person": pid})
    assert models.Person.get_by_id(pid).dues_paid_until == date(2026, 12, 31)
    assert pid in changes.ids("person")
    # an older payment recorded later does not move it back
    payments.record_payment(actor, YEAR | {"person": pid, "period_start": "2025-01-01",
                                           "period_end": "2025-12-31"})
    assert models.Person.get_by_id(pid).dues_paid_until == date(2026, 12, 31)


def test_a_household_payment_covers_every_member_and_follows_moves(db, actor):
    hid = people.create_household(actor, {"street": "1 Elm Road"}).id
    ann = people.create_person(actor, {"first_name": "Ann", "household": hid}).id
    bo = people.create_person(actor, {"first_name": "Bo", "household": hid}).id
    payments.record_payment(actor, YEAR | {"household": hid})
    assert {models.Person.get_by_id(p).dues_paid_until for p in (ann, bo)} == {date(2026, 12, 31)}
    people.update_person(actor, bo, 1, {"household": None})
    assert models.Person.get_by_id(bo).dues_paid_until is None


@pytest.mark.parametrize("change, field", [
    ({"amount_cents": -5}, "amount_cents"),
    ({"amount_cents": "twenty"}, "amount_cents"),
    ({"paid_on": "31/12/2026"}, "paid_on"),
    ({"period_end": "2025-12-31"}, "period_end"),
    ({"method": "bitcoin"}, "method"),
])
def test_bad_payments_are_refused(db, actor, change, field):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    with pytest.raises(ValidationError) as caught:
        payments.record_payment(actor, YEAR | {"person": pid} | change)
    assert caught.value.field == field
    assert models.Payment.select().count() == 0
    assert models.Person.get_by_id(pid).dues_paid_until is None


def test_a_payment_needs_a_payer(db, actor):
    with pytest.raises(ValidationError, match="which person or which household"):
        payments.record_payment(actor, YEAR)


def _until(pid: int) -> date | None:
    return models.Person.get_by_id(pid).dues_paid_until


# 0.00 is refused, a free membership is a choice ------------------------------------------

def test_a_payment_of_nothing_is_refused_and_says_how_to_give_a_free_membership(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    with pytest.raises(ValidationError, match="Free membership") as caught:
        payments.record_payment(actor, YEAR | {"person": pid, "amount_cents": 0})
    assert caught.value.field == "amount_cents"
    assert models.Payment.select().count() == 0 and _until(pid) is None


def test_a_free_membership_is_recorded_as_such_and_costs_nothing(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    with pytest.raises(ValidationError, match="free membership has no amount"):
        payments.record_payment(actor, YEAR | {"person": pid, "method": "free"})
    changes = payments.record_payment(actor, YEAR | {"person": pid, "method": "free",
                                                     "amount_cents": 0})
    assert _until(pid) == date(2026, 12, 31)
    entry = models.AuditEntry.select().where(models.AuditEntry.table_name == "payment").get()
    assert (entry.row_id, entry.changes["method"]) == (changes.id, [None, "free"])


# Voiding and correcting ------------------------------------------------------------------

def test_voiding_keeps_the_payment_says_who_and_why_and_moves_the_dues_back(db, actor, clock):
    clock.pin(datetime(2026, 3, 2, 10))
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    payments.record_payment(actor, YEAR | {"person": pid})
    bogus = payments.record_payment(actor, YEAR | {"person": pid, "period_start": "2027-01-01",
                                                   "period_end": "2027-12-31"}).id
    assert _until(pid) == date(2027, 12, 31)
    changes = payments.void_payment(actor, bogus, "Typed twice")
    assert _until(pid) == date(2026, 12, 31)
    assert pid in changes.ids("person")
    (line, _) = payments.payments_of(pid)
    assert (line.id, line.voided, line.voided_by, line.void_reason) == (
        bogus, True, "Tess Tester", "Typed twice")
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).get()
    assert (entry.action, entry.row_id, entry.actor) == ("void", bogus, "Tess Tester")
    assert entry.changes["void_reason"] == ["", "Typed twice"]
    # the next payment is offered from the end of the real one, not after the voided one
    offer = payments.offer_for_person(pid, _until(pid), None)
    assert offer.period_start == date(2027, 1, 1)


def test_a_void_needs_a_reason_and_happens_once(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    paid = payments.record_payment(actor, YEAR | {"person": pid}).id
    with pytest.raises(ValidationError) as caught:
        payments.void_payment(actor, paid, "   ")
    assert caught.value.field == "reason"
    assert _until(pid) == date(2026, 12, 31)
    payments.void_payment(actor, paid, "Wrong person")
    entries = models.AuditEntry.select().count()
    with pytest.raises(payments.AlreadyVoided, match="already voided .* by Tess Tester"):
        payments.void_payment(actor, paid, "Again")
    assert models.AuditEntry.select().count() == entries
    assert _until(pid) is None


def test_correcting_voids_the_old_one_and_links_the_new_one(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    wrong = payments.record_payment(actor, YEAR | {"person": pid, "amount_cents": 20000}).id
    changes = payments.correct_payment(actor, wrong, "300 instead of 30",
                                       YEAR | {"person": pid, "amount_cents": 3000})
    new, old = payments.payments_of(pid)
    assert (new.id, new.amount_cents, new.corrects, new.voided) == (changes.id, 3000, wrong,
                                                                    False)
    assert (old.id, old.voided, old.void_reason) == (wrong, True, "300 instead of 30")
    assert wrong in changes.ids("payment") and _until(pid) == date(2026, 12, 31)
    actions = [(e.action, e.row_id) for e in models.AuditEntry.select().where(
        models.AuditEntry.table_name == "payment").order_by(models.AuditEntry.id)]
    assert actions == [("create", wrong), ("void", wrong), ("correct", changes.id)]


def test_a_refused_correction_leaves_the_old_payment_as_it_was(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    paid = payments.record_payment(actor, YEAR | {"person": pid}).id
    with pytest.raises(ValidationError):
        payments.correct_payment(actor, paid, "Amount", YEAR | {"person": pid,
                                                                "amount_cents": 0})
    (line,) = payments.payments_of(pid)
    assert not line.voided and _until(pid) == date(2026, 12, 31)


def test_the_chained_period_of_the_issue_is_put_back_by_a_correction(db, actor, clock):
    """Issue 15: a 0.00 "payment" for a year, then the real 30 was chained after it and
    gave "dues paid until 2028-11-30". Void the first, correct the second: its period
    goes back to the year from the day it was paid."""
    clock.pin(datetime(2026, 12, 1, 10))
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    old = models.Payment.create(person=pid, amount_cents=0, paid_on=date(2026, 12, 1),
                                period_start=date(2026, 12, 1), period_end=date(2027, 11, 30))
    real = payments.record_payment(actor, {
        "person": pid, "amount_cents": 3000, "paid_on": "2026-12-01",
        "period_start": "2027-12-01", "period_end": "2028-11-30"}).id
    assert _until(pid) == date(2028, 11, 30)
    payments.void_payment(actor, old.id, "Recorded 0.00 by mistake")
    line = next(p for p in payments.payments_of(pid) if p.id == real)
    offer = payments.offer_for_correction(line)
    assert (offer.period_start, offer.period_end, offer.amount_cents) == (
        date(2026, 12, 1), date(2027, 11, 30), 3000)
    payments.correct_payment(actor, real, "Period after the mistaken one", {
        "person": pid, "amount_cents": 3000, "paid_on": line.paid_on, "method": "cash",
        "period_start": offer.period_start, "period_end": offer.period_end})
    assert _until(pid) == date(2027, 11, 30)


def test_a_correction_keeps_the_period_when_nothing_before_it_was_voided(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    payments.record_payment(actor, YEAR | {"person": pid})
    later = payments.record_payment(actor, YEAR | {
        "person": pid, "paid_on": "2026-11-20", "period_start": "2027-01-01",
        "period_end": "2027-06-30", "amount_cents": 1000}).id
    offer = payments.offer_for_correction(payments.payments_of(pid)[0])
    assert payments.payments_of(pid)[0].id == later
    assert (offer.period_start, offer.period_end, offer.amount_cents) == (
        date(2027, 1, 1), date(2027, 6, 30), 1000)


# The dues rule ---------------------------------------------------------------------------

@pytest.mark.parametrize("until, today, period", [
    (None, date(2028, 2, 29), (date(2028, 2, 29), date(2029, 2, 28))),
    (date(2028, 2, 28), date(2028, 1, 10), (date(2028, 2, 29), date(2029, 2, 28))),
    (date(2027, 2, 28), date(2027, 1, 10), (date(2027, 3, 1), date(2028, 2, 29))),
    (date(2026, 5, 31), date(2026, 9, 15), (date(2026, 9, 15), date(2027, 9, 14))),
    (date(2026, 12, 31), date(2026, 12, 20), (date(2027, 1, 1), date(2027, 12, 31))),
])
def test_the_proposed_period_is_a_year_from_when_the_dues_run_out(until, today, period):
    assert payments.default_period(until, today) == period


def test_a_year_paid_on_29_february_runs_to_28_february(db, actor, clock):
    clock.pin(datetime(2028, 2, 29, 23, 30))
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    offer = payments.offer_for_person(pid, None, None)
    payments.record_payment(actor, {"person": pid, "amount_cents": 2000,
                                    "paid_on": clock.today(), "period_start": offer.period_start,
                                    "period_end": offer.period_end})
    assert _until(pid) == date(2029, 2, 28)
    assert payments.offer_for_person(pid, _until(pid), None).period_start == date(2029, 3, 1)


def test_overlapping_payments_count_to_the_latest_day_either_covers(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    payments.record_payment(actor, YEAR | {"person": pid, "period_start": "2026-01-01",
                                           "period_end": "2026-12-31"})
    payments.record_payment(actor, YEAR | {"person": pid, "period_start": "2026-06-01",
                                           "period_end": "2027-05-31"})
    payments.record_payment(actor, YEAR | {"person": pid, "period_start": "2026-03-01",
                                           "period_end": "2026-09-30"})
    assert _until(pid) == payments.dues_paid_until(pid) == date(2027, 5, 31)


def test_a_voided_middle_payment_leaves_the_later_one_counting(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    ids = [payments.record_payment(actor, YEAR | {
        "person": pid, "period_start": f"{year}-01-01", "period_end": f"{year}-12-31"}).id
        for year in (2026, 2027, 2028)]
    payments.void_payment(actor, ids[1], "Cheque bounced")
    assert _until(pid) == date(2028, 12, 31)
    payments.void_payment(actor, ids[2], "Cheque bounced")
    assert _until(pid) == date(2026, 12, 31)


def test_a_change_of_household_takes_the_dues_of_the_new_one(db, actor):
    elm = people.create_household(actor, {"street": "1 Elm Road"}).id
    oak = people.create_household(actor, {"street": "2 Oak Road"}).id
    ann = people.create_person(actor, {"first_name": "Ann", "household": elm}).id
    bo = people.create_person(actor, {"first_name": "Bo", "household": oak}).id
    payments.record_payment(actor, YEAR | {"household": elm})
    oak_paid = payments.record_payment(actor, YEAR | {"household": oak, "period_start":
                                                      "2027-01-01", "period_end": "2027-12-31"})
    payments.record_payment(actor, YEAR | {"person": ann, "period_start": "2026-01-01",
                                           "period_end": "2026-06-30"})
    people.update_person(actor, ann, models.Person.get_by_id(ann).version, {"household": oak})
    assert _until(ann) == date(2027, 12, 31)  # Oak's payment, and her own still counts
    payments.void_payment(actor, oak_paid.id, "Paid by mistake")
    assert {_until(ann), _until(bo)} == {date(2026, 6, 30), None}
    assert payments.dues_paid_until(ann) == date(2026, 6, 30)


def test_voiding_a_household_payment_moves_every_member(db, actor):
    hid = people.create_household(actor, {"street": "1 Elm Road"}).id
    ann = people.create_person(actor, {"first_name": "Ann", "household": hid}).id
    bo = people.create_person(actor, {"first_name": "Bo", "household": hid}).id
    paid = payments.record_payment(actor, YEAR | {"household": hid}).id
    changes = payments.void_payment(actor, paid, "Wrong household")
    assert {_until(ann), _until(bo)} == {None}
    assert changes.ids("person") == {ann, bo}
    assert payments.offer_for_household(hid).amount_cents == 2000  # the dues setting


@pytest.mark.parametrize("start, months, end", [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),  # no 31 February: to the end of the month
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 8, 31), 6, date(2027, 2, 28)),
    (date(2026, 7, 1), 6, date(2026, 12, 31)),
    (date(2026, 12, 15), 3, date(2027, 3, 14)),
    (date(2028, 2, 29), 24, date(2030, 2, 28)),
])
def test_the_proposed_period_follows_the_dues_period_setting(start, months, end):
    assert payments.default_period(None, start, months) == (start, end)


def test_the_offer_uses_the_associations_dues_until_someone_has_paid(db, actor, clock):
    clock.pin(datetime(2026, 7, 1, 10))
    preferences.update_settings(actor, {"dues_amount_cents": 1500, "dues_period_months": 6})
    pid = people.create_person(actor, {"first_name": "Ann"}).id
    offer = payments.offer_for_person(pid, None, None)
    assert (offer.amount_cents, offer.period_start, offer.period_end) == (
        1500, date(2026, 7, 1), date(2026, 12, 31))
    payments.record_payment(actor, {"person": pid, "amount_cents": 750,  # a reduced rate
                                    "paid_on": clock.today(), "period_start": offer.period_start,
                                    "period_end": offer.period_end})
    again = payments.offer_for_person(pid, _until(pid), None)
    assert (again.amount_cents, again.period_start, again.period_end) == (
        750, date(2027, 1, 1), date(2027, 6, 30))

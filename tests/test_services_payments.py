"""Membership payments and the "dues paid until" date they move."""

from datetime import date

import pytest

from civicdesk.data import models
from civicdesk.services import payments, people
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

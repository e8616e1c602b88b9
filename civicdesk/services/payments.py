"""Membership payments, and the "dues paid until" date derived from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from civicdesk import clock
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import references, rows, validation, vocabulary
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import ANYONE, allowed
from civicdesk.services.validation import FieldSpec

PAYMENT_FIELDS: dict[str, FieldSpec] = {
    "person": FieldSpec(QT_TRANSLATE_NOOP("Field", "Paid by"), "ref"),
    "household": FieldSpec(QT_TRANSLATE_NOOP("Field", "Household"), "ref"),
    "amount_cents": FieldSpec(QT_TRANSLATE_NOOP("Field", "Amount"), "int", required=True, minimum=0,
                              maximum=100_000_000),
    "paid_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "Paid on"), "date", required=True),
    "period_start": FieldSpec(QT_TRANSLATE_NOOP("Field", "Covers from"), "date", required=True),
    "period_end": FieldSpec(QT_TRANSLATE_NOOP("Field", "Covers until"), "date", required=True),
    "method": FieldSpec(QT_TRANSLATE_NOOP("Field", "Method"), "choice", choices=vocabulary.PAYMENT_METHODS),
    "note": FieldSpec(QT_TRANSLATE_NOOP("Field", "Note"), max_len=2000),
}
WHO_PAID = QT_TRANSLATE_NOOP("Validation", "Say which person or which household paid.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The period ends before it starts.")


@allowed(ANYONE)
def record_payment(actor: Actor, values: dict[str, Any]) -> Changes:
    """Record a payment and move "dues paid until" of the payer (or the whole household)."""
    cleaned = validation.clean(PAYMENT_FIELDS, values)
    if not (cleaned.get("person") or cleaned.get("household")):
        validation.fail("person", PAYMENT_FIELDS["person"].label, WHO_PAID)
    if cleaned["period_end"] < cleaned["period_start"]:
        validation.fail("period_end", PAYMENT_FIELDS["period_end"].label, END_BEFORE_START,
                        cleaned["period_end"])
    with rows.transaction():
        references.check(models.Person, cleaned, "person", PAYMENT_FIELDS["person"].label)
        references.check(models.Household, cleaned, "household",
                         PAYMENT_FIELDS["household"].label)
        row = rows.create_row(actor, models.Payment, cleaned | {"created_by": actor.user_id})
        touched = refresh_dues(_payers(cleaned))
    return Changes("payment", row.id, None, frozenset(("person", pid) for pid in touched))


def _payers(payment: dict) -> list[int]:
    if payment.get("household"):
        query = models.Person.select(models.Person.id).where(
            models.Person.household == payment["household"])
        return [pid for (pid,) in query.tuples()]
    return [payment["person"]]


def refresh_dues(person_ids: list[int]) -> list[int]:
    """Recompute `dues_paid_until` (latest period end paid by the person or their household)."""
    P, Pay = models.Person, models.Payment
    for pid in person_ids:
        household = P.select(P.household).where(P.id == pid).scalar()
        condition = Pay.person == pid
        if household:
            condition |= Pay.household == household
        until = Pay.select(Pay.period_end).where(condition).order_by(
            Pay.period_end.desc()).limit(1).scalar()
        P.update(dues_paid_until=until).where(P.id == pid).execute()
    return person_ids


@dataclass(frozen=True)
class PaymentLine:
    """One payment as the person's and the household's lists show it."""

    id: int
    paid_on: date
    amount_cents: int
    period_start: date
    period_end: date
    method: str
    note: str
    for_household: bool


def _lines(condition) -> list[PaymentLine]:
    Pay = models.Payment
    query = (Pay.select(Pay.id, Pay.paid_on, Pay.amount_cents, Pay.period_start,
                        Pay.period_end, Pay.method, Pay.note, Pay.household.is_null(False))
             .where(condition).order_by(Pay.paid_on.desc(), Pay.id.desc()))
    return [PaymentLine(*row[:7], bool(row[7])) for row in query.tuples()]


def payments_of(person_id: int, household_id: int | None = None) -> list[PaymentLine]:
    """A person's own payments and their household's (*household_id*, when the caller
    knows it), newest first."""
    P, Pay = models.Person, models.Payment
    if household_id is None:
        household_id = P.select(P.household).where(P.id == person_id).scalar()
    condition = Pay.person == person_id
    if household_id:
        condition |= Pay.household == household_id
    return _lines(condition)


def payments_of_household(household_id: int) -> list[PaymentLine]:
    """Payments made for a whole household, newest first."""
    return _lines(models.Payment.household == household_id)


# The dues rule -----------------------------------------------------------------------------

def default_period(paid_until: date | None, today: date) -> tuple[date, date]:
    """The period a new payment covers: from the day after the dues run out (or from
    *today*, if they already did) for a year, to the day before the same date comes round
    again (from 29 February: to 28 February)."""
    if paid_until is not None:  # an older version may have stored any year
        paid_until = min(paid_until, validation.DATE_MAX)
    start = max(today, paid_until + timedelta(days=1)) if paid_until else today
    return start, _same_day_next_year(start) - timedelta(days=1)


def _same_day_next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February: the year comes round on 1 March
        return date(day.year + 1, 3, 1)


@dataclass(frozen=True)
class PaymentOffer:
    """What the payment form proposes: the period it would cover, and the amount paid last
    time (the usual dues; 0 if none yet)."""

    paid_until: date | None
    period_start: date
    period_end: date
    amount_cents: int


def _offer(paid_until: date | None, earlier: list[PaymentLine]) -> PaymentOffer:
    start, end = default_period(paid_until, clock.today())
    return PaymentOffer(paid_until, start, end, earlier[0].amount_cents if earlier else 0)


def offer_for_person(person_id: int, paid_until: date | None,
                     household_id: int | None) -> PaymentOffer:
    """The next payment of a person whose dues are paid until *paid_until*."""
    return _offer(paid_until, payments_of(person_id, household_id))


def offer_for_household(household_id: int) -> PaymentOffer:
    """The next payment for a whole household: its own payments say until when it has paid
    (its members may have paid more on their own)."""
    earlier = payments_of_household(household_id)
    return _offer(max((p.period_end for p in earlier), default=None), earlier)

"""Membership payments, and the "dues paid until" date derived from them."""

from __future__ import annotations

from typing import Any

from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.validation import FieldSpec

PAYMENT_FIELDS: dict[str, FieldSpec] = {
    "person": FieldSpec(QT_TRANSLATE_NOOP("Field", "Paid by"), "ref"),
    "household": FieldSpec(QT_TRANSLATE_NOOP("Field", "Household"), "ref"),
    "amount_cents": FieldSpec(QT_TRANSLATE_NOOP("Field", "Amount"), "int", required=True, minimum=0,
                              maximum=100_000_000),
    "paid_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "Paid on"), "date", required=True),
    "period_start": FieldSpec(QT_TRANSLATE_NOOP("Field", "Covers from"), "date", required=True),
    "period_end": FieldSpec(QT_TRANSLATE_NOOP("Field", "Covers until"), "date", required=True),
    "method": FieldSpec(QT_TRANSLATE_NOOP("Field", "Method"), "choice", choices=models.PAYMENT_METHODS),
    "note": FieldSpec(QT_TRANSLATE_NOOP("Field", "Note"), max_len=2000),
}
WHO_PAID = QT_TRANSLATE_NOOP("Validation", "Say which person or which household paid.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The period ends before it starts.")


def record_payment(actor: Actor, values: dict[str, Any]) -> Changes:
    """Record a payment and move "dues paid until" of the payer (or the whole household)."""
    cleaned = validation.clean(PAYMENT_FIELDS, values)
    if not (cleaned.get("person") or cleaned.get("household")):
        validation.fail("person", PAYMENT_FIELDS["person"].label, WHO_PAID)
    if cleaned["period_end"] < cleaned["period_start"]:
        validation.fail("period_end", PAYMENT_FIELDS["period_end"].label, END_BEFORE_START,
                        cleaned["period_end"])
    with rows.transaction():
        if cleaned.get("person"):
            rows.get_row(models.Person, cleaned["person"])
        if cleaned.get("household"):
            rows.get_row(models.Household, cleaned["household"])
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


def payments_of(person_id: int) -> list[models.Payment]:
    """A person's own payments and their household's, newest first."""
    P, Pay = models.Person, models.Payment
    household = P.select(P.household).where(P.id == person_id).scalar()
    condition = Pay.person == person_id
    if household:
        condition |= Pay.household == household
    return list(Pay.select().where(condition).order_by(Pay.paid_on.desc(), Pay.id.desc()))

"""Membership payments, and the "dues paid until" date derived from them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from civicdesk import clock, localformat, localtime, settings
from civicdesk.data import models
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, references, rows, validation, vocabulary
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.errors import ValidationError
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
VOID_FIELDS: dict[str, FieldSpec] = {
    "reason": FieldSpec(QT_TRANSLATE_NOOP("Field", "Reason"), required=True, max_len=500),
}
FREE = "free"  # the method of a free membership: the one payment that may be 0.00
WHO_PAID = QT_TRANSLATE_NOOP("Validation", "Say which person or which household paid.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The period ends before it starts.")
NOTHING_PAID = QT_TRANSLATE_NOOP(
    "Validation", "Type the amount paid. A membership given for free is recorded with the "
                  "method \"Free membership\".")
FREE_COSTS_NOTHING = QT_TRANSLATE_NOOP(
    "Validation", "A free membership has no amount: set it to 0, or choose how it was paid.")


class AlreadyVoided(UserError):
    context = "Payments"
    template = QT_TRANSLATE_NOOP(
        "Payments", "This payment was already voided on {when} by {who}. Nothing was changed.")


@allowed(ANYONE)
def record_payment(actor: Actor, values: dict[str, Any]) -> Changes:
    """Record a payment and move "dues paid until" of the payer (or the whole household).
    0.00 is refused unless the method says it is a free membership."""
    cleaned = _checked(values)
    with rows.transaction():
        row = _create(actor, cleaned)
        touched = refresh_dues(_payers(cleaned))
    return Changes("payment", row.id, None, frozenset(("person", pid) for pid in touched))


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    """The payment's fields cleaned, or every problem with them at once."""
    cleaned = validation.clean(PAYMENT_FIELDS, values)
    if not (cleaned.get("person") or cleaned.get("household")):
        validation.fail("person", PAYMENT_FIELDS["person"].label, WHO_PAID)
    return _rules(cleaned)


def check_payment(values: dict[str, Any]) -> dict[str, Any]:
    """A payment's fields cleaned by `record_payment`'s rules, the payer aside (an import
    checks the payments of people it has yet to create), or every problem at once."""
    return _rules(validation.clean(PAYMENT_FIELDS, values))


def _rules(cleaned: dict[str, Any]) -> dict[str, Any]:
    amount, free = cleaned["amount_cents"], cleaned.get("method") == FREE
    found = []
    if amount == 0 and not free or amount != 0 and free:
        found.append(validation.problem("amount_cents", PAYMENT_FIELDS["amount_cents"].label,
                                        FREE_COSTS_NOTHING if free else NOTHING_PAID, amount))
    if cleaned["period_end"] < cleaned["period_start"]:
        found.append(validation.problem("period_end", PAYMENT_FIELDS["period_end"].label,
                                        END_BEFORE_START, cleaned["period_end"]))
    if found:
        raise ValidationError(found)
    return cleaned


def _create(actor: Actor, cleaned: dict[str, Any], action: str = "create") -> models.Payment:
    references.check(models.Person, cleaned, "person", PAYMENT_FIELDS["person"].label)
    references.check(models.Household, cleaned, "household", PAYMENT_FIELDS["household"].label)
    return rows.create_row(actor, models.Payment, cleaned | {"created_by": actor.user_id},
                           action=action)


@allowed(actors.VOID_PAYMENTS)
def void_payment(actor: Actor, payment_id: int, reason: str) -> Changes:
    """Void a payment: it stays on file (struck through, with who, when and *reason*) and
    no longer counts for anyone's dues, which are recomputed."""
    why = validation.clean(VOID_FIELDS, {"reason": reason})["reason"]
    with rows.transaction():
        row = _void(actor, payment_id, why)
        touched = refresh_dues(_payers(row.__data__))
    return Changes("payment", row.id, None, frozenset(("person", pid) for pid in touched))


@allowed(actors.VOID_PAYMENTS)
def correct_payment(actor: Actor, payment_id: int, reason: str,
                    values: dict[str, Any]) -> Changes:
    """Correct a payment: void it with *reason* and record *values* (all of a payment's
    fields, the payer included) as the new payment that `corrects` it, in one transaction.
    The returned Changes names the new payment."""
    why = validation.clean(VOID_FIELDS, {"reason": reason})["reason"]
    cleaned = _checked(values)
    with rows.transaction():
        old = _void(actor, payment_id, why)
        row = _create(actor, cleaned | {"corrects": old.id}, action="correct")
        touched = refresh_dues(sorted(set(_payers(old.__data__)) | set(_payers(cleaned))))
    return Changes("payment", row.id, None,
                   frozenset({("person", pid) for pid in touched} | {("payment", old.id)}))


def _void(actor: Actor, payment_id: int, reason: str) -> models.Payment:
    row = rows.get_row(models.Payment, payment_id)
    if row.voided_at is not None:
        raise AlreadyVoided(when=localformat.format_date(localtime.to_local(row.voided_at,
                                                                            clock.zone())),
                            who=row.voided_by_name or "?")
    row, _ = rows.update_row(actor, models.Payment, payment_id, None, {
        "voided_at": clock.utcnow(), "voided_by": actor.user_id,
        "voided_by_name": actor.name, "void_reason": reason}, action="void", row=row)
    return row


def _payers(payment: dict) -> list[int]:
    """Whose dues a payment counts for: its person, or everyone living in its household."""
    if payment.get("household"):
        query = models.Person.select(models.Person.id).where(
            models.Person.household == payment["household"])
        return [pid for (pid,) in query.tuples()]
    return [payment["person"]]


# The dues rule -----------------------------------------------------------------------------

def paid_until(periods: Iterable[tuple[date, date]]) -> date | None:
    """THE dues rule: the dues are paid until the latest day any counted payment covers.
    Counted are the payments (not voided) made by the person themself and those made for
    the household they live in now; overlapping periods simply overlap, and a gap
    before the latest period does not move it back (that period was paid for)."""
    return max((end for _, end in periods), default=None)


def counted_periods(person_id: int) -> list[tuple[date, date]]:
    """The periods of the payments that count for a person's dues (see `paid_until`)."""
    P, Pay = models.Person, models.Payment
    household = P.select(P.household).where(P.id == person_id).scalar()
    condition = Pay.person == person_id
    if household:
        condition |= Pay.household == household
    query = Pay.select(Pay.period_start, Pay.period_end).where(
        condition & Pay.voided_at.is_null())
    return list(query.tuples())


def dues_paid_until(person_id: int) -> date | None:
    """Until when a person's dues are paid, from the payments on file (the rule above)."""
    return paid_until(counted_periods(person_id))


def refresh_dues(person_ids: list[int]) -> list[int]:
    """Store `dues_paid_until` again for *person_ids* (lists sort and filter on it)."""
    for pid in person_ids:
        models.Person.update(dues_paid_until=dues_paid_until(pid)).where(
            models.Person.id == pid).execute()
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
    voided_at: datetime | None = None  # UTC
    voided_by: str = ""
    void_reason: str = ""
    corrects: int | None = None  # the voided payment this one replaced
    person: int | None = None
    household: int | None = None

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


def _lines(condition) -> list[PaymentLine]:
    Pay = models.Payment
    query = (Pay.select(Pay.id, Pay.paid_on, Pay.amount_cents, Pay.period_start,
                        Pay.period_end, Pay.method, Pay.note, Pay.household.is_null(False),
                        Pay.voided_at, Pay.voided_by_name, Pay.void_reason, Pay.corrects,
                        Pay.person, Pay.household)
             .where(condition).order_by(Pay.paid_on.desc(), Pay.id.desc()))
    return [PaymentLine(*row[:7], bool(row[7]), *row[8:]) for row in query.tuples()]


def counted(lines: Iterable[PaymentLine]) -> list[PaymentLine]:
    """The lines that count for the dues (not voided)."""
    return [line for line in lines if not line.voided]


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

def default_period(paid_until: date | None, today: date, months: int = 12
                   ) -> tuple[date, date]:
    """The period a new payment covers: from the day after the dues run out (or from
    *today*, if they already did) for *months* (the `dues_period_months` setting), to the
    day before the same date comes round again (from 29 February a year on: to 28
    February; from 31 January a month on: to the end of February)."""
    if paid_until is not None:  # an older version may have stored any year
        paid_until = min(paid_until, validation.DATE_MAX)
    start = max(today, paid_until + timedelta(days=1)) if paid_until else today
    return start, _same_day_later(start, max(1, months)) - timedelta(days=1)


def year_before(end: date) -> date:
    """The first day of the year that ends on *end* (the reverse of `default_period`)."""
    try:
        return end.replace(year=end.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February: the year began on 1 March
        return date(end.year - 1, 3, 1)


def _same_day_later(day: date, months: int) -> date:
    """The same day *months* later; a day that month lacks (31st, 29 February) is the
    first of the month after."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return date(year + month // 12, month % 12 + 1, 1)


@dataclass(frozen=True)
class PaymentOffer:
    """What the payment form proposes: the period it would cover (the `dues_period_months`
    setting), and the amount paid last time (their usual dues), else the association's
    dues (the `dues_amount_cents` setting)."""

    paid_until: date | None
    period_start: date
    period_end: date
    amount_cents: int


def _offer(until: date | None, earlier: list[PaymentLine],
           today: date | None = None) -> PaymentOffer:
    start, end = default_period(until, today or clock.today(),
                                settings.get("dues_period_months"))
    earlier = counted(earlier)
    return PaymentOffer(until, start, end, earlier[0].amount_cents if earlier
                        else settings.get("dues_amount_cents"))


def offer_for_person(person_id: int, paid_until: date | None,
                     household_id: int | None) -> PaymentOffer:
    """The next payment of a person whose dues are paid until *paid_until*."""
    return _offer(paid_until, payments_of(person_id, household_id))


def offer_for_household(household_id: int) -> PaymentOffer:
    """The next payment for a whole household: its own payments say until when it has paid
    (its members may have paid more on their own)."""
    earlier = counted(payments_of_household(household_id))
    return _offer(paid_until((p.period_start, p.period_end) for p in earlier), earlier)


def offer_for_correction(line: PaymentLine) -> PaymentOffer:
    """What a correction of *line* proposes: its own period and amount, unless the
    payments that still count before it (every voided one left out) ran out earlier than
    its period starts: then the period the form would have proposed on the day it was
    paid. So a payment chained after a bogus one moves back to where it belongs, and a
    correction of the amount alone leaves the period as it was."""
    others = [p for p in counted(_lines(_same_payer(line))) if p.id != line.id]
    until = paid_until((p.period_start, p.period_end) for p in others
                       if (p.paid_on, p.id) < (line.paid_on, line.id))
    start, end = default_period(until, line.paid_on, settings.get("dues_period_months"))
    if start >= line.period_start:
        start, end = line.period_start, line.period_end
    return PaymentOffer(until, start, end, line.amount_cents)


def _same_payer(line: PaymentLine):
    """The payments the form's offer for *line*'s payer reads (see `offer_for_person` and
    `offer_for_household`)."""
    Pay = models.Payment
    if line.household is not None:
        return Pay.household == line.household
    household = models.Person.select(models.Person.household).where(
        models.Person.id == line.person).scalar()
    condition = Pay.person == line.person
    return condition | (Pay.household == household) if household else condition

"""Membership payments as a small table (a person's, or a household's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from civicdesk.services.payments import PaymentLine

from civicdesk.gui.models import row_list


def money(cents: int) -> str:
    return QLocale().toCurrencyString(cents / 100)


def method_label(code: str) -> str:
    """A payment method as a volunteer reads it."""
    return {
        "cash": QCoreApplication.translate("PaymentTable", "Cash"),
        "cheque": QCoreApplication.translate("PaymentTable", "Cheque"),
        "card": QCoreApplication.translate("PaymentTable", "Card"),
        "transfer": QCoreApplication.translate("PaymentTable", "Bank transfer"),
        "other": QCoreApplication.translate("PaymentTable", "Other"),
    }.get(code, code)


def _covers(line: PaymentLine) -> str:
    return f"{line.period_start.isoformat()} \u2013 {line.period_end.isoformat()}"


def _paid_for(line: PaymentLine) -> str:
    if line.for_household:
        return QCoreApplication.translate("PaymentTable", "the whole household")
    return QCoreApplication.translate("PaymentTable", "this person")


def payment_model(parent=None) -> row_list.RowListModel:
    """Columns: paid on, amount, period covered, method, for whom, note."""
    return row_list.RowListModel([
        (QCoreApplication.translate("PaymentTable", "Paid on"), lambda p: p.paid_on.isoformat()),
        (QCoreApplication.translate("PaymentTable", "Amount"), lambda p: money(p.amount_cents)),
        (QCoreApplication.translate("PaymentTable", "Covers"), _covers),
        (QCoreApplication.translate("PaymentTable", "Method"), lambda p: method_label(p.method)),
        (QCoreApplication.translate("PaymentTable", "Paid for"), _paid_for),
        (QCoreApplication.translate("PaymentTable", "Note"), lambda p: p.note),
    ], parent)

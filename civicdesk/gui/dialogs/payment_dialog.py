"""Record a membership payment (Designer form `ui/payment_dialog.ui`).

The period it covers starts the day after the current "paid until" (or today) and runs a
year, so the usual case is: type the amount, press Enter.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services.changes import Changes

from civicdesk.gui.dialogs import submit_dialog
from civicdesk.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from civicdesk.gui.models import payment_table
from civicdesk.gui.widgets.field_errors import FieldErrors

DATE_FIELDS = ("paid_on", "period_start", "period_end")


def default_period(paid_until: date | None, today: date) -> tuple[date, date]:
    """From the day after the dues run out (or today, if they already did) for a year."""
    start = max(today, paid_until + timedelta(days=1)) if paid_until else today
    try:
        end = start.replace(year=start.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        end = start + timedelta(days=364)
    return start, end


class PaymentDialog(submit_dialog.SubmitDialog):
    """`ask(parent, payer, household_label, paid_until, submit)` -> Changes or None.

    *submit* receives payment fields without the payer: the caller adds the person or,
    when "whole household" is ticked (`values()["whole_household"]`), the household.
    """

    def __init__(self, submit: submit_dialog.Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        for code in models.PAYMENT_METHODS:
            self.ui.method_combo.addItem(payment_table.method_label(code), code)
        self.ui.amount_spin.setPrefix(QLocale().currencySymbol() + " ")
        fields = {"amount_cents": self.ui.amount_spin, "paid_on": self.ui.paid_on_edit,
                  "period_start": self.ui.period_start_edit,
                  "period_end": self.ui.period_end_edit, "note": self.ui.note_edit,
                  "method": self.ui.method_combo}
        labels = {name: getattr(self.ui, f"{name}_error") for name in
                  ("amount_cents", "paid_on", "period_start", "period_end", "note")}
        self.errors = FieldErrors(fields, labels, self.ui.errors_label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record the payment"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def load(self, payer: str, household_label: str | None, paid_until: date | None,
             today: date | None = None, amount_cents: int = 0) -> None:
        """*amount_cents*: what they paid last time (the usual dues), offered again."""
        today = today or clock.today()
        self.ui.payer_label.setText(self.tr("Paid by: {name}").format(name=payer))
        self.ui.whole_household_check.setVisible(household_label is not None)
        if household_label:
            self.ui.whole_household_check.setText(
                self.tr("Paid for the &whole household ({household})").format(
                    household=household_label))
        start, end = default_period(paid_until, today)
        self.ui.paid_on_edit.setDate(QDate(today))
        self.ui.period_start_edit.setDate(QDate(start))
        self.ui.period_end_edit.setDate(QDate(end))
        self.ui.amount_spin.setValue(amount_cents / 100)
        self.ui.amount_spin.selectAll()
        self.ui.amount_spin.setFocus()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: getattr(self.ui, f"{name}_edit").date().toPython()
                                  for name in DATE_FIELDS}
        values["amount_cents"] = round(self.ui.amount_spin.value() * 100)
        values["method"] = self.ui.method_combo.currentData()
        values["note"] = self.ui.note_edit.text().strip()
        values["whole_household"] = (not self.ui.whole_household_check.isHidden()
                                     and self.ui.whole_household_check.isChecked())
        return values

    @classmethod
    def ask(cls, parent: QWidget | None, payer: str, household_label: str | None,
            paid_until: date | None, submit: submit_dialog.Submit,
            amount_cents: int = 0) -> Changes | None:
        dialog = cls(submit, parent)
        dialog.load(payer, household_label, paid_until, amount_cents=amount_cents)
        return dialog.changes if dialog.exec() else None

"""Record a membership payment (Designer form `ui/payment_dialog.ui`).

The form proposes what `services.payments` offers (the dues rule): the period from the
day after the current "paid until" (or today) for a year, and last time's amount, so the
usual case is: check the amount, press Enter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from civicdesk import clock
from civicdesk.services import payments, vocabulary
from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import submit_dialog
from civicdesk.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from civicdesk.gui.models import payment_table
from civicdesk.gui.widgets.field_errors import FieldErrors

DATE_FIELDS = ("paid_on", "period_start", "period_end")


class PaymentDialog(submit_dialog.SubmitDialog):
    """`ask(parent, context, payer, household_label, offer, submit)` -> Changes or None.

    *submit(actor, values)* receives payment fields without the payer: the caller adds the
    person or, when "whole household" is ticked (`values["whole_household"]`), the
    household.
    """

    def __init__(self, context: AppContext, submit: submit_dialog.Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        for code in vocabulary.PAYMENT_METHODS:
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

    def load(self, payer: str, household_label: str | None,
             offer: payments.PaymentOffer) -> None:
        self.ui.payer_label.setText(self.tr("Paid by: {name}").format(name=payer))
        self.ui.whole_household_check.setVisible(household_label is not None)
        if household_label:
            self.ui.whole_household_check.setText(
                self.tr("Paid for the &whole household ({household})").format(
                    household=household_label))
        self.ui.paid_on_edit.setDate(QDate(clock.today()))
        self.ui.period_start_edit.setDate(QDate(offer.period_start))
        self.ui.period_end_edit.setDate(QDate(offer.period_end))
        self.ui.amount_spin.setValue(offer.amount_cents / 100)
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
    def ask(cls, parent: QWidget | None, context: AppContext, payer: str,
            household_label: str | None, offer: payments.PaymentOffer,
            submit: submit_dialog.Submit) -> Changes | None:
        dialog = cls(context, submit, parent)
        dialog.load(payer, household_label, offer)
        return dialog.changes if dialog.exec() else None

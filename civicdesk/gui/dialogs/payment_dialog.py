"""Record a membership payment, or correct one (Designer form `ui/payment_dialog.ui`).

The form proposes what `services.payments` offers (the dues rule): the period from the
day after the current "paid until" (or today) for a year, and last time's amount, so the
usual case is: check the amount, press Enter. 0.00 is refused by the service unless the
method is "Free membership", which sets the amount to 0 and locks it. A correction
(`ask_correction`) shows the payment as it was, proposes `offer_for_correction` and asks
why; the old payment is voided and the new one recorded in one operation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from civicdesk import clock, localformat
from civicdesk.services import payments, vocabulary
from civicdesk.services.changes import Changes

from civicdesk.gui import localized
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
        # The association's currency where the locale puts it ("$ 12.50", "12,50 US$"),
        # and the dates in the locale's order.
        before, after = localformat.money_affixes()
        self.ui.amount_spin.setLocale(localized.locale())
        self.ui.amount_spin.setPrefix(f"{before.strip()} " if before.strip() else "")
        self.ui.amount_spin.setSuffix(f" {after.strip()}" if after.strip() else "")
        for name in DATE_FIELDS:
            localized.localize_date_edit(getattr(self.ui, f"{name}_edit"))
        fields = {"amount_cents": self.ui.amount_spin, "paid_on": self.ui.paid_on_edit,
                  "period_start": self.ui.period_start_edit,
                  "period_end": self.ui.period_end_edit, "note": self.ui.note_edit,
                  "method": self.ui.method_combo, "reason": self.ui.reason_edit}
        labels = {name: getattr(self.ui, f"{name}_error") for name in
                  ("amount_cents", "paid_on", "period_start", "period_end", "note", "reason")}
        self.errors = FieldErrors(fields, labels, self.ui.errors_label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record the payment"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.method_combo.currentIndexChanged.connect(self._on_method_changed)
        self._correcting = False
        self._show_reason(False)

    def _show_reason(self, shown: bool) -> None:
        for widget in (self.ui.reason_label, self.ui.reason_edit):
            widget.setVisible(shown)

    def _on_method_changed(self) -> None:
        """A free membership costs nothing: the amount is 0 and cannot be typed."""
        free = self.ui.method_combo.currentData() == payments.FREE
        if free:
            self.ui.amount_spin.setValue(0)
        self.ui.amount_spin.setEnabled(not free)

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
        if self._correcting:
            values["reason"] = self.ui.reason_edit.text()
        return values

    def load_correction(self, payer: str, household_label: str | None,
                        line: payments.PaymentLine, offer: payments.PaymentOffer) -> None:
        """The payment *line* as it was, with *offer*'s period, and the reason to give."""
        self.load(payer, household_label, offer)
        self._correcting = True
        self.setWindowTitle(self.tr("Correct a payment"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record the correction"))
        was = self.tr("Was: {amount} paid on {date}, covering {start} to {end}. It will be "
                      "voided and kept, struck through.").format(
            amount=payment_table.money(line.amount_cents),
            date=localized.format_date(line.paid_on),
            start=localized.format_date(line.period_start),
            end=localized.format_date(line.period_end))
        if (offer.period_start, offer.period_end) != (line.period_start, line.period_end):
            was += " " + self.tr("The period now follows on from the payments that still "
                                 "count.")
        self.ui.payer_label.setText(f"{self.ui.payer_label.text()}\n{was}")
        self.ui.whole_household_check.setChecked(line.for_household)
        self.ui.paid_on_edit.setDate(QDate(line.paid_on))
        self.ui.method_combo.setCurrentIndex(max(0, self.ui.method_combo.findData(line.method)))
        self.ui.note_edit.setText(line.note)
        self._show_reason(True)

    @classmethod
    def ask_correction(cls, parent: QWidget | None, context: AppContext, payer: str,
                       household_label: str | None, line: payments.PaymentLine,
                       submit: submit_dialog.Submit) -> Changes | None:
        """*submit(actor, values)* gets the fields with "reason" and "whole_household"."""
        dialog = cls(context, submit, parent)
        dialog.load_correction(payer, household_label, line,
                               payments.offer_for_correction(line))
        return dialog.changes if dialog.exec() else None

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, payer: str,
            household_label: str | None, offer: payments.PaymentOffer,
            submit: submit_dialog.Submit) -> Changes | None:
        dialog = cls(context, submit, parent)
        dialog.load(payer, household_label, offer)
        return dialog.changes if dialog.exec() else None

"""Void a payment, with the reason (Designer form `ui/void_payment_dialog.ui`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from civicdesk.services import payments
from civicdesk.services.changes import Changes

from civicdesk.gui import localized
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import submit_dialog
from civicdesk.gui.forms.ui_void_payment_dialog import Ui_VoidPaymentDialog
from civicdesk.gui.models import payment_table
from civicdesk.gui.widgets.field_errors import FieldErrors


class VoidPaymentDialog(submit_dialog.SubmitDialog):
    """`ask(parent, context, line)` -> Changes or None: voids *line* with the reason typed
    (the service refuses an empty one, shown under the field)."""

    def __init__(self, context: AppContext, submit: submit_dialog.Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, parent)
        self.ui = Ui_VoidPaymentDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors({"reason": self.ui.reason_edit},
                                  {"reason": self.ui.reason_error}, self.ui.errors_label)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Void the payment"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def load(self, line: payments.PaymentLine) -> None:
        self.ui.payment_label.setText(self.tr(
            "Void the payment of {amount} made on {date} ({method}), which covers {start} "
            "to {end}?").format(amount=payment_table.money(line.amount_cents),
                                date=localized.format_date(line.paid_on),
                                method=payment_table.method_label(line.method),
                                start=localized.format_date(line.period_start),
                                end=localized.format_date(line.period_end)))
        self.ui.reason_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {"reason": self.ui.reason_edit.text()}

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext,
            line: payments.PaymentLine) -> Changes | None:
        dialog = cls(context, lambda actor, values: payments.void_payment(
            actor, line.id, values["reason"]), parent)
        dialog.load(line)
        return dialog.changes if dialog.exec() else None

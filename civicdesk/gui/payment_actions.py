"""Void or correct a payment from a payment list (the person page's, the household's).

The buttons under the list, its context menu and the Delete key act on the selected
payment; they are enabled for a payment that still counts and for whoever may void
payments (coordinators and admins). Each runs as an operation through its dialog
(`VoidPaymentDialog`, `PaymentDialog.ask_correction`), which publishes the change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QPushButton, QTableView, QWidget

from civicdesk.services import actors, payments
from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.payment_dialog import PaymentDialog
from civicdesk.gui.dialogs.void_payment_dialog import VoidPaymentDialog
from civicdesk.gui.models.payment_table import PaymentTableModel

# (payer shown, the household's label for the "whole household" box or None, and the
# payer's fields for a correction: whole_household -> {"person": ...} or {"household": ...})
Payer = tuple[str, str | None, Callable[[bool], dict]]


class PaymentActions(QObject):
    """Wires *view* (over *model*) and the two buttons; *payer(line)* says who paid."""

    def __init__(self, context: AppContext, page: QWidget, view: QTableView,
                 model: PaymentTableModel, correct_button: QPushButton,
                 void_button: QPushButton, payer: Callable[[payments.PaymentLine], Payer]):
        super().__init__(page)
        self.context, self.page, self.view, self.model = context, page, view, model
        self.correct_button, self.void_button, self._payer = correct_button, void_button, payer
        correct_button.clicked.connect(self.correct)
        void_button.clicked.connect(self.void)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_context_menu)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.void)
        view.selectionModel().currentRowChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)
        model.rowsRemoved.connect(self.update_buttons)
        model.dataChanged.connect(self.update_buttons)
        if not context.actor.can(actors.VOID_PAYMENTS):
            for button in (correct_button, void_button):
                button.setToolTip(self.tr("Only coordinators can void or correct payments."))
        self.update_buttons()

    def selected(self) -> payments.PaymentLine | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _may_change(self, line: payments.PaymentLine | None) -> bool:
        return (line is not None and not line.voided and not self.context.read_only
                and self.context.actor.can(actors.VOID_PAYMENTS))

    def update_buttons(self, *_args) -> None:
        may = self._may_change(self.selected())
        self.correct_button.setEnabled(may)
        self.void_button.setEnabled(may)

    def void(self) -> Changes | None:
        line = self.selected()
        if not self._may_change(line):
            return None
        return VoidPaymentDialog.ask(self.page, self.context, line)

    def correct(self) -> Changes | None:
        line = self.selected()
        if not self._may_change(line):
            return None
        name, household_label, payer_fields = self._payer(line)

        def submit(actor, values: dict) -> Changes:
            reason = values.pop("reason")
            whole = values.pop("whole_household")
            return payments.correct_payment(actor, line.id, reason, values | payer_fields(whole))

        return PaymentDialog.ask_correction(self.page, self.context, name, household_label,
                                            line, submit)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        may = self._may_change(self.selected())
        menu = QMenu(self.view)
        menu.addAction(self.tr("Correct the payment…"), self.correct).setEnabled(may)
        menu.addAction(self.tr("Void the payment…"), self.void).setEnabled(may)
        menu.exec(self.view.viewport().mapToGlobal(pos))

"""Cancelling a shift: first see who is signed up (with their phone and email) so they can
be called, then confirm with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from civicdesk import clock
from civicdesk.services import rosters, schedule, shifts, vocabulary
from civicdesk.services.changes import Changes

from civicdesk.gui import operations, shift_format
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.forms.ui_cancel_shift_dialog import Ui_CancelShiftDialog
from civicdesk.gui.models import signup_table
from civicdesk.gui.models.signup_table import SignupTableModel


class CancelShiftDialog(modal.KeptOnLock, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CancelShiftDialog()
        self.ui.setupUi(self)
        self.tz = clock.zone()
        self.people = SignupTableModel(self.tz, signup_table.CANCEL_COLUMNS, self)
        self.ui.people_view.setModel(self.people)
        self.ui.people_view.verticalHeader().hide()
        self.ui.people_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Yes).setText(
            self.tr("Cancel the shift"))
        no = self.ui.button_box.button(QDialogButtonBox.StandardButton.No)
        no.setText(self.tr("Keep it"))
        no.setDefault(True)  # Enter must not cancel a shift by accident
        self.ui.button_box.accepted.connect(self.on_cancel_shift)
        self.ui.button_box.rejected.connect(self.reject)
        self.changes: Changes | None = None
        self._shift: schedule.ShiftRow | None = None

    def load(self, shift_id: int) -> None:
        self._shift = row = schedule.shift_row(shift_id)
        self.people.load([r for r in rosters.shift_signups(shift_id) if r.status in vocabulary.SIGNUP_EXPECTED])
        what = self.tr("Cancel <b>{shift}</b>, {when}?").format(
            shift=row.name, when=shift_format.when_text(row.starts_at, row.ends_at, self.tz))
        count = self.people.rowCount()
        if count:
            what += "<br><br>" + self.tr(
                "People signed up: {count}. Please call them to let them know:").format(
                count=count)
        else:
            what += "<br><br>" + self.tr("Nobody is signed up yet.")
            self.ui.people_view.hide()
        self.ui.explanation_label.setText(what)

    def on_cancel_shift(self) -> None:
        row, reason = self._shift, self.ui.reason_edit.text()
        self.changes = operations.run(self, self.context, lambda actor: shifts.cancel_shift(
            actor, row.id, row.version, reason))
        if self.changes is not None:
            self.accept()

    @classmethod
    def ask(cls, context: AppContext, shift_id: int,
            parent: QWidget | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load(shift_id)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

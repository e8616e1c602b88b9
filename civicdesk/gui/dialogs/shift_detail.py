"""One shift: what, when, where, who is on it; sign-ups, attendance and hours.

Opened from the week calendar or the list. `read_only=True` shows it without any action
(used by the self-test)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from civicdesk import clock
from civicdesk.services import actors, rosters, schedule, shifts
from civicdesk.services.changes import Changes

from civicdesk.gui import operations, shift_format, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.dialogs.cancel_shift_dialog import CancelShiftDialog
from civicdesk.gui.dialogs.hours_dialog import HoursDialog
from civicdesk.gui.dialogs.shift_dialog import ShiftDialog
from civicdesk.gui.dialogs.signup_dialog import SignupDialog
from civicdesk.gui.forms.ui_shift_detail_dialog import Ui_ShiftDetailDialog
from civicdesk.gui.models import signup_table
from civicdesk.gui.models.signup_table import SignupTableModel


class ShiftDetailDialog(modal.KeptOnLock, QDialog):
    def __init__(self, context: AppContext, shift_id: int, parent: QWidget | None = None,
                 *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.shift_id = shift_id
        self.read_only = read_only
        self.ui = Ui_ShiftDetailDialog()
        self.ui.setupUi(self)
        self.tz = clock.zone()
        self.row: schedule.ShiftRow | None = None
        self.record: schedule.ShiftRecord | None = None
        self.signups = SignupTableModel(self.tz, signup_table.SHIFT_COLUMNS, self)
        view = self.ui.signups_view
        view.setModel(self.signups)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        font = self.ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.title_label.setFont(font)
        themes.tint(self.ui.cancelled_label, "error", "font-weight: bold;")
        self._wire()
        context.bus.changed.connect(self._on_bus_changed)
        self.load()

    def _wire(self) -> None:
        ui = self.ui
        ui.button_box.rejected.connect(self.reject)
        ui.sign_up_button.clicked.connect(self.on_sign_up)
        ui.edit_button.clicked.connect(self.on_edit)
        ui.edit_series_button.clicked.connect(self.on_edit_series)
        ui.cancel_shift_button.clicked.connect(self.on_cancel_shift)
        ui.print_signin_button.clicked.connect(self.on_print_signin)
        ui.attended_button.clicked.connect(lambda: self.mark("attended"))
        ui.no_show_button.clicked.connect(lambda: self.mark("no_show"))
        ui.cancel_signup_button.clicked.connect(lambda: self.mark("cancelled"))
        ui.all_attended_button.clicked.connect(self.on_all_attended)
        ui.hours_button.clicked.connect(self.on_correct_hours)
        ui.signups_view.selectionModel().selectionChanged.connect(self._update_buttons)

    # Showing -----------------------------------------------------------------------------
    def load(self) -> None:
        self.row = row = schedule.shift_row(self.shift_id)
        if row is None:  # deleted meanwhile (a series edit)
            self.reject()
            return
        self.record = schedule.shift_record(self.shift_id)
        self.setWindowTitle(row.name)
        self.ui.title_label.setText(row.name)
        self.ui.details_label.setText(self._details(row))
        self.ui.cancelled_label.setVisible(row.cancelled)
        self.ui.cancelled_label.setText(self.tr("This shift was cancelled. {reason}").format(
            reason=self.record.cancel_reason))
        self.signups.sync(rosters.shift_signups(self.shift_id))
        self._update_buttons()

    def _details(self, row: schedule.ShiftRow) -> str:
        lines = [shift_format.when_text(row.starts_at, row.ends_at, self.tz)]
        if row.location:
            lines.append(self.tr("Where: {place}").format(place=row.location))
        lines.append(self.tr("Places: {places} taken").format(
            places=shift_format.places_text(row.filled, row.capacity)))
        if row.required_skill:
            lines.append(self.tr("Needs: {skill}").format(skill=row.required_skill))
        if row.series_id is not None:
            lines.append(self.tr("Part of a repeating series."))
        if self.record.notes:
            lines.append(self.record.notes)
        return "\n".join(lines)

    def selected(self) -> list[rosters.SignupRow]:
        rows = {i.row() for i in self.ui.signups_view.selectionModel().selectedRows()}
        return [self.signups.signup_at(r) for r in sorted(rows)]

    def _update_buttons(self, *args) -> None:
        ui, row = self.ui, self.row
        if self.read_only:
            for button in (ui.sign_up_button, ui.edit_button, ui.edit_series_button,
                           ui.cancel_shift_button, ui.attended_button, ui.no_show_button,
                           ui.cancel_signup_button, ui.all_attended_button, ui.hours_button):
                button.hide()
            ui.attendance_caption.hide()
            return
        planner = self.context.actor.can(actors.MANAGE_SHIFTS)
        chosen = self.selected()
        ui.sign_up_button.setEnabled(row.unfilled)
        ui.edit_button.setEnabled(planner)
        ui.edit_series_button.setVisible(row.series_id is not None)
        ui.edit_series_button.setEnabled(planner)
        ui.cancel_shift_button.setEnabled(planner and not row.cancelled)
        for button in (ui.edit_button, ui.edit_series_button, ui.cancel_shift_button):
            button.setToolTip("" if planner else self.tr("Only coordinators plan shifts."))
        started = row.starts_at <= clock.utcnow()
        ui.cancel_signup_button.setEnabled(bool(chosen))
        for button in (ui.attended_button, ui.no_show_button):
            button.setEnabled(bool(chosen) and started)
        ui.hours_button.setEnabled(len(chosen) == 1 and chosen[0].status == "attended")
        ui.all_attended_button.setEnabled(started and any(
            r.status != "cancelled" for r in self.signups.rows()))
        later = "" if started else self.tr("Attendance is recorded once the shift has begun.")
        for button in (ui.attended_button, ui.no_show_button, ui.all_attended_button):
            button.setToolTip(later)

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.shift_id in changes.ids("shift") or changes.touches("event"):
            self.load()

    # Actions -----------------------------------------------------------------------------
    # Each write is published, which reloads this dialog too (see _on_bus_changed).
    def mark(self, status: str) -> None:
        ids, shift_id = [r.assignment_id for r in self.selected()], self.shift_id
        operations.run(self, self.context, lambda actor: shifts.mark_attendance(
            actor, shift_id, status, ids))

    def on_all_attended(self) -> None:
        shift_id = self.shift_id
        operations.run(self, self.context, lambda actor: shifts.mark_attendance(
            actor, shift_id, "attended"))

    def on_correct_hours(self) -> None:
        (signup,) = self.selected()
        HoursDialog.ask_correction(self.context, signup, self)

    def on_sign_up(self) -> None:
        SignupDialog.ask_for_shift(self.context, self.shift_id, self)

    def on_edit(self) -> None:
        ShiftDialog.ask_edit(self.context, self.shift_id, self)

    def on_edit_series(self) -> None:
        ShiftDialog.ask_series(self.context, self.row.series_id, self)

    def on_print_signin(self) -> None:
        """The sign-in sheet for this shift, in the report preview (printing changes nothing,
        so it is offered read-only too)."""
        from civicdesk.gui.reports import launch  # reportlab loads only when printing

        launch.open_report(self.context, self, "signin", {"shift": self.shift_id})

    def on_cancel_shift(self) -> None:
        CancelShiftDialog.ask(self.context, self.shift_id, self)

    def done(self, result: int) -> None:
        try:
            self.context.bus.changed.disconnect(self._on_bus_changed)
        except (RuntimeError, TypeError):  # already disconnected
            pass
        super().done(result)

    @classmethod
    def open(cls, context: AppContext, shift_id: int, parent: QWidget | None = None) -> None:
        dialog = cls(context, shift_id, parent)
        dialog.exec()
        dialog.deleteLater()

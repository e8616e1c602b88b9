"""Volunteer hours: log time given without a shift, correct such hours, or correct the
hours of a sign-up."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import QWidget

from civicdesk import clock
from civicdesk.services import hours, shifts
from civicdesk.services.changes import Changes
from civicdesk.services.rosters import SignupRow

from civicdesk.gui import localized, shift_format
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.editor import EditorDialog
from civicdesk.gui.forms.ui_hours_dialog import Ui_HoursDialog
from civicdesk.gui.widgets.field_errors import FieldErrors
from civicdesk.gui.widgets.person_picker import PersonPicker


class HoursDialog(EditorDialog):
    """Use `ask_log`, `ask_edit` (logged hours) or `ask_correction` (a sign-up's)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_HoursDialog()
        self.ui.setupUi(self)
        localized.localize_date_edit(self.ui.day_edit, "long")
        self.tz = clock.zone()
        self.picker = PersonPicker(context, self, volunteers_only=True)
        self.ui.person_layout.addWidget(self.picker)
        self.ui.person_caption.setBuddy(self.picker)
        self.signup: SignupRow | None = None
        self.logged: hours.HoursRow | None = None
        ui = self.ui
        self.errors = FieldErrors({"person": self.picker, "worked_on": ui.day_edit,
                                   "minutes": ui.hours_spin, "event": ui.event_combo,
                                   "note": ui.note_edit}, summary=ui.error_label)
        ui.button_box.accepted.connect(self.on_save)
        ui.button_box.rejected.connect(self.reject)

    def load_log(self, person_id: int | None, today: date) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Log hours without a shift"))
        ui.intro_label.setText(self.tr(
            "For work done outside a planned shift, such as delivering flyers or a repair "
            "visit."))
        self.picker.set_person_id(person_id)
        ui.day_edit.setDate(shift_format.qdate(today))
        ui.day_edit.setMaximumDate(shift_format.qdate(today))
        ui.event_combo.load(self.tr("(no event)"))
        ui.hours_spin.setValue(1)
        self.mark_clean()
        (ui.note_edit if person_id else self.picker).setFocus()

    def load_edit(self, row: hours.HoursRow, person_name: str, today: date) -> None:
        """Correct hours logged earlier: the day, the time, the event, what was done."""
        self.logged = row
        ui = self.ui
        self.setWindowTitle(self.tr("Correct logged hours"))
        ui.intro_label.setText(self.tr("Hours logged for <b>{name}</b>.").format(
            name=html.escape(person_name)))
        ui.form_layout.setRowVisible(0, False)  # the person stays (see hours.CORRECTABLE)
        ui.day_edit.setDate(shift_format.qdate(row.worked_on))
        ui.day_edit.setMaximumDate(shift_format.qdate(max(today, row.worked_on)))
        ui.event_combo.load(self.tr("(no event)"), keep=row.event_id)
        ui.event_combo.set_event_id(row.event_id)
        ui.hours_spin.setValue(row.minutes // 60)
        ui.minutes_spin.setValue(row.minutes % 60)
        ui.note_edit.setText(row.note)
        self.mark_clean()
        ui.hours_spin.setFocus()

    def load_correction(self, signup: SignupRow) -> None:
        self.signup = signup
        ui = self.ui
        self.setWindowTitle(self.tr("Correct hours"))
        planned = shift_format.minutes_text(
            int((signup.ends_at - signup.starts_at).total_seconds() // 60))
        ui.intro_label.setText(self.tr(
            "Hours for <b>{name}</b> on {shift}, {when} (planned: {planned}).").format(
            name=signup.name, shift=signup.event_name + (": " + signup.shift_title
                                                         if signup.shift_title else ""),
            when=shift_format.when_text(signup.starts_at, signup.ends_at, self.tz),
            planned=planned))
        for row in (0, 1, 3, 4):  # only the time is corrected here
            ui.form_layout.setRowVisible(row, False)
        minutes = signup.minutes or 0
        ui.hours_spin.setValue(minutes // 60)
        ui.minutes_spin.setValue(minutes % 60)
        self.errors.fields["minutes"] = ui.hours_spin
        self.mark_clean()
        ui.hours_spin.setFocus()

    def minutes(self) -> int:
        return self.ui.hours_spin.value() * 60 + self.ui.minutes_spin.value()

    def snapshot(self) -> dict:
        ui = self.ui
        return {"person": self.picker.person_id(),
                "worked_on": shift_format.pydate(ui.day_edit.date()),
                "minutes": self.minutes(), "event": ui.event_combo.event_id(),
                "note": ui.note_edit.text()}

    def save(self) -> Changes | None:
        if self.signup is not None:
            signup, minutes = self.signup, self.minutes()
            return self.run_write(lambda actor: shifts.update_assignment(
                actor, signup.assignment_id, signup.assignment_version, {"minutes": minutes}))
        values = self.snapshot()
        if self.logged is not None:
            hours_id = self.logged.id
            del values["person"]
            return self.run_write(lambda actor: hours.update_hours(actor, hours_id, values))
        return self.run_write(lambda actor: hours.log_hours(actor, values))

    @classmethod
    def ask_log(cls, context: AppContext, parent: QWidget | None = None,
                person_id: int | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_log(person_id, clock.today())
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

    @classmethod
    def ask_edit(cls, context: AppContext, row: hours.HoursRow, person_name: str,
                 parent: QWidget | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_edit(row, person_name, clock.today())
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

    @classmethod
    def ask_correction(cls, context: AppContext, signup: SignupRow,
                       parent: QWidget | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_correction(signup)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

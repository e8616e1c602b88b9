"""Signing someone up: a volunteer for a shift (type-ahead, people with the needed skill
first), or a shift for a person (the shifts with open places). An overlap with another
shift is refused and named; a coordinator may sign up anyway with a reason."""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from civicdesk import clock
from civicdesk.errors import UserError
from civicdesk.services import actors, lookups, schedule, shifts
from civicdesk.services.changes import Changes
from civicdesk.services.errors import ValidationError

from civicdesk.gui import operations, shift_format, text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.forms.ui_signup_dialog import Ui_SignupDialog
from civicdesk.gui.models import shift_table
from civicdesk.gui.models.shift_table import ShiftTableModel
from civicdesk.gui.widgets.person_picker import PersonPicker

WEEKS_AHEAD = 8  # how far ahead the shift chooser looks


class SignupDialog(modal.KeptOnLock, QDialog):
    """Use `ask_for_shift` or `ask_for_person`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SignupDialog()
        self.ui.setupUi(self)
        self.tz = clock.zone()
        self.changes: Changes | None = None
        self.shift_id: int | None = None
        self.person_id: int | None = None
        self.picker = PersonPicker(context, self, volunteers_only=True)
        self.ui.person_layout.addWidget(self.picker, 1)
        self.ui.person_caption.setBuddy(self.picker)
        self.shifts = ShiftTableModel(self.tz, self)
        self.ui.shifts_view.setModel(self.shifts)
        self.ui.shifts_view.verticalHeader().hide()
        self.ui.shifts_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.shifts_view.horizontalHeader().setSectionResizeMode(
            shift_table.LOCATION, QHeaderView.ResizeMode.Stretch)
        themes.tint(self.ui.error_label, "error")
        self.ui.error_label.setWordWrap(True)
        self.ui.error_label.hide()
        self.ui.override_group.hide()
        self.ok_button.setText(self.tr("&Sign up"))
        self.ui.button_box.accepted.connect(self.on_sign_up)
        self.ui.button_box.rejected.connect(self.reject)
        self.picker.person_chosen.connect(self._on_picker_person_chosen)
        self.ui.event_combo.currentIndexChanged.connect(self._load_open_shifts)
        self.ui.shifts_view.doubleClicked.connect(self._on_shifts_view_double_clicked)
        self.ui.shifts_view.selectionModel().currentChanged.connect(
            self._on_picker_person_chosen)  # another shift: start the checks afresh

    @property
    def ok_button(self):
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    # Two ways in -----------------------------------------------------------------------------
    def load_for_shift(self, shift_id: int) -> None:
        """Choose a volunteer for this shift."""
        row = schedule.shift_row(shift_id)
        self.shift_id = shift_id
        self.setWindowTitle(self.tr("Sign someone up"))
        self.ui.shifts_box.hide()
        self.picker.skill = row.required_skill or None
        intro = self.tr("Who will come to <b>{shift}</b>, {when}? ({places} places taken)").format(
            shift=_escape(row.name), when=shift_format.when_text(row.starts_at, row.ends_at,
                                                                 self.tz),
            places=shift_format.places_text(row.filled, row.capacity))
        if row.required_skill:
            intro += "<br>" + self.tr("Volunteers who know <b>{skill}</b> are listed first.").format(
                skill=_escape(row.required_skill))
        self.ui.intro_label.setText(intro)
        self.resize(640, self.minimumSizeHint().height() + 40)
        self.picker.setFocus()

    def load_for_person(self, person_id: int) -> None:
        """Choose a shift (with open places, in the coming weeks) for this person."""
        self.person_id = person_id
        person = lookups.person_label(person_id)
        self.setWindowTitle(self.tr("Sign up for a shift"))
        self.ui.person_box.hide()
        self.ui.intro_label.setText(self.tr(
            "Choose a shift for <b>{name}</b>. Shifts in the next {weeks} weeks that still "
            "need people are listed.").format(name=_escape(person.name if person else "?"),
                                              weeks=WEEKS_AHEAD))
        self.ui.event_combo.load(self.tr("All events"))
        self._load_open_shifts()
        self.ui.main_layout.setStretchFactor(self.ui.shifts_box, 1)
        self.resize(920, 560)
        self.ui.shifts_view.setFocus()

    def _load_open_shifts(self) -> None:
        now = clock.utcnow()
        self.shifts.load(schedule.open_shifts(now, now + timedelta(weeks=WEEKS_AHEAD),
                                              event_id=self.ui.event_combo.event_id()))
        if self.shifts.rowCount():
            self.ui.shifts_view.selectRow(0)

    def chosen(self) -> tuple[int | None, int | None]:
        """(shift id, person id) as currently chosen."""
        if self.shift_id is not None:
            return self.shift_id, self.picker.person_id()
        index = self.ui.shifts_view.currentIndex()
        return (index.data(shift_table.ShiftIdRole) if index.isValid() else None,
                self.person_id)

    # Signing up ------------------------------------------------------------------------------
    def on_sign_up(self) -> None:
        shift_id, person_id = self.chosen()
        if shift_id is None or person_id is None:
            self._show_error(self.tr("Choose a shift first.") if shift_id is None
                             else self.tr("Choose a volunteer from the list first."))
            return
        reason = self.ui.reason_edit.text().strip() if self.ui.override_group.isVisible() \
            else ""
        self.changes = operations.Operation(self, self.context, lambda actor: shifts.assign(
            actor, shift_id, person_id, override_reason=reason)).on_refused(
            self._refused).run()
        if self.changes is not None:
            self.accept()

    def _refused(self, exc: UserError) -> None:
        if not isinstance(exc, ValidationError):
            self._show_error(text.error(exc))
            return
        overlap = any(p.message.template == shifts.OVERLAP for p in exc.problems)
        message = "\n".join(text.message(p.message) for p in exc.problems)
        if overlap and self.context.actor.can(actors.OVERRIDE_OVERLAP):
            self.ui.override_group.show()
            self.ui.reason_edit.setFocus()
            message += "\n" + self.tr("To sign them up anyway, give a reason below.")
        elif overlap:
            message += "\n" + self.tr("Only a coordinator can allow an overlap.")
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def _on_picker_person_chosen(self, *args) -> None:
        self.ui.error_label.hide()
        self.ui.override_group.hide()
        self.ui.reason_edit.clear()

    def _on_shifts_view_double_clicked(self, index: QModelIndex) -> None:
        self.on_sign_up()

    @classmethod
    def ask_for_shift(cls, context: AppContext, shift_id: int,
                      parent: QWidget | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_for_shift(shift_id)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

    @classmethod
    def ask_for_person(cls, context: AppContext, person_id: int,
                       parent: QWidget | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_for_person(person_id)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes


def _escape(value: str) -> str:
    return html.escape(value)

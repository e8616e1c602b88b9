"""Taking in a support request on one screen, keyboard first; also edits an existing one.

Type part of the requester's name and pick with the arrow keys (or "New neighbour" for
someone not on file: just a name and a phone), then category, urgency, summary ... and
Ctrl+S. "Save and new" (Ctrl+Shift+S) clears the form for the next call.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QDialog, QMessageBox, QWidget

from civicdesk import clock
from civicdesk.services import actors, request_lists, requests
from civicdesk.services.changes import Changes
from civicdesk.services.requests import RequestRecord

from civicdesk.gui import localized, operations, request_text, text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.forms.ui_request_intake import Ui_RequestIntakeDialog
from civicdesk.gui.widgets.field_errors import FieldErrors
from civicdesk.gui.widgets.person_picker import PersonPicker


def suggested_due(urgency: str, today: date) -> date | None:
    """The due date an urgency suggests (until the user sets one): this week = Sunday."""
    return {"today": today, "2_days": today + timedelta(days=2),
            "this_week": today + timedelta(days=6 - today.weekday())}.get(urgency)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RequestIntakeDialog(modal.KeptOnLock, QDialog):
    """New request (with "Save and new") or, after `load(record)`, an edit of one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RequestIntakeDialog()
        self.ui.setupUi(self)
        for edit in (self.ui.due_edit, self.ui.follow_up_edit):
            localized.localize_date_edit(edit)
        self.record: RequestRecord | None = None
        self.last_changes: Changes | None = None
        self.may_see_sensitive = context.actor.can(actors.VIEW_SENSITIVE)
        self._due_touched = False
        self._setting = False
        self._dirty = False
        self._setup_picker()
        self._setup_choices()
        self._setup_errors()
        self._connect()
        self.clear()

    # Setup ------------------------------------------------------------------------------
    def _setup_picker(self) -> None:
        self.picker = PersonPicker(self.context, self)
        self.picker.setAccessibleName(self.tr("Requester"))
        self.ui.requester_layout.insertWidget(0, self.picker, 1)
        self.ui.requester_label.setBuddy(self.picker)
        QWidget.setTabOrder(self.picker, self.ui.new_neighbour_button)

    def _setup_choices(self) -> None:
        for cid, name in request_lists.categories():
            self.ui.category_combo.addItem(request_text.category(name), cid)
        for code in requests.URGENCY_LABELS:
            self.ui.urgency_combo.addItem(request_text.urgency(code), code)
        completer = QCompleter(request_lists.known_areas(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.area_edit.setCompleter(completer)
        self.ui.sensitive_box.setVisible(self.may_see_sensitive)
        themes.tint(self.ui.due_warning, "warning")
        self.ui.due_warning.setWordWrap(True)
        self.ui.keys_label.setEnabled(False)  # a quiet hint, greyed

    def _setup_errors(self) -> None:
        ui = self.ui
        self.errors = FieldErrors(
            {"requester": self.picker, "first_name": ui.first_name_edit,
             "last_name": ui.last_name_edit, "phone": ui.phone_edit,
             "category": ui.category_combo, "urgency": ui.urgency_combo,
             "summary": ui.summary_edit, "details": ui.details_edit, "area": ui.area_edit,
             "due_on": ui.due_edit, "follow_up_on": ui.follow_up_edit,
             "sensitive_notes": ui.sensitive_edit},
            {"requester": ui.requester_error, "summary": ui.summary_error}, ui.error_label)

    def _connect(self) -> None:
        ui = self.ui
        ui.save_button.clicked.connect(self.accept_if_saved)
        ui.save_new_button.clicked.connect(self.save_and_new)
        ui.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept_if_saved)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_and_new)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept_if_saved)
        ui.new_neighbour_button.toggled.connect(self._on_new_neighbour_toggled)
        self.picker.person_chosen.connect(self._on_person_chosen)
        ui.urgency_combo.currentIndexChanged.connect(self._on_urgency_changed)
        ui.due_check.toggled.connect(self._on_due_toggled)
        ui.due_check.clicked.connect(self._on_due_clicked)
        ui.due_edit.userDateChanged.connect(self._on_due_edited)
        ui.follow_up_check.toggled.connect(ui.follow_up_edit.setEnabled)
        for edit in (ui.first_name_edit, ui.last_name_edit, ui.phone_edit, ui.summary_edit,
                     ui.area_edit, self.picker):
            edit.textEdited.connect(self._on_edited)
        for edit in (ui.details_edit, ui.sensitive_edit):
            edit.textChanged.connect(self._on_edited)
        for combo in (ui.category_combo, ui.urgency_combo):
            combo.activated.connect(self._on_edited)

    # Loading ----------------------------------------------------------------------------
    def clear(self) -> None:
        """An empty form for the next request; the requester has the focus."""
        ui = self.ui
        self.record = None
        self.picker.set_person_id(None)
        ui.new_neighbour_button.setChecked(False)
        self._on_new_neighbour_toggled(False)
        for edit in (ui.first_name_edit, ui.last_name_edit, ui.phone_edit, ui.summary_edit,
                     ui.area_edit):
            edit.clear()
        ui.details_edit.clear()
        ui.sensitive_edit.clear()
        ui.category_combo.setCurrentIndex(0)
        ui.urgency_combo.setCurrentIndex(ui.urgency_combo.findData("this_week"))
        self._due_touched = False
        self._set_date(ui.due_check, ui.due_edit, suggested_due("this_week", self._today()))
        self._set_date(ui.follow_up_check, ui.follow_up_edit, None)
        self.errors.clear()
        self._dirty = False
        self.picker.setFocus()
        self._update_due_warning()

    def load(self, record: RequestRecord) -> None:
        """Edit *record* (read with sensitive notes if this user may see them)."""
        ui = self.ui
        self.clear()
        self.record = record
        self.setWindowTitle(self.tr("Request #{id}: {summary}").format(
            id=record.id, summary=record.summary))
        ui.save_new_button.hide()
        ui.new_neighbour_button.hide()
        self.picker.set_person_id(record.requester)
        ui.category_combo.setCurrentIndex(ui.category_combo.findData(record.category))
        ui.urgency_combo.setCurrentIndex(ui.urgency_combo.findData(record.urgency))
        ui.summary_edit.setText(record.summary)
        ui.details_edit.setPlainText(record.details)
        ui.area_edit.setText(record.area)
        ui.sensitive_edit.setPlainText(record.sensitive_notes)
        self._due_touched = True
        self._set_date(ui.due_check, ui.due_edit, record.due_on)
        self._set_date(ui.follow_up_check, ui.follow_up_edit, record.follow_up_on)
        self._dirty = False
        ui.summary_edit.setFocus()

    def _set_date(self, check, edit, value: date | None) -> None:
        self._setting = True  # dateChanged fires for programmatic changes too
        try:
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            edit.setDate(_qdate(value or self._today()))
        finally:
            self._setting = False

    def _today(self) -> date:
        return clock.today()

    # Values and saving ------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The request fields as the service takes them."""
        ui = self.ui
        values = {
            "requester": self.picker.person_id(),
            "category": ui.category_combo.currentData(),
            "urgency": ui.urgency_combo.currentData(),
            "summary": ui.summary_edit.text(),
            "details": ui.details_edit.toPlainText(),
            "area": ui.area_edit.text(),
            "due_on": ui.due_edit.date().toPython() if ui.due_check.isChecked() else None,
            "follow_up_on": ui.follow_up_edit.date().toPython()
            if ui.follow_up_check.isChecked() else None,
        }
        if self.may_see_sensitive:  # others never send the field, so they cannot blank it
            values["sensitive_notes"] = ui.sensitive_edit.toPlainText()
        return values

    def neighbour(self) -> dict[str, str]:
        ui = self.ui
        return {"first_name": ui.first_name_edit.text(), "last_name": ui.last_name_edit.text(),
                "phone": ui.phone_edit.text()}

    def save(self) -> Changes | None:
        """Save (an operation); problems are shown next to their fields, a conflict or a
        missing permission in the form's error line, and the form keeps what was typed."""
        values, record = self.values(), self.record
        if record is not None:
            def call(actor):
                return requests.update_request(actor, record.id, record.version, values)
        elif self.ui.new_neighbour_button.isChecked():
            values.pop("requester")
            neighbour = self.neighbour()

            def call(actor):
                return requests.create_for_new_neighbour(actor, neighbour, values)
        else:
            def call(actor):
                return requests.create_request(actor, values)
        changes = operations.run(self, self.context, call, errors=self.errors)
        if changes is not None:
            self.last_changes = changes
            self._dirty = False
        return changes

    def accept_if_saved(self) -> None:
        if self.save() is not None:
            self.accept()

    def save_and_new(self) -> None:
        summary, who = self.ui.summary_edit.text(), self._requester_name()
        changes = self.save()
        if changes is None:
            return
        self.clear()
        themes.tint(self.ui.saved_label, "success", "font-weight: bold;")
        self.ui.saved_label.setText(self.tr("Saved request #{id} for {name}: {summary}. "
                                            "Next call:").format(id=changes.id, name=who,
                                                                 summary=summary.strip()))

    def _requester_name(self) -> str:
        if self.ui.new_neighbour_button.isChecked():
            return " ".join(x for x in (self.ui.first_name_edit.text().strip(),
                                        self.ui.last_name_edit.text().strip()) if x)
        return self.picker.text().strip()

    def reject(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask before throwing typed text away (monkeypatched in tests)."""
        answer = QMessageBox.question(
            self, self.tr("Discard this request?"),
            self.tr("What you typed has not been saved. Close the form anyway?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # Reactions --------------------------------------------------------------------------
    def _on_edited(self, *_args) -> None:
        self._dirty = True
        self.ui.saved_label.clear()

    def _on_new_neighbour_toggled(self, on: bool) -> None:
        self.ui.new_neighbour_box.setVisible(on)
        self.picker.setEnabled(not on)
        if on:
            self.picker.set_person_id(None)
            self.ui.first_name_edit.setFocus()

    def _on_person_chosen(self, person_id: int | None) -> None:
        self._dirty = True
        if person_id is not None and not self.ui.area_edit.text():
            self.ui.area_edit.setText(request_lists.home_area(person_id))

    def _on_urgency_changed(self, _index: int) -> None:
        if self._due_touched:
            return
        due = suggested_due(self.ui.urgency_combo.currentData(), self._today())
        self._set_date(self.ui.due_check, self.ui.due_edit, due)
        self._update_due_warning()

    def _on_due_toggled(self, on: bool) -> None:
        self.ui.due_edit.setEnabled(on)
        self._update_due_warning()

    def _on_due_clicked(self) -> None:
        self._due_touched = True  # the user decided: urgency no longer suggests a date
        self._dirty = True

    def _on_due_edited(self, _date: QDate) -> None:
        if self._setting:
            return
        self._due_touched = True
        self._dirty = True
        self._update_due_warning()

    def _update_due_warning(self) -> None:
        warnings = requests.intake_warnings(self.values(), self._today())
        self.ui.due_warning.setText("\n".join(text.message(w.message) for w in warnings))
        self.ui.due_warning.setVisible(bool(warnings))

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext,
            record: RequestRecord | None = None) -> Changes | None:
        """Take in requests (or edit *record*); the last saved change, or None."""
        dialog = cls(context, parent)
        if record is not None:
            dialog.load(record)
        dialog.exec()
        return dialog.last_changes

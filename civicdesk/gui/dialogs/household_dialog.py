"""Enter a new household's address, or correct one (Designer form `ui/household_dialog.ui`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import submit_dialog
from civicdesk.gui.forms.ui_household_dialog import Ui_HouseholdDialog
from civicdesk.gui.widgets.field_errors import FieldErrors

LINE_FIELDS = ("name", "street", "unit", "postal_code", "city", "region", "country", "area")


class HouseholdDialog(submit_dialog.SubmitDialog):
    """`ask(parent, context, values, submit)`: *submit(actor, fields)* (e.g.
    `people.create_household`) runs as an operation; the dialog closes once it succeeded
    and returns its Changes."""

    def __init__(self, context: AppContext, submit: submit_dialog.Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, submit, parent)
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)
        fields = {name: getattr(self.ui, f"{name}_edit") for name in LINE_FIELDS + ("notes",)}
        labels = {name: getattr(self.ui, f"{name}_error") for name in LINE_FIELDS + ("notes",)}
        self.errors = FieldErrors(fields, labels, self.ui.errors_label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save the household"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def load(self, values: dict[str, Any]) -> None:
        for name in LINE_FIELDS:
            getattr(self.ui, f"{name}_edit").setText(values.get(name) or "")
        self.ui.notes_edit.setPlainText(values.get("notes") or "")
        self.setWindowTitle(self.tr("Household") if values.get("id") else self.tr("New household"))
        first = self.ui.street_edit if values.get("name") else self.ui.name_edit
        first.setFocus()

    def values(self) -> dict[str, Any]:
        values = {name: getattr(self.ui, f"{name}_edit").text().strip() for name in LINE_FIELDS}
        values["notes"] = self.ui.notes_edit.toPlainText().strip()
        return values

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, values: dict[str, Any],
            submit: submit_dialog.Submit) -> Changes | None:
        dialog = cls(context, submit, parent)
        dialog.load(values)
        return dialog.changes if dialog.exec() else None

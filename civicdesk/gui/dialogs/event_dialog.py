"""Creating or editing an event: name, place, colour, description."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox, QWidget

from civicdesk.services import schedule, shifts
from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.editor import EditorDialog
from civicdesk.gui.forms.ui_event_dialog import Ui_EventDialog
from civicdesk.gui.widgets.field_errors import FieldErrors

DEFAULT_COLOUR = "#4a90d9"


class EventDialog(EditorDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self._event: schedule.EventRow | None = None
        ui = self.ui
        self.errors = FieldErrors({"name": ui.name_edit, "location": ui.location_edit,
                                   "colour": ui.colour_edit,
                                   "description": ui.description_edit},
                                  summary=ui.error_label)
        ui.button_box.accepted.connect(self.on_save)
        ui.button_box.rejected.connect(self.reject)
        ui.colour_button.clicked.connect(self._on_colour_button_clicked)
        ui.colour_edit.textChanged.connect(self._on_colour_edit_text_changed)

    def load(self, event: schedule.EventRow | None) -> None:
        self._event = event
        ui = self.ui
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Edit event"))
        ui.name_edit.setText(event.name if event else "")
        ui.location_edit.setText(event.location if event else "")
        ui.colour_edit.setText(event.colour if event else DEFAULT_COLOUR)
        ui.description_edit.setPlainText(event.description if event else "")
        self.mark_clean()

    def snapshot(self) -> dict:
        ui = self.ui
        return {"name": ui.name_edit.text(), "location": ui.location_edit.text(),
                "colour": ui.colour_edit.text().strip(),
                "description": ui.description_edit.toPlainText()}

    def save(self) -> Changes | None:
        values, event = self.snapshot(), self._event
        if event is None:
            return self.run_write(lambda actor: shifts.create_event(actor, values))
        return self.run_write(
            lambda actor: shifts.update_event(actor, event.id, event.version, values))

    def _on_colour_button_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.ui.colour_edit.text()), self,
                                       self.tr("Colour of the event"))
        if chosen.isValid():
            self.ui.colour_edit.setText(chosen.name())

    def _on_colour_edit_text_changed(self, value: str) -> None:
        colour = QColor(value.strip())
        self.ui.colour_swatch.setStyleSheet(
            f"background: {colour.name()};" if colour.isValid() else "")

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None,
            event: schedule.EventRow | None = None) -> Changes | None:
        """Edit (or, without *event*, create) an event; the saved Changes or None."""
        dialog = cls(context, parent)
        dialog.load(event)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

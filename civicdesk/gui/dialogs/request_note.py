"""A short text for a request: a note for the history, the reason for reopening, why it
was cancelled. The dialog hands the text to a service call and shows what it refuses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from civicdesk.errors import UserError
from civicdesk.services.changes import Changes
from civicdesk.services.errors import ValidationError

from civicdesk.gui import text
from civicdesk.gui.forms.ui_request_note import Ui_RequestNoteDialog
from civicdesk.gui.widgets.field_errors import FieldErrors

Submit = Callable[[str], Changes]


class RequestNoteDialog(QDialog):
    """Ctrl+Enter (or Ctrl+S) saves; Enter alone starts a new line."""

    def __init__(self, title: str, prompt: str, ok_text: str, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestNoteDialog()
        self.ui.setupUi(self)
        self.submit = submit
        self.changes: Changes | None = None
        self.setWindowTitle(title)
        self.ui.prompt_label.setText(prompt)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        self.errors = FieldErrors({"note": self.ui.note_edit}, {}, self.ui.error_label)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.ui.note_edit.setFocus()

    def save(self) -> None:
        try:
            self.changes = self.submit(self.ui.note_edit.toPlainText())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except UserError as exc:
            self.errors.clear()
            self.ui.error_label.setText(text.error(exc))
            self.ui.error_label.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, title: str, prompt: str, ok_text: str,
            submit: Submit) -> Changes | None:
        """Ask for the text and save it with *submit*; the change, or None if cancelled."""
        dialog = cls(title, prompt, ok_text, submit, parent)
        dialog.exec()
        return dialog.changes

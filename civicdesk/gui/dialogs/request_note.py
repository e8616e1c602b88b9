"""A short text for a request: a note for the history, the reason for reopening, why it
was cancelled. The dialog runs the write with the text (an operation) and shows what it
refuses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui import operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.forms.ui_request_note import Ui_RequestNoteDialog
from civicdesk.gui.widgets.field_errors import FieldErrors

Submit = Callable[[Actor, str], Changes]


class RequestNoteDialog(modal.KeptOnLock, QDialog):
    """Ctrl+Enter (or Ctrl+S) saves; Enter alone starts a new line."""

    def __init__(self, context: AppContext, title: str, prompt: str, ok_text: str,
                 submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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
        note = self.ui.note_edit.toPlainText()
        self.changes = operations.run(self, self.context, lambda actor: self.submit(actor, note),
                                      errors=self.errors)
        if self.changes is not None:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext, title: str, prompt: str, ok_text: str,
            submit: Submit) -> Changes | None:
        """Ask for the text and save it with *submit*; the change, or None if cancelled."""
        dialog = cls(context, title, prompt, ok_text, submit, parent)
        dialog.exec()
        return dialog.changes

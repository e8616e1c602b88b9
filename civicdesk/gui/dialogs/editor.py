"""What every editor dialog shares: Ctrl+S saves, Esc asks before dropping unsaved edits,
the save runs as an operation (published once), problems are shown next to the fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui import operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.widgets.field_errors import FieldErrors

R = TypeVar("R")


class EditorDialog(modal.KeptOnLock, QDialog):
    """Subclasses set `self.errors` (FieldErrors with a summary label), implement
    `snapshot()` (what the user can edit, comparable) and `save()`."""

    errors: FieldErrors

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.changes: Changes | None = None
        self._loaded: object = None
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.on_save)

    def snapshot(self) -> object:
        raise NotImplementedError

    def save(self) -> Changes | None:
        """Run the write (`run_write`); None (with the problems shown) if it was refused."""
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._loaded = self.snapshot()

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.snapshot() != self._loaded

    def run_write(self, call: Callable[[Actor], R]) -> R | None:
        """Run the write *call* (see `gui.operations`); on a refusal show why, next to the
        fields or in the form's summary line, and return None."""
        return operations.run(self, self.context, call, errors=self.errors)

    def on_save(self) -> None:
        changes = self.save()
        if changes is not None:
            self.changes = changes
            self._loaded = None
            self.accept()

    def reject(self) -> None:
        if self.is_dirty() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask before throwing edits away (monkeypatched in tests)."""
        answer = QMessageBox.question(
            self, self.tr("Discard changes?"),
            self.tr("You changed this but did not save it. Close without saving?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

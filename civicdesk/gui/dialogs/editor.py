"""What every editor dialog shares: Ctrl+S saves, Esc asks before dropping unsaved edits,
problems are shown next to the fields, and a successful save is published."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from civicdesk.errors import UserError
from civicdesk.services.changes import Changes
from civicdesk.services.errors import ValidationError

from civicdesk.gui import text
from civicdesk.gui.context import AppContext
from civicdesk.gui.widgets.field_errors import FieldErrors


class EditorDialog(QDialog):
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
        """Call the service; None (with the problems shown) if it refused."""
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._loaded = self.snapshot()

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.snapshot() != self._loaded

    def run_service(self, call: Callable[[], Changes], summary: QLabel) -> Changes | None:
        """`call()`; on a refusal show why (next to the fields, or in *summary*)."""
        self.errors.clear()
        try:
            return call()
        except ValidationError as exc:
            self.errors.show(exc)
        except UserError as exc:
            summary.setText(text.error(exc))
            summary.show()
        return None

    def on_save(self) -> None:
        changes = self.save()
        if changes is not None:
            self.changes = changes
            self._loaded = None
            self.context.publish(changes)
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

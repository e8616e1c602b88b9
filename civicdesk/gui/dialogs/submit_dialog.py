"""A dialog whose OK runs a write: it closes only when the service accepted the input.

The write runs as an operation (`gui.operations`): validation problems are shown next to
the fields (FieldErrors) and the dialog stays open; other refusals (a conflict, a missing
permission) go in the form's summary line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui import operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.widgets.field_errors import FieldErrors

Submit = Callable[[Actor, dict[str, Any]], Changes]


class SubmitDialog(modal.KeptOnLock, QDialog):
    """Subclasses set `self.errors` (FieldErrors) and implement `values()`."""

    errors: FieldErrors

    def __init__(self, context: AppContext, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._submit = submit
        self.changes: Changes | None = None

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        values = self.values()
        self.changes = operations.run(self, self.context,
                                      lambda actor: self._submit(actor, values),
                                      errors=self.errors)
        if self.changes is not None:
            super().accept()

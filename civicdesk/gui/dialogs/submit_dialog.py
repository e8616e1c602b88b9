"""A dialog whose OK calls a service: it closes only when the service accepted the input.

Validation problems are shown next to the fields (FieldErrors) and the dialog stays open;
other refusals (a conflict, a missing permission) are explained in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from civicdesk.errors import UserError
from civicdesk.services.changes import Changes
from civicdesk.services.errors import ValidationError

from civicdesk.gui import text
from civicdesk.gui.widgets.field_errors import FieldErrors

Submit = Callable[[dict[str, Any]], Changes]


class SubmitDialog(QDialog):
    """Subclasses set `self.errors` (FieldErrors) and implement `values()`."""

    errors: FieldErrors

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.changes: Changes | None = None

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.changes = self._submit(self.values())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), text.error(exc))
            return
        super().accept()

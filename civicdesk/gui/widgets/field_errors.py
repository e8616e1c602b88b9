"""Show a ValidationError next to the fields it is about, not in a traceback or a popup."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from civicdesk.errors import UserError
from civicdesk.services.errors import ValidationError

from civicdesk.gui import text, themes


def field_style() -> str:
    """The edge of a field with a problem, in the theme's error colour."""
    return f"border: 2px solid {themes.scheme().tones['error']}; border-radius: 3px;"


class FieldErrors:
    """Maps field names (as the services name them) to the widgets that edit them.

    For each field, an error label is used if one is given (hidden while there is no error);
    otherwise the message goes in the widget's tooltip and in the `summary` label. The first
    bad field gets the keyboard focus.
    """

    def __init__(self, fields: dict[str, QWidget], labels: dict[str, QLabel] | None = None,
                 summary: QLabel | None = None) -> None:
        self.fields, self.labels, self.summary = fields, labels or {}, summary
        for label in self.labels.values():
            themes.tint(label, "error")
            label.setWordWrap(True)
            label.hide()
        if summary is not None:
            themes.tint(summary, "error")
            summary.setWordWrap(True)
            summary.hide()
        self._styles = {name: w.styleSheet() for name, w in fields.items()}

    def clear(self) -> None:
        for name, widget in self.fields.items():
            widget.setStyleSheet(self._styles[name])
            widget.setToolTip("")
        for label in self.labels.values():
            label.clear()
            label.hide()
        if self.summary is not None:
            self.summary.clear()
            self.summary.hide()

    def show(self, error: ValidationError) -> None:
        self.clear()
        loose = []
        for problem in error.problems:
            message = text.message(problem.message)
            widget = self.fields.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(self._styles[problem.field] + field_style())
                widget.setToolTip(message)
            label = self.labels.get(problem.field)
            if label is not None:
                label.setText(message)
                label.show()
            else:
                loose.append(text.problem(problem))
        if loose and self.summary is not None:
            self.summary.setText("\n".join(loose))
            self.summary.show()
        first = self.fields.get(error.problems[0].field)
        if first is not None:
            first.setFocus()

    def show_refusal(self, error: UserError) -> bool:
        """Bad input next to its fields, anything else (a conflict, a missing permission)
        in the summary line. False when there is no summary line to say it in."""
        if isinstance(error, ValidationError):
            self.show(error)
            return True
        if self.summary is None:
            return False
        self.clear()
        self.summary.setText(text.error(error))
        self.summary.show()
        return True

    def messages(self) -> dict[str, str]:
        """The shown message per field (for tests)."""
        shown = {name: w.toolTip() for name, w in self.fields.items() if w.toolTip()}
        return shown

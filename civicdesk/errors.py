"""The base of every error a user can fix, shared by the data and service layers."""

from __future__ import annotations

from typing import Any

from civicdesk.i18n import QT_TRANSLATE_NOOP, Message


class UserError(Exception):
    """An error the user can understand and act on; shown as a message, never as a traceback.

    Subclasses set `context` and `template` (marked with QT_TRANSLATE_NOOP so translators
    see them); the keyword arguments fill the template's placeholders. `str(error)` is
    the English text (for logs); `str(error.message)` the text in the user's language.
    """

    context = "Errors"
    template = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.message = Message(self.context, template or self.template, params)
        self.params = params
        super().__init__(self.message.english())

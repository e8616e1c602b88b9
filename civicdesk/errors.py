"""The base of every error a user can fix, shared by the data and service layers."""

from __future__ import annotations

from typing import Any

from civicdesk.i18n import Message


class UserError(Exception):
    """An error the user can understand and act on; shown as a message, never as a traceback.

    Subclasses set `context` and `template` (marked with QT_TRANSLATE_NOOP so translators
    see them); the keyword arguments fill the template's placeholders.
    """

    context = "Errors"
    template = "Something went wrong."

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.message = Message(self.context, template or self.template, params)
        self.params = params
        super().__init__(str(self.message))

"""Marking user-visible text in layers that must not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns *text* unchanged; `pyside6-lupdate` finds the
call by name and puts the text into the `.ts` files, and the GUI translates it with
`QCoreApplication.translate(context, text)` when it shows the message. Messages keep
`{placeholders}` so the translated template is formatted after translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this name
    return text


@dataclass(frozen=True)
class Message:
    """A user-visible text: translation context, English template and its values."""

    context: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.render(self.template)

    def render(self, template: str) -> str:
        """Format *template* (the English one or its translation) with the values."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            return self.template.format(**self.params)


# The language CivicDesk speaks ("en", "es", "fr"): reports, messages and formats follow it
# (`civicdesk.localformat`). Minimal here; the language choice (setting, --lang) sets it.
_language = "en"


def language() -> str:
    return _language


def set_language(code: str) -> None:
    global _language
    _language = code or "en"

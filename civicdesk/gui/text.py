"""Showing texts from the Qt-free layers in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk.errors import UserError
from civicdesk.i18n import Message
from civicdesk.services.errors import Problem, ValidationError


def message(msg: Message) -> str:
    """Translate a Message's template (and any Message among its values), then fill it in."""
    params = {k: message(v) if isinstance(v, Message) else v for k, v in msg.params.items()}
    translated = QCoreApplication.translate(msg.context, msg.template)
    return Message(msg.context, msg.template, params).render(translated)


def problem(p: Problem) -> str:
    return f"{message(p.label)}: {message(p.message)}"


def error(exc: BaseException) -> str:
    """The text to show for an error a user can fix."""
    if isinstance(exc, ValidationError):
        return "\n".join(problem(p) for p in exc.problems)
    if isinstance(exc, UserError):
        return message(exc.message)
    return str(exc)


def label(context: str, text: str) -> str:
    """Translate a field label or other marked string from a Qt-free layer."""
    return QCoreApplication.translate(context, text)


class Context:
    """`Name.tr(text)`: *text* translated in the context named like the subclass. Outside
    a QObject this is the form in which lupdate reads the context (as it reads `self.tr`
    in a class), so a module of functions gets a context of its own without giving every
    call `QCoreApplication.translate("Name", ...)`; a helper `_tr(text)` would hide its
    texts from lupdate."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)

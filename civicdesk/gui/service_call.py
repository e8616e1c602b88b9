"""Calling a service from a slot: problems the user can fix become a plain message."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from civicdesk.errors import UserError
from civicdesk.services.changes import Changes

from civicdesk.gui import text

T = TypeVar("T")


def show_error(parent: QWidget | None, exc: UserError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ServiceCall", "Not saved"),
                        text.error(exc))


def attempt(parent: QWidget | None, fn: Callable[[], T]) -> T | None:
    """`fn()`, or None after showing why it could not be done (nothing was changed)."""
    try:
        return fn()
    except UserError as exc:
        show_error(parent, exc)
        return None


def publish(parent: QWidget | None, context, fn: Callable[[], Changes]) -> Changes | None:
    """`attempt(fn)`, then tell every pane what changed (`context.publish`)."""
    changes = attempt(parent, fn)
    if changes is not None:
        context.publish(changes)
    return changes

"""Errors a service raises when a request cannot be carried out (nothing was changed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field: which field, what is wrong, the value given."""

    field: str
    label: Message
    message: Message
    value: Any = None

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationError(UserError):
    """The input was refused; `problems` names every field and what is wrong with it."""

    context = "Validation"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("{details}", details="; ".join(str(p) for p in self.problems))

    @property
    def field(self) -> str:
        return self.problems[0].field

    def for_field(self, field: str) -> list[Problem]:
        return [p for p in self.problems if p.field == field]


class ConflictError(UserError):
    """Someone else saved the row after it was opened; nothing was overwritten."""

    context = "Conflict"
    template = QT_TRANSLATE_NOOP(
        "Conflict",
        "{who} changed this record after you opened it ({fields}). Your changes were not "
        "saved. Reload to see their version, then make your changes again.",
    )

    def __init__(self, *, table: str, row_id: int, expected: int, current: int,
                 who: str, fields: list[str]) -> None:
        self.table, self.row_id = table, row_id
        self.expected_version, self.current_version = expected, current
        self.changed_fields = fields
        super().__init__(who=who, fields=", ".join(fields) or "-")


class PermissionDenied(UserError):
    context = "Permission"
    template = QT_TRANSLATE_NOOP(
        "Permission", "{who} is not allowed to {what}. Ask a coordinator or an admin.")


class NotFound(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The {what} you asked for (number {row_id}) no longer exists.")

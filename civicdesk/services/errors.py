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


# What a missing row is called in "The {what} you asked for ... no longer exists", by its
# table (marked here so translators see each word; the message translates it).
KINDS = {
    "ad_hoc_hours": QT_TRANSLATE_NOOP("Errors", "volunteer hours entry"),
    "assignment": QT_TRANSLATE_NOOP("Errors", "sign-up"),
    "event": QT_TRANSLATE_NOOP("Errors", "event"),
    "household": QT_TRANSLATE_NOOP("Errors", "household"),
    "import_batch": QT_TRANSLATE_NOOP("Errors", "import"),
    "payment": QT_TRANSLATE_NOOP("Errors", "payment"),
    "person": QT_TRANSLATE_NOOP("Errors", "person"),
    "shift": QT_TRANSLATE_NOOP("Errors", "shift"),
    "shift_series": QT_TRANSLATE_NOOP("Errors", "repeating series"),
    "support_request": QT_TRANSLATE_NOOP("Errors", "support request"),
    "user": QT_TRANSLATE_NOOP("Errors", "account"),
}


class NotFound(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The {what} you asked for (number {row_id}) no longer exists.")

    def __init__(self, *, what: str, row_id: Any) -> None:
        """*what*: a table name (a key of KINDS), shown in the user's language."""
        word = KINDS.get(what, what.replace("_", " "))
        super().__init__(what=Message("Errors", word), row_id=row_id)

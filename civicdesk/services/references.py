"""The check every service makes of a row a form points at: does it exist, and (where it
must) is it not archived? One helper, one message shape per kind of row, so a volunteer
reads the same sentence whichever form they chose the person, household or event in."""

from __future__ import annotations

import peewee as pw

from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import validation

MISSING = {
    "person": QT_TRANSLATE_NOOP("Validation", "There is no such person (number {value})."),
    "household": QT_TRANSLATE_NOOP("Validation", "There is no such household (number {value})."),
    "event": QT_TRANSLATE_NOOP("Validation", "There is no such event (number {value})."),
    "request_category": QT_TRANSLATE_NOOP("Validation",
                                          "There is no such category (number {value})."),
}
ARCHIVED = {
    "person": QT_TRANSLATE_NOOP("Validation", "{value} is archived; bring them back from the "
                                              "archive first."),
    "household": QT_TRANSLATE_NOOP("Validation", "{value} is archived; bring it back from "
                                                 "the archive first."),
    "event": QT_TRANSLATE_NOOP("Validation", "The event \u201c{value}\u201d is archived; "
                                             "bring it back from the archive first."),
}


def name_of(row: pw.Model) -> str:
    """How a row is named in a message."""
    if isinstance(row, models.Person):
        given = row.preferred_name or row.first_name
        return f"{given} {row.last_name}".strip()
    if isinstance(row, models.Household):
        return row.name or row.street or f"#{row.id}"
    return getattr(row, "name", "") or f"#{row.get_id()}"


def require(model: type[pw.Model], row_id: int, field: str, label: str, *,
            not_archived: bool = False) -> pw.Model:
    """The row *row_id* of *model*, which the form's *field* (labelled *label*) chose; a
    ValidationError on that field if it does not exist, or (with *not_archived*) is
    archived. Call inside the write's transaction."""
    kind = model._meta.table_name
    row = model.get_or_none(model._meta.primary_key == row_id) \
        if validation.fits_integer(row_id) else None
    if row is None:
        validation.fail(field, label, MISSING[kind], row_id)
    if not_archived and getattr(row, "archived", False):
        validation.fail(field, label, ARCHIVED[kind], name_of(row))
    return row


def check(model: type[pw.Model], values: dict, field: str, label: str, *,
          not_archived: bool = False) -> pw.Model | None:
    """`require` for `values[field]` when the form gave one (None: nothing chosen)."""
    if values.get(field) is None:
        return None
    return require(model, values[field], field, label, not_archived=not_archived)

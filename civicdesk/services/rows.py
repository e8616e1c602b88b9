"""The write mechanism every service shares: one transaction, version check, one audit entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee as pw

from civicdesk import clock
from civicdesk.data import append_only, database, lockfile, models
from civicdesk.data import errors as data_errors
from civicdesk.services import audit, errors, validation
from civicdesk.services.actors import Actor

_write_gate: Callable[[], None] | None = None


def set_write_gate(gate: Callable[[], None] | None) -> None:
    """*gate* is asked before every write transaction starts and may refuse it by raising
    (the window's `gui.operations` checks that its writes go through an operation)."""
    global _write_gate
    _write_gate = gate


@contextmanager
def transaction(*, gated: bool = True) -> Iterator[None]:
    """A write transaction; storage failures become DataErrors and everything rolls back.
    An attempt to change or delete an entry of the audit log or a request's history is
    refused by the file's triggers and becomes `HistoryIsAppendOnly`. In a copy that opened
    the file read-only (another copy has it open for changes) every write is refused.
    `gated=False` is for logging in, which is not a write made by a logged-in user."""
    holder = database.read_only_for(models.database.obj)
    if holder is not None:
        raise lockfile.OpenedReadOnly(path=models.database.database, holder=holder)
    if gated and _write_gate is not None and not models.database.in_transaction():
        _write_gate()
    try:
        with models.database.atomic():
            yield
    except data_errors.DATABASE_ERRORS as exc:
        refused = append_only.refusal(exc)  # an edit of the audit log or a history
        if refused is not None:
            raise refused from exc
        # A full disk, a read-only file, a lock held too long ...: everything was rolled
        # back, and the user is told what to do; anything else is a bug and goes on.
        found = database.translate_error(exc, Path(models.database.database))
        if found is exc:
            raise
        raise found from exc


def table_of(model: type[pw.Model]) -> str:
    return model._meta.table_name


def get_row(model: type[pw.Model], row_id: int) -> pw.Model:
    """The row *row_id* of *model*, or NotFound (also for an id too large to be one)."""
    row = model.get_or_none(model._meta.primary_key == row_id) \
        if validation.fits_integer(row_id) else None
    if row is None:
        raise errors.NotFound(what=table_of(model), row_id=row_id)
    return row


def create_row(actor: Actor, model: type[pw.Model], values: dict[str, Any],
               masked: set[str] = frozenset(), action: str = "create") -> pw.Model:
    """Insert a row and its audit entry, the *masked* fields' values masked (call inside
    `transaction()`)."""
    row = model.create(**values)
    shown = {k: v for k, v in values.items() if v not in (None, "", False, [])}
    audit.record(actor, action, table_of(model), row.get_id(),
                 audit.diff({}, shown, masked), getattr(row, "version", None))
    return row


def current_values(row: pw.Model, names) -> dict[str, Any]:
    """Raw column values (foreign keys as ids, so no extra query)."""
    return {name: row.__data__.get(name) for name in names}


def update_row(actor: Actor, model: type[pw.Model], row_id: int, expected_version: int | None,
               values: dict[str, Any], masked: set[str] = frozenset(),
               action: str = "update", extra_changes: dict | None = None,
               row: pw.Model | None = None) -> tuple[pw.Model, dict]:
    """Apply *values* if the row is still at *expected_version*; audit what really changed.

    Returns the row as it now is and the audited `{field: [old, new]}` (the *masked*
    fields' values masked, see `audit.masked_fields`). Raises
    ConflictError if someone saved the row after the caller read it (checked again in the
    UPDATE itself, so two connections racing cannot both win). Pass *row* if the caller
    read it in this transaction already. Call inside `transaction()`. Three statements:
    the read, the UPDATE, the audit entry.
    """
    row = row if row is not None else get_row(model, row_id)
    versioned = "version" in model._meta.fields
    if versioned and expected_version is not None and row.version != expected_version:
        raise conflict(model, row_id, expected_version, row.version)
    old = current_values(row, values)
    changed = {k: v for k, v in values.items() if old[k] != v}
    audited = audit.diff(old, changed, masked) | (extra_changes or {})
    if not audited:
        return row, {}
    # extra_changes (rows in side tables, e.g. a person's languages) also make a new version.
    updates = changed | _bump(model, row)
    if updates:
        query = model.update(**updates).where(model._meta.primary_key == row_id)
        if versioned:
            query = query.where(model.version == row.version)
        if query.execute() != 1:
            raise conflict(model, row_id, row.version, get_row(model, row_id).version)
        for name, value in updates.items():  # the row as the UPDATE left it
            setattr(row, name, value)
    audit.record(actor, action, table_of(model), row_id, audited, getattr(row, "version", None))
    return row, audited


def _bump(model: type[pw.Model], row: pw.Model) -> dict:
    stamps = {}
    if "version" in model._meta.fields:
        stamps["version"] = row.version + 1
    if "updated_at" in model._meta.fields:
        stamps["updated_at"] = clock.utcnow()
    return stamps


def conflict(model: type[pw.Model], row_id: int, expected: int, current: int
             ) -> errors.ConflictError:
    """Describe who changed which fields since *expected*, from the audit log."""
    entries = (models.AuditEntry.select()
               .where((models.AuditEntry.table_name == table_of(model))
                      & (models.AuditEntry.row_id == row_id)
                      & (models.AuditEntry.row_version > expected))
               .order_by(models.AuditEntry.id))
    who, fields = [], []
    for entry in entries:
        if entry.actor not in who:
            who.append(entry.actor)
        fields += [f for f in entry.changes if f not in fields]
    return errors.ConflictError(table=table_of(model), row_id=row_id, expected=expected,
                                current=current, who=", ".join(who) or "someone",
                                fields=fields)

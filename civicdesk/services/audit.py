"""The audit log: one append-only entry per write, naming the actor and the changed fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from civicdesk.data import models
from civicdesk.services.actors import Actor
from civicdesk.services.validation import FieldSpec

MASK = "\u2022\u2022\u2022"  # written instead of a masked value


def masked_fields(specs: dict[str, FieldSpec]) -> frozenset[str]:
    """The fields whose values the audit log never holds (`FieldSpec.masked`: sensitive
    notes, and what tells of someone's health or mobility), only that they changed."""
    return frozenset(name for name, spec in specs.items() if spec.masked)


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, pw.Model):
        return value.get_id()
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


def diff(old: dict[str, Any], new: dict[str, Any], masked: set[str] = frozenset()) -> dict:
    """`{field: [old, new]}` for the fields whose value changed, *masked* ones as MASK (or
    "" when empty)."""
    changed = {}
    for name, value in new.items():
        before = old.get(name)
        if before != value:
            if name in masked:
                changed[name] = [MASK if before else "", MASK if value else ""]
            else:
                changed[name] = [jsonable(before), jsonable(value)]
    return changed


def record(actor: Actor, action: str, table: str, row_id: int | None,
           changes: dict | None = None, row_version: int | None = None) -> models.AuditEntry:
    """Write one audit entry; call inside the transaction of the change it describes."""
    return models.AuditEntry.create(
        user=actor.user_id, actor=actor.name, action=action, table_name=table,
        row_id=row_id, row_version=row_version, changes=changes or {})


@dataclass(frozen=True)
class AuditLine:
    """One audit entry as it is read back."""

    id: int
    at: datetime
    actor: str
    action: str
    table: str
    row_id: int | None
    row_version: int | None
    changes: dict


def history(table: str, row_id: int) -> list[AuditLine]:
    """What was done to one row, oldest first."""
    E = models.AuditEntry
    query = (E.select(E.id, E.at, E.actor, E.action, E.table_name, E.row_id, E.row_version,
                      E.changes)
             .where((E.table_name == table) & (E.row_id == row_id)).order_by(E.id))
    return [AuditLine(*row) for row in query.tuples()]

"""A subject-access export: everything the association holds about one person.

`gather(actor, person_id)` reads it as plain data (dicts of text, numbers and ISO dates, so
`to_json` is `json.dumps`) and writes the "subject_access" audit entry; the PDF of the same
data is `reports/subject_access.py`. It holds their own sensitive notes, since it is their
own data; of the requests they helped someone else with, only what says what they did
(never the other neighbour's name, summary or notes).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

import peewee as pw

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import actors, audit, erasure, people, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.errors import NotFound
from civicdesk.services.guard import allowed

ACTION = "subject_access"
FORMAT = 1  # the JSON file's layout, for whoever reads it later


def plain(value: Any) -> Any:
    """*value* with dates as ISO text (JSON has no dates)."""
    return audit.jsonable(value)


def _dicts(query) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in row.items()} for row in query.dicts()]


@dataclass(frozen=True)
class SubjectAccess:
    """Everything about one person; each list holds plain dicts."""

    person_id: int
    name: str
    generated_at: str
    generated_by: str
    person: dict[str, Any]
    household: dict[str, Any] | None
    external_ids: list[dict[str, Any]]
    payments: list[dict[str, Any]]
    shifts: list[dict[str, Any]]
    adhoc_hours: list[dict[str, Any]]
    minutes_total: int
    requests_made: list[dict[str, Any]]
    requests_helped: list[dict[str, Any]]
    account: dict[str, Any] | None
    audit_entries: list[dict[str, Any]]
    changes: Changes = field(compare=False, repr=False, default=Changes("audit_entry"))

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, **{f.name: getattr(self, f.name) for f in fields(self)
                                     if f.name != "changes"}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


@allowed(actors.SUBJECT_ACCESS)
def gather(actor: Actor, person_id: int) -> SubjectAccess:
    """Everything held about *person_id* (NotFound if there is no such person); audited."""
    with rows.transaction():
        person = models.Person.get_or_none(models.Person.id == person_id) \
            if validation.fits_integer(person_id) else None
        if person is None:
            raise NotFound(what="person", row_id=person_id)
        user = models.User.get_or_none(models.User.person == person.id)
        found = _read(actor, person, user)
        audit.record(actor, ACTION, "person", person.id, {
            "sections": [None, {k: len(v) for k, v in found.items() if isinstance(v, list)}]})
    return SubjectAccess(**found, changes=Changes("audit_entry"))


def _read(actor: Actor, person: models.Person, user: models.User | None) -> dict[str, Any]:
    pid = person.id
    record = asdict(people.get_person(actor, pid))  # an admin's: with the sensitive notes
    record |= {"created_at": person.created_at, "updated_at": person.updated_at,
               "erased_at": person.erased_at}
    shifts = _shifts(pid)
    hours = _dicts(models.AdHocHours.select(
        models.AdHocHours.worked_on, models.AdHocHours.minutes, models.Event.name.alias("event"),
        models.AdHocHours.note).join(models.Event, pw.JOIN.LEFT_OUTER)
        .where(models.AdHocHours.person == pid).order_by(models.AdHocHours.worked_on))
    minutes = sum(s["minutes"] or 0 for s in shifts if s["status"] == "attended") + sum(
        h["minutes"] for h in hours)
    return {
        "person_id": pid, "name": people.display_name(person.first_name, person.last_name,
                                                      person.preferred_name),
        "generated_at": plain(clock.now()), "generated_by": actor.name,
        "person": {k: plain(v) for k, v in record.items()},
        "household": _household(person.household_id),
        "external_ids": _dicts(models.ExternalId.select(
            models.ExternalId.system, models.ExternalId.value)
            .where(models.ExternalId.person == pid)),
        "payments": _payments(pid, person.household_id),
        "shifts": shifts, "adhoc_hours": hours, "minutes_total": minutes,
        "requests_made": _requests_made(pid),
        "requests_helped": _requests_helped(pid),
        "account": _account(user),
        "audit_entries": _audit(person, user),
    }


def _household(household_id: int | None) -> dict[str, Any] | None:
    if household_id is None:
        return None
    H = models.Household
    row = H.select(H.name, H.street, H.unit, H.city, H.region, H.postal_code, H.country,
                   H.area, H.notes).where(H.id == household_id).dicts().first()
    return {k: plain(v) for k, v in row.items()} if row else None


def _payments(pid: int, household_id: int | None) -> list[dict[str, Any]]:
    Pay = models.Payment
    condition = Pay.person == pid
    if household_id is not None:
        condition |= Pay.household == household_id
    found = _dicts(Pay.select(Pay.paid_on, Pay.amount_cents, Pay.period_start,
                              Pay.period_end, Pay.method, Pay.note,
                              Pay.household.is_null(False).alias("for_household"),
                              Pay.voided_at, Pay.void_reason)
                   .where(condition).order_by(Pay.paid_on, Pay.id))
    return [row | {"for_household": bool(row["for_household"])} for row in found]


def _shifts(pid: int) -> list[dict[str, Any]]:
    A, S, E = models.Assignment, models.Shift, models.Event
    query = (A.select(E.name.alias("event"), S.title, S.starts_at, S.ends_at, S.location,
                      A.status, A.minutes, A.note, A.call_outcome)
             .join(S).join(E).where(A.person == pid).order_by(S.starts_at))
    found = _dicts(query)
    for row in found:  # attended without hours of their own: the shift's length
        if row["minutes"] is None and row["status"] == "attended":
            length = datetime.fromisoformat(row["ends_at"]) - datetime.fromisoformat(
                row["starts_at"])
            row["minutes"] = int(length.total_seconds() // 60)
    return found


def _history(request_ids: list[int], *, notes: bool = True,
             person_id: int | None = None) -> dict[int, list[dict[str, Any]]]:
    U = models.RequestUpdate
    lines: dict[int, list[dict[str, Any]]] = {rid: [] for rid in request_ids}
    if not request_ids:
        return lines
    query = U.select(U.request, U.at, U.actor, U.kind, U.old_status, U.new_status, U.note,
                     U.old_assignee, U.new_assignee).where(U.request.in_(request_ids))
    for row in query.order_by(U.at, U.id).dicts():
        if not notes and person_id not in (row["old_assignee"], row["new_assignee"]):
            continue  # another neighbour's request: only the lines about their help
        line = {k: plain(row[k]) for k in ("at", "actor", "kind", "old_status", "new_status")}
        if notes:
            line["note"] = row["note"]
        lines[row["request"]].append(line)
    return lines


def _requests_made(pid: int) -> list[dict[str, Any]]:
    R, C, P = models.SupportRequest, models.RequestCategory, models.Person
    query = (R.select(R.id, C.name.alias("category"), R.urgency, R.summary, R.details,
                      R.sensitive_notes, R.area, R.status, R.due_on, R.follow_up_on,
                      R.created_at, R.resolved_at, P.first_name, P.last_name)
             .join(C).switch(R).join(P, pw.JOIN.LEFT_OUTER, on=(R.assignee == P.id))
             .where(R.requester == pid).order_by(R.created_at, R.id))
    found = []
    for row in _dicts(query):
        first, last = row.pop("first_name") or "", row.pop("last_name") or ""
        found.append(row | {"helper": people.display_name(first, last)})
    history = _history([r["id"] for r in found])
    return [r | {"history": history[r["id"]]} for r in found]


def _requests_helped(pid: int) -> list[dict[str, Any]]:
    R, C, U = models.SupportRequest, models.RequestCategory, models.RequestUpdate
    ever = U.select(U.request).where((U.old_assignee == pid) | (U.new_assignee == pid))
    query = (R.select(R.id, C.name.alias("category"), R.status, R.created_at, R.resolved_at)
             .join(C).where((R.assignee == pid) | R.id.in_(ever)).order_by(R.created_at))
    found = _dicts(query)
    history = _history([r["id"] for r in found], notes=False, person_id=pid)
    return [r | {"history": history[r["id"]]} for r in found]


def _account(user: models.User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {k: plain(getattr(user, k)) for k in ("username", "display_name", "role", "active",
                                                  "created_at", "last_login_at")}


def _audit(person: models.Person, user: models.User | None) -> list[dict[str, Any]]:
    E = models.AuditEntry
    found: list[dict[str, Any]] = []
    for table, ids in erasure.owned_rows(person, user, shared_household=True).items():
        for chunk in erasure.chunks(ids):
            found += _dicts(E.select(E.id, E.at, E.actor, E.action,
                                     E.table_name.alias("table"), E.row_id, E.changes)
                            .where((E.table_name == table) & E.row_id.in_(chunk)))
    return sorted(found, key=lambda e: e["id"])

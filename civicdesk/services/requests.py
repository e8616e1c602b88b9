"""Support requests: intake, the status workflow, assignment, notes, and their history."""

from __future__ import annotations

from typing import Any

from civicdesk.data import models
from civicdesk.data.fields import utcnow
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, audit, people, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.validation import FieldSpec

REQUEST_FIELDS: dict[str, FieldSpec] = {
    "requester": FieldSpec(QT_TRANSLATE_NOOP("Field", "Requester"), "ref", required=True),
    "category": FieldSpec(QT_TRANSLATE_NOOP("Field", "Category"), "ref", required=True),
    "urgency": FieldSpec(QT_TRANSLATE_NOOP("Field", "Urgency"), "choice", choices=models.URGENCIES),
    "summary": FieldSpec(QT_TRANSLATE_NOOP("Field", "Summary"), required=True, max_len=200),
    "details": FieldSpec(QT_TRANSLATE_NOOP("Field", "Details"), max_len=10000),
    "sensitive_notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Sensitive notes"), max_len=10000, sensitive=True),
    "area": FieldSpec(QT_TRANSLATE_NOOP("Field", "Area"), max_len=100),
    "due_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "Due"), "date"),
    "follow_up_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "Follow up on"), "date"),
}
SENSITIVE = {"sensitive_notes"}

# The workflow. Reopening (resolved -> in_progress) needs a reason.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"assigned", "cancelled"}),
    "assigned": frozenset({"new", "in_progress", "resolved", "cancelled"}),
    "in_progress": frozenset({"assigned", "resolved", "cancelled"}),
    "resolved": frozenset({"closed", "in_progress"}),
    "closed": frozenset(),
    "cancelled": frozenset(),
}
NEEDS_ASSIGNEE = {"assigned", "in_progress"}

NO_PERSON = QT_TRANSLATE_NOOP("Validation", "There is no such person (number {value}).")
NO_CATEGORY = QT_TRANSLATE_NOOP("Validation", "There is no such category (number {value}).")
BAD_MOVE = QT_TRANSLATE_NOOP("Validation", "A request that is {old} cannot become {value}.")
NEEDS_HELPER = QT_TRANSLATE_NOOP("Validation", "Choose a volunteer before the request can be {value}.")
NOT_VOLUNTEER = QT_TRANSLATE_NOOP("Validation", "{value} is not a volunteer.")
ARCHIVED = QT_TRANSLATE_NOOP("Validation", "{value} is archived.")
REASON_NEEDED = QT_TRANSLATE_NOOP("Validation", "Say why the request is being reopened.")
EMPTY_NOTE = QT_TRANSLATE_NOOP("Validation", "The note is empty.")


def can_move(old: str, new: str) -> bool:
    return new in TRANSITIONS.get(old, frozenset())


def _check_refs(values: dict) -> None:
    if "requester" in values and not models.Person.select().where(
            models.Person.id == values["requester"]).exists():
        validation.fail("requester", REQUEST_FIELDS["requester"].label, NO_PERSON,
                        values["requester"])
    if "category" in values and not models.RequestCategory.select().where(
            models.RequestCategory.id == values["category"]).exists():
        validation.fail("category", REQUEST_FIELDS["category"].label, NO_CATEGORY,
                        values["category"])


def _check_sensitive(actor: Actor, values: dict, current: str = "") -> None:
    if values.get("sensitive_notes", current) != current:
        actor.require(actors.VIEW_SENSITIVE)


def _history(actor: Actor, request_id: int, kind: str, **line: Any) -> None:
    models.RequestUpdate.create(request=request_id, user=actor.user_id, actor=actor.name,
                                kind=kind, **line)


def create_request(actor: Actor, values: dict[str, Any]) -> Changes:
    """Take in a request from a neighbour; it starts as `new`."""
    cleaned = validation.clean(REQUEST_FIELDS, values)
    with rows.transaction():
        _check_refs(cleaned)
        _check_sensitive(actor, cleaned)
        row = rows.create_row(actor, models.SupportRequest,
                              cleaned | {"status": "new", "created_by": actor.user_id},
                              SENSITIVE)
        _history(actor, row.id, "created", new_status="new")
    return Changes("support_request", row.id, row.version)


def update_request(actor: Actor, request_id: int, expected_version: int,
                   values: dict[str, Any]) -> Changes:
    """Edit the intake fields (not status or assignee; see `move` and `assign`)."""
    cleaned = validation.clean(REQUEST_FIELDS, values, partial=True)
    with rows.transaction():
        current = rows.get_row(models.SupportRequest, request_id)
        _check_refs(cleaned)
        _check_sensitive(actor, cleaned, current.sensitive_notes)
        row, changed = rows.update_row(actor, models.SupportRequest, request_id,
                                       expected_version, cleaned, SENSITIVE)
        if changed:
            _history(actor, request_id, "edit", note=", ".join(sorted(changed)))
    return Changes("support_request", request_id, row.version)


def _check_helper(person_id: int) -> None:
    person = rows.get_row(models.Person, person_id)
    name = people.display_name(person.first_name, person.last_name, person.preferred_name)
    label = QT_TRANSLATE_NOOP("Field", "Volunteer")
    if person.archived:
        validation.fail("assignee", label, ARCHIVED, name)
    if not person.is_volunteer:
        validation.fail("assignee", label, NOT_VOLUNTEER, name)


def assign(actor: Actor, request_id: int, expected_version: int, person_id: int | None,
           reason: str = "") -> Changes:
    """Give the request to a volunteer (a `new` request becomes `assigned`), or take it back."""
    with rows.transaction():
        current = rows.get_row(models.SupportRequest, request_id)
        values: dict[str, Any] = {"assignee": person_id}
        if person_id is not None:
            _check_helper(person_id)
            if current.status == "new":
                values["status"] = "assigned"
        elif current.status in NEEDS_ASSIGNEE:
            values["status"] = "new"
        row, changed = rows.update_row(actor, models.SupportRequest, request_id,
                                       expected_version, values)
        if changed:
            _history(actor, request_id, "assign", old_assignee=current.assignee_id,
                     new_assignee=person_id, old_status=current.status,
                     new_status=row.status, note=reason.strip())
    return Changes("support_request", request_id, row.version)


def move(actor: Actor, request_id: int, expected_version: int, status: str,
         note: str = "") -> Changes:
    """Change the status along the workflow; reopening a resolved request needs a reason."""
    label = QT_TRANSLATE_NOOP("Field", "Status")
    with rows.transaction():
        current = rows.get_row(models.SupportRequest, request_id)
        if not can_move(current.status, status):
            validation.fail("status", label, BAD_MOVE, status, old=current.status)
        if status in NEEDS_ASSIGNEE and current.assignee_id is None:
            validation.fail("status", label, NEEDS_HELPER, status)
        reopening = current.status == "resolved" and status == "in_progress"
        if reopening and not note.strip():
            validation.fail("note", QT_TRANSLATE_NOOP("Field", "Reason"), REASON_NEEDED)
        values: dict[str, Any] = {"status": status}
        if status == "resolved":
            values["resolved_at"] = utcnow()
        if status == "new":
            values["assignee"] = None
        row, _ = rows.update_row(actor, models.SupportRequest, request_id, expected_version,
                                 values, action="reopen" if reopening else "status")
        _history(actor, request_id, "reopen" if reopening else "status",
                 old_status=current.status, new_status=status, note=note.strip())
    return Changes("support_request", request_id, row.version)


def add_note(actor: Actor, request_id: int, note: str) -> Changes:
    """Append a note to the history (does not change the request, so no version check)."""
    if not note.strip():
        validation.fail("note", QT_TRANSLATE_NOOP("Field", "Note"), EMPTY_NOTE)
    with rows.transaction():
        rows.get_row(models.SupportRequest, request_id)
        _history(actor, request_id, "note", note=note.strip())
        audit.record(actor, "note", "support_request", request_id, {"note": [None, "+"]})
    return Changes("support_request", request_id)


def history(request_id: int) -> list[models.RequestUpdate]:
    U = models.RequestUpdate
    return list(U.select().where(U.request == request_id).order_by(U.at, U.id))

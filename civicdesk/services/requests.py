"""Support requests: intake, the status workflow, assignment, notes, and their history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from civicdesk import clock
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services import (
    actors,
    audit,
    errors,
    people,
    references,
    rows,
    validation,
    vocabulary,
)
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.errors import Problem, ValidationError
from civicdesk.services.guard import ANYONE, allowed
from civicdesk.services.validation import FieldSpec

REQUEST_FIELDS: dict[str, FieldSpec] = {
    "requester": FieldSpec(QT_TRANSLATE_NOOP("Field", "Requester"), "ref", required=True),
    "category": FieldSpec(QT_TRANSLATE_NOOP("Field", "Category"), "ref", required=True),
    "urgency": FieldSpec(QT_TRANSLATE_NOOP("Field", "Urgency"), "choice", choices=vocabulary.URGENCIES),
    "summary": FieldSpec(QT_TRANSLATE_NOOP("Field", "Summary"), required=True, max_len=200),
    "details": FieldSpec(QT_TRANSLATE_NOOP("Field", "Details"), max_len=10000, masked=True,
                         multiline=True),
    "sensitive_notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Sensitive notes"), max_len=10000, sensitive=True,
                                 multiline=True),
    "area": FieldSpec(QT_TRANSLATE_NOOP("Field", "Area"), max_len=100),
    "due_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "Due"), "date"),
    "follow_up_on": FieldSpec(QT_TRANSLATE_NOOP("Field", "Follow up on"), "date"),
}
# Masked in the audit log: the sensitive notes, and the details, which say what a helper
# needs to know ("3rd floor, no lift", "just out of hospital"): the same kind of thing as a
# person's accessibility notes, and every volunteer sees them.
MASKED = audit.masked_fields(REQUEST_FIELDS)
# The free text of a history line: a note, the reason for a move or an assignment.
NOTE = FieldSpec(QT_TRANSLATE_NOOP("Field", "Note"), max_len=10000, multiline=True)
REASON = FieldSpec(QT_TRANSLATE_NOOP("Field", "Reason"), max_len=10000, multiline=True)

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("RequestStatus", "New"),
    "assigned": QT_TRANSLATE_NOOP("RequestStatus", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("RequestStatus", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("RequestStatus", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("RequestStatus", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("RequestStatus", "Cancelled"),
}
URGENCY_LABELS = {
    "today": QT_TRANSLATE_NOOP("Urgency", "Today"),
    "2_days": QT_TRANSLATE_NOOP("Urgency", "Within 2 days"),
    "this_week": QT_TRANSLATE_NOOP("Urgency", "This week"),
    "anytime": QT_TRANSLATE_NOOP("Urgency", "Any time"),
}
# The categories a new database starts with (data/migrations.py); others show as typed.
CATEGORY_LABELS = {
    "groceries": QT_TRANSLATE_NOOP("RequestCategory", "Groceries"),
    "ride": QT_TRANSLATE_NOOP("RequestCategory", "Ride"),
    "repair": QT_TRANSLATE_NOOP("RequestCategory", "Repair"),
    "companionship": QT_TRANSLATE_NOOP("RequestCategory", "Companionship"),
    "translation": QT_TRANSLATE_NOOP("RequestCategory", "Translation"),
    "paperwork": QT_TRANSLATE_NOOP("RequestCategory", "Paperwork"),
    "other": QT_TRANSLATE_NOOP("RequestCategory", "Other"),
}

BAD_MOVE = QT_TRANSLATE_NOOP("Validation", "A request that is {old} cannot become {value}.")
NEEDS_HELPER = QT_TRANSLATE_NOOP("Validation", "Choose a volunteer before the request can be {value}.")
NOT_VOLUNTEER = QT_TRANSLATE_NOOP("Validation", "{value} is not a volunteer.")
OWN_REQUEST = QT_TRANSLATE_NOOP("Validation", "{value} asked for this help and cannot be the helper.")
NOT_OPEN = QT_TRANSLATE_NOOP("Validation", "The request is {value}; only new, assigned or "
                             "in-progress requests can be given to a volunteer.")
REASON_NEEDED = QT_TRANSLATE_NOOP("Validation", "Say why the request is being reopened.")
EMPTY_NOTE = QT_TRANSLATE_NOOP("Validation", "The note is empty.")
FINISHED_FOLLOW_UP = QT_TRANSLATE_NOOP("Validation", "The request is {value}; it needs no follow-up.")
DUE_IN_PAST = QT_TRANSLATE_NOOP("Validation", "{value} is in the past. The request is saved "
                                "anyway; check the date if that was not meant.")


def status_text(status: str) -> Message:
    return Message("RequestStatus", STATUS_LABELS.get(status, status))


def category_text(name: str) -> Message:
    return Message("RequestCategory", CATEGORY_LABELS.get(name, name))


def _check_refs(values: dict) -> None:
    references.check(models.Person, values, "requester", REQUEST_FIELDS["requester"].label)
    references.check(models.RequestCategory, values, "category",
                     REQUEST_FIELDS["category"].label)


def _check_sensitive(actor: Actor, values: dict, current: str = "") -> None:
    if values.get("sensitive_notes", current) != current:
        actor.require(actors.VIEW_SENSITIVE)


def _line_text(text: str, field: str = "note", spec: FieldSpec = NOTE) -> str:
    """The free text of a history line, checked like any field (ValidationError)."""
    return validation.clean({field: spec}, {field: text})[field]


def _history(actor: Actor, request_id: int, kind: str, **line: Any) -> None:
    models.RequestUpdate.create(request=request_id, user=actor.user_id, actor=actor.name,
                                kind=kind, **line)


def intake_warnings(values: dict[str, Any], today: date) -> list[Problem]:
    """Things worth a second look that do not stop the request from being saved."""
    try:
        due = validation.clean({"due_on": REQUEST_FIELDS["due_on"]},
                               {"due_on": values.get("due_on")}).get("due_on")
    except ValidationError:
        return []  # the save itself will say what is wrong with it
    if due is not None and due < today:
        return [validation.problem("due_on", REQUEST_FIELDS["due_on"].label, DUE_IN_PAST,
                                   due.isoformat())]
    return []


@allowed(ANYONE, also={"sensitive notes": actors.VIEW_SENSITIVE})
def create_request(actor: Actor, values: dict[str, Any]) -> Changes:
    """Take in a request from a neighbour; it starts as `new`. A due date in the past is
    allowed (see `intake_warnings`)."""
    cleaned = validation.clean(REQUEST_FIELDS, values)
    with rows.transaction():
        _check_refs(cleaned)
        _check_sensitive(actor, cleaned)
        row = rows.create_row(actor, models.SupportRequest,
                              cleaned | {"status": "new", "created_by": actor.user_id},
                              MASKED)
        _history(actor, row.id, "created", new_status="new")
    return Changes("support_request", row.id, row.version,
                   frozenset({("person", cleaned["requester"])}))


NEIGHBOUR_FIELDS = ("first_name", "last_name", "phone")


@allowed(ANYONE, also={"sensitive notes": actors.VIEW_SENSITIVE})
def create_for_new_neighbour(actor: Actor, neighbour: dict[str, Any],
                             values: dict[str, Any]) -> Changes:
    """Intake for someone not on file yet: add them with just a name and a phone, and take
    in their request, in one transaction (both or neither). Problems with either part are
    reported together."""
    neighbour = {k: v for k, v in neighbour.items() if k in NEIGHBOUR_FIELDS}
    problems: list[Problem] = []
    specs = {k: people.PERSON_FIELDS[k] for k in NEIGHBOUR_FIELDS}
    intake = {k: v for k, v in REQUEST_FIELDS.items() if k != "requester"}
    for spec, given in ((specs, neighbour), (intake, {k: v for k, v in values.items()
                                                        if k != "requester"})):
        try:
            validation.clean(spec, given)
        except ValidationError as exc:
            problems += exc.problems
    if not (str(neighbour.get("first_name") or "").strip()
            or str(neighbour.get("last_name") or "").strip()):
        problems.insert(0, validation.problem("first_name", people.PERSON_FIELDS[
            "first_name"].label, people.NAME_REQUIRED))
    if problems:
        raise ValidationError(problems)
    with rows.transaction():
        person = people.create_person(actor, neighbour)
        changes = create_request(actor, values | {"requester": person.id})
    return changes


@allowed(ANYONE, also={"sensitive notes": actors.VIEW_SENSITIVE})
def update_request(actor: Actor, request_id: int, expected_version: int,
                   values: dict[str, Any]) -> Changes:
    """Edit the intake fields (not status or assignee; see `move` and `assign`). The history
    line names the fields that changed, never their content (sensitive notes stay private)."""
    cleaned = validation.clean(REQUEST_FIELDS, values, partial=True)
    with rows.transaction():
        current = rows.get_row(models.SupportRequest, request_id)
        _check_refs(cleaned)
        _check_sensitive(actor, cleaned, current.sensitive_notes)
        row, changed = rows.update_row(actor, models.SupportRequest, request_id,
                                       expected_version, cleaned, MASKED)
        if changed:
            _history(actor, request_id, "edit", note=", ".join(sorted(changed)))
    return Changes("support_request", request_id, row.version, _people(row))


def _people(row: models.SupportRequest) -> frozenset[tuple[str, int]]:
    """The people whose detail tabs show this request."""
    return frozenset(("person", pid) for pid in (row.requester_id, row.assignee_id) if pid)


def _check_helper(person_id: int, request: models.SupportRequest) -> None:
    label = QT_TRANSLATE_NOOP("Field", "Volunteer")
    person = references.require(models.Person, person_id, "assignee", label, not_archived=True)
    name = references.name_of(person)
    if not person.is_volunteer:
        validation.fail("assignee", label, NOT_VOLUNTEER, name)
    if person_id == request.requester_id:
        validation.fail("assignee", label, OWN_REQUEST, name)


@allowed(ANYONE)
def assign(actor: Actor, request_id: int, expected_version: int, person_id: int | None,
           reason: str = "") -> Changes:
    """Give an open request to a volunteer, or take it back (None).

    A `new` request becomes `assigned`; a request in progress that changes hands goes back
    to `assigned` (the new helper has not started); taking the helper away makes it `new`.
    The history line keeps the old and new helper and *reason* (e.g. the ranking reasons
    from `matching`).
    """
    reason = _line_text(reason, "reason", REASON)
    with rows.transaction():
        current = rows.get_row(models.SupportRequest, request_id)
        if current.status not in vocabulary.REQUEST_OPEN:
            validation.fail("assignee", QT_TRANSLATE_NOOP("Field", "Volunteer"), NOT_OPEN,
                            status_text(current.status))
        values: dict[str, Any] = {"assignee": person_id}
        if person_id is not None:
            _check_helper(person_id, current)
            values["status"] = "assigned"
        else:
            values["status"] = "new"
        row, changed = rows.update_row(actor, models.SupportRequest, request_id,
                                       expected_version, values, action="assign")
        if changed:
            _history(actor, request_id, "assign", old_assignee=current.assignee_id,
                     new_assignee=person_id, old_status=current.status,
                     new_status=row.status, note=reason)
    return Changes("support_request", request_id, row.version,
                   _people(current) | _people(row))


@allowed(ANYONE)
def move(actor: Actor, request_id: int, expected_version: int, status: str,
         note: str = "") -> Changes:
    """Change the status along the workflow; reopening a resolved request needs a reason.
    Going back to `new` takes the volunteer off the request (kept in the history line)."""
    label = QT_TRANSLATE_NOOP("Field", "Status")
    note = _line_text(note, "note", REASON)
    with rows.transaction():
        current = rows.get_row(models.SupportRequest, request_id)
        if not vocabulary.can_move(current.status, status):
            validation.fail("status", label, BAD_MOVE, status_text(status),
                            old=status_text(current.status))
        if status in vocabulary.NEEDS_ASSIGNEE and current.assignee_id is None:
            validation.fail("status", label, NEEDS_HELPER, status_text(status))
        reopening = current.status == "resolved" and status == "in_progress"
        if reopening and not note:
            validation.fail("note", QT_TRANSLATE_NOOP("Field", "Reason"), REASON_NEEDED)
        values: dict[str, Any] = {"status": status}
        if status == "resolved":
            values["resolved_at"] = clock.utcnow()
        if reopening:
            values["resolved_at"] = None
        line: dict[str, Any] = {}
        if status == "new":
            values["assignee"] = None
            line = {"old_assignee": current.assignee_id}
        row, _ = rows.update_row(actor, models.SupportRequest, request_id, expected_version,
                                 values, action="reopen" if reopening else "status")
        _history(actor, request_id, "reopen" if reopening else "status",
                 old_status=current.status, new_status=status, note=note, **line)
    return Changes("support_request", request_id, row.version, _people(current))


@allowed(ANYONE)
def set_follow_up(actor: Actor, request_id: int, expected_version: int, when: Any,
                  note: str = "") -> Changes:
    """Set (or clear, with None) the date to check back with the neighbour, with an optional
    note about the follow-up just made; both go into one history line."""
    cleaned = validation.clean({"follow_up_on": REQUEST_FIELDS["follow_up_on"], "note": NOTE},
                               {"follow_up_on": when, "note": note})
    note = cleaned.pop("note")
    with rows.transaction():
        current = rows.get_row(models.SupportRequest, request_id)
        if current.status in vocabulary.REQUEST_FINISHED and cleaned["follow_up_on"] is not None:
            validation.fail("follow_up_on", REQUEST_FIELDS["follow_up_on"].label,
                            FINISHED_FOLLOW_UP, status_text(current.status))
        row, changed = rows.update_row(actor, models.SupportRequest, request_id,
                                       expected_version, cleaned, action="follow_up")
        if changed or note:
            # The line reads "2026-03-20 — called her, all fine" ("—" when cleared).
            when = cleaned["follow_up_on"]
            line = " \u2014 ".join(x for x in (when.isoformat() if when else "\u2014",
                                               note) if x)
            _history(actor, request_id, "follow_up", note=line)
    return Changes("support_request", request_id, row.version)


@allowed(ANYONE)
def add_note(actor: Actor, request_id: int, note: str) -> Changes:
    """Append a note to the history (does not change the request, so no version check)."""
    note = _line_text(note)
    if not note:
        validation.fail("note", NOTE.label, EMPTY_NOTE)
    with rows.transaction():
        rows.get_row(models.SupportRequest, request_id)
        _history(actor, request_id, "note", note=note)
        audit.record(actor, "note", "support_request", request_id, {"note": [None, "+"]})
    return Changes("support_request", request_id)


# Reading -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RequestRecord:
    """One request with what a helper needs to know, ready to show or print.

    `sensitive_notes` is empty unless the caller asked for them (and may see them);
    `sensitive_included` says which, so a printed ticket can never carry them by accident.
    """

    id: int
    version: int
    requester: int
    requester_name: str
    requester_phone: str
    requester_address: str
    requester_languages: tuple[str, ...]
    requester_access_notes: str
    category: int
    category_name: str
    urgency: str
    summary: str
    details: str
    area: str
    status: str
    assignee: int | None
    assignee_name: str
    assignee_phone: str
    due_on: date | None
    follow_up_on: date | None
    created_at: datetime
    resolved_at: datetime | None
    sensitive_notes: str = ""
    sensitive_included: bool = False

    def overdue(self, today: date) -> bool:
        return vocabulary.request_overdue(self.status, self.due_on, today)

    def follow_up_due(self, today: date) -> bool:
        return vocabulary.follow_up_due(self.status, self.follow_up_on, today)


@allowed(ANYONE, also={"sensitive notes": actors.VIEW_SENSITIVE})
def get_request(actor: Actor, request_id: int, *,
                include_sensitive: bool = False) -> RequestRecord:
    """Read one request. Sensitive notes are left out unless *include_sensitive* is given,
    and asking for them needs VIEW_SENSITIVE (PermissionDenied otherwise): exports and
    printed tickets call this without the flag, so they cannot leak them."""
    if include_sensitive:
        actor.require(actors.VIEW_SENSITIVE)
    R, P, H, C = models.SupportRequest, models.Person, models.Household, models.RequestCategory
    helper = P.alias()
    row = (R.select(R.id, R.version, R.requester, P.first_name, P.last_name, P.preferred_name,
                    P.phone, P.mobile, H.street, H.unit, H.city, P.accessibility_notes, R.category,
                    C.name, R.urgency, R.summary, R.details, R.area, R.status, R.assignee,
                    helper.first_name, helper.last_name, helper.preferred_name, helper.phone,
                    helper.mobile, R.due_on, R.follow_up_on, R.created_at, R.resolved_at,
                    R.sensitive_notes)
           .join(P, on=(R.requester == P.id)).join(H, pw.JOIN.LEFT_OUTER, on=(P.household == H.id))
           .switch(R).join(C, on=(R.category == C.id))
           .switch(R).join(helper, pw.JOIN.LEFT_OUTER, on=(R.assignee == helper.id))
           .where(R.id == request_id).tuples().first()) \
        if validation.fits_integer(request_id) else None
    if row is None:
        raise errors.NotFound(what="support_request", row_id=request_id)
    (rid, version, requester, first, last, preferred, phone, mobile, street, unit, city,
     access, category, category_name, urgency, summary, details, area, status, assignee,
     h_first, h_last, h_preferred, h_phone, h_mobile, due_on, follow_up_on, created_at,
     resolved_at, sensitive) = row
    address = ", ".join(x for x in (" ".join(y for y in (street, unit) if y), city) if x)
    return RequestRecord(
        rid, version, requester, people.display_name(first, last, preferred), phone or mobile or "",
        address, _languages(requester), access, category, category_name, urgency,
        summary, details, area, status, assignee,
        people.display_name(h_first or "", h_last or "", h_preferred or "") if assignee else "",
        (h_phone or h_mobile or "") if assignee else "", due_on, follow_up_on, created_at,
        resolved_at, sensitive if include_sensitive else "", include_sensitive)


def _languages(person_id: int) -> tuple[str, ...]:
    L = models.PersonLanguage
    return tuple(lang for (lang,) in L.select(L.language).where(L.person == person_id)
                 .order_by(L.id).tuples())


@dataclass(frozen=True)
class HistoryLine:
    """One history line with the helpers' names filled in."""

    at: datetime
    actor: str
    kind: str  # created, edit, status, reopen, assign, note, follow_up
    old_status: str
    new_status: str
    old_assignee: str
    new_assignee: str
    note: str


def history_lines(request_id: int) -> list[HistoryLine]:
    """The request's history, oldest first, in one query."""
    U, P = models.RequestUpdate, models.Person
    old, new = P.alias(), P.alias()
    query = (U.select(U.at, U.actor, U.kind, U.old_status, U.new_status, old.first_name,
                      old.last_name, old.preferred_name, new.first_name, new.last_name,
                      new.preferred_name, U.note)
             .join(old, pw.JOIN.LEFT_OUTER, on=(U.old_assignee == old.id))
             .switch(U).join(new, pw.JOIN.LEFT_OUTER, on=(U.new_assignee == new.id))
             .where(U.request == request_id).order_by(U.at, U.id).tuples())
    lines = []
    for at, who, kind, old_s, new_s, o1, o2, o3, n1, n2, n3, note in query:
        lines.append(HistoryLine(at, who, kind, old_s, new_s,
                                 people.display_name(o1 or "", o2 or "", o3 or ""),
                                 people.display_name(n1 or "", n2 or "", n3 or ""), note))
    return lines

"""What "Export what I see" reads: each list's columns and rows, from the lists' own queries.

A listing is the same query the window's list runs (its filter and sort order), read to
the end instead of a page at a time: the people, households and the audit log by keyset
pages of `CHUNK` rows (`data.paging`), the shifts, sign-ups and requests, which the window
holds whole, in the order given (the window passes the ids in its view's order).

Cells are what a spreadsheet should get: text as the list shows it (statuses and yes/no
in the user's language), dates as dates, counts and ids as numbers. `translate(context,
text)` translates the words (the window passes Qt's; the command line writes English).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from civicdesk import clock
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import (
    audit_log,
    household_list,
    member_list,
    request_lists,
    requests,
    rosters,
    schedule,
    vocabulary,
)

CHUNK = 1000
Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Column:
    header: tuple[str, str]  # (context, text) as the window's list titles it
    value: Callable[[Any, Translate], Any]


_MEMBER_STATUS = {"member": "Member", "lapsed": "Lapsed", "honorary": "Honorary",
                  "prospect": "Prospect", "none": "Not a member"}
_YES = QT_TRANSLATE_NOOP("Export", "Yes")


def _yes(flag: bool, words: Translate) -> str:
    return words("Export", _YES) if flag else ""


def _local(moment: datetime | None) -> datetime | None:
    """A stored UTC time as the association's wall-clock time (spreadsheets have no zones)."""
    return moment.astimezone(clock.zone()).replace(tzinfo=None) if moment else None


def _m(header: str, value) -> Column:
    return Column(("MemberTable", header), value)


PEOPLE = {
    "name": _m("Name", lambda r, words: r.name),
    "address": _m("Household address", lambda r, words: r.address),
    "phone": _m("Phone", lambda r, words: r.phone or r.mobile),
    "email": _m("Email", lambda r, words: r.email),
    "status": _m("Membership", lambda r, words: words("MemberTable",
                                                 _MEMBER_STATUS.get(r.status, r.status))),
    "dues": _m("Dues paid until", lambda r, words: r.dues_paid_until),
    "volunteer": _m("Volunteer", lambda r, words: _yes(r.is_volunteer, words)),
    "languages": _m("Languages", lambda r, words: ", ".join(r.languages)),
}
HOUSEHOLDS = {
    "name": Column(("HouseholdTable", "Household"), lambda r, words: r.name),
    "address": Column(("HouseholdTable", "Address"), lambda r, words: r.address),
    "city": Column(("HouseholdTable", "Postal code and city"), lambda r, words: r.place),
    "members": Column(("HouseholdTable", "Members"), lambda r, words: r.member_names),
}
SHIFTS = {
    "when": Column(("ShiftTableModel", "When"), lambda r, words: _local(r.starts_at)),
    "ends": Column(("Export", QT_TRANSLATE_NOOP("Export", "Ends")),
                   lambda r, words: _local(r.ends_at)),
    "event": Column(("ShiftTableModel", "Event"), lambda r, words: r.event_name),
    "role": Column(("ShiftTableModel", "Role"), lambda r, words: r.title),
    "location": Column(("ShiftTableModel", "Where"), lambda r, words: r.location),
    "taken": Column(("ShiftTableModel", "Taken"), lambda r, words: r.filled),
    "places": Column(("Export", QT_TRANSLATE_NOOP("Export", "Places")),
                     lambda r, words: r.capacity),
    "open": Column(("ShiftTableModel", "Open"), lambda r, words: r.open_places),
    "cancelled": Column(("Export", QT_TRANSLATE_NOOP("Export", "Cancelled")),
                        lambda r, words: _yes(r.cancelled, words)),
}
_S = "SignupTableModel"
_SIGNUP_STATUS = {"signed_up": "Signed up", "confirmed": "Confirmed", "attended": "Attended",
                  "no_show": "Did not come", "cancelled": "Cancelled"}
_CALL = {"": "Not called yet", "confirmed": "Confirmed", "not_reached": "Not reached"}
SIGNUPS = {
    "when": Column((_S, "When"), lambda r, words: _local(r.starts_at)),
    "shift": Column((_S, "Shift"), lambda r, words: " \u2013 ".join(
        x for x in (r.event_name, r.shift_title) if x)),
    "location": Column((_S, "Where"), lambda r, words: r.location),
    "name": Column((_S, "Name"), lambda r, words: r.name),
    "phone": Column((_S, "Phone"), lambda r, words: r.phone),
    "email": Column((_S, "Email"), lambda r, words: r.email),
    "status": Column((_S, "Status"), lambda r, words: words(
        "ShiftFormat", _SIGNUP_STATUS.get(r.status, r.status))),
    "call": Column((_S, "Reminder call"), lambda r, words: words(
        "ShiftFormat", _CALL.get(r.call_outcome, r.call_outcome))),
    "hours": Column((_S, "Hours"), lambda r, words: None if r.minutes is None
                    else round(r.minutes / 60, 2)),
}
_R = "RequestQueueModel"
REQUESTS = {
    "id": Column((_R, "No."), lambda r, words: r.id),
    "urgency": Column((_R, "Urgency"), lambda r, words: words(
        "Urgency", requests.URGENCY_LABELS.get(r.urgency, r.urgency))),
    "summary": Column((_R, "Summary"), lambda r, words: r.summary),
    "requester": Column((_R, "Requester"), lambda r, words: r.requester_name),
    "category": Column((_R, "Category"), lambda r, words: words(
        "RequestCategory", requests.CATEGORY_LABELS.get(r.category_name, r.category_name))),
    "area": Column((_R, "Area"), lambda r, words: r.area),
    "status": Column((_R, "Status"), lambda r, words: words(
        "RequestStatus", requests.STATUS_LABELS.get(r.status, r.status))),
    "assignee": Column((_R, "Helper"), lambda r, words: r.assignee_name),
    "due": Column((_R, "Due"), lambda r, words: r.due_on),
    "follow_up": Column((_R, "Follow up"), lambda r, words: r.follow_up_on),
    "created": Column(("Export", QT_TRANSLATE_NOOP("Export", "Asked on")),
                      lambda r, words: _local(r.created_at)),
}
AUDIT = {
    "when": Column(("AuditTable", "When"), lambda r, words: r.at.replace(tzinfo=None)),
    "who": Column(("AuditTable", "Who"), lambda r, words: r.actor),
    "action": Column(("AuditTable", "Action"), lambda r, words: words("Audit", r.action_text)),
    "what": Column(("AuditTable", "What"), lambda r, words: _audit_what(r, words)),
    "changes": Column(("AuditTable", "Changes"), lambda r, words: ", ".join(
        words("Field", c.label) for c in r.field_changes())),
}


def _audit_what(row, words: Translate) -> str:
    kind = words("Audit", row.kind_text)
    what = kind if row.row_id is None else f"{kind} {row.row_id}"
    return f"{what}: {row.subject}" if row.subject else what


@dataclass
class Listing:
    """One list to export: its name (the sheet's), its columns and where its rows are."""

    kind: str
    columns: dict[str, Column]
    count: Callable[[], int]
    rows: Callable[[], Iterator[Any]]
    filters: dict[str, Any] = field(default_factory=dict)  # for the audit entry

    def headers(self, keys: Sequence[str], words: Translate) -> list[str]:
        return [words(*self.columns[k].header) for k in keys]

    def cells(self, keys: Sequence[str], words: Translate) -> Iterator[list[Any]]:
        chosen = [self.columns[k].value for k in keys]
        for row in self.rows():
            yield [value(row, words) for value in chosen]


def _keyset(query) -> Iterator[Any]:
    """Every row of a paged list query, in its order, CHUNK rows per statement."""
    offset, after = 0, None
    total = query.count()
    while offset < total:
        page = query.rows(offset, min(CHUNK, total - offset), after=after)
        if not page:
            return
        yield from page
        offset, after = offset + len(page), page[-1].key


def _described(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def people(filters: member_list.MemberFilter | None = None, sort: str = "name",
           descending: bool = False) -> Listing:
    query = member_list.MemberQuery(filters, sort, descending)
    shown = {k: _described(v) for k, v in vars(query.filters).items() if v not in ("", None)}
    return Listing("people", PEOPLE, query.count, lambda: _keyset(query),
                   shown | {"sort": sort, "descending": descending})


def households(text: str = "", *, include_archived: bool = False, sort: str = "name",
               descending: bool = False) -> Listing:
    query = household_list.HouseholdQuery(text, include_archived=include_archived, sort=sort,
                                          descending=descending)

    def rows() -> Iterator[Any]:
        for chunk in _chunks(_keyset(query)):
            members = household_list.members_of_many([h.id for h in chunk])
            for h in chunk:
                h.members = members.get(h.id, [])
                yield h

    return Listing("households", HOUSEHOLDS, query.count, rows,
                   {"text": text, "include_archived": include_archived, "sort": sort})


def _chunks(rows: Iterator[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fixed(kind: str, columns: dict[str, Column], found: list[Any], filters: dict) -> Listing:
    return Listing(kind, columns, lambda: len(found), lambda: iter(found), filters)


def shifts(start: datetime, end: datetime, *, event_id: int | None = None,
           unfilled_only: bool = False, ids: Sequence[int] | None = None) -> Listing:
    """Shifts starting in [start, end), by start time; or those of *ids*, in that order."""
    if ids is not None:
        by_id = schedule.shift_rows(list(ids))
        found = [by_id[i] for i in ids if i in by_id]
    else:
        found = [r for r in schedule.shifts_between(start, end, event_id=event_id)
                 if r.unfilled or not unfilled_only]
    return _fixed("shifts", SHIFTS, found, {
        "from": start.isoformat(), "to": end.isoformat(), "event": event_id,
        "unfilled_only": unfilled_only, "chosen": ids is not None})


def signups(start: datetime, end: datetime, *, event_id: int | None = None,
            shift_id: int | None = None, include_cancelled: bool = False) -> Listing:
    """Sign-ups on shifts starting in [start, end), by start time, shift, then name."""
    A, S = models.Assignment, models.Shift
    query = rosters._signups().where((S.starts_at >= start) & (S.starts_at < end))
    if event_id is not None:
        query = query.where(S.event == event_id)
    if shift_id is not None:
        query = query.where(S.id == shift_id)
    if not include_cancelled:
        query = query.where(A.status.in_(vocabulary.SIGNUP_ACTIVE))
    found = sorted((rosters._signup_row(t) for t in query.tuples()),
                   key=lambda r: (r.starts_at, r.shift_id, r.name.casefold(), r.assignment_id))
    return _fixed("signups", SIGNUPS, found, {
        "from": start.isoformat(), "to": end.isoformat(), "event": event_id,
        "shift": shift_id, "include_cancelled": include_cancelled})


def request_queue(filters: request_lists.QueueFilter | None = None, *,
                  ids: Sequence[int] | None = None) -> Listing:
    """The queue for *filters* in its order, or the requests of *ids* in that order."""
    filters = filters or request_lists.QueueFilter()
    chosen = list(ids) if ids is not None else request_lists.queue_ids(filters)

    def rows() -> Iterator[Any]:
        for start in range(0, len(chosen), CHUNK):
            part = chosen[start:start + CHUNK]
            by_id = request_lists.rows_by_id(part)
            yield from (by_id[i] for i in part if i in by_id)

    return Listing("requests", REQUESTS, lambda: len(chosen), rows,
                   {k: _described(v) for k, v in vars(filters).items()} | {
                       "chosen": ids is not None})


def audit(query: audit_log.AuditQuery) -> Listing:
    """The audit log as `audit_log.open_log` narrowed it (at most its CAP entries)."""
    return Listing("audit", AUDIT, query.count, lambda: _keyset(query),
                   {k: _described(v) for k, v in vars(query.filters).items()
                    if v not in ("", None)} if hasattr(query, "filters") else {})

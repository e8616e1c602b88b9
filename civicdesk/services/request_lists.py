"""Read-models of support requests: the queue, the board's columns, follow-ups due, and the
requests a person made or helped with.

Lists are ids first (filtered and sorted in SQL, so 50,000 requests stay quick), rows later
for the few ids on screen (`rows_by_id`). Rows never carry sensitive notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import vocabulary
from civicdesk.services.people import display_name

UNASSIGNED = 0  # QueueFilter.assignee: requests nobody has taken on


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. `statuses` empty = every status; `assignee` a person id,
    UNASSIGNED, or None for anyone."""

    statuses: tuple[str, ...] = vocabulary.REQUEST_OPEN
    category: int | None = None
    urgency: str | None = None
    assignee: int | None = None
    overdue: bool = False
    follow_up_due: bool = False


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue (or a card on the board)."""

    id: int
    version: int
    summary: str
    category_name: str
    urgency: str
    status: str
    requester_id: int
    requester_name: str
    assignee_id: int | None
    assignee_name: str
    area: str
    due_on: date | None
    follow_up_on: date | None
    created_at: datetime

    def overdue(self, day: date) -> bool:
        return vocabulary.request_overdue(self.status, self.due_on, day)

    def follow_up_due(self, day: date) -> bool:
        return vocabulary.follow_up_due(self.status, self.follow_up_on, day)


def _urgency_rank() -> pw.Node:
    R = models.SupportRequest
    return pw.Case(R.urgency, list(vocabulary.URGENCY_RANK.items()), len(vocabulary.URGENCY_RANK))


def _filtered(query: pw.ModelSelect, f: QueueFilter, day: date,
              with_status: bool = True) -> pw.ModelSelect:
    R = models.SupportRequest
    if with_status and f.statuses:
        query = query.where(R.status.in_(f.statuses))
    if f.category is not None:
        query = query.where(R.category == f.category)
    if f.urgency:
        query = query.where(R.urgency == f.urgency)
    if f.assignee == UNASSIGNED:
        query = query.where(R.assignee.is_null())
    elif f.assignee is not None:
        query = query.where(R.assignee == f.assignee)
    if f.overdue:
        query = query.where(R.status.in_(vocabulary.REQUEST_OPEN) & (R.due_on < day))
    if f.follow_up_due:
        query = query.where(R.status.not_in(vocabulary.REQUEST_FINISHED) & (R.follow_up_on <= day))
    return query


def _ids(query: pw.ModelSelect) -> list[int]:
    # Straight from the cursor: no model or tuple conversion for tens of thousands of ids.
    return [row[0] for row in models.database.execute(query)]


def queue_ids(f: QueueFilter, day: date | None = None) -> list[int]:
    """The ids the queue shows: most urgent first, then the longest waiting."""
    R = models.SupportRequest
    query = (_filtered(R.select(R.id), f, day or clock.today())
             .order_by(_urgency_rank(), R.created_at, R.id))
    return _ids(query)


BOARD_LIMIT = 300  # cards per column: a board is for working, the queue finds the rest


def board_ids(f: QueueFilter, day: date | None = None,
              limit: int = BOARD_LIMIT) -> dict[str, list[int]]:
    """The board's columns: ids per status (all statuses; the filter's own statuses are
    ignored), at most *limit* each. Open columns are in queue order; resolved, closed and
    cancelled ones show the most recently changed first."""
    R = models.SupportRequest
    columns: dict[str, list[int]] = {}
    for status in vocabulary.REQUEST_STATUSES:
        query = _filtered(R.select(R.id).where(R.status == status), f, day or clock.today(),
                          with_status=False)
        order = ((_urgency_rank(), R.created_at, R.id) if status in vocabulary.REQUEST_OPEN
                 else (R.updated_at.desc(), R.id.desc()))
        columns[status] = _ids(query.order_by(*order).limit(limit))
    return columns


def board_counts(f: QueueFilter, day: date | None = None) -> dict[str, int]:
    """How many requests each column would hold without the limit."""
    R = models.SupportRequest
    query = (_filtered(R.select(R.status, pw.fn.COUNT(R.id)), f, day or clock.today(),
                       with_status=False).group_by(R.status))
    found = dict(models.database.execute(query))
    return {status: found.get(status, 0) for status in vocabulary.REQUEST_STATUSES}


def follow_up_ids(day: date | None = None) -> list[int]:
    """Requests to check back on today (or that were due for it earlier), oldest date first."""
    R = models.SupportRequest
    query = (_filtered(R.select(R.id), QueueFilter(statuses=(), follow_up_due=True),
                       day or clock.today())
             .order_by(R.follow_up_on, _urgency_rank(), R.created_at, R.id))
    return _ids(query)


def _rows_query() -> pw.ModelSelect:
    R, P, C = models.SupportRequest, models.Person, models.RequestCategory
    helper = P.alias()
    return (R.select(R.id, R.version, R.summary, C.name, R.urgency, R.status, R.requester,
                     P.first_name, P.last_name, P.preferred_name, R.assignee, helper.first_name,
                     helper.last_name, helper.preferred_name, R.area, R.due_on, R.follow_up_on,
                     R.created_at)
            .join(P, on=(R.requester == P.id))
            .switch(R).join(C, on=(R.category == C.id))
            .switch(R).join(helper, pw.JOIN.LEFT_OUTER, on=(R.assignee == helper.id)))


def _row(t: tuple) -> QueueRow:
    (rid, version, summary, category, urgency, status, requester, first, last, preferred,
     assignee, h_first, h_last, h_preferred, area, due_on, follow_up_on, created_at) = t
    helper = display_name(h_first, h_last, h_preferred) if assignee else ""
    return QueueRow(rid, version, summary, category, urgency, status, requester,
                    display_name(first, last, preferred), assignee, helper, area, due_on,
                    follow_up_on, created_at)


def rows_by_id(ids: Iterable[int]) -> dict[int, QueueRow]:
    """The rows for *ids* (at most a few hundred at a time: one query per 500)."""
    ids = list(ids)
    found: dict[int, QueueRow] = {}
    R = models.SupportRequest
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for t in _rows_query().where(R.id.in_(chunk)).tuples():
            found[t[0]] = _row(t)
    return found


def person_requests(person_id: int) -> tuple[list[QueueRow], list[QueueRow]]:
    """The requests *person_id* made and the ones they are the helper on, newest first."""
    R = models.SupportRequest
    query = (_rows_query().where((R.requester == person_id) | (R.assignee == person_id))
             .order_by(R.created_at.desc(), R.id.desc()))
    found = [_row(t) for t in query.tuples()]
    return ([r for r in found if r.requester_id == person_id],
            [r for r in found if r.assignee_id == person_id])


def categories() -> list[tuple[int, str]]:
    """The active request categories (id, name) in their configured order."""
    C = models.RequestCategory
    return list(C.select(C.id, C.name).where(C.active == True)  # noqa: E712
                .order_by(C.sort_order, C.name).tuples())


def known_areas() -> list[str]:
    """The areas households are in (an indexed read), for type-ahead."""
    H = models.Household
    found = {a for (a,) in H.select(H.area).distinct().tuples() if a}
    return sorted(found, key=str.casefold)


def home_area(person_id: int) -> str:
    """The area of the person's household ("" if none)."""
    P, H = models.Person, models.Household
    return (H.select(H.area).join(P, on=(P.household == H.id)).where(P.id == person_id)
            .scalar() or "")

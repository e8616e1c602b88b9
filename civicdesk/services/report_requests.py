"""What the support-request reports print: the summary for a period and a job ticket.

A job ticket goes to the helper on paper, so it carries only what the job needs: never the
sensitive notes, nor the request's internal history.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

import peewee as pw

from civicdesk import localtime
from civicdesk.data import models
from civicdesk.services import report_data, rows, vocabulary
from civicdesk.services.people import display_name


@dataclass(frozen=True)
class OpenRequest:
    request_id: int
    summary: str
    category: str
    status: str
    urgency: str
    requester: str
    assignee: str
    created_on: date
    due_on: date | None
    overdue: bool


@dataclass(frozen=True)
class RequestSummary:
    start: date
    end: date
    today: date
    counts: dict[tuple[str, str], int]  # (category, status) -> requests made in the period
    categories: list[str]
    statuses: list[str]
    total: int
    resolved: int
    median_days_to_resolve: float | None
    open_requests: list[OpenRequest]  # open now, whenever made; overdue first

    @property
    def overdue(self) -> int:
        return sum(1 for r in self.open_requests if r.overdue)


def summary(start: date, end: date, today: date, tz: ZoneInfo) -> RequestSummary:
    """Counts by category and status of the requests made from *start* to *end*, the median
    days to resolve them, and every request that is open today."""
    R, C = models.SupportRequest, models.RequestCategory
    lo, hi = localtime.days_bounds(start, end, tz)
    made = (R.select(C.name, R.status, R.created_at, R.resolved_at).join(C)
            .where((R.created_at >= lo) & (R.created_at < hi)))
    counts: Counter[tuple[str, str]] = Counter()
    days = []
    for category, status, created, resolved in made.tuples():
        counts[(category, status)] += 1
        if resolved is not None:
            days.append((resolved - created).total_seconds() / 86400)
    categories = [name for (name,) in C.select(C.name).order_by(C.sort_order, C.name).tuples()
                  if any(key[0] == name for key in counts)]
    return RequestSummary(start, end, today, dict(counts), categories,
                          [s for s in vocabulary.REQUEST_STATUSES
                           if any(key[1] == s for key in counts)],
                          sum(counts.values()), len(days),
                          statistics.median(days) if days else None, _open(today, tz))


def _open(today: date, tz: ZoneInfo) -> list[OpenRequest]:
    R, C, P = models.SupportRequest, models.RequestCategory, models.Person
    Helper = P.alias()
    query = (R.select(R.id, R.summary, C.name, R.status, R.urgency, P.first_name, P.last_name,
                      P.preferred_name, Helper.first_name, Helper.last_name,
                      Helper.preferred_name, R.created_at, R.due_on)
             .join(C).switch(R).join(P, on=(R.requester == P.id))
             .switch(R).join(Helper, pw.JOIN.LEFT_OUTER, on=(R.assignee == Helper.id))
             .where(R.status.in_(vocabulary.REQUEST_OPEN)).order_by(R.due_on.asc(nulls="LAST"), R.id))
    found = []
    for (rid, text, category, status, urgency, f, last, pref, hf, hl, hp, created,
         due) in query.tuples():
        helper = display_name(hf, hl, hp) if (hf or hl) else ""
        found.append(OpenRequest(rid, text, category, status, urgency,
                                 display_name(f, last, pref), helper,
                                 created.astimezone(tz).date(), due,
                                 due is not None and due < today))
    found.sort(key=lambda r: (not r.overdue, r.due_on or date.max, r.request_id))
    return found


@dataclass(frozen=True)
class Ticket:
    """A job ticket: what the helper needs to do the job, and nothing private."""

    request_id: int
    summary: str
    details: str
    category: str
    urgency: str
    status: str
    area: str
    due_on: date | None
    follow_up_on: date | None
    created_on: date
    requester: str
    phone: str
    address: tuple[str, ...]
    languages: tuple[str, ...]
    accessibility: str
    helper: str
    helper_phone: str


def ticket(request_id: int, tz: ZoneInfo) -> Ticket:
    request = rows.get_row(models.SupportRequest, request_id)
    person = rows.get_row(models.Person, request.requester_id)
    address: list[str] = []
    if person.household_id:
        h = rows.get_row(models.Household, person.household_id)
        address = report_data.address_lines(h.street, h.unit, h.city, h.region,
                                            h.postal_code, h.country)
    helper = rows.get_row(models.Person, request.assignee_id) if request.assignee_id else None
    languages = tuple(lang for (lang,) in models.PersonLanguage.select(
        models.PersonLanguage.language).where(models.PersonLanguage.person == person.id)
        .tuples())
    return Ticket(
        request.id, request.summary, request.details, request.category.name, request.urgency,
        request.status, request.area, request.due_on, request.follow_up_on,
        request.created_at.astimezone(tz).date(),
        display_name(person.first_name, person.last_name, person.preferred_name),
        person.phone or person.mobile, tuple(address), languages,
        person.accessibility_notes,
        display_name(helper.first_name, helper.last_name, helper.preferred_name)
        if helper else "", (helper.phone or helper.mobile) if helper else "")

"""Retention: the sensitive notes of requests finished long ago are purged.

The `sensitive_notes_retention_months` setting (0: keep them) says how long after a
request was resolved, closed or cancelled its sensitive notes are kept. `due(actor)` is
the dry run (what would go: request, requester, finished on); `purge(actor)` empties them
in one transaction with one audit entry, with secure_delete and the -wal emptied after it,
so the text is not left in the file's bytes. The audit log never held them (they are
masked there), and a request's history names edited fields, never their content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from civicdesk import clock, localtime, settings
from civicdesk.data import models, privacy
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, audit, people, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import allowed

SETTING = "sensitive_notes_retention_months"
FINISHED = ("resolved", "closed", "cancelled")
ACTION = "retention_purge"
MONTHS = validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Months"), "int", minimum=0,
                              maximum=1200)


@dataclass(frozen=True)
class Due:
    """One request whose sensitive notes would be purged."""

    request_id: int
    requester: str
    summary: str
    finished_on: date


@dataclass(frozen=True)
class Purged:
    changes: Changes
    count: int


def months_before(day: date, months: int) -> date:
    """The same day *months* earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _months(months: int | None) -> int:
    if months is None:
        return settings.get(SETTING)
    return validation.clean({"months": MONTHS}, {"months": months})["months"]


def _finished_at():
    """When a request was finished: the history line that moved it to its status, else
    its resolved time, else its last change."""
    U, R = models.RequestUpdate, models.SupportRequest
    moved = (U.select(pw.fn.MAX(U.at)).where((U.request == R.id) & (U.kind == "status")
                                             & (U.new_status == R.status)))
    return pw.fn.COALESCE(moved, R.resolved_at, R.updated_at)


@allowed(actors.ERASE)
def due(actor: Actor, months: int | None = None, *, today: date | None = None) -> list[Due]:
    """The dry run: requests finished more than *months* (default: the setting) months
    before *today* that still hold sensitive notes, oldest first. None when 0."""
    months = _months(months)
    if not months:
        return []
    cutoff = months_before(today or clock.today(), months)
    start, _ = localtime.days_bounds(cutoff, cutoff, clock.zone())
    R, P = models.SupportRequest, models.Person
    finished = _finished_at()
    query = (R.select(R.id, P.first_name, P.last_name, P.preferred_name, R.summary,
                      finished.alias("finished"))
             .join(P, on=(R.requester == P.id))
             .where(R.status.in_(FINISHED) & (R.sensitive_notes != "")
                    & (finished < R.resolved_at.db_value(start)))
             .order_by(finished, R.id))
    zone = clock.zone()
    return [Due(rid, people.display_name(first, last, preferred), summary,
                _as_local_day(at, zone))
            for rid, first, last, preferred, summary, at in query.tuples()]


def _as_local_day(value, zone) -> date:
    if isinstance(value, str):  # a COALESCE of times comes back as the stored text
        value = models.SupportRequest.resolved_at.python_value(value)
    return value.astimezone(zone).date() if isinstance(value, datetime) else value


@allowed(actors.ERASE)
def purge(actor: Actor, months: int | None = None, *, today: date | None = None) -> Purged:
    """Empty the sensitive notes that `due` lists, in one transaction, audited."""
    db = models.database
    with privacy.scrubbing(db):
        with rows.transaction():
            ids = [d.request_id for d in due(actor, months, today=today)]
            R = models.SupportRequest
            if ids:
                R.update(sensitive_notes="", version=R.version + 1,
                         updated_at=clock.utcnow()).where(R.id.in_(ids)).execute()
                audit.record(actor, ACTION, "support_request", None, {
                    "months": [None, _months(months)], "requests": [None, ids],
                    "sensitive_notes": [audit.MASK, ""]})
    if ids:
        privacy.checkpoint(db)
    return Purged(Changes("support_request", None, None,
                          frozenset(("support_request", i) for i in ids)), len(ids))

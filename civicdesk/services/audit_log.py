"""The audit viewer's read model: the log filtered, newest first, a page at a time.

Reading it needs `VIEW_AUDIT` (coordinators and admins): `open_log(actor, filters)` is
guarded, and hands back the query the window pages through (`data.paging`, as the people
list does), so the check and its refusal entry happen once per filter, not per page.

The order is the time of the entry, then its number (`at DESC, id DESC`). Each filter has
an index that holds that order: `(at)` for dates alone, `(user_id, at)` and `(action, at)`
for a user or an action, with or without dates; a person's or a record's entries are found
through `(table_name, row_id)` and are few enough to sort. So the first page is one walk
along one index, at 1,000,000 entries as at 100 (`make bench`: audit_first_page_*).

A list shows at most CAP entries (the newest): counting 700,000 updates costs 40 ms, and
nobody scrolls through them; the count says there are more, and a date narrows it.

What "about a person" covers (`AuditFilter.person_id`): the person's own row, and the rows
that belong to them today: their payments, sign-ups (assignment), hours outside shifts,
the requests they made or help with, and their user account. Rows deleted since (hours
removed) are no longer linked to anyone; their entries are found without the filter.

Values are shown as the log holds them: masked fields were written as `•••` and stay so.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from civicdesk import clock, localformat, localtime
from civicdesk.data import backend, models, paging
from civicdesk.data.fields import utc_text
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import (
    accounts,
    actors,
    hours,
    payments,
    people,
    requests,
    rows,
    series,
    shifts,
)
from civicdesk.services.audit import MASK
from civicdesk.services.guard import allowed

CAP = 10_000


class DatesReversed(UserError):
    context = "Audit"
    template = QT_TRANSLATE_NOOP("Audit", "The first day ({since}) is after the last day "
                                          "({until}); nothing can be between them.")

# Every action the services write, as the viewer names it ("Audit" context).
ACTION_TEXT = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "archive": QT_TRANSLATE_NOOP("Audit", "archived"),
    "unarchive": QT_TRANSLATE_NOOP("Audit", "brought back"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "refused": QT_TRANSLATE_NOOP("Audit", "refused"),
    "login": QT_TRANSLATE_NOOP("Audit", "logged in"),
    "reset": QT_TRANSLATE_NOOP("Audit", "PIN or password reset"),
    "assign": QT_TRANSLATE_NOOP("Audit", "assigned"),
    "status": QT_TRANSLATE_NOOP("Audit", "status changed"),
    "reopen": QT_TRANSLATE_NOOP("Audit", "reopened"),
    "follow_up": QT_TRANSLATE_NOOP("Audit", "follow-up set"),
    "note": QT_TRANSLATE_NOOP("Audit", "note added"),
    "cancel": QT_TRANSLATE_NOOP("Audit", "cancelled"),
    "attendance": QT_TRANSLATE_NOOP("Audit", "attendance recorded"),
    "call": QT_TRANSLATE_NOOP("Audit", "reminder call"),
    "generate": QT_TRANSLATE_NOOP("Audit", "shifts generated"),
    "restore": QT_TRANSLATE_NOOP("Audit", "backup restored"),
    "demo": QT_TRANSLATE_NOOP("Audit", "demo data added"),
    "void": QT_TRANSLATE_NOOP("Audit", "voided"),
    "correct": QT_TRANSLATE_NOOP("Audit", "recorded as a correction"),
}

# What kind of record each table holds.
KIND_TEXT = {
    "person": QT_TRANSLATE_NOOP("Audit", "person"),
    "household": QT_TRANSLATE_NOOP("Audit", "household"),
    "payment": QT_TRANSLATE_NOOP("Audit", "payment"),
    "assignment": QT_TRANSLATE_NOOP("Audit", "sign-up"),
    "ad_hoc_hours": QT_TRANSLATE_NOOP("Audit", "hours"),
    "support_request": QT_TRANSLATE_NOOP("Audit", "request"),
    "event": QT_TRANSLATE_NOOP("Audit", "event"),
    "shift": QT_TRANSLATE_NOOP("Audit", "shift"),
    "shift_series": QT_TRANSLATE_NOOP("Audit", "repeating shifts"),
    "user": QT_TRANSLATE_NOOP("Audit", "user account"),
    "setting": QT_TRANSLATE_NOOP("Audit", "setting"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
}

# The fields of a refusal's entry (written by `guard.record_refusal`), and of others that
# no FieldSpec describes.
_OTHER_FIELDS = {
    "service": QT_TRANSLATE_NOOP("Field", "What was tried"),
    "reason": QT_TRANSLATE_NOOP("Field", "Why it was refused"),
    "why": QT_TRANSLATE_NOOP("Field", "Cause"),
    "attempt": QT_TRANSLATE_NOOP("Field", "Attempt"),
    "password_hash": accounts.SECRET_LABEL,
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "person": QT_TRANSLATE_NOOP("Field", "Person"),
    "shift": QT_TRANSLATE_NOOP("Field", "Shift"),
    "event": QT_TRANSLATE_NOOP("Field", "Event"),
    "archived": QT_TRANSLATE_NOOP("Field", "Archived"),
    "created_by": QT_TRANSLATE_NOOP("Field", "Entered by (user number)"),
    "voided_at": QT_TRANSLATE_NOOP("Field", "Voided at"),
    "voided_by": QT_TRANSLATE_NOOP("Field", "Voided by (user number)"),
    "voided_by_name": QT_TRANSLATE_NOOP("Field", "Voided by"),
    "void_reason": QT_TRANSLATE_NOOP("Field", "Why it was voided"),
    "corrects": QT_TRANSLATE_NOOP("Field", "Corrects payment number"),
}
_DERIVED = frozenset({"sort_name"})  # made from other fields the entry shows
_SPECS = {
    "person": people.PERSON_FIELDS, "household": people.HOUSEHOLD_FIELDS,
    "payment": payments.PAYMENT_FIELDS, "ad_hoc_hours": hours.HOURS_FIELDS,
    "support_request": requests.REQUEST_FIELDS, "event": shifts.EVENT_FIELDS,
    "shift": shifts.SHIFT_FIELDS, "assignment": shifts.ASSIGNMENT_FIELDS,
    "shift_series": series.SERIES_FIELDS, "user": accounts.USER_FIELDS,
}


def field_label(table: str, name: str) -> str:
    """The English label of a changed field ("Field" context), else its name."""
    spec = _SPECS.get(table, {}).get(name)
    if spec is not None:
        return spec.label
    return _OTHER_FIELDS.get(name, name.replace("_", " "))


@dataclass(frozen=True)
class AuditFilter:
    """What the log is narrowed to; empty values do not filter. Dates are local days in
    the association's zone, both included."""

    person_id: int | None = None
    table: str = ""  # with row_id: one record
    row_id: int | None = None
    user_id: int | None = None
    action: str = ""
    since: date | None = None
    until: date | None = None

    def with_(self, **changes) -> AuditFilter:
        return replace(self, **changes)


@dataclass(frozen=True)
class Change:
    field: str
    label: str  # English, "Field" context
    old: str
    new: str
    masked: bool  # the log holds only that it changed


@dataclass(frozen=True)
class AuditRow:
    """One entry as the viewer shows it. `at` is local time in the association's zone."""

    id: int
    at: datetime
    user_id: int | None
    actor: str
    action: str
    table: str
    row_id: int | None
    row_version: int | None
    changes: dict
    subject: str = ""  # the record's name, where cheap ("" if unknown or gone)
    key: tuple = ()

    @property
    def action_text(self) -> str:
        return ACTION_TEXT.get(self.action, self.action)

    @property
    def kind_text(self) -> str:
        return KIND_TEXT.get(self.table, self.table.replace("_", " "))

    def field_changes(self) -> list[Change]:
        return [_change(self.table, name, value) for name, value in self.changes.items()
                if name not in _DERIVED]


def _change(table: str, name: str, value: Any) -> Change:
    old, new = value if isinstance(value, list) and len(value) == 2 else (None, value)
    return Change(name, field_label(table, name), show_value(old), show_value(new),
                  MASK in (old, new))


def show_value(value: Any) -> str:
    """A value as the log holds it, as text (lists joined, nothing as "")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(show_value(v) for v in value)
    return str(value)


_COLUMNS = ("e.id", "e.at", "e.user_id", "e.actor", "e.action", "e.table_name", "e.row_id",
            "e.row_version", "e.changes")
_KEYS = (paging.Key("e.at"),)
# The rows that belong to a person, by table (each subquery walks an index on the person).
_BELONGING = {
    "payment": "SELECT id FROM payment WHERE person_id = ?",
    "assignment": "SELECT id FROM assignment WHERE person_id = ?",
    "ad_hoc_hours": "SELECT id FROM ad_hoc_hours WHERE person_id = ?",
    "support_request": "SELECT id FROM support_request WHERE requester_id = ? "
                       "UNION SELECT id FROM support_request WHERE assignee_id = ?",
    "user": 'SELECT id FROM "user" WHERE person_id = ?',
}


def _conditions(f: AuditFilter) -> tuple[list[str], list]:
    where, params = ["TRUE"], []
    if f.person_id is not None:
        terms = ["(e.table_name = 'person' AND e.row_id = ?)"]
        params.append(f.person_id)
        for table, rows_of in _BELONGING.items():
            terms.append(f"(e.table_name = '{table}' AND e.row_id IN ({rows_of}))")
            params += [f.person_id] * rows_of.count("?")
        where.append("(" + " OR ".join(terms) + ")")
    if f.table:
        where.append("e.table_name = ? AND e.row_id = ?")
        params += [f.table, f.row_id]
    if f.user_id is not None:
        where.append("e.user_id = ?")
        params.append(f.user_id)
    if f.action:
        where.append("e.action = ?")
        params.append(f.action)
    tz = clock.zone()
    if f.since is not None:
        where.append("e.at >= ?")
        params.append(utc_text(localtime.day_bounds_utc(f.since, tz)[0]))
    if f.until is not None:
        where.append("e.at < ?")
        params.append(utc_text(localtime.day_bounds_utc(f.until, tz)[1]))
    return where, params


class AuditQuery(paging.Positions):
    """One filter over the log: count (at most CAP), pages, positions. Made by `open_log`."""

    def __init__(self, filters: AuditFilter | None = None) -> None:
        self.filters = filters or AuditFilter()
        where, params = _conditions(self.filters)
        self._query = paging.ListQuery(
            columns=_COLUMNS, source="audit_entry e", where=" AND ".join(where),
            params=tuple(params), keys=_KEYS, id_column="e.id", descending=True)
        self._count: int | None = None
        self.capped = False  # more than CAP entries match; the newest CAP are listed

    def assume_count(self, count: int, capped: bool = False) -> None:
        self._count, self.capped = count, capped

    def count(self) -> int:
        if self._count is None:
            q = self._query
            found = backend.execute(
                None, f"SELECT count(*) FROM (SELECT 1 FROM {q.source} WHERE {q.where} "
                f"LIMIT ?) AS capped",
                q.params + (CAP + 1,)).fetchone()[0]
            self.capped, self._count = found > CAP, min(found, CAP)
        return self._count

    def rows(self, offset: int, limit: int, *, after: tuple | None = None,
             before: tuple | None = None) -> list[AuditRow]:
        """Entries `offset .. offset+limit`, newest first (pass a neighbour's key if known)."""
        raw = paging.page(models.database, self._query, offset, limit, self.count(),
                          after=after, before=before, capped=self.capped)
        return _materialise(self._query, raw)

    def row_of_id(self, entry_id: int) -> AuditRow | None:
        one = replace(self._query, where="e.id = ?", params=(entry_id,))
        found = _materialise(one, paging.page(models.database, one, 0, 1, 1))
        return found[0] if found else None

    def position(self, entry_id: int) -> int | None:
        found = super().position(entry_id)
        return found if found is not None and found < self.count() else None


def _materialise(query: paging.ListQuery, raw: list[tuple]) -> list[AuditRow]:
    field = models.AuditEntry.changes
    at_field = models.AuditEntry.at
    tz = clock.zone()
    found = [AuditRow(values[0], localtime.to_local(at_field.python_value(values[1]), tz),
                      *values[2:8], field.python_value(values[8]) or {},
                      key=paging.key_of(query, values)) for values in raw]
    names = subjects({(r.table, r.row_id) for r in found if r.row_id is not None})
    return [replace(r, subject=names.get((r.table, r.row_id), "")) for r in found]


# How to name a record, one statement per kind on a page: (table, SQL over `ids`).
_PERSON_NAME = ("trim(coalesce(nullif(p.preferred_name, ''), p.first_name) || ' ' || "
                "p.last_name)")
_NAMES = {
    "person": f"SELECT p.id, {_PERSON_NAME} FROM person p WHERE p.id IN ({{ids}})",
    "household": "SELECT id, coalesce(nullif(name, ''), street) FROM household "
                 "WHERE id IN ({ids})",
    "payment": f"SELECT x.id, {_PERSON_NAME} FROM payment x JOIN person p "
               "ON p.id = x.person_id WHERE x.id IN ({ids})",
    "assignment": f"SELECT x.id, {_PERSON_NAME} FROM assignment x JOIN person p "
                  "ON p.id = x.person_id WHERE x.id IN ({ids})",
    "ad_hoc_hours": f"SELECT x.id, {_PERSON_NAME} FROM ad_hoc_hours x JOIN person p "
                    "ON p.id = x.person_id WHERE x.id IN ({ids})",
    "support_request": "SELECT id, summary FROM support_request WHERE id IN ({ids})",
    "event": "SELECT id, name FROM event WHERE id IN ({ids})",
    "shift": "SELECT s.id, e.name || coalesce(nullif(' \u2013 ' || s.title, ' \u2013 '), '')"
             " FROM shift s JOIN event e ON e.id = s.event_id WHERE s.id IN ({ids})",
    "shift_series": "SELECT s.id, e.name FROM shift_series s JOIN event e "
                    "ON e.id = s.event_id WHERE s.id IN ({ids})",
    "user": 'SELECT id, coalesce(nullif(display_name, \'\'), username) FROM "user" '
            "WHERE id IN ({ids})",
}


def subjects(records: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The names of some records, one statement per kind of record (none for the kinds
    that have no name: settings, the database)."""
    by_table: dict[str, set[int]] = defaultdict(set)
    for table, row_id in records:
        if table in _NAMES:
            by_table[table].add(row_id)
    found = {}
    for table, ids in by_table.items():
        sql = _NAMES[table].format(ids=", ".join("?" * len(ids)))
        for row_id, name in backend.execute(None, sql, tuple(ids)).fetchall():
            found[(table, row_id)] = name or ""
    return found


@allowed(actors.VIEW_AUDIT)
def open_log(actor: actors.Actor, filters: AuditFilter | None = None) -> AuditQuery:
    """The log narrowed to *filters*, for paging (coordinators and admins). A person or
    user that does not exist is NotFound; reversed dates are DatesReversed."""
    return AuditQuery(checked(filters))


@allowed(actors.VIEW_AUDIT)
def trail(actor: actors.Actor, filters: AuditFilter | None = None, limit: int = CAP
          ) -> list[AuditRow]:
    """At most *limit* entries matching *filters*, newest first (for the command line)."""
    query = AuditQuery(checked(filters))
    out: list[AuditRow] = []
    after = None
    while len(out) < min(limit, query.count()):
        page = query.rows(len(out), min(500, limit - len(out)), after=after)
        if not page:
            break
        out += page
        after = page[-1].key
    return out


def checked(filters: AuditFilter | None) -> AuditFilter:
    """*filters*, if what they name exists and the dates are in order."""
    filters = filters or AuditFilter()
    if filters.person_id is not None:
        rows.get_row(models.Person, filters.person_id)
    if filters.user_id is not None:
        rows.get_row(models.User, filters.user_id)
    if filters.since and filters.until and filters.since > filters.until:
        raise DatesReversed(since=localformat.format_date(filters.since),
                            until=localformat.format_date(filters.until))
    return filters


def known_actions() -> list[str]:
    """The actions for the filter: every one the services write, in ACTION_TEXT's order."""
    return list(ACTION_TEXT)

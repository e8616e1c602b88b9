"""The subject-access export on paper: everything held about one person, section by
section (data: services.subject_access.SubjectAccess, plain dicts with ISO dates)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.platypus import CondPageBreak

from civicdesk import localformat
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports.base import BaseReport
from civicdesk.reports.flowables import Column, Grid, TextStyle
from civicdesk.services import people, requests

EXTRA_LABELS = {
    "id": QT_TRANSLATE_NOOP("Report", "Number"),
    "version": QT_TRANSLATE_NOOP("Report", "Times changed"),
    "dues_paid_until": QT_TRANSLATE_NOOP("Report", "Dues paid until"),
    "archived": QT_TRANSLATE_NOOP("Report", "Archived"),
    "created_at": QT_TRANSLATE_NOOP("Report", "On file since"),
    "updated_at": QT_TRANSLATE_NOOP("Report", "Last changed"),
    "erased_at": QT_TRANSLATE_NOOP("Report", "Erased on"),
    "category": QT_TRANSLATE_NOOP("Report", "Category"),
    "status": QT_TRANSLATE_NOOP("Report", "Status"),
    "resolved_at": QT_TRANSLATE_NOOP("Report", "Resolved on"),
    "helper": QT_TRANSLATE_NOOP("Report", "Helper"),
    "username": QT_TRANSLATE_NOOP("Report", "Login name"),
    "display_name": QT_TRANSLATE_NOOP("Report", "Shown as"),
    "role": QT_TRANSLATE_NOOP("Report", "Role"),
    "active": QT_TRANSLATE_NOOP("Report", "Active"),
    "last_login_at": QT_TRANSLATE_NOOP("Report", "Last logged in"),
}
MADE_ON = QT_TRANSLATE_NOOP("Report", "Made on")
YES, NO = QT_TRANSLATE_NOOP("Report", "yes"), QT_TRANSLATE_NOOP("Report", "no")
NONE = QT_TRANSLATE_NOOP("Report", "None.")
VOIDED = QT_TRANSLATE_NOOP("Report", "VOIDED on {when}: {reason}.")


def when(value: str | None, *, day_only: bool = False) -> str:
    """An ISO date or time as the reports print it ("3/10/26 10:00 AM" in en_US); a time
    stored in UTC is printed in the association's zone, as the window shows it."""
    try:
        moment = datetime.fromisoformat(value or "")
    except ValueError:
        return (value or "").replace("T", " ")[:16]
    if day_only or not ("T" in (value or "") or " " in (value or "")):
        return localformat.format_date(moment)
    return localformat.format_datetime(moment)


def money(cents: int | None) -> str:
    """In the association's currency ("$12.50"; "12,50 US$" in Spanish)."""
    return localformat.format_money(cents or 0)


def minutes(value: int | None) -> str:
    hours, rest = divmod(int(value or 0), 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


class SubjectAccessReport(BaseReport):
    """Data: services.subject_access.SubjectAccess."""

    title = QT_TRANSLATE_NOOP("Report", "Everything we hold about a person")

    def is_empty(self, data) -> bool:
        return data is None

    def subtitle(self, data) -> str:
        return data.name

    def stylesheet(self):
        return super().stylesheet() | {"subheading": TextStyle(10, bold=True, space_after=3)}

    # Pieces -------------------------------------------------------------------------------
    def value(self, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr(YES if value else NO)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if value is None:
            return ""
        return when(value) if isinstance(value, str) and _looks_like_time(value) else str(value)

    def label(self, name: str, specs=people.PERSON_FIELDS) -> str:
        spec = specs.get(name)
        if spec is not None:
            return self._translate("Field", spec.label)
        return self.tr(EXTRA_LABELS[name]) if name in EXTRA_LABELS else name

    def pairs(self, rows: list[tuple[str, str]]) -> Grid:
        return Grid([Column("", 1, bold=True), Column("", 2.6)], rows, size=9.5, padding=3,
                    header=False)

    def table(self, columns: list[tuple[str, float]], rows: list[tuple]) -> Grid:
        return Grid([Column(self.tr(title), weight) for title, weight in columns], rows,
                    size=8.5, progress=self.report_progress)

    def section(self, title: str, body) -> list:
        return [CondPageBreak(60), self.spacer(6), self.text(self.tr(title), "heading"),
                *(body if body else [self.text(self.tr(NONE))])]

    # The story ----------------------------------------------------------------------------
    def story(self, data) -> list:
        intro = self.tr(QT_TRANSLATE_NOOP(
            "Report", "Prepared on {when} by {who} for {name}, at their request: every record "
                      "CivicDesk holds about them, including notes only coordinators see, "
                      "and the audit log's entries about them."),
            when=when(data.generated_at), who=data.generated_by, name=data.name)
        story = [self.text(intro, "body")]
        story += self.section(QT_TRANSLATE_NOOP("Report", "Personal details"),
                              [self.pairs([(self.label(k), self.value(v))
                                           for k, v in data.person.items()])])
        household = data.household and [self.pairs(
            [(self.label(k, people.HOUSEHOLD_FIELDS), self.value(v))
             for k, v in data.household.items()])]
        story += self.section(QT_TRANSLATE_NOOP("Report", "Household"), household)
        story += self.section(QT_TRANSLATE_NOOP("Report", "Ids in other systems"), data.external_ids
                              and [self.pairs([(e["system"], e["value"])
                                               for e in data.external_ids])])
        story += self.section(QT_TRANSLATE_NOOP("Report", "Payments"), self.payments(data))
        story += self.section(QT_TRANSLATE_NOOP("Report", "Shifts"), self.shifts(data))
        story += self.section(QT_TRANSLATE_NOOP("Report", "Hours outside shifts"),
                              self.hours(data))
        story += self.section(QT_TRANSLATE_NOOP("Report", "Requests for help"),
                              self.requests_made(data))
        story += self.section(QT_TRANSLATE_NOOP("Report", "Requests they helped with"),
                              self.requests_helped(data))
        story += self.section(QT_TRANSLATE_NOOP("Report", "Login account"), data.account and [
            self.pairs([(self.label(k), self.value(v)) for k, v in data.account.items()])])
        story += self.section(QT_TRANSLATE_NOOP("Report", "Audit log entries about them"),
                              self.audit(data))
        return story

    def payments(self, data) -> list:
        rows = [(when(p["paid_on"]), money(p["amount_cents"]),
                 f"{p['period_start']} \u2013 {p['period_end']}", p["method"],
                 self._payment_note(p)) for p in data.payments]
        return rows and [self.table([(QT_TRANSLATE_NOOP("Report", "Paid on"), 1),
                                     (QT_TRANSLATE_NOOP("Report", "Amount"), 0.8),
                                     (QT_TRANSLATE_NOOP("Report", "Covers"), 1.8),
                                     (QT_TRANSLATE_NOOP("Report", "Method"), 0.8),
                                     (QT_TRANSLATE_NOOP("Report", "Note"), 2.4)], rows)]

    def _payment_note(self, payment: dict) -> str:
        if not payment.get("voided_at"):
            return payment["note"]
        voided = self.tr(VOIDED, when=when(payment["voided_at"], day_only=True),
                         reason=payment["void_reason"])
        return f"{voided} {payment['note']}".strip()

    def shifts(self, data) -> list:
        rows = [(when(s["starts_at"]), s["event"], s["title"], s["status"],
                 minutes(s["minutes"]) if s["minutes"] else "", s["note"])
                for s in data.shifts]
        return rows and [self.table([(QT_TRANSLATE_NOOP("Report", "When"), 1.2),
                                     (QT_TRANSLATE_NOOP("Report", "Event"), 1.4),
                                     (QT_TRANSLATE_NOOP("Report", "Role"), 1),
                                     (QT_TRANSLATE_NOOP("Report", "Status"), 0.8),
                                     (QT_TRANSLATE_NOOP("Report", "Time"), 0.8),
                                     (QT_TRANSLATE_NOOP("Report", "Note"), 2)], rows)]

    def hours(self, data) -> list:
        rows = [(h["worked_on"], minutes(h["minutes"]), h["event"] or "", h["note"])
                for h in data.adhoc_hours]
        total = self.text(self.tr(QT_TRANSLATE_NOOP(
            "Report", "Time given in all, shifts included: {time}"),
            time=minutes(data.minutes_total)), "small")
        return [*(rows and [self.table([(QT_TRANSLATE_NOOP("Report", "Day"), 1),
                                        (QT_TRANSLATE_NOOP("Report", "Time"), 0.8),
                                        (QT_TRANSLATE_NOOP("Report", "Event"), 1.4),
                                        (QT_TRANSLATE_NOOP("Report", "Note"), 3)], rows)]),
                total]

    def history(self, lines: list[dict]) -> Grid:
        rows = [(when(line["at"]), line["actor"], line["kind"],
                 " \u2192 ".join(x for x in (line["old_status"], line["new_status"]) if x),
                 line.get("note", "")) for line in lines]
        return self.table([(QT_TRANSLATE_NOOP("Report", "When"), 1.1),
                           (QT_TRANSLATE_NOOP("Report", "Who"), 1.2),
                           (QT_TRANSLATE_NOOP("Report", "What"), 0.8),
                           (QT_TRANSLATE_NOOP("Report", "Status"), 1.3),
                           (QT_TRANSLATE_NOOP("Report", "Note"), 2.6)], rows)

    def requests_made(self, data) -> list:
        story: list = []
        for r in data.requests_made:
            heading = self.tr(QT_TRANSLATE_NOOP("Report", "Request no. {number}"),
                              number=r["id"])
            fields = [(self.tr(MADE_ON) if k == "created_at" else self.label(
                k, requests.REQUEST_FIELDS), self.value(v)) for k, v in r.items()
                if k not in ("id", "history") and v not in (None, "")]
            story += [CondPageBreak(80), self.spacer(4), self.text(heading, "subheading"),
                      self.pairs(fields), self.spacer(3), self.history(r["history"])]
        return story

    def requests_helped(self, data) -> list:
        story: list = []
        for r in data.requests_helped:
            heading = self.tr(QT_TRANSLATE_NOOP(
                "Report", "Request no. {number} ({category}, {status}), made {when}"),
                number=r["id"], category=r["category"], status=r["status"],
                when=when(r["created_at"]))
            story += [self.text(heading, "body"), self.history(r["history"]), self.spacer(4)]
        return story

    def audit(self, data) -> list:
        rows = [(when(e["at"]), e["actor"], e["action"], f"{e['table']} {e['row_id'] or ''}",
                 _changes_text(e["changes"])) for e in data.audit_entries]
        return rows and [self.table([(QT_TRANSLATE_NOOP("Report", "When"), 1.1),
                                     (QT_TRANSLATE_NOOP("Report", "Who"), 1.1),
                                     (QT_TRANSLATE_NOOP("Report", "What"), 0.8),
                                     (QT_TRANSLATE_NOOP("Report", "Record"), 1.1),
                                     (QT_TRANSLATE_NOOP("Report", "Changes"), 3.2)], rows)]


def _looks_like_time(text: str) -> bool:
    return len(text) >= 19 and text[4] == "-" and text[10] == "T"


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _changes_text(changes: Any) -> str:
    """An entry's `{field: [old, new]}` as lines "field: old → new"."""
    if not isinstance(changes, dict):
        return str(changes)
    lines = []
    for name, change in changes.items():
        if isinstance(change, list) and len(change) == 2:
            old, new = (_shown(v) for v in change)
            lines.append(f"{name}: {old} \u2192 {new}" if old else f"{name}: {new}")
        else:
            lines.append(f"{name}: {change}")
    return "\n".join(lines)

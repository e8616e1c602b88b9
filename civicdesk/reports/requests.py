"""Support requests: the summary for a period (counts, time to resolve, open and overdue,
charts) and a job ticket for one request (what the helper needs; never sensitive notes)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Table

from civicdesk import localformat
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports import charts
from civicdesk.reports.base import BaseReport
from civicdesk.reports.flowables import Column, Grid, SignatureLine

STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("Report", "new"),
    "assigned": QT_TRANSLATE_NOOP("Report", "assigned"),
    "in_progress": QT_TRANSLATE_NOOP("Report", "in progress"),
    "resolved": QT_TRANSLATE_NOOP("Report", "resolved"),
    "closed": QT_TRANSLATE_NOOP("Report", "closed"),
    "cancelled": QT_TRANSLATE_NOOP("Report", "cancelled"),
}
URGENCY_TEXT = {
    "today": QT_TRANSLATE_NOOP("Report", "today"),
    "2_days": QT_TRANSLATE_NOOP("Report", "within 2 days"),
    "this_week": QT_TRANSLATE_NOOP("Report", "this week"),
    "anytime": QT_TRANSLATE_NOOP("Report", "any time"),
}


class RequestsSummaryReport(BaseReport):
    """Data: services.report_requests.RequestSummary."""

    title = QT_TRANSLATE_NOOP("Report", "Support requests")
    landscape = True

    def is_empty(self, data) -> bool:
        return not data.total and not data.open_requests

    def subtitle(self, data) -> str:
        return localformat.format_period(data.start, data.end)

    def status(self, status: str) -> str:
        return self.tr(STATUS_TEXT.get(status, status))

    def headline(self, data) -> str:
        median = "\u2014" if data.median_days_to_resolve is None else \
            localformat.format_number(data.median_days_to_resolve, 1)
        return self.tr(QT_TRANSLATE_NOOP(
            "Report", "{total} requests made in this period, {resolved} of them resolved "
                      "(median {median} days to resolve). Open now: {open}, of which "
                      "{overdue} overdue."), total=data.total, resolved=data.resolved,
            median=median, open=len(data.open_requests), overdue=data.overdue)

    def story(self, data) -> list:
        story = [self.text(self.headline(data), "body"), self.spacer(4)]
        if data.total:
            story += self.counts(data)
        story += [CondPageBreak(80), self.text(self.tr(QT_TRANSLATE_NOOP(
            "Report", "Open requests (overdue first)")), "heading"), self.open_table(data)]
        return story

    def counts(self, data) -> list:
        columns = [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Category")), 2, bold=True)]
        columns += [Column(self.status(s), 1, "right", wrap=False) for s in data.statuses]
        columns.append(Column(self.tr(QT_TRANSLATE_NOOP("Report", "Total")), 1, "right",
                              bold=True, wrap=False))
        rows, per_category = [], []
        for category in data.categories:
            counts = [data.counts.get((category, s), 0) for s in data.statuses]
            per_category.append(sum(counts))
            rows.append((category, *map(str, counts), str(sum(counts))))
        totals = [sum(data.counts.get((c, s), 0) for c in data.categories)
                  for s in data.statuses]
        rows.append((self.tr(QT_TRANSLATE_NOOP("Report", "Total")), *map(str, totals),
                     str(data.total)))
        half = self.page.width / 2 - 10
        return [
            self.text(self.tr(QT_TRANSLATE_NOOP("Report", "By category and status")),
                      "heading"),
            Grid(columns, rows, size=9.5), self.spacer(10), CondPageBreak(170),
            _side_by_side(charts.bar_chart(data.categories, per_category, half),
                          charts.pie_chart([self.status(s) for s in data.statuses], totals,
                                           half)),
            self.spacer(10),
        ]

    def open_table(self, data) -> Grid:
        overdue = self.tr(QT_TRANSLATE_NOOP("Report", "OVERDUE"))
        columns = [Column(self.tr(QT_TRANSLATE_NOOP("Report", "No.")), 0.5, "right", wrap=False),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Request")), 2.6, bold=True),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Category")), 1.1),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Status")), 0.9),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "For")), 1.6),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Helper")), 1.6),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Due")), 1.1)]
        rows = [(str(r.request_id), r.summary, r.category, self.status(r.status), r.requester,
                 r.assignee or "\u2014",
                 f"{localformat.format_date(r.due_on) if r.due_on else ''}"
                 f"{' ' + overdue if r.overdue else ''}") for r in data.open_requests]
        return Grid(columns, rows, size=9, progress=self.report_progress)


def _side_by_side(left, right) -> Table:
    table = Table([[left, right]])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return table


class JobTicketReport(BaseReport):
    """Data: services.report_requests.Ticket (has no sensitive notes by construction)."""

    title = QT_TRANSLATE_NOOP("Report", "Job ticket")

    def is_empty(self, data) -> bool:
        return data is None

    def subtitle(self, data) -> str:
        return self.tr(QT_TRANSLATE_NOOP("Report", "Request no. {number}"),
                       number=data.request_id)

    def field_rows(self, t) -> list[tuple[str, str]]:
        label = lambda text: self.tr(text)  # noqa: E731 - keeps the table below readable
        rows = [
            (label(QT_TRANSLATE_NOOP("Report", "What")), t.category),
            (label(QT_TRANSLATE_NOOP("Report", "Urgency")),
             self.tr(URGENCY_TEXT.get(t.urgency, t.urgency))),
            (label(QT_TRANSLATE_NOOP("Report", "Due")), localformat.format_date(t.due_on, "long")
             if t.due_on else ""),
            (label(QT_TRANSLATE_NOOP("Report", "For")), t.requester),
            (label(QT_TRANSLATE_NOOP("Report", "Phone")), t.phone),
            (label(QT_TRANSLATE_NOOP("Report", "Address")), "\n".join(t.address)),
            (label(QT_TRANSLATE_NOOP("Report", "Area")), t.area),
            (label(QT_TRANSLATE_NOOP("Report", "Speaks")), ", ".join(t.languages)),
            (label(QT_TRANSLATE_NOOP("Report", "Good to know")), t.accessibility),
            (label(QT_TRANSLATE_NOOP("Report", "Details")), t.details),
            (label(QT_TRANSLATE_NOOP("Report", "Helper")),
             " \u00b7 ".join(p for p in (t.helper, t.helper_phone) if p)),
        ]
        return [(k, v) for k, v in rows if v]

    def story(self, data) -> list:
        fields = Grid([Column("", 1, bold=True), Column("", 3.4)], self.field_rows(data),
                      size=11, padding=5, zebra=False, header=False)
        done = [(self.tr(QT_TRANSLATE_NOOP("Report", "Done on")), ""),
                (self.tr(QT_TRANSLATE_NOOP("Report", "Time spent")), ""),
                (self.tr(QT_TRANSLATE_NOOP("Report", "Notes for the office")), "")]
        return [self.text(data.summary, "big"), fields, self.spacer(16),
                self.text(self.tr(QT_TRANSLATE_NOOP("Report", "When the job is done")),
                          "heading"),
                Grid([Column("", 1, bold=True), Column("", 3.4)], done, size=11, padding=5,
                     min_row_height=30, zebra=False, header=False),
                self.spacer(20), SignatureLine(self.tr(QT_TRANSLATE_NOOP("Report", "Helper")),
                                               width=220)]

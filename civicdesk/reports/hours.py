"""Volunteer hours: totals per person and per event with a chart, and one volunteer's
hours statement (a letter with a signature line)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak

from civicdesk import localformat
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports import charts
from civicdesk.reports.base import BaseReport
from civicdesk.reports.flowables import Column, Grid, SignatureLine


def hours_text(minutes: int) -> str:
    """Minutes as hours with one decimal place ("2.5"; "2,5" in Spanish and French)."""
    return localformat.format_number(minutes / 60, 1)


def period(start, end) -> str:
    return localformat.format_period(start, end)


class HoursReport(BaseReport):
    """Data: services.report_shifts.HoursReport."""

    title = QT_TRANSLATE_NOOP("Report", "Volunteer hours")

    def is_empty(self, data) -> bool:
        return not data.people

    def subtitle(self, data) -> str:
        return period(data.start, data.end)

    def story(self, data) -> list:
        total = self.tr(QT_TRANSLATE_NOOP(
            "Report", "{hours} hours given by {people} volunteers."),
            hours=hours_text(data.total_minutes),
            people=localformat.format_number(len(data.people)))
        event_rows = [(name or self.tr(QT_TRANSLATE_NOOP("Report", "(no event)")),
                       hours_text(minutes)) for name, minutes in data.events]
        person_rows = [(p.name, localformat.format_number(p.shifts), hours_text(p.minutes))
                       for p in data.people]
        hours_col = self.tr(QT_TRANSLATE_NOOP("Report", "Hours"))
        return [
            self.text(total, "heading"), self.spacer(4),
            self.text(self.tr(QT_TRANSLATE_NOOP("Report", "Hours per event")), "heading"),
            charts.bar_chart([r[0] for r in event_rows], [m / 60 for _, m in data.events],
                             self.page.width,
                             value_format=lambda value: localformat.format_number(value, 1)),
            self.spacer(6),
            Grid([Column(self.tr(QT_TRANSLATE_NOOP("Report", "Event")), 3, bold=True),
                  Column(hours_col, 1, "right", wrap=False)], event_rows, size=9.5),
            self.spacer(14), CondPageBreak(80),
            self.text(self.tr(QT_TRANSLATE_NOOP("Report", "Hours per volunteer")), "heading"),
            Grid([Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 3, bold=True),
                  Column(self.tr(QT_TRANSLATE_NOOP("Report", "Times")), 0.8, "right",
                         wrap=False),
                  Column(hours_col, 1, "right", wrap=False)], person_rows, size=9.5,
                 progress=self.report_progress),
        ]


class StatementReport(BaseReport):
    """A one-page letter confirming a volunteer's hours (data: report_shifts.Statement,
    plus `signer`: who signs)."""

    title = QT_TRANSLATE_NOOP("Report", "Volunteer hours statement")

    def __init__(self, *args, signer: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.signer = signer

    def is_empty(self, data) -> bool:
        return not data.entries

    def subtitle(self, data) -> str:
        return localformat.format_date(self.letterhead.printed_at, "long")

    def story(self, data) -> list:
        head = self.letterhead
        body = self.tr(QT_TRANSLATE_NOOP(
            "Report", "This letter confirms that {name} volunteered with {association} "
                      "from {start} to {end}, giving {hours} hours of service in total, as "
                      "listed below."), name=data.name, association=head.association,
            start=localformat.format_date(data.start, "long"),
            end=localformat.format_date(data.end, "long"),
            hours=hours_text(data.total_minutes))
        rows = [(localformat.format_date(e.worked_on), " \u2013 ".join(p for p in (e.event_name, e.what)
                                                          if p), hours_text(e.minutes))
                for e in data.entries]
        rows.append(("", self.tr(QT_TRANSLATE_NOOP("Report", "Total")),
                     hours_text(data.total_minutes)))
        size = 10 if len(rows) <= 25 else 8.5  # stay on one page when we can
        signer = self.signer or self.tr(QT_TRANSLATE_NOOP("Report", "Volunteer coordinator"))
        return [
            self.text(head.address, "body") if head.address else self.spacer(1),
            self.text(head.contact, "small") if head.contact else self.spacer(1),
            self.spacer(8),
            self.text(self.tr(QT_TRANSLATE_NOOP("Report", "To whom it may concern,")), "body"),
            self.text(body, "body"), self.spacer(4),
            Grid([Column(self.tr(QT_TRANSLATE_NOOP("Report", "Date")), 1, wrap=False),
                  Column(self.tr(QT_TRANSLATE_NOOP("Report", "Activity")), 4),
                  Column(self.tr(QT_TRANSLATE_NOOP("Report", "Hours")), 0.8, "right",
                         wrap=False)], rows, size=size, padding=2.5),
            self.spacer(10),
            self.text(self.tr(QT_TRANSLATE_NOOP(
                "Report", "We are grateful for this help to our neighbours. Please contact "
                          "us if you need more information.")), "body"),
            CondPageBreak(90), self.spacer(18),
            SignatureLine(f"{signer}\n{head.association}", width=240),
        ]

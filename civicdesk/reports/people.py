"""People lists: the member roster (internal), the public directory, renewals due."""

from __future__ import annotations

from datetime import date

from civicdesk import localformat
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports.base import BaseReport
from civicdesk.reports.flowables import Column, Grid

STATUS_TEXT = {
    "member": QT_TRANSLATE_NOOP("Report", "member"),
    "lapsed": QT_TRANSLATE_NOOP("Report", "lapsed"),
    "honorary": QT_TRANSLATE_NOOP("Report", "honorary"),
    "prospect": QT_TRANSLATE_NOOP("Report", "prospect"),
    "none": QT_TRANSLATE_NOOP("Report", "not a member"),
}
COUNT = QT_TRANSLATE_NOOP("Report", "{count} people")


def day(value: date | None) -> str:
    return localformat.format_date(value) if value else ""


class RosterReport(BaseReport):
    """Every member with all contact data, for the office (data: list of MemberRow)."""

    title = QT_TRANSLATE_NOOP("Report", "Member roster")
    landscape = True

    def subtitle(self, data) -> str:
        """"312 people · Saturday, December 5, 2026": a roster is as of a day."""
        return f"{self.tr(COUNT, count=localformat.format_number(len(data)))} \u00b7 " \
               f"{super().subtitle(data)}"

    def columns(self) -> list[Column]:
        return [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 2.2, bold=True),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "No.")), 0.8, wrap=False),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Status")), 0.8),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Dues until")), 0.9, wrap=False),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Phone")), 1.8),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Email")), 2.8),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Address")), 2.6)]

    def large_columns(self) -> list[Column]:
        """Large print: three wrapping columns, each cell a few lines (membership: number,
        status and dues; contact: phone, email, address)."""
        return [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 2.0, bold=True),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Membership")), 1.5),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Contact")), 3.4)]

    def story(self, data) -> list:
        if self.large_print:
            dues = self.tr(QT_TRANSLATE_NOOP("Report", "Dues until"))
            rows = [(r.name, "\n".join(p for p in (
                r.member_number, self.tr(STATUS_TEXT.get(r.status, r.status)),
                f"{dues} {day(r.dues_paid_until)}" if r.dues_paid_until else "") if p),
                "\n".join(p for p in (r.phone, r.email, r.address) if p)) for r in data]
            return [Grid(self.large_columns(), rows, size=self.cell_size(8.5), padding=5,
                         progress=self.report_progress)]
        rows = [(r.name, r.member_number, self.tr(STATUS_TEXT.get(r.status, r.status)),
                 day(r.dues_paid_until), r.phone, r.email, r.address) for r in data]
        return [Grid(self.columns(), rows, size=8.5, progress=self.report_progress)]


class DirectoryReport(BaseReport):
    """The public member directory (data: list of DirectoryRow, consent already applied)."""

    title = QT_TRANSLATE_NOOP("Report", "Member directory")

    def subtitle(self, data) -> str:
        return self.tr(COUNT, count=localformat.format_number(len(data)))

    def story(self, data) -> list:
        columns = [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 2.2, bold=True),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Phone")), 1.4),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Email")), 2.4)]
        note = self.text(self.tr(QT_TRANSLATE_NOOP(
            "Report", "Only members who agreed to be listed, with only the contact details "
                      "they agreed to share. Please do not pass this list on.")), "small")
        rows = [(r.name, r.phone, r.email) for r in data]
        return [note, self.spacer(4), Grid(columns, rows, size=9.5, padding=3.5,
                                           progress=self.report_progress)]


class RenewalsReport(BaseReport):
    """Members whose dues lapse soon or have lapsed (data: RenewalsData)."""

    title = QT_TRANSLATE_NOOP("Report", "Renewals due")
    landscape = True

    def is_empty(self, data) -> bool:
        return not data.rows

    def subtitle(self, data) -> str:
        return self.tr(QT_TRANSLATE_NOOP("Report", "Due by {until}"),
                       until=localformat.format_date(data.until, "long"))

    def when(self, until: date | None, today: date) -> str:
        if until is None:
            return ""
        days = (until - today).days
        if days < 0:
            return self.tr(QT_TRANSLATE_NOOP("Report", "lapsed {days} days ago"), days=-days)
        if days == 0:
            return self.tr(QT_TRANSLATE_NOOP("Report", "today"))
        return self.tr(QT_TRANSLATE_NOOP("Report", "in {days} days"), days=days)

    def story(self, data) -> list:
        columns = [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 2.2, bold=True),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "No.")), 0.8, wrap=False),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Dues until")), 0.9, wrap=False),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Renewal")), 1.5),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Phone")), 1.7),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Email")), 2.5),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Address")), 2.4)]
        rows = [(r.name, r.member_number, day(r.dues_paid_until),
                 self.when(r.dues_paid_until, data.today), r.phone, r.email, r.address)
                for r in data.rows]
        return [Grid(columns, rows, size=8.5, progress=self.report_progress)]

"""Shift paperwork: the schedule for the wall, sign-in sheets, the reminder call list."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import CondPageBreak, PageBreak

from civicdesk import localformat
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports.base import BaseReport
from civicdesk.reports.flowables import Column, Grid

ASSIGNMENT_TEXT = {
    "signed_up": QT_TRANSLATE_NOOP("Report", "signed up"),
    "confirmed": QT_TRANSLATE_NOOP("Report", "confirmed"),
    "attended": QT_TRANSLATE_NOOP("Report", "attended"),
    "no_show": QT_TRANSLATE_NOOP("Report", "no show"),
}


def hours_range(start, end) -> str:
    """"9:00 AM–12:00 PM" in the association's locale."""
    return localformat.format_times(start, end)


class _ShiftReport(BaseReport):
    def day_title(self, day) -> str:
        """"Saturday, December 5, 2026" / "sábado, 5 de diciembre de 2026"."""
        return localformat.format_date(day, "long")

    def what(self, event: str, title: str) -> str:
        return f"{event} \u2013 {title}" if title else event


class ScheduleReport(_ShiftReport):
    """Data: services.report_shifts.Schedule."""

    title = QT_TRANSLATE_NOOP("Report", "Shift schedule")
    landscape = True

    def is_empty(self, data) -> bool:
        return not data.shifts

    def subtitle(self, data) -> str:
        period = localformat.format_period(data.start, data.end)
        return f"{data.event_name}: {period}" if data.event_name else period

    def columns(self) -> list[Column]:
        return [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Time")), 0.9),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Event")), 1.6, bold=True),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Role")), 1.1),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Where")), 1.8),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Signed up")), 4.0),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Open")), 0.6, "right", wrap=False)]

    def story(self, data) -> list:
        story: list = []
        for day, shifts in groupby(data.shifts, key=lambda s: s.starts_at.date()):
            rows = [(hours_range(s.starts_at, s.ends_at), s.event_name, s.title, s.location,
                     ", ".join(s.people) or "\u2014", str(max(s.capacity - len(s.people), 0)))
                    for s in shifts]
            story += [CondPageBreak(60), self.text(self.day_title(day), "heading"),
                      Grid(self.columns(), rows, size=9.5, padding=4), self.spacer(10)]
        return story


class SignInReport(_ShiftReport):
    """Data: SignIn (day, sheets: list of SignInSheet); a page per shift, with
    `blank_rows` empty rows for people who come without signing up."""

    title = QT_TRANSLATE_NOOP("Report", "Sign-in sheet")
    large_print_landscape = True  # room for a 16 pt name and a signature

    def __init__(self, *args, blank_rows: int = 8, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.blank_rows = blank_rows

    def is_empty(self, data) -> bool:
        return not data.sheets

    def subtitle(self, data) -> str:
        return self.day_title(data.day)

    def columns(self) -> list[Column]:
        return [Column("#", 0.6 if self.large_print else 0.35, "right", wrap=False),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 3.0, bold=True),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Time in")), 1.0),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Signature")), 2.6),
                Column(self.tr(QT_TRANSLATE_NOOP("Report", "Time out")), 1.0)]

    def story(self, data) -> list:
        story: list = []
        for i, sheet in enumerate(data.sheets):
            shift = sheet.shift
            if i:
                story.append(PageBreak())
            heading = f"{self.what(shift.event_name, shift.title)}, " \
                      f"{hours_range(shift.starts_at, shift.ends_at)}"
            rows = [(str(n), p.name, "", "", "") for n, p in enumerate(sheet.people, start=1)]
            rows += [(str(n), "", "", "", "") for n in range(
                len(rows) + 1, len(rows) + 1 + self.blank_rows)]
            story += [self.text(heading, "heading"), self.text(shift.location, "body"),
                      self.spacer(4), Grid(self.columns(), rows, size=self.cell_size(11),
                                           padding=5, min_row_height=34 if self.large_print
                                           else 26, zebra=False, rules=True)]
        return story


class CallListReport(_ShiftReport):
    """Data: services.report_shifts.CallList (rows: SignupRow with local times)."""

    title = QT_TRANSLATE_NOOP("Report", "Reminder calls")
    landscape = True

    def is_empty(self, data) -> bool:
        return not data.rows

    def subtitle(self, data) -> str:
        return self.day_title(data.day)

    def large_story(self, data) -> list:
        """Large print: five wrapping columns (the name with the phone under it, the shift
        with its status), so nothing is cut at 16 pt."""
        columns = [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Time")), 1.3),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 2.4, bold=True),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Shift")), 2.2),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Reached?")), 1.6),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Notes")), 1.9)]
        box = self.tr(QT_TRANSLATE_NOOP("Report", "yes / no / message"))
        rows = [(hours_range(r.starts_at, r.ends_at), f"{r.name}\n{r.phone or r.email}",
                 f"{self.what(r.event_name, r.shift_title)}\n"
                 f"({self.tr(ASSIGNMENT_TEXT.get(r.status, r.status))})", box, "")
                for r in data.rows]
        intro = self.text(self.tr(QT_TRANSLATE_NOOP(
            "Report", "Call each volunteer to remind them of their shift; circle the answer "
                      "and note anything the coordinator should know.")), "body")
        return [intro, self.spacer(4), Grid(columns, rows, size=self.cell_size(9.5),
                                            padding=5, min_row_height=40, rules=True)]

    def story(self, data) -> list:
        if self.large_print:
            return self.large_story(data)
        columns = [Column(self.tr(QT_TRANSLATE_NOOP("Report", "Time")), 1.1),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Shift")), 2.1),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Name")), 2.0, bold=True),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Phone")), 1.5),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Status")), 1.0),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Reached?")), 1.7),
                   Column(self.tr(QT_TRANSLATE_NOOP("Report", "Notes")), 2.4)]
        box = self.tr(QT_TRANSLATE_NOOP("Report", "yes / no / message"))
        rows = [(hours_range(r.starts_at, r.ends_at), self.what(r.event_name, r.shift_title),
                 r.name, r.phone or r.email,
                 self.tr(ASSIGNMENT_TEXT.get(r.status, r.status)), box, "") for r in data.rows]
        intro = self.text(self.tr(QT_TRANSLATE_NOOP(
            "Report", "Call each volunteer to remind them of their shift; circle the answer "
                      "and note anything the coordinator should know.")), "small")
        return [intro, self.spacer(4), Grid(columns, rows, size=9.5, padding=5,
                                            min_row_height=24, rules=True)]

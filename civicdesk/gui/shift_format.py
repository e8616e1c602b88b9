"""How shifts, sign-up statuses and hours read on screen (translated, local time)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate

from civicdesk.services import hours

from civicdesk.gui import localized


def status_label(status: str) -> str:
    """A sign-up status as users read it."""
    labels = {
        "signed_up": QCoreApplication.translate("ShiftFormat", "Signed up"),
        "confirmed": QCoreApplication.translate("ShiftFormat", "Confirmed"),
        "attended": QCoreApplication.translate("ShiftFormat", "Attended"),
        "no_show": QCoreApplication.translate("ShiftFormat", "Did not come"),
        "cancelled": QCoreApplication.translate("ShiftFormat", "Cancelled"),
    }
    return labels.get(status, status)


def call_label(outcome: str) -> str:
    labels = {
        "": QCoreApplication.translate("ShiftFormat", "Not called yet"),
        "confirmed": QCoreApplication.translate("ShiftFormat", "Confirmed"),
        "not_reached": QCoreApplication.translate("ShiftFormat", "Not reached"),
    }
    return labels.get(outcome, outcome)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date, long: bool = False) -> str:
    """`Mon 9 Mar` (a compact label for calendar columns and lists, in the user's
    language), or the locale's long date (`Monday, March 9, 2026`)."""
    if long:
        return localized.format_date(day, "long")
    return localized.locale().toString(qdate(day), "ddd d MMM")


def day_heading(day: date) -> str:
    """`Monday 9 March`: a week column's title (the week's title says the year). Qt has no
    CLDR form without the year, so this one pattern is ours, with the locale's names."""
    return localized.locale().toString(qdate(day), "dddd d MMMM")


def times_text(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    """`9:00 AM–12:00 PM` (`09:00–12:00` in 24-hour locales) in local time, with the end
    day when it ends on another day."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    if s.date() == e.date():
        return localized.format_times(s, e)
    return f"{localized.format_time(s)}\u2013{day_text(e.date())} {localized.format_time(e)}"


def times_short(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    """`10:00 PM–6:00 AM`, without the end day, for a card too narrow to name it."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    return localized.format_times(s, e)


def start_text(start: datetime, tz: ZoneInfo) -> str:
    """`10:00 PM`: when a shift starts, for a card too narrow for its whole range (a
    12-hour clock's "10:00 PM–6:00 AM" is wider than "22:00–06:00")."""
    return localized.format_time(start.astimezone(tz))


def when_text(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    """`Mon 9 Mar 09:00–12:00`."""
    return f"{day_text(start.astimezone(tz).date())} {times_text(start, end, tz)}"


def places_text(filled: int, capacity: int) -> str:
    return QCoreApplication.translate("ShiftFormat", "{filled} of {capacity}").format(
        filled=filled, capacity=capacity)


def places_short(filled: int, capacity: int) -> str:
    """`2/6` for tight spaces (the week calendar)."""
    return f"{filled}/{capacity}"


def open_text(open_places: int) -> str:
    if open_places == 1:
        return QCoreApplication.translate("ShiftFormat", "1 place open")
    return QCoreApplication.translate("ShiftFormat", "{count} places open").format(
        count=open_places)


def minutes_text(minutes: int | None) -> str:
    return "" if minutes is None else hours.format_minutes(minutes)


def week_title(monday: date) -> str:
    """`9 – 15 March 2026` (months and years only where they change)."""
    sunday = monday + timedelta(days=6)
    locale = localized.locale()
    if monday.year != sunday.year:
        first = locale.toString(qdate(monday), "d MMMM yyyy")
    elif monday.month != sunday.month:
        first = locale.toString(qdate(monday), "d MMMM")
    else:
        first = locale.toString(qdate(monday), "d")
    return f"{first} \u2013 {locale.toString(qdate(sunday), 'd MMMM yyyy')}"

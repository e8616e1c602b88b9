"""Dates, times, numbers and money on screen, with QLocale, in the locale reports use.

The locale is `localformat.locale_name()` (the language in the association's country),
made Qt's default the first time it is asked for and whenever it changed, so widgets made
after that (a QDateEdit's calendar, a spin box's decimal mark) follow it too. The text is
QLocale's, the same as the reports' (Babel) by CLDR; the details where Qt's data differs
are pinned to `localformat`'s, as its docstring lists: the date-time join, the currency
pattern and symbol, the AM/PM text and the group separator where Qt's data is older than
CLDR 47 (Switzerland, Morocco, Spanish in Latin America's "p. m.").
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit

from civicdesk import localformat

SHORT, LONG = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
_synced = ""


def locale() -> QLocale:
    """The default QLocale, set to the association's locale first if that changed."""
    global _synced
    name = localformat.locale_name()
    if name != _synced:
        QLocale.setDefault(QLocale(name))
        _synced = name
    return QLocale()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date | datetime, length: localformat.Length = "short") -> str:
    if isinstance(day, datetime):
        day = localformat.local(day).date()
    return locale().toString(qdate(day), LONG if length == "long" else SHORT)


def format_time(moment: time | datetime) -> str:
    if isinstance(moment, datetime):
        moment = localformat.local(moment).time()
    here = locale()
    text = here.toString(QTime(moment.hour, moment.minute), SHORT)
    am, pm = localformat.day_periods()
    return text.replace(here.amText(), am).replace(here.pmText(), pm) \
        if here.amText() and here.amText() != am else text


def format_datetime(moment: datetime) -> str:
    moment = localformat.local(moment)
    return f"{format_date(moment.date())} {format_time(moment.time())}"


def format_period(start: date, end: date, length: localformat.Length = "short") -> str:
    return f"{format_date(start, length)} \u2013 {format_date(end, length)}"


def format_times(start: time | datetime, end: time | datetime) -> str:
    return f"{format_time(start)}\u2013{format_time(end)}"


def format_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    here = locale()
    if decimals is None and isinstance(value, int):
        text = here.toString(value)
    else:
        text = here.toString(float(value), "f", 2 if decimals is None else decimals)
    group = localformat.group_symbol()
    return text.replace(here.groupSeparator(), group) if here.groupSeparator() != group \
        else text


def format_money(cents: int, code: str | None = None) -> str:
    """"$12.50" in en_US, "12,50 US$" in es_ES: the currency setting's symbol around the
    amount as the locale's pattern places it (see `localformat.format_money`)."""
    before, after = localformat.money_affixes(code)
    amount = format_number(Decimal(abs(cents)) / 100, 2)
    return f"{localformat.minus_sign() if cents < 0 else ''}{before}{amount}{after}"


def date_edit_format(length: localformat.Length = "short") -> str:
    """The locale's date format for typing a date: its short one with the year in four
    digits (a two-digit year typed into a QDateEdit means 19xx or 20xx by guesswork), or
    its long one with the weekday, for a shift's day."""
    text = locale().dateFormat(LONG if length == "long" else SHORT)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def localize_date_edit(edit: QDateEdit, length: localformat.Length = "short") -> QDateEdit:
    """Show *edit*'s date in the locale's format (and its calendar in the locale)."""
    edit.setLocale(locale())
    edit.setDisplayFormat(date_edit_format(length))
    return edit

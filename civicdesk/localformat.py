"""Dates, times, numbers and money as people read them, outside the window (reports, messages).

Babel formats them by the CLDR rules of the locale made of the language (`i18n.language()`)
and the association's country (`set_region`, from `settings.apply_formats` when a database
opens and when the settings change): Spanish in the US is `es_US` ("5/12/2026", "2:30 p.m.",
"$12.50"), Spanish in Spain `es_ES` ("5/12/26", "14:30", "12,50 US$"). The window shows
the same text through QLocale (`civicdesk/gui/localized.py`); Qt and Babel both read CLDR,
and where they differ in a detail the pattern is pinned here, the same on both sides
(tests/test_localformat.py compares them):

- a date and time together are the short date, a space, the short time (Qt's way; CLDR's
  "{1}, {0}" is not used);
- money is the currency's symbol placed by the locale's standard pattern around the amount
  with two decimals, whatever the currency (amounts are kept in hundredths); a negative
  amount has the minus sign first (Qt would use the accounting brackets);
- grouping follows CLDR's minimum grouping digits ("1234" but "12.345" in Spain), which
  Qt applies and Babel 2.18 does not know, so `_MIN_GROUPING` holds it for our languages.

Dates that are data (CSV and XLSX cells, file names, the audit's stored values, machine
output of the CLI) stay ISO and do not come here.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, time
from decimal import Decimal
from typing import Literal

from babel import Locale, UnknownLocaleError, localedata
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel.core import get_global

from civicdesk import clock, i18n

Length = Literal["short", "long"]
FALLBACK = "en"
DEFAULT_CURRENCY = "USD"

# CLDR's minimumGroupingDigits, by locale and inherited by its children (2: a four-digit
# number has no separator). Only Spanish among the languages we ship, except Latin America.
_MIN_GROUPING = {"es": 2, "es_419": 1}

_country = ""
_currency = DEFAULT_CURRENCY


def set_region(country: str | None, currency: str | None) -> None:
    """The association's country ("US", "" when unknown) and currency ("USD") from now on."""
    global _country, _currency
    _country = (country or "").strip().upper()
    _currency = (currency or "").strip().upper() or DEFAULT_CURRENCY


def currency() -> str:
    return _currency


def locale_name() -> str:
    """The locale of the language in the association's country ("es_US"), or of the
    language alone ("fr") when CLDR has no such pair (French in the US); English for a
    language whose data we do not ship."""
    return str(_locale(i18n.language(), _country))


@functools.lru_cache(maxsize=32)
def _locale(language: str, country: str) -> Locale:
    language = (language or FALLBACK).replace("-", "_")
    pairs = (f"{language}_{country}", language, f"{FALLBACK}_{country}", FALLBACK) if country \
        else (language, FALLBACK)
    for name in pairs:
        if localedata.exists(name):
            try:
                return Locale.parse(name)
            except (UnknownLocaleError, ValueError):
                continue
    return Locale.parse(FALLBACK)


def locale() -> Locale:
    return _locale(i18n.language(), _country)


def local(moment: datetime) -> datetime:
    """*moment* as a wall time in the association's zone (a naive one is taken as one)."""
    return moment.astimezone(clock.zone()) if moment.tzinfo is not None else moment


# Dates and times --------------------------------------------------------------------------
def format_date(day: date | datetime, length: Length = "short") -> str:
    """"12/5/26" (short) or "Saturday, December 5, 2026" (long: CLDR's full form, Qt's
    LongFormat) in en_US; "5/12/26", "sábado, 5 de diciembre de 2026" in es_ES."""
    if isinstance(day, datetime):
        day = local(day).date()
    return babel_dates.format_date(day, "full" if length == "long" else "short",
                                   locale=locale())


def format_time(moment: time | datetime) -> str:
    """"2:30 PM" in en_US, "14:30" in fr_FR, "14 h 30" in fr_CA (seconds never shown)."""
    if isinstance(moment, datetime):
        moment = local(moment).time()
    return babel_dates.format_time(moment.replace(tzinfo=None), "short", locale=locale())


def day_periods() -> tuple[str, str]:
    """The AM and PM of short times ("AM", "PM"; "a.\u00a0m."... in es_419)."""
    periods = locale().day_periods["format"]["abbreviated"]
    return periods.get("am", "AM"), periods.get("pm", "PM")


def format_datetime(moment: datetime) -> str:
    """The short date and time: "12/5/26 2:30 PM" (the pinned join, see the docstring)."""
    moment = local(moment)
    return f"{format_date(moment.date())} {format_time(moment.time())}"


def format_period(start: date, end: date, length: Length = "short") -> str:
    """"12/1/26 – 12/31/26": two dates with an en dash between them."""
    return f"{format_date(start, length)} \u2013 {format_date(end, length)}"


def format_times(start: time | datetime, end: time | datetime) -> str:
    """"9:00 AM – 12:00 PM": a shift's hours."""
    return f"{format_time(start)}\u2013{format_time(end)}"


# Numbers and money ---------------------------------------------------------------------------
def min_grouping(loc: Locale | None = None) -> int:
    """CLDR's minimum grouping digits of *loc* (its own or its nearest parent's)."""
    name = str(loc or locale())
    parents = get_global("parent_exceptions")
    while name:
        if name in _MIN_GROUPING:
            return _MIN_GROUPING[name]
        name = parents.get(name) or (name.rsplit("_", 1)[0] if "_" in name else "")
    return 1


def format_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """"1,234" / "1234" (es_ES) / "1 234" (fr_FR); with *decimals*, that many always."""
    loc = locale()
    pattern = loc.decimal_formats[None].pattern.split(";")[0]
    if decimals is not None:
        pattern = pattern.split(".")[0] + ("." + "0" * decimals if decimals else "")
    digits = len(str(abs(int(value))))
    grouped = digits >= 3 + min_grouping(loc)
    return babel_numbers.format_decimal(value, pattern, locale=loc, group_separator=grouped)


def currency_symbol(code: str | None = None) -> str:
    """The symbol of *code* (default: the association's currency) in this locale: "$" for
    USD in en_US, "US$" in es_ES and en_GB, "$US" in fr_FR."""
    return babel_numbers.get_currency_symbol(code or _currency, locale=locale())


def money_affixes(code: str | None = None) -> tuple[str, str]:
    """What goes before and after the amount: ("$", "") in en_US, ("", "\u00a0US$") in
    es_ES (from the locale's standard currency pattern; the pinned part of money)."""
    pattern = babel_numbers.parse_pattern(locale().currency_formats["standard"])
    symbol = currency_symbol(code)
    return pattern.prefix[0].replace("\u00a4", symbol), pattern.suffix[0].replace("\u00a4",
                                                                                  symbol)


def group_symbol() -> str:
    """The thousands separator: "," in en_US, "." in es_ES, a narrow space in fr_FR."""
    return babel_numbers.get_group_symbol(locale())


def minus_sign() -> str:
    return babel_numbers.get_minus_sign_symbol(locale())


def format_money(cents: int, code: str | None = None) -> str:
    """*cents* hundredths of *code* (default: the association's currency): "$1,234.50" in
    en_US, "12,50\u00a0US$" in es_ES, "12,50\u00a0$US" in fr_FR, "-$5.00" for -500."""
    before, after = money_affixes(code)
    amount = format_number(Decimal(abs(cents)) / 100, 2)
    return f"{minus_sign() if cents < 0 else ''}{before}{amount}{after}"

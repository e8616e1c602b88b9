"""Dates, times, numbers and money follow the language and the association's country, and
the window (QLocale) and the reports (Babel) write them the same way."""

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from babel import localedata

from civicdesk import i18n, localformat, settings
from civicdesk.services import preferences

from civicdesk.gui import localized

DAYS = [date(2026, 12, 5), date(2028, 2, 29), date(2027, 1, 1)]
TIMES = [time(0, 5), time(9, 0), time(12, 0), time(14, 30), time(23, 59)]
NUMBERS = [(0, None), (7, None), (999, None), (1234, None), (12345, None),
           (1234567, None), (Decimal("1234.5"), 2), (0.25, 2), (12345678.9, 2), (3.14159, 1)]
CENTS = [0, 5, 1250, 123456, 123456789, -500]

# The languages we ship in the countries a neighbourhood association of them is likely in;
# "" (no country set) and a pair CLDR does not have (French in the US) too.
PLACES = [("en", "US"), ("en", "GB"), ("en", "CA"), ("en", "AU"), ("en", "IE"), ("en", "IN"),
          ("es", "ES"), ("es", "US"), ("es", "MX"), ("es", "AR"), ("es", "CO"), ("es", "CL"),
          ("fr", "FR"), ("fr", "CA"), ("fr", "BE"), ("fr", "CH"), ("fr", "US"), ("es", ""),
          ("en", "")]


def speak(language: str, country: str, currency: str = "USD") -> None:
    i18n.set_language(language)
    localformat.set_region(country, currency)


def cases():
    for day in DAYS:
        yield "date", (day, "short")
        yield "date", (day, "long")
    for moment in TIMES:
        yield "time", (moment,)
    yield "datetime", (datetime(2026, 12, 5, 14, 30),)
    yield "period", (DAYS[0], DAYS[2])
    yield "times", (time(9, 0), time(12, 30))
    for value, decimals in NUMBERS:
        yield "number", (value, decimals)
    for cents in CENTS:
        yield "money", (cents,)


def differences() -> list[str]:
    found = []
    for kind, args in cases():
        report = getattr(localformat, f"format_{kind}")(*args)
        screen = getattr(localized, f"format_{kind}")(*args)
        if report != screen:
            found.append(f"{localformat.locale_name()} {kind}{args}: report {report!r}, "
                         f"screen {screen!r}")
    return found


@pytest.mark.parametrize("language, country", PLACES)
@pytest.mark.parametrize("currency", ["USD", "EUR", "CAD", "MXN"])
def test_the_screen_and_the_reports_write_the_same(language, country, currency):
    speak(language, country, currency)
    assert differences() == []


def test_every_region_of_our_languages_agrees_too():
    """Every CLDR locale of English, Spanish and French with a country (189 of them): the
    pinned details (see localformat's docstring) cover all the ways Qt and Babel differ."""
    places = sorted(name for name in localedata.locale_identifiers()
                    if name.split("_")[0] in ("en", "es", "fr") and name.count("_") == 1
                    and len(name.split("_")[1]) == 2)
    assert len(places) > 150
    found = []
    for name in places:
        speak(*name.split("_"))
        assert localformat.locale_name() == name
        found += differences()
    assert found == []


@pytest.mark.parametrize("language, country, long_date, short_date, clock, money, number", [
    ("en", "US", "Saturday, December 5, 2026", "12/5/26", "2:30 PM", "$1,234.50", "1,234"),
    ("en", "GB", "Saturday, 5 December 2026", "05/12/2026", "14:30", "US$1,234.50", "1,234"),
    ("es", "ES", "sábado, 5 de diciembre de 2026", "5/12/26", "14:30", "1234,50\u00a0US$",
     "1234"),
    ("es", "US", "sábado, 5 de diciembre de 2026", "5/12/2026", "2:30 p.m.", "$1,234.50",
     "1,234"),
    ("es", "MX", "sábado, 5 de diciembre de 2026", "05/12/26", "2:30 p.m.", "USD1,234.50",
     "1,234"),
    ("fr", "FR", "samedi 5 décembre 2026", "05/12/2026", "14:30", "1\u202f234,50\u00a0$US",
     "1\u202f234"),
    ("fr", "CA", "samedi 5 décembre 2026", "2026-12-05", "14 h 30", "1\u00a0234,50\u00a0$\u00a0US",
     "1\u00a0234"),
])
def test_each_language_writes_as_its_readers_expect(language, country, long_date, short_date,
                                                    clock, money, number):
    speak(language, country)
    day, moment = date(2026, 12, 5), time(14, 30)
    for helpers in (localformat, localized):
        assert helpers.format_date(day, "long") == long_date
        assert helpers.format_date(day) == short_date
        assert helpers.format_time(moment).replace("\u202f", " ") == clock
        assert helpers.format_money(123450) == money
        assert helpers.format_number(1234) == number


def test_spain_groups_from_five_digits_latin_america_from_four():
    speak("es", "ES")
    assert [localformat.format_number(n) for n in (1234, 12345)] == ["1234", "12.345"]
    speak("es", "AR")
    assert [localformat.format_number(n) for n in (1234, 12345)] == ["1.234", "12.345"]


def test_an_aware_time_is_shown_in_the_association_zone(clock):
    clock.set_zone("America/Los_Angeles")
    try:
        utc = datetime(2026, 12, 5, 2, 30, tzinfo=ZoneInfo("UTC"))  # 18:30 the day before
        for helpers in (localformat, localized):
            assert helpers.format_datetime(utc) == "12/4/26 6:30\u202fPM"
            assert helpers.format_date(utc) == "12/4/26"
    finally:
        clock.set_zone(None)


def test_an_unknown_language_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "xx")  # set_language refuses it; a stale value
    localformat.set_region("US", "USD")
    assert localformat.locale_name() == "en_US"
    assert localformat.format_date(date(2026, 12, 5), "long") == "Saturday, December 5, 2026"


def test_the_settings_choose_the_country_and_currency(db, actor):
    i18n.set_language("es")
    preferences.update_settings(actor, {"country": "MX", "currency": "MXN"})
    assert localformat.locale_name() == "es_MX"
    assert localformat.format_money(1250) == "$12.50"
    preferences.update_settings(actor, {"country": "ES", "currency": "EUR"})
    assert localformat.format_money(1250) == "12,50\u00a0€"
    assert localized.format_money(1250) == "12,50\u00a0€"
    localformat.set_region("", "")
    settings.apply_formats()  # as when the database opens
    assert localformat.locale_name() == "es_ES"


def test_date_boxes_take_four_digit_years_in_the_locale_order(qtbot):
    from PySide6.QtWidgets import QDateEdit

    for language, country, shown in [("en", "US", "12/5/2026"), ("es", "ES", "5/12/2026"),
                                     ("fr", "FR", "05/12/2026"), ("fr", "CA", "2026-12-05")]:
        speak(language, country)
        edit = localized.localize_date_edit(QDateEdit(localized.qdate(date(2026, 12, 5))))
        qtbot.add_widget(edit)
        assert edit.text() == shown
    speak("es", "ES")
    edit = localized.localize_date_edit(QDateEdit(localized.qdate(date(2026, 12, 5))), "long")
    qtbot.add_widget(edit)
    assert edit.text() == "sábado, 5 de diciembre de 2026"

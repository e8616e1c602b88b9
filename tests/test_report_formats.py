"""Reports write dates, times, numbers and money as the language and the association's
country say, read back from the PDF."""

from datetime import date

import pytest

from civicdesk import clock, i18n, localformat
from civicdesk.reports import base, catalog
from civicdesk.reports.subject_access import SubjectAccessReport
from civicdesk.services import subject_access

import report_people as rp
from report_helpers import text

pytestmark = pytest.mark.dates


@pytest.fixture
def association(db, actor, from_template):
    return from_template(rp.build, actor)


def speak(language: str, country: str, currency: str = "USD") -> None:
    i18n.set_language(language)
    localformat.set_region(country, currency)


def build(name, actor, **options) -> str:
    pdf = catalog.build(name, options, actor, now=rp.NOW.replace(tzinfo=clock.zone()),
                        invariant=True)
    return " ".join(text(pdf).split())  # NFKC: no-break spaces read as spaces


@pytest.mark.parametrize("language, country, day, dues, printed", [
    ("en", "US", "Saturday, December 5, 2026", "10/31/27", "12/5/26 8:15 AM"),
    ("en", "GB", "Saturday, 5 December 2026", "31/10/2027", "05/12/2026 08:15"),
    ("es", "ES", "sábado, 5 de diciembre de 2026", "31/10/27", "5/12/26 8:15"),
    ("es", "MX", "sábado, 5 de diciembre de 2026", "31/10/27", "05/12/26 8:15 a.m."),
    ("fr", "FR", "samedi 5 décembre 2026", "31/10/2027", "05/12/2026 08:15"),
    ("fr", "CA", "samedi 5 décembre 2026", "2027-10-31", "2026-12-05 08 h 15"),
])
def test_the_roster_dates_follow_the_locale(association, actor, language, country, day,
                                            dues, printed):
    speak(language, country)
    content = build("roster", actor, status="everyone")
    assert f"12 people · {day}" in content  # the day it is as of, in the header
    assert dues in content  # each member's dues, in the short form
    assert f"Printed on {printed}" in content
    assert "2027-10-31" not in content or country == "CA"  # no ISO dates left, but Canada's


@pytest.mark.parametrize("language, country, day, hours", [
    ("en", "US", "Saturday, December 5, 2026", "10:00 AM–12:30 PM"),
    ("es", "ES", "sábado, 5 de diciembre de 2026", "10:00–12:30"),
    ("es", "US", "sábado, 5 de diciembre de 2026", "10:00 a.m.–12:30 p.m."),
    ("fr", "FR", "samedi 5 décembre 2026", "10:00–12:30"),
    ("fr", "CA", "samedi 5 décembre 2026", "10 h 00–12 h 30"),
])
def test_the_sign_in_sheet_and_call_list_give_the_day_and_hours(association, actor, language,
                                                                country, day, hours):
    speak(language, country)
    sheet = build("signin", actor, shift=association["shift"])
    assert day in sheet and f"Sorting donations, {hours}" in sheet
    calls = build("calls", actor, day=rp.DAY)
    assert day in calls and hours in calls.replace("\u2013 ", "\u2013")  # may wrap at the dash


@pytest.mark.parametrize("language, country, currency, amount", [
    ("en", "US", "USD", "$12.50"),
    ("es", "ES", "USD", "12,50 US$"),
    ("es", "ES", "EUR", "12,50 €"),
    ("fr", "FR", "USD", "12,50 $US"),
    ("fr", "CA", "CAD", "12,50 $"),
    ("es", "MX", "MXN", "$12.50"),
])
def test_money_is_written_by_the_locale_in_the_association_currency(
        association, language, country, currency, amount):
    from civicdesk.services.actors import Actor

    speak(language, country, currency)
    data = subject_access.gather(Actor("Tess Tester"), association["people"][0])
    report = SubjectAccessReport(base.Letterhead("Maple Street Association", rp.NOW))
    report.invariant = True
    content = " ".join(text(report.render(data)).split())
    assert f"{localformat.format_date(date(2026, 11, 1))} {amount}" in content


def test_counts_and_hours_use_the_locale_decimal_mark():
    from civicdesk.reports import hours

    speak("fr", "FR")
    assert hours.hours_text(150) == "2,5"
    assert localformat.format_number(1234) == "1\u202f234"
    speak("en", "US")
    assert hours.hours_text(150) == "2.5"

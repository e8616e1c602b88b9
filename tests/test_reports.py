"""Every report renders from demo data and from an empty database; what it prints is read
back from the PDF."""

from datetime import date, datetime, time, timedelta

import pytest

from civicdesk import clock
from civicdesk.data import models
from civicdesk.demo import generate
from civicdesk.reports import catalog
from civicdesk.services import errors, people, requests
from civicdesk.services.errors import ValidationError

from report_helpers import contains_name, pages_text, reader, text

pytestmark = pytest.mark.dates

# Demo shifts before the real "now" are attended, later ones signed up: print as of today.
NOW = datetime.combine(clock.today(), time(10, 30))


def _demo(actor):
    generate.generate(300, seed=3, today=NOW.date(), actor=actor)


@pytest.fixture
def demo(db, actor, from_template):
    from_template(_demo, actor)  # generated once for this file, copied into each test's db
    return db


def build(name, actor, **options):
    return catalog.build(name, options, actor, now=NOW.replace(tzinfo=clock.zone()),
                         invariant=True)


def _shift_with_people():
    A = models.Assignment
    return (A.select(A.shift).where(A.status.in_(("signed_up", "confirmed")))
            .order_by(A.shift).first().shift_id)


def _demo_options():
    attended = models.Assignment.select().where(models.Assignment.status == "attended").first()
    return {"statement": {"person": attended.person_id},
            "ticket": {"request": models.SupportRequest.select().first().id},
            "signin": {"shift": _shift_with_people()},
            "schedule": {"start": NOW.date() - timedelta(days=7), "period": "month"},
            "calls": {"day": models.Shift.get_by_id(_shift_with_people()).starts_at.astimezone(
                clock.zone()).date()}, "hours": {"start": NOW.date() - timedelta(days=365)},
            "requests": {"start": NOW.date() - timedelta(days=365)}}


@pytest.mark.parametrize("name", list(catalog.REPORTS))
def test_every_report_renders_from_demo_data(demo, actor, name):
    pdf = build(name, actor, **_demo_options().get(name, {}))
    pages = pages_text(pdf)
    assert pages and "Nothing to report" not in pages[0]
    if name not in ("labels", "cards"):  # label and card sheets carry no header/footer
        assert "Neighborhood Association" in pages[0]
        assert f"Page 1 of {len(pages)}" in pages[0]
        assert f"Printed on {NOW.month}/{NOW.day}/{NOW:%y} 10:30 AM" in pages[-1]  # en_US


@pytest.mark.parametrize("name", list(catalog.REPORTS))
def test_every_report_says_nothing_to_report_on_an_empty_database(db, actor, name):
    person = people.create_person(actor, {"first_name": "Solo", "last_name": "Person"}).id
    options = {"statement": {"person": person}, "signin": {"day": NOW.date()},
               "ticket": {"request": None}}.get(name, {})
    if name == "ticket":
        request = requests.create_request(actor, {
            "requester": person, "category": models.RequestCategory.select().first().id,
            "summary": "Fix the gate"}).id
        options = {"request": request}
        assert "Fix the gate" in text(build(name, actor, **options))
        return
    pdf = build(name, actor, **options)
    assert len(reader(pdf).pages) == 1
    assert "Nothing to report" in pages_text(pdf)[0]


def test_roster_lists_members_with_contact_data_and_leaves_out_others(demo, actor):
    P = models.Person
    member = P.get((P.membership_status == "member") & (P.archived == False))  # noqa: E712
    people.create_person(actor, {"first_name": "Pat", "last_name": "Zzyzx",
                                 "membership_status": "prospect"})
    pdf = build("roster", actor)
    content = text(pdf)
    assert contains_name(content, people.display_name(
        member.first_name, member.last_name, member.preferred_name))
    assert member.member_number in content
    assert "Zzyzx" not in content
    assert "Zzyzx" in text(build("roster", actor, status="prospect"))
    current = P.select().where(P.membership_status.in_(("member", "honorary"))
                               & (P.archived == False)).count()  # noqa: E712
    assert f"{current:,} people" in pages_text(pdf)[0]


def test_roster_needs_the_bulk_export_permission(demo, volunteer):
    with pytest.raises(errors.PermissionDenied):
        build("roster", volunteer)


def _person(actor, first, last, **values):
    values = {"first_name": first, "last_name": last, "membership_status": "member"} | values
    return people.create_person(actor, values).id


def test_directory_shows_only_consenting_people_and_only_consented_fields(db, actor):
    _person(actor, "Listed", "Everything", consent_directory=True, consent_phone=True,
            consent_email=True, phone="555 111 2222", email="listed@example.org")
    _person(actor, "Listed", "NameOnly", consent_directory=True, phone="555 333 4444",
            email="private@example.org")
    _person(actor, "Hidden", "Nonconsenting", consent_directory=False, consent_phone=True,
            phone="555 999 0000", email="hidden@example.org", consent_email=True)
    content = text(build("directory", actor))
    assert "Listed Everything" in content and "555 111 2222" in content
    assert "listed@example.org" in content
    assert "Listed NameOnly" in content
    assert "555 333 4444" not in content and "private@example.org" not in content
    assert "Nonconsenting" not in content and "555 999 0000" not in content
    assert "hidden@example.org" not in content


def test_renewals_lists_soon_and_recently_lapsed_dues(db, actor):
    today = NOW.date()
    _person(actor, "Soon", "Due")
    _person(actor, "Long", "Paid")
    _person(actor, "Just", "Lapsed", membership_status="lapsed")
    P = models.Person
    for last, until in (("Due", today + timedelta(days=10)),
                        ("Paid", today + timedelta(days=200)),
                        ("Lapsed", today - timedelta(days=5))):
        P.update(dues_paid_until=until).where(P.last_name == last).execute()
    content = text(build("renewals", actor, days=30))
    assert "Soon Due" in content and "in 10 days" in content
    assert "Just Lapsed" in content and "lapsed 5 days ago" in content
    assert "Long Paid" not in content
    assert content.index("Just Lapsed") < content.index("Soon Due")


def test_cards_show_name_number_and_valid_until(db, actor):
    pid = _person(actor, "Card", "Holder", member_number="M000777")
    models.Person.update(dues_paid_until=date(2027, 1, 31)).where(
        models.Person.id == pid).execute()
    for n in range(9):
        _person(actor, f"Other{n}", "Member", member_number=f"M1{n:05d}")
    pdf = build("cards", actor)
    assert len(reader(pdf).pages) == 2  # eight cards to a page
    content = text(build("cards", actor, person=pid))
    assert "Card Holder" in content and "M000777" in content
    assert "Valid until 1/31/27" in content and "Other1" not in content


def test_ticket_never_prints_sensitive_notes(db, actor):
    helper = _person(actor, "Helga", "Helper", is_volunteer=True, phone="555 123 4567")
    pid = _person(actor, "Rita", "Requester", phone="555 765 4321",
                  sensitive_notes="Person secret: bereavement")
    request = requests.create_request(actor, {
        "requester": pid, "category": models.RequestCategory.select().first().id,
        "summary": "Ride to the clinic", "details": "Wheelchair in the boot",
        "sensitive_notes": "Request secret: money is tight", "urgency": "today"}).id
    version = models.SupportRequest.get_by_id(request).version
    requests.assign(actor, request, version, helper)
    content = text(build("ticket", actor, request=request))
    for expected in ("Ride to the clinic", "Wheelchair in the boot", "Rita Requester",
                     "555 765 4321", "Helga Helper", "today"):
        assert expected in content
    assert "secret" not in content


def test_requests_summary_counts_and_median(demo, actor):
    content = text(build("requests", actor, start=NOW.date() - timedelta(days=365)))
    total = models.SupportRequest.select().count()
    assert f"{total} requests made in this period" in content
    assert "median" in content and "Open requests" in content
    open_count = models.SupportRequest.select().where(models.SupportRequest.status.in_(
        ("new", "assigned", "in_progress"))).count()
    assert f"Open now: {open_count}" in content


def test_hours_statement_lists_dates_and_total_with_a_signature_line(demo, actor):
    A = models.Assignment
    entry = A.select().where(A.status == "attended").first()
    person = models.Person.get_by_id(entry.person_id)
    pdf = build("statement", actor, person=person.id, start=NOW.date() - timedelta(days=365), signer="Ann Boss")
    content = text(pdf)
    assert len(reader(pdf).pages) == 1
    assert f"{person.first_name} {person.last_name}" in content or contains_name(
        content, person.first_name)
    assert "Total" in content and "Ann Boss" in content
    day = entry.shift.starts_at.astimezone(clock.zone()).date()
    local_day = f"{day.month}/{day.day}/{day:%y}"  # en_US
    assert local_day in content


def test_bad_options_name_the_option_and_change_nothing(db, actor):
    with pytest.raises(ValidationError) as caught:
        build("hours", actor, start="2026-05-01", end="2026-04-01")
    assert caught.value.field == "end"
    with pytest.raises(ValidationError) as caught:
        build("labels", actor, layout="l7163", start_at=15)
    assert caught.value.field == "start_at" and "at most 14" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        build("schedule", actor, start="next tuesday")
    assert "next tuesday" in str(caught.value)
    with pytest.raises(ValidationError):
        build("roster", actor, colour="red")


def _busy_day():
    """A day with several shifts that have people signed up."""
    tz = clock.zone()
    days = {}
    for shift in models.Shift.select():
        day = shift.starts_at.astimezone(tz).date()
        days[day] = days.get(day, 0) + 1
    return max(days, key=lambda d: (days[d], d))


def test_sign_in_sheets_for_a_day_print_one_page_per_shift(demo, actor):
    day = _busy_day()
    tz = clock.zone()
    shifts = [s for s in models.Shift.select() if s.starts_at.astimezone(tz).date() == day]
    pdf = build("signin", actor, day=day, blank_rows=5)
    pages = pages_text(pdf)
    assert len(pages) == len(shifts) > 1
    assert all("Time in" in page and "Signature" in page for page in pages)


def test_the_schedule_for_one_event_shows_only_that_event(demo, actor):
    events = list(models.Event.select().order_by(models.Event.name))
    chosen, other = events[0], events[1]
    content = text(build("schedule", actor, start=NOW.date() - timedelta(days=14),
                         period="month", event=chosen.id))
    assert chosen.name in content and other.name not in content


def test_volunteer_hours_total_per_event_and_per_person(demo, actor):
    from civicdesk.services import rosters

    start = NOW.date() - timedelta(days=365)
    entries = rosters.hours_entries(start, NOW.date(), clock.zone())
    content = text(build("hours", actor, start=start))
    total = rosters.total_minutes(entries) / 60
    assert f"{total:,.1f} hours given by" in content
    assert "Hours per event" in content and "Hours per volunteer" in content
    assert contains_name(content, entries[0].name)
    assert entries[0].event_name in content

"""A neighbour on file in every way there is, for the subject-access and erasure tests:
edited (an old email in an update's audit entry), in a household of their own, paying,
signed up for a shift and attended, ad-hoc hours, two requests with history lines (one
closed), a request they helped with, a login of their own that acted; and a second
person in a shared household who must come through an erasure untouched."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import accounts, hours, payments, people, requests, shifts
from civicdesk.services.actors import Actor

ADMIN = Actor("Tess Tester", "admin")
FIRST, LAST = "Zephyrine", "Quillfeather"
EMAIL, OLD_EMAIL = "zephyrine.q@example.org", "zq.oldmail@example.org"
PHONE, PHONE_DIGITS = "(555) 867-5309", "5558675309"
MOBILE = "555-246-8013"
STREET = "17 Brackenwold Lane"
NOTE = "Prefers calls after Tuesdaymornings"
SENSITIVE = "Recovering from Hoverlund surgery"
PAYMENT_NOTE = "Paid by cheque from Quillfeather"
REQUEST_SUMMARY = "Groceries for Zephyrine"
HISTORY_NOTE = "Rang Zephyrine back, all sorted"


@dataclass(frozen=True)
class Neighbour:
    person: int
    other: int  # someone else, in a shared household
    helper: int
    household: int
    requests: tuple[int, ...]
    helped: int  # a request of the other person's, with the neighbour as the helper
    payment: int
    assignment: int
    user: int


def build() -> Neighbour:
    clock.pin(datetime(2026, 3, 10, 10, 0))
    try:
        return _build()
    finally:
        clock.pin(None)


def _build() -> Neighbour:
    a = ADMIN
    home = people.create_household(a, {"name": "Quillfeather home", "street": STREET,
                                       "city": "Springfield", "postal_code": "99123"}).id
    pid = people.create_person(a, {
        "first_name": FIRST, "last_name": LAST, "email": OLD_EMAIL, "phone": PHONE,
        "mobile": MOBILE, "household": home, "notes": NOTE, "sensitive_notes": SENSITIVE,
        "availability": "Weekday mornings", "accessibility_notes": "Uses a walking frame",
        "is_volunteer": True, "membership_status": "member", "member_number": "M-4471",
        "languages": ["Tigrinya"], "skills": ["driving"]}).id
    version = people.get_person(a, pid).version
    people.update_person(a, pid, version, {"email": EMAIL})  # the old email stays audited
    shared = people.create_household(a, {"name": "Shared", "street": "1 Main St"}).id
    other = people.create_person(a, {"first_name": "Olwen", "last_name": "Other",
                                     "household": shared, "phone": "555-000-1111"}).id
    helper = people.create_person(a, {"first_name": "Hal", "last_name": "Helper",
                                      "is_volunteer": True}).id
    payment = payments.record_payment(a, {
        "person": pid, "amount_cents": 2500, "paid_on": date(2026, 1, 5),
        "period_start": date(2026, 1, 1), "period_end": date(2026, 12, 31),
        "method": "cheque", "note": PAYMENT_NOTE}).id
    event = shifts.create_event(a, {"name": "Food pantry"}).id
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    shift = shifts.create_shift(a, {"event": event, "title": "Sorting", "starts_at": start,
                                    "ends_at": start + timedelta(hours=3),
                                    "capacity": 3}).id
    assignment = shifts.assign(a, shift, pid, note=f"{FIRST} brings the van").id
    row = models.Assignment.get_by_id(assignment)
    shifts.update_assignment(a, assignment, row.version, {"status": "attended"})
    hours.log_hours(a, {"person": pid, "worked_on": date(2026, 3, 3), "minutes": 90,
                        "note": f"Flyers with {LAST}"})
    category = models.RequestCategory.get(models.RequestCategory.name == "groceries").id
    first = requests.create_request(a, {
        "requester": pid, "category": category, "summary": REQUEST_SUMMARY,
        "details": f"Ring twice, {FIRST} is hard of hearing",
        "sensitive_notes": SENSITIVE}).id
    requests.add_note(a, first, HISTORY_NOTE)
    second = requests.create_request(a, {"requester": pid, "category": category,
                                         "summary": "A ride to the clinic"}).id
    req = models.SupportRequest.get_by_id(second)
    requests.move(a, second, req.version, "cancelled", note=f"{FIRST} found a ride")
    helped = requests.create_request(a, {"requester": other, "category": category,
                                         "summary": "Shopping for Olwen"}).id
    req = models.SupportRequest.get_by_id(helped)
    requests.assign(a, helped, req.version, pid, reason="lives nearby")
    user = accounts.add_user(a, {"username": "zephyrine", "display_name": f"{FIRST} {LAST}",
                                 "role": "volunteer", "person": pid}, "2468").id
    own = accounts.actor_of(models.User.get_by_id(user))
    requests.add_note(own, helped, "On my way")
    return Neighbour(pid, other, helper, home, (first, second), helped, payment,
                     assignment, user)

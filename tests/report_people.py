"""A small association for the report tests of formats and large print: members with long
names and addresses, all signed up to one Saturday shift, each with a paid membership."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import payments, people, shifts

DAY = date(2026, 12, 5)  # a Saturday
NOW = datetime(2026, 12, 5, 8, 15)  # printed that morning
NAMES = [("María José", "Fernández-Castillo"), ("Jean-Baptiste", "Lefèvre"),
         ("Zephyrine", "Quillfeather-Montgomery"), ("Ana", "Li"), ("Oluwaseun", "Adebayo"),
         ("Bartholomew", "Featherstonehaugh"), ("Chloé", "Dubois-Lambert"),
         ("Nguyễn", "Thị Minh Khai"), ("Siobhán", "Ní Bhriain"), ("Wolfgang", "Schönberger"),
         ("Hiroko", "Yamamoto"), ("Guadalupe", "Villaseñor de la Cruz")]


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.split()[0]).encode("ascii", "ignore")
    return folded.decode().lower()


def full_names() -> list[str]:
    return [f"{first} {last}" for first, last in NAMES]


def build(actor) -> dict:
    clock.pin(NOW)
    try:
        return _build(actor)
    finally:
        clock.pin(None)


def _build(actor) -> dict:
    with models.database.atomic():
        pantry = shifts.create_event(actor, {"name": "Food pantry",
                                             "location": "Parish hall, 12 Elm Street"}).id
        start = datetime(2026, 12, 5, 10, 0, tzinfo=clock.zone())
        end = datetime(2026, 12, 5, 12, 30, tzinfo=clock.zone())
        shift = shifts.create_shift(actor, {"event": pantry, "title": "Sorting donations",
                                            "starts_at": start, "ends_at": end,
                                            "capacity": 20}).id
        ids = []
        for n, (first, last) in enumerate(NAMES):
            home = people.create_household(actor, {
                "name": f"{last} home", "street": f"{100 + n} Long Meadow Lane",
                "unit": f"Apartment {n + 1}", "city": "Springfield",
                "postal_code": f"101{n:02d}"}).id
            pid = people.create_person(actor, {
                "first_name": first, "last_name": last, "is_volunteer": True,
                "phone": f"555-01{n:02d}", "household": home,
                "email": f"{_ascii(first)}.{_ascii(last)}@neighbourhood-association.example.org"
                }).id
            payments.record_payment(actor, {
                "person": pid, "amount_cents": 1250, "paid_on": date(2026, 11, 1),
                "period_start": date(2026, 11, 1), "period_end": date(2027, 10, 31),
                "method": "cash"})
            shifts.assign(actor, shift, pid)
            ids.append(pid)
    return {"shift": shift, "people": ids}

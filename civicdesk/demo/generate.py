"""Generate a whole demo association: households, people, events, shifts, requests.

Deterministic for a given seed and day. Writes through `data.bulk` in one transaction
(100,000 people in a few seconds); the search index is filled by its triggers as usual.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from civicdesk import clock, localtime, phones
from civicdesk.data import bulk, models, search
from civicdesk.data.fields import fold
from civicdesk.demo import names
from civicdesk.services import audit, rows
from civicdesk.services.actors import SYSTEM, Actor
from civicdesk.services.changes import Changes

Progress = Callable[[int, int], None]  # (done, total); may raise to cancel (rolls back)


@dataclass
class DemoStats:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        return Changes.of_everything()


class DatabaseNotEmpty(Exception):
    """Demo data only goes into a database without people (never mixed with real data)."""


@dataclass
class _Person:
    id: int
    culture: names.Culture
    volunteer: bool
    archived: bool
    area: str
    status: str


def generate(people: int, seed: int = 1, today: date | None = None,
             progress: Progress | None = None, actor: Actor = SYSTEM) -> DemoStats:
    """Fill an empty database with *people* people and everything around them, as if it
    were *today* (default: the association's today); shifts that ended before then have
    attendance, later ones only sign-ups."""
    if models.Person.select().exists():
        raise DatabaseNotEmpty("the database already has people")
    tz = clock.zone()
    now = clock.now() if today is None else datetime.combine(today, time(12), tzinfo=tz)
    gen = _Generator(random.Random(seed), now, tz, progress or (lambda done, total: None))
    with rows.transaction():
        gen.tags()
        gen.households_and_people(people)
        gen.events_and_shifts(people)
        gen.requests(people)
        bulk.sequences_past_highest(models.database, models.ALL_MODELS)  # ids were given
        gen.report(people, people)
        audit.record(actor, "demo", "person", None, {k: [0, v] for k, v in gen.counts.items()})
    return DemoStats(dict(gen.counts))


class _Generator:
    def __init__(self, rng: random.Random, now: datetime, tz, progress: Progress) -> None:
        self.rng, self.now, self.tz, self.report = rng, now.astimezone(UTC), tz, progress
        self.today = now.date()
        self.counts: dict[str, int] = {}
        self.people: list[_Person] = []
        self.tag_ids: dict[str, int] = {}
        self.busy: dict[int, list[tuple[datetime, datetime]]] = {}

    def _count(self, name: str, n: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    # Reference data ---------------------------------------------------------------------
    def tags(self) -> None:
        for name in names.SKILLS:
            self.tag_ids[name] = models.Tag.get_or_create(name=name,
                                                          defaults={"kind": "skill"})[0].id
        for name in names.INTERESTS:
            self.tag_ids[name] = models.Tag.get_or_create(name=name,
                                                          defaults={"kind": "interest"})[0].id

    # People -----------------------------------------------------------------------------
    def households_and_people(self, total: int) -> None:
        rng = self.rng
        weights = [c.weight for c in names.CULTURES]
        households, persons, langs, tags, payments = [], [], [], [], []
        hid, pid = bulk.next_id(models.Household), bulk.next_id(models.Person)
        member_no = 0
        while len(persons) < total:
            culture = rng.choices(names.CULTURES, weights)[0]
            area = rng.choice(names.AREAS)
            last = rng.choice(culture.last)
            households.append(self._household(hid, last, area))
            size = min(rng.choice((1, 1, 1, 2, 2, 2, 3, 4, 5)), total - len(persons))
            for member in range(size):
                person = self._person(pid, hid, culture, last, member, area)
                persons.append(person)
                if person["membership_status"] in ("member", "lapsed", "honorary"):
                    member_no += 1
                    person["member_number"] = f"M{member_no:06d}"
                    if person["dues_paid_until"]:
                        payments.append(self._payment(pid, person["dues_paid_until"]))
                record = self.people_record(pid, culture, person, area)
                langs += self._languages(pid, culture, record.volunteer)
                tags += self._tags(pid, record.volunteer)
                pid += 1
            hid += 1
            if len(persons) % 5000 < size:
                self.report(len(persons), total * 2)
        with search.bulk_loading(models.database), \
                bulk.indexes_deferred(models.database, "person"):
            bulk.insert_rows(models.Household, households)
            bulk.insert_rows(models.Person, persons)
        bulk.insert_rows(models.PersonLanguage, langs)
        bulk.insert_rows(models.PersonTag, tags)
        bulk.insert_rows(models.Payment, payments)
        for name, rows_ in (("household", households), ("person", persons),
                            ("person_language", langs), ("person_tag", tags),
                            ("payment", payments)):
            self._count(name, len(rows_))

    def people_record(self, pid: int, culture, person: dict, area: str) -> _Person:
        record = _Person(pid, culture, person["is_volunteer"], person["archived"], area,
                         person["membership_status"])
        self.people.append(record)
        return record

    def _household(self, hid: int, last: str, area: str) -> dict:
        rng = self.rng
        return {"id": hid, "name": f"{last}", "street": f"{rng.randint(1, 250)} "
                f"{rng.choice(names.STREETS)}", "unit": rng.choice(("", "", "", "Apt 2",
                                                                     "Unit 4B", "3rd floor")),
                "city": names.CITIES[0], "postal_code": names.POSTAL_BY_AREA[area],
                "area": area, "country": "", "created_at": self._past_stamp(1000)}

    def _person(self, pid: int, hid: int, culture, last: str, member: int, area: str) -> dict:
        rng = self.rng
        first = rng.choice(culture.first)
        status = rng.choices(models.MEMBERSHIP_STATUSES, (45, 15, 2, 10, 28))[0]
        volunteer = rng.random() < 0.12 and member < 3
        email = ""
        if rng.random() < (0.7 if culture.latin else 0.45):
            local = (fold(f"{first}.{last}").replace(" ", "").replace("'", "")
                     if culture.latin else f"{culture.key}.neighbour")
            email = f"{local}{pid}@example.{rng.choice(('org', 'net', 'com'))}"
        phone = "" if rng.random() < 0.08 else \
            f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        mobile = "" if rng.random() < 0.6 else f"555-{rng.randint(1000000, 9999999)}"
        return {
            "id": pid, "first_name": first, "last_name": last,
            "preferred_name": self._nickname(first),
            "sort_name": fold(f"{last} {first}"), "email": email, "phone": phone,
            "mobile": mobile, "phone_e164": phones.e164(phone), "mobile_e164": phones.e164(mobile),
            "household": hid, "membership_status": status,
            "dues_paid_until": self._dues(status), "is_volunteer": volunteer,
            "availability": rng.choice(("", "", "Weekday mornings", "Weekends",
                                        "Evenings after 6", "Tuesdays and Thursdays"))
            if volunteer else "",
            "accessibility_notes": rng.choice(("",) * 15 + ("Uses a wheelchair",
                                                           "Hard of hearing: speak slowly",
                                                           "No stairs, please")),
            "consent_directory": rng.random() < 0.5, "consent_email": bool(email)
            and rng.random() < 0.8, "consent_phone": rng.random() < 0.7,
            "consent_photo": rng.random() < 0.4,
            "notes": rng.choice(("",) * 6 + ("Joined at the spring fair.",
                                             "Prefers to be called in the afternoon.")),
            "sensitive_notes": rng.choice(("",) * 30 + ("Recent bereavement.",
                                                       "Receives support from social services.",
                                                       "Do not share address with ex-partner.")),
            "archived": rng.random() < 0.02, "created_at": self._past_stamp(1000),
        }

    def _nickname(self, first: str) -> str:
        """One in four of those whose name has a usual short form go by it (about one in
        ten of the town); nobody goes by someone else's name."""
        shorts = names.NICKNAMES.get(first)
        return self.rng.choice(shorts) if shorts and self.rng.random() < 0.25 else ""

    def _dues(self, status: str) -> date | None:
        rng = self.rng
        if status == "member":
            return self.today + timedelta(days=rng.randint(5, 365))
        if status == "lapsed":
            return self.today - timedelta(days=rng.randint(1, 540))
        if status == "honorary":
            return None
        return None

    def _payment(self, pid: int, until: date) -> dict:
        start = until - timedelta(days=364)
        return {"person": pid, "amount_cents": self.rng.choice((2000, 2000, 1000, 3000)),
                "paid_on": start, "period_start": start, "period_end": until,
                "method": self.rng.choice(models.PAYMENT_METHODS[:4])}

    def _languages(self, pid: int, culture, volunteer: bool) -> list[dict]:
        spoken = list(culture.languages[: (2 if volunteer else 1)])
        if volunteer and self.rng.random() < 0.3:
            extra = self.rng.choice(("Spanish", "French", "Arabic", "Sign language"))
            if extra not in spoken:
                spoken.append(extra)
        return [{"person": pid, "language": lang} for lang in spoken]

    def _tags(self, pid: int, volunteer: bool) -> list[dict]:
        chosen = set(self.rng.sample(names.SKILLS, self.rng.randint(1, 3))) if volunteer else set()
        if self.rng.random() < 0.2:
            chosen.add(self.rng.choice(names.INTERESTS))
        return [{"person": pid, "tag": self.tag_ids[name]} for name in sorted(chosen)]

    def _past_stamp(self, days: int) -> datetime:
        moment = datetime.combine(self.today, time(12), tzinfo=UTC)
        return moment - timedelta(days=self.rng.randint(0, days), minutes=self.rng.randint(0, 600))

    # Events, shifts, sign-ups -----------------------------------------------------------
    def events_and_shifts(self, total_people: int) -> None:
        volunteers = [p for p in self.people if p.volunteer and not p.archived]
        per_week = 2 + total_people // 25000
        events, shifts, assignments = [], [], []
        eid, sid = bulk.next_id(models.Event), bulk.next_id(models.Shift)
        monday = self.today - timedelta(days=self.today.weekday())
        for name, location, colour, role in names.EVENTS:
            events.append({"id": eid, "name": name, "location": location, "colour": colour,
                           "description": f"{name} run by volunteers."})
            for week in range(-8, 8):
                for slot in range(per_week):
                    shift = self._shift(sid, eid, monday + timedelta(weeks=week), slot, location,
                                        role)
                    shifts.append(shift)
                    assignments += self._signups(shift, volunteers)
                    sid += 1
            eid += 1
        bulk.insert_rows(models.Event, events)
        bulk.insert_rows(models.Shift, shifts)
        bulk.insert_rows(models.Assignment, assignments)
        self._count("event", len(events))
        self._count("shift", len(shifts))
        self._count("assignment", len(assignments))

    def _shift(self, sid: int, eid: int, monday: date, slot: int, location: str,
               role: str) -> dict:
        day = monday + timedelta(days=(slot + eid) % 7)
        start_hour = (9, 13, 17)[(slot // 7 + eid) % 3]
        start = localtime.local_to_utc(day, time(start_hour), self.tz)
        return {"id": sid, "event": eid, "title": role, "starts_at": start,
                "ends_at": start + timedelta(hours=3), "location": location,
                "capacity": self.rng.randint(2, 8),
                "required_skill": self.tag_ids["driving"] if role == "Driver" else None}

    def _signups(self, shift: dict, volunteers: list[_Person]) -> list[dict]:
        rng = self.rng
        past = shift["ends_at"] < self.now
        fill = rng.uniform(0.6, 1.0) if past else rng.uniform(0.2, 0.9)
        wanted = round(shift["capacity"] * fill)
        chosen: list[dict] = []
        for person in rng.sample(volunteers, min(len(volunteers), wanted * 2)):
            if len(chosen) >= wanted:
                break
            if self._clashes(person.id, shift["starts_at"], shift["ends_at"]):
                continue
            status = rng.choices(("attended", "no_show", "cancelled") if past else
                                 ("signed_up", "confirmed", "cancelled"), (75, 10, 15)
                                 if past else (60, 30, 10))[0]
            minutes = 180 - rng.choice((0, 0, 0, 30)) if status == "attended" else None
            chosen.append({"shift": shift["id"], "person": person.id, "status": status,
                           "minutes": minutes})
            if status != "cancelled":
                self.busy.setdefault(person.id, []).append((shift["starts_at"], shift["ends_at"]))
        return chosen

    def _clashes(self, pid: int, start: datetime, end: datetime) -> bool:
        return any(s < end and e > start for s, e in self.busy.get(pid, ()))

    # Support requests -------------------------------------------------------------------
    def requests(self, total_people: int) -> None:
        rng = self.rng
        count = max(40, total_people // 20)
        categories = {c.name: c.id for c in models.RequestCategory.select()}
        helpers = [p for p in self.people if p.volunteer and not p.archived]
        neighbours = [p for p in self.people if not p.archived]
        requests, updates = [], []
        rid = bulk.next_id(models.SupportRequest)
        statuses = models.REQUEST_STATUSES
        for i in range(count):
            status = statuses[i % len(statuses)] if i < len(statuses) else rng.choices(
                statuses, (15, 15, 15, 20, 30, 5))[0]
            requester = rng.choice(neighbours)
            category = rng.choice(list(categories))
            created = self._past_stamp(120)
            assignee = rng.choice(helpers).id if helpers and status not in ("new",) else None
            if status == "cancelled" and rng.random() < 0.5:
                assignee = None
            request = {
                "id": rid, "requester": requester.id, "category": categories[category],
                "urgency": rng.choice(models.URGENCIES),
                "summary": rng.choice(names.REQUEST_TEXT[category]),
                "details": rng.choice(("", "Lives on the 3rd floor, no lift.",
                                       "Call before coming; the bell is broken.",
                                       f"Speaks {requester.culture.languages[0]}.")),
                "sensitive_notes": rng.choice(("",) * 8 + ("Money is very tight this month.",
                                                           "Recently discharged from hospital.")),
                "area": requester.area, "status": status, "assignee": assignee,
                "due_on": self._due(status, created),
                "follow_up_on": self.today + timedelta(days=rng.randint(-3, 14))
                if status in ("assigned", "in_progress", "resolved") else None,
                "created_at": created, "updated_at": created,
                "resolved_at": created + timedelta(days=rng.randint(1, 10))
                if status in ("resolved", "closed") else None,
            }
            requests.append(request)
            updates += self._history(request)
            rid += 1
        bulk.insert_rows(models.SupportRequest, requests)
        bulk.insert_rows(models.RequestUpdate, updates)
        self._count("support_request", len(requests))
        self._count("request_update", len(updates))

    def _due(self, status: str, created: datetime) -> date:
        """Open requests fall due around today (a few late, as in any office); finished
        ones were due a few days after they came in."""
        if status in ("new", "assigned", "in_progress"):
            return self.today + timedelta(days=self.rng.randint(-3, 14))
        return (created + timedelta(days=self.rng.randint(0, 21))).date()

    def _history(self, request: dict) -> list[dict]:
        """History lines that walk the workflow up to the request's status."""
        path = {"new": ["new"], "assigned": ["new", "assigned"],
                "in_progress": ["new", "assigned", "in_progress"],
                "resolved": ["new", "assigned", "in_progress", "resolved"],
                "closed": ["new", "assigned", "in_progress", "resolved", "closed"],
                "cancelled": ["new", "assigned", "cancelled"] if request["assignee"]
                else ["new", "cancelled"]}[request["status"]]
        at, lines = request["created_at"], []
        lines.append({"request": request["id"], "at": at, "actor": "demo", "kind": "created",
                      "new_status": "new"})
        for old, new in zip(path, path[1:], strict=False):
            at = at + timedelta(hours=self.rng.randint(1, 48))
            line = {"request": request["id"], "at": at, "actor": "demo", "old_status": old,
                    "new_status": new, "kind": "status"}
            if new == "assigned":
                line |= {"kind": "assign", "new_assignee": request["assignee"],
                         "note": "Speaks the language; lives nearby."}
            lines.append(line)
        return lines

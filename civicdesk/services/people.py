"""People and households: create, update, archive, with their languages, skills and interests."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

import peewee as pw

from civicdesk import phones
from civicdesk.data import models
from civicdesk.data.fields import fold
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import (
    actors,
    audit,
    errors,
    payments,
    references,
    rows,
    validation,
    vocabulary,
)
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import ANYONE, allowed
from civicdesk.services.validation import FieldSpec

PERSON_FIELDS: dict[str, FieldSpec] = {
    "first_name": FieldSpec(QT_TRANSLATE_NOOP("Field", "First name"), max_len=100),
    "last_name": FieldSpec(QT_TRANSLATE_NOOP("Field", "Last name"), max_len=100),
    "preferred_name": FieldSpec(QT_TRANSLATE_NOOP("Field", "Preferred name"), max_len=100),
    "email": FieldSpec(QT_TRANSLATE_NOOP("Field", "Email"), "email"),
    "phone": FieldSpec(QT_TRANSLATE_NOOP("Field", "Phone"), "phone", max_len=40),
    "mobile": FieldSpec(QT_TRANSLATE_NOOP("Field", "Mobile phone"), "phone", max_len=40),
    "household": FieldSpec(QT_TRANSLATE_NOOP("Field", "Household"), "ref"),
    "membership_status": FieldSpec(QT_TRANSLATE_NOOP("Field", "Membership"), "choice",
                                   choices=vocabulary.MEMBERSHIP_STATUSES),
    "member_number": FieldSpec(QT_TRANSLATE_NOOP("Field", "Member number"), max_len=40),
    "is_volunteer": FieldSpec(QT_TRANSLATE_NOOP("Field", "Volunteer"), "bool"),
    "availability": FieldSpec(QT_TRANSLATE_NOOP("Field", "Availability"), max_len=2000,
                              multiline=True),
    "accessibility_notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Accessibility and mobility"), max_len=2000,
                                     multiline=True, masked=True),
    "consent_directory": FieldSpec(QT_TRANSLATE_NOOP("Field", "Listed in the directory"), "bool"),
    "consent_email": FieldSpec(QT_TRANSLATE_NOOP("Field", "May be emailed"), "bool"),
    "consent_phone": FieldSpec(QT_TRANSLATE_NOOP("Field", "May be phoned"), "bool"),
    "consent_photo": FieldSpec(QT_TRANSLATE_NOOP("Field", "Photos allowed"), "bool"),
    "reach_via": FieldSpec(QT_TRANSLATE_NOOP("Field", "Reach via"), "ref"),
    "notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Notes"), max_len=10000, multiline=True),
    "sensitive_notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Sensitive notes"), max_len=10000, sensitive=True,
                                 multiline=True),
    "languages": FieldSpec(QT_TRANSLATE_NOOP("Field", "Languages"), "list"),
    "skills": FieldSpec(QT_TRANSLATE_NOOP("Field", "Skills"), "list"),
    "interests": FieldSpec(QT_TRANSLATE_NOOP("Field", "Interests"), "list"),
}
LIST_FIELDS = ("languages", "skills", "interests")
# Masked in the audit log: the sensitive notes, and accessibility and mobility (which every
# volunteer may see and edit, so it is masked, not sensitive).
MASKED = audit.masked_fields(PERSON_FIELDS)

HOUSEHOLD_FIELDS: dict[str, FieldSpec] = {
    "name": FieldSpec(QT_TRANSLATE_NOOP("Field", "Household name"), max_len=200),
    "street": FieldSpec(QT_TRANSLATE_NOOP("Field", "Street"), max_len=200),
    "unit": FieldSpec(QT_TRANSLATE_NOOP("Field", "Unit"), max_len=40),
    "city": FieldSpec(QT_TRANSLATE_NOOP("Field", "City"), max_len=100),
    "region": FieldSpec(QT_TRANSLATE_NOOP("Field", "Region"), max_len=100),
    "postal_code": FieldSpec(QT_TRANSLATE_NOOP("Field", "Postal code"), max_len=20),
    "country": FieldSpec(QT_TRANSLATE_NOOP("Field", "Country"), max_len=100),
    "area": FieldSpec(QT_TRANSLATE_NOOP("Field", "Area"), max_len=100),
    "notes": FieldSpec(QT_TRANSLATE_NOOP("Field", "Notes"), max_len=10000, multiline=True),
}

NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Give at least a first or a last name.")
NOT_SELF = QT_TRANSLATE_NOOP("Validation", "A person cannot be reached through themselves.")


@dataclass
class PersonRecord:
    """A person as the editor shows it (sensitive notes blank unless the actor may see them)."""

    id: int | None = None
    version: int | None = None
    first_name: str = ""
    last_name: str = ""
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    household: int | None = None
    membership_status: str = "none"
    member_number: str = ""
    dues_paid_until: date | None = None
    is_volunteer: bool = False
    availability: str = ""
    accessibility_notes: str = ""
    consent_directory: bool = False
    consent_email: bool = False
    consent_phone: bool = False
    consent_photo: bool = False
    reach_via: int | None = None
    notes: str = ""
    sensitive_notes: str = ""
    archived: bool = False
    erased_at: datetime | None = None  # anonymised at their request (services/erasure.py)
    languages: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name)


def display_name(first: str, last: str, preferred: str = "") -> str:
    """The name on screen and on lists: first and last, with the name someone goes by in
    quotes where it differs from the first (`Robert "Bob" Smith`), so both are recognised."""
    first, last, preferred = (first or "").strip(), (last or "").strip(), \
        (preferred or "").strip()
    if preferred and first and preferred.casefold() != first.casefold():
        first = f'{first} "{preferred}"'
    return " ".join(p for p in (first or preferred, last) if p)


def formal_name(first: str, last: str, preferred: str = "") -> str:
    """The name on an envelope, a card or a letter: first and last (the preferred name
    only when there is no first name)."""
    return " ".join(p for p in ((first or "").strip() or (preferred or "").strip(),
                                (last or "").strip()) if p)


def sort_key(first: str, last: str) -> str:
    return fold(f"{last} {first}".strip())


RECORD_COLUMNS = tuple(f.name for f in fields(PersonRecord) if f.name not in LIST_FIELDS)


def record_columns(person=models.Person) -> list:
    """The person columns a PersonRecord is made of (foreign keys as ids), for a select."""
    return [getattr(person, name) for name in RECORD_COLUMNS]


def make_record(actor: Actor, values, lists: dict[str, list[str]]) -> PersonRecord:
    """A PersonRecord from `record_columns` values and `lists_of`; sensitive notes blank
    unless *actor* may see them."""
    record = PersonRecord(**dict(zip(RECORD_COLUMNS, values, strict=False)), **lists)
    if not actor.can(actors.VIEW_SENSITIVE):
        record.sensitive_notes = ""
    return record


@allowed(ANYONE)
def get_person(actor: Actor, person_id: int) -> PersonRecord:
    """One person as the editor shows it (two statements: the row, then their lists)."""
    P = models.Person
    values = P.select(*record_columns()).where(P.id == person_id).tuples().first() \
        if validation.fits_integer(person_id) else None
    if values is None:
        raise errors.NotFound(what="person", row_id=person_id)
    return make_record(actor, values, lists_of(person_id))


def lists_of(person_id: int) -> dict[str, list[str]]:
    """A person's languages (in the order given), skills and interests (by name), in one
    statement."""
    L, PT, T = models.PersonLanguage, models.PersonTag, models.Tag
    spoken = L.select(pw.Value("language"), L.language, L.id).where(L.person == person_id)
    tagged = (PT.select(T.kind, T.name, pw.Value(0)).join(T)
              .where(PT.person == person_id))
    found: dict[str, list[str]] = {"languages": [], "skills": [], "interests": []}
    for kind, name, _ in (spoken + tagged).order_by(pw.SQL("1"), pw.SQL("3"),
                                                     pw.SQL("2")).tuples():
        found.get({"language": "languages", "skill": "skills",
                   "interest": "interests"}.get(kind, ""), []).append(name)
    return found


def anyone_on_file() -> bool:
    """Is there at least one person in the database?"""
    return models.Person.select().exists()


def _check_person(actor: Actor, values: dict, person_id: int | None, current: dict) -> None:
    merged = current | values
    if not (merged.get("first_name") or merged.get("last_name")):
        validation.fail("first_name", PERSON_FIELDS["first_name"].label, NAME_REQUIRED)
    if "sensitive_notes" in values and values["sensitive_notes"] != current.get(
            "sensitive_notes", ""):
        actor.require(actors.VIEW_SENSITIVE)
    references.check(models.Household, values, "household", PERSON_FIELDS["household"].label)
    references.check(models.Person, values, "reach_via", PERSON_FIELDS["reach_via"].label)
    if person_id is not None and values.get("reach_via") == person_id:
        validation.fail("reach_via", PERSON_FIELDS["reach_via"].label, NOT_SELF)


@allowed(ANYONE, also={"sensitive notes": actors.VIEW_SENSITIVE})
def create_person(actor: Actor, values: dict[str, Any]) -> Changes:
    """Add a person. At least a first or last name; every other field is optional."""
    cleaned = validation.clean(PERSON_FIELDS, values)
    with rows.transaction():
        _check_person(actor, cleaned, None, {})
        lists = {k: cleaned.pop(k) for k in LIST_FIELDS if k in cleaned}
        cleaned["sort_name"] = sort_key(cleaned.get("first_name", ""),
                                        cleaned.get("last_name", ""))
        cleaned = phones.normalised(cleaned)
        row = rows.create_row(actor, models.Person, cleaned | lists, MASKED)
        _write_lists(row.id, lists)
    return Changes("person", row.id, row.version)


@allowed(ANYONE, also={"sensitive notes": actors.VIEW_SENSITIVE})
def update_person(actor: Actor, person_id: int, expected_version: int,
                  values: dict[str, Any]) -> Changes:
    """Change some fields of a person who is still at *expected_version* (else ConflictError)."""
    cleaned = validation.clean(PERSON_FIELDS, values, partial=True)
    with rows.transaction():
        row = rows.get_row(models.Person, person_id)
        current = rows.current_values(row, PERSON_FIELDS.keys() - set(LIST_FIELDS))
        _check_person(actor, cleaned, person_id, current)
        lists = {k: cleaned.pop(k) for k in LIST_FIELDS if k in cleaned}
        if "first_name" in cleaned or "last_name" in cleaned:
            merged = current | cleaned
            cleaned["sort_name"] = sort_key(merged["first_name"], merged["last_name"])
        cleaned = phones.normalised(cleaned)
        list_changes = _list_changes(person_id, lists)
        row, _ = rows.update_row(actor, models.Person, person_id, expected_version, cleaned,
                                 MASKED, extra_changes=list_changes, row=row)
        if list_changes:
            _write_lists(person_id, lists)
        if "household" in cleaned and cleaned["household"] != current["household"]:
            payments.refresh_dues([person_id])  # dues paid by a household move with it
    return Changes("person", person_id, row.version)


def _list_changes(person_id: int, lists: dict[str, list[str]]) -> dict:
    if not lists:
        return {}
    before = lists_of(person_id)
    return {name: [before[name], new] for name, new in lists.items()
            if sorted(before[name]) != sorted(new)}


def _write_lists(person_id: int, lists: dict[str, list[str]]) -> None:
    if "languages" in lists:
        models.PersonLanguage.delete().where(models.PersonLanguage.person == person_id).execute()
        models.PersonLanguage.insert_many(
            [{"person": person_id, "language": lang} for lang in lists["languages"]]).execute()
    for name in ("skills", "interests"):
        if name in lists:
            set_tags(person_id, name[:-1], lists[name])


def set_tags(person_id: int, kind: str, names: list[str]) -> None:
    """Replace a person's tags of one kind, creating tags that do not exist yet."""
    old = (models.PersonTag.select(models.PersonTag.id).join(models.Tag)
           .where((models.PersonTag.person == person_id) & (models.Tag.kind == kind)))
    models.PersonTag.delete().where(models.PersonTag.id.in_(old)).execute()
    for name in names:
        tag = tag_named(name, kind)
        models.PersonTag.create(person=person_id, tag=tag)


def tag_named(name: str, kind: str = "skill") -> models.Tag:
    """The tag with this name (case-insensitive), created if new."""
    tag = models.Tag.get_or_none(models.Tag.name == name.strip().lower())
    if tag is None:
        tag = models.Tag.create(name=name.strip().lower(), kind=kind)
    return tag


@allowed(actors.ARCHIVE)
def set_archived(actor: Actor, person_id: int, expected_version: int, archived: bool) -> Changes:
    """Archive (hide from lists, keep everything) or bring back a person."""
    with rows.transaction():
        row, _ = rows.update_row(actor, models.Person, person_id, expected_version,
                                 {"archived": archived},
                                 action="archive" if archived else "unarchive")
    return Changes("person", person_id, row.version)


@dataclass(frozen=True)
class HouseholdRecord:
    """A household as its editor shows it."""

    id: int
    version: int
    name: str
    street: str
    unit: str
    city: str
    region: str
    postal_code: str
    country: str
    area: str
    notes: str
    archived: bool

    def values(self) -> dict[str, Any]:
        """The editable fields, as `update_household` takes them."""
        return {name: getattr(self, name) for name in HOUSEHOLD_FIELDS}


def get_household(household_id: int) -> HouseholdRecord:
    H = models.Household
    names = [f.name for f in fields(HouseholdRecord)]
    values = H.select(*(getattr(H, n) for n in names)).where(H.id == household_id) \
        .tuples().first() if validation.fits_integer(household_id) else None
    if values is None:
        raise errors.NotFound(what="household", row_id=household_id)
    return HouseholdRecord(*values)


@allowed(ANYONE)
def create_household(actor: Actor, values: dict[str, Any]) -> Changes:
    cleaned = validation.clean(HOUSEHOLD_FIELDS, values)
    with rows.transaction():
        row = rows.create_row(actor, models.Household, cleaned)
    return Changes("household", row.id, row.version)


@allowed(ANYONE)
def update_household(actor: Actor, household_id: int, expected_version: int,
                     values: dict[str, Any]) -> Changes:
    cleaned = validation.clean(HOUSEHOLD_FIELDS, values, partial=True)
    with rows.transaction():
        row, _ = rows.update_row(actor, models.Household, household_id, expected_version,
                                 cleaned)
        members = {("person", pid) for (pid,) in models.Person.select(models.Person.id)
                   .where(models.Person.household == household_id).tuples()}
    return Changes("household", household_id, row.version, frozenset(members))


@allowed(actors.ARCHIVE)
def set_household_archived(actor: Actor, household_id: int, expected_version: int,
                           archived: bool) -> Changes:
    with rows.transaction():
        row, _ = rows.update_row(actor, models.Household, household_id, expected_version,
                                 {"archived": archived},
                                 action="archive" if archived else "unarchive")
    return Changes("household", household_id, row.version)

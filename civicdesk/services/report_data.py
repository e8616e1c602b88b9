"""What the people reports print: roster, public directory, renewals, labels, cards.

Plain dataclass rows, read in one query each (joined, `.tuples()`), so a report of 100,000
people costs one pass over the table. The directory applies consent here, before any text
reaches a renderer: someone who did not consent is never in the data at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import peewee as pw

from civicdesk import settings
from civicdesk.data import models
from civicdesk.services import actors, vocabulary
from civicdesk.services.actors import Actor
from civicdesk.services.guard import allowed
from civicdesk.services.people import display_name, formal_name


@dataclass(frozen=True)
class Association:
    name: str
    address: str
    logo: bytes  # PNG, or b""
    phone: str = ""
    email: str = ""
    website: str = ""
    paper: str = "letter"


def association() -> Association:
    """What every report prints of the association (its name, address, contacts and logo)
    and the paper it prints on, from the settings."""
    return Association(settings.get("association_name"), settings.get("association_address"),
                       settings.logo_png(), settings.get("association_phone"),
                       settings.get("association_email"), settings.get("association_website"),
                       settings.get("paper"))


def default_paper(today=None) -> str:
    """The paper a report prints on unless told otherwise (the `paper` setting)."""
    return settings.get("paper")


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    member_number: str
    status: str
    dues_paid_until: date | None
    phone: str
    email: str
    address: str  # lines joined with "\n"


def address_lines(street: str, unit: str, city: str, region: str, postal: str,
                  country: str) -> list[str]:
    """A postal address as printed on an envelope (empty parts left out)."""
    first = ", ".join(p for p in (street, unit) if p)
    second = " ".join(p for p in (city, region, postal) if p)
    return [line for line in (first, second, country) if line]


def _people(statuses: tuple[str, ...]) -> pw.ModelSelect:
    P, H = models.Person, models.Household
    return (P.select(P.id, P.first_name, P.last_name, P.preferred_name, P.member_number,
                     P.membership_status, P.dues_paid_until, P.phone, P.mobile, P.email,
                     H.street, H.unit, H.city, H.region, H.postal_code, H.country)
            .join(H, pw.JOIN.LEFT_OUTER)
            .where((P.archived == False) & P.membership_status.in_(statuses))  # noqa: E712
            .order_by(P.sort_name, P.id))


def _member_row(row: tuple) -> MemberRow:
    (pid, first, last, preferred, number, status, dues, phone, mobile, email,
     *address) = row
    phones = " / ".join(p for p in (phone, mobile) if p)
    return MemberRow(pid, display_name(first, last, preferred), number, status, dues, phones,
                     email, "\n".join(address_lines(*(a or "" for a in address))))


@allowed(actors.BULK_EXPORT)
def roster(actor: Actor, status: str = "current") -> list[MemberRow]:
    """Everyone in *status* (a `vocabulary.MEMBER_GROUPS` key) with all contact data (internal use)."""
    return [_member_row(row) for row in _people(vocabulary.MEMBER_GROUPS[status]).tuples()]


@dataclass(frozen=True)
class DirectoryRow:
    name: str
    phone: str  # empty unless the person consented to be phoned
    email: str  # empty unless the person consented to be emailed


def directory(status: str = "current") -> list[DirectoryRow]:
    """The public directory: only people who consented to it, only the fields they
    consented to (phone, email); no addresses, notes or numbers."""
    P = models.Person
    query = (P.select(P.first_name, P.last_name, P.preferred_name, P.phone, P.mobile, P.email,
                      P.consent_phone, P.consent_email)
             .where((P.archived == False) & (P.consent_directory == True)  # noqa: E712
                    & P.membership_status.in_(vocabulary.MEMBER_GROUPS[status]))
             .order_by(P.sort_name, P.id))
    return [DirectoryRow(display_name(first, last, preferred),
                         (phone or mobile) if ok_phone else "", email if ok_email else "")
            for first, last, preferred, phone, mobile, email, ok_phone, ok_email
            in query.tuples()]


@dataclass(frozen=True)
class Renewals:
    today: date
    until: date
    rows: list[MemberRow]


@allowed(actors.BULK_EXPORT)
def renewals(actor: Actor, days: int, today: date, lapsed_days: int = 365) -> Renewals:
    """Members whose dues run out within *days*, and those lapsed within *lapsed_days*,
    most overdue first."""
    P = models.Person
    query = (_people(vocabulary.RENEWAL_STATUSES)
             .where(P.dues_paid_until.between(today - timedelta(days=lapsed_days),
                                              today + timedelta(days=days)))
             .order_by(P.dues_paid_until, P.sort_name))
    return Renewals(today, today + timedelta(days=days),
                    [_member_row(row) for row in query.tuples()])


@dataclass(frozen=True)
class LabelRow:
    """One mailing label: the household, the people in it (their formal names, each once)
    and their last names, and the address lines."""

    household_id: int
    household_name: str
    people: tuple[str, ...]
    lines: tuple[str, ...]
    last_names: tuple[str, ...] = ()


@allowed(actors.BULK_EXPORT)
def labels(actor: Actor, status: str = "current") -> list[LabelRow]:
    """One label per household with at least one (non-archived) person in *status* and a
    street address, sorted by postal code (cheaper bulk mail). Nobody who asked not to get
    post (the interest `vocabulary.DO_NOT_MAIL`) is on a label."""
    P, H = models.Person, models.Household
    no_post = (models.PersonTag.select(models.PersonTag.person).join(models.Tag)
               .where(models.Tag.name == vocabulary.DO_NOT_MAIL))
    query = (P.select(H.id, H.name, H.street, H.unit, H.city, H.region, H.postal_code,
                      H.country, P.first_name, P.last_name, P.preferred_name)
             .join(H)
             .where((P.archived == False) & (H.archived == False)  # noqa: E712
                    & (H.street != "") & P.membership_status.in_(vocabulary.MEMBER_GROUPS[status])
                    & P.id.not_in(no_post))
             .order_by(H.postal_code, H.street, H.id, P.sort_name))
    households: dict[int, tuple[tuple, dict[str, None], dict[str, None]]] = {}
    for hid, name, *rest in query.tuples():
        address, (first, last, preferred) = rest[:6], rest[6:]
        info, names, lasts = households.setdefault(hid, ((name, *address), {}, {}))
        names[formal_name(first, last, preferred)] = None  # ordered, each name once
        if last:
            lasts[last.strip()] = None
    return [LabelRow(hid, info[0], tuple(names), tuple(address_lines(*info[1:])),
                     tuple(lasts))
            for hid, (info, names, lasts) in households.items()]


@dataclass(frozen=True)
class CardRow:
    name: str
    member_number: str
    valid_until: date | None  # None: no end (honorary members)
    status: str


def cards(status: str = "current", person_id: int | None = None) -> list[CardRow]:
    """Membership cards for everyone in *status* who has a member number, or one person."""
    P = models.Person
    query = (P.select(P.first_name, P.last_name, P.preferred_name, P.member_number,
                      P.dues_paid_until, P.membership_status)
             .where((P.archived == False) & (P.member_number != ""))  # noqa: E712
             .order_by(P.sort_name, P.id))
    if person_id is not None:
        query = query.where(P.id == person_id)
    else:
        query = query.where(P.membership_status.in_(vocabulary.MEMBER_GROUPS[status]))
    return [CardRow(formal_name(first, last, preferred), number, until, state)
            for first, last, preferred, number, until, state in query.tuples()]

"""Is this new person already on file? Likely matches by name, email or phone.

Asked while a volunteer enters someone new, so they can open the existing record instead
of creating a second one. Uses the people search index (accents folded: "Zoe Muller"
matches "Zoë Müller"), then confirms each candidate exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicdesk.data import models, search
from civicdesk.data.fields import fold
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import lookups

REASONS = {
    "name": QT_TRANSLATE_NOOP("Duplicates", "same name"),
    "email": QT_TRANSLATE_NOOP("Duplicates", "same email"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "same phone number"),
}
MIN_PHONE_DIGITS = 6
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Match:
    """An existing person who looks like the one being entered, and why."""

    id: int
    name: str
    detail: str
    archived: bool
    reasons: tuple[str, ...]  # keys of REASONS


def _digits(text: str) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


def _rows(ids: set[int]) -> list[tuple]:
    P = models.Person
    return list(P.select(P.id, P.first_name, P.preferred_name, P.last_name, P.email, P.phone,
                         P.mobile).where(P.id.in_(list(ids))).tuples())


def _reasons(values: dict, row: tuple) -> tuple[str, ...]:
    _, first, preferred, last, email, phone, mobile = row
    reasons = []
    given = {fold(values.get("first_name")), fold(values.get("preferred_name"))} - {""}
    if fold(values.get("last_name")) == fold(last) and given & ({fold(first),
                                                                 fold(preferred)} - {""}):
        reasons.append("name")
    if values.get("email") and values["email"].strip().casefold() == (email or "").casefold():
        reasons.append("email")
    theirs = {_digits(phone), _digits(mobile)} - {""}
    ours = {_digits(values.get("phone", "")), _digits(values.get("mobile", ""))} - {""}
    if any(len(d) >= MIN_PHONE_DIGITS for d in ours & theirs):
        reasons.append("phone")
    return tuple(reasons)


def likely_duplicates(values: dict, *, exclude_id: int | None = None,
                      limit: int = 8) -> list[Match]:
    """People who share a name (first or preferred, and last), an email or a phone number
    with *values* (person fields as the editor has them). Archived people are included:
    bringing someone back is better than entering them twice."""
    db, ids = models.database, set()
    last = fold(values.get("last_name"))
    for given in (values.get("first_name"), values.get("preferred_name")):
        if last and fold(given):
            ids.update(search.whole_words(db, "name", [*fold(given).split(), *last.split()], 50))
    if values.get("email"):
        ids.update(search.whole_words(db, "email", _WORD.findall(fold(values["email"])), 20))
    for phone in (values.get("phone"), values.get("mobile")):
        if len(_digits(phone)) >= MIN_PHONE_DIGITS:
            ids.update(search.whole_words(db, "phone", [_digits(phone)], 20))
    ids.discard(exclude_id)
    if not ids:
        return []
    found = [(row[0], _reasons(values, row)) for row in _rows(ids)]
    found = [(pid, reasons) for pid, reasons in found if reasons]
    labels = lookups.person_labels(pid for pid, _ in found)
    matches = [Match(pid, labels[pid].name, labels[pid].detail, labels[pid].archived, reasons)
               for pid, reasons in found]
    matches.sort(key=lambda m: (-len(m.reasons), m.name))
    return matches[:limit]

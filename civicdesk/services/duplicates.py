"""Is this new person already on file? Likely matches by name, email or phone.

Asked while a volunteer enters someone new, so they can open the existing record instead
of creating a second one. Uses the people search index (accents folded: "Zoe Muller"
matches "Zoë Müller"), then confirms each candidate: the same name, a similar one
(Jaro-Winkler through rapidfuzz: Ana/Anna, Ruiz/Ruis, Jon/John), first and last names
swapped, the same email, the same phone number (its E.164 form, so "+1 555 232 4682" is
"(555) 232-4682"; digits for numbers that do not parse). Ranked by how sure, reasons shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from civicdesk import phones
from civicdesk.data import models, search
from civicdesk.data.fields import fold
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import lookups

REASONS = {
    "name": QT_TRANSLATE_NOOP("Duplicates", "same name"),
    "similar_name": QT_TRANSLATE_NOOP("Duplicates", "similar name"),
    "swapped_name": QT_TRANSLATE_NOOP("Duplicates", "first and last names swapped"),
    "email": QT_TRANSLATE_NOOP("Duplicates", "same email"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "same phone number"),
}
# How much each reason says: an email or a phone number is nearly proof, a similar name a hint.
WEIGHTS = {"email": 3.0, "phone": 3.0, "name": 2.0, "swapped_name": 1.5, "similar_name": 1.0}
MIN_PHONE_DIGITS = 6
SIMILAR = 0.85  # Jaro-Winkler similarity of each name: Ruiz/Ruis 0.88, Ana/Anna 0.93
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Match:
    """An existing person who looks like the one being entered, and why."""

    id: int
    name: str
    detail: str
    archived: bool
    reasons: tuple[str, ...]  # keys of REASONS, the surest first
    score: float = 0.0  # higher is surer


def _digits(text: str) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


def _rows(ids: set[int]) -> list[tuple]:
    P = models.Person
    return list(P.select(P.id, P.first_name, P.preferred_name, P.last_name, P.email, P.phone,
                         P.mobile, P.phone_e164, P.mobile_e164)
                .where(P.id.in_(list(ids))).tuples())


def _numbers(phone: str, mobile: str, *normalised: str) -> set[str]:
    """Each number as compared: its E.164 form, else its digits (long enough)."""
    found = set()
    for typed, e164 in zip((phone, mobile), normalised or (phones.e164(phone),
                                                           phones.e164(mobile)), strict=True):
        key = e164 or _digits(typed)
        if len(_digits(key)) >= MIN_PHONE_DIGITS:
            found.add(key)
    return found


def _name_reason(values: dict, first: str, preferred: str, last: str) -> tuple[str, float]:
    """("name" | "similar_name" | "swapped_name" | "", how similar)."""
    theirs_given = {fold(first), fold(preferred)} - {""}
    ours_given = {fold(values.get("first_name")), fold(values.get("preferred_name"))} - {""}
    ours_last, theirs_last = fold(values.get("last_name")), fold(last)
    if not (ours_last and theirs_last and ours_given and theirs_given):
        return "", 0.0
    if ours_last == theirs_last and ours_given & theirs_given:
        return "name", 1.0
    best = max(min(JaroWinkler.similarity(ours_last, theirs_last),
                   JaroWinkler.similarity(a, b)) for a in ours_given for b in theirs_given)
    swapped = max(min(JaroWinkler.similarity(ours_last, b), JaroWinkler.similarity(a, theirs_last))
                  for a in ours_given for b in theirs_given)
    if swapped >= SIMILAR and swapped > best:
        return "swapped_name", swapped
    return ("similar_name", best) if best >= SIMILAR else ("", 0.0)


def _reasons(values: dict, row: tuple) -> tuple[tuple[str, ...], float]:
    _, first, preferred, last, email, phone, mobile, phone_e164, mobile_e164 = row
    reasons, score = [], 0.0
    if values.get("email") and values["email"].strip().casefold() == (email or "").casefold():
        reasons.append("email")
    ours = _numbers(values.get("phone", ""), values.get("mobile", ""))
    if ours & _numbers(phone, mobile, phone_e164, mobile_e164):
        reasons.append("phone")
    name, similarity = _name_reason(values, first, preferred, last)
    if name:
        reasons.append(name)
    score = sum(WEIGHTS[r] for r in reasons) + (similarity if name else 0.0)
    return tuple(sorted(reasons, key=lambda r: -WEIGHTS[r])), score


def _name_candidates(db, values: dict, ids: set[int]) -> None:
    """Whole names, then names sharing the first letters of each (fuzzy matches and swaps
    share them too: Ana/Anna "an", Ruiz/Ruis "rui"); the fuzzy check decides."""
    last = fold(values.get("last_name"))
    for given in (values.get("first_name"), values.get("preferred_name")):
        if last and fold(given):
            ids.update(search.whole_words(db, "name", [*fold(given).split(), *last.split()], 50))
            prefixes = [fold(given).split()[0][:2], last.split()[0][:3]]
            ids.update(search.name_prefixes(db, prefixes, 200))


def likely_duplicates(values: dict, *, exclude_id: int | None = None,
                      limit: int = 8) -> list[Match]:
    """People who share or nearly share a name (first or preferred, and last, either way
    round), an email or a phone number with *values* (person fields as the editor has
    them), the surest first. Archived people are included: bringing someone back is better
    than entering them twice."""
    db, ids = models.database, set()
    _name_candidates(db, values, ids)
    if values.get("email"):
        ids.update(search.whole_words(db, "email", _WORD.findall(fold(values["email"])), 20))
    for phone in (values.get("phone"), values.get("mobile")):
        for number in {_digits(phone), _digits(phones.e164(phone))}:
            if len(number) >= MIN_PHONE_DIGITS:
                ids.update(search.whole_words(db, "phone", [number], 20))
    ids.discard(exclude_id)
    if not ids:
        return []
    found = [(row[0], *_reasons(values, row)) for row in _rows(ids)]
    found = [item for item in found if item[1]]
    labels = lookups.person_labels(pid for pid, _, _ in found)
    matches = [Match(pid, labels[pid].name, labels[pid].detail, labels[pid].archived, reasons,
                     round(score, 3)) for pid, reasons, score in found]
    matches.sort(key=lambda m: (-m.score, m.name))
    return matches[:limit]

"""The pickers' read queries: people by what was typed, with a line to tell them apart."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from civicdesk import plaintext
from civicdesk.data import models, search


@dataclass(frozen=True)
class PersonSuggestion:
    id: int
    name: str
    detail: str  # street, phone or email: enough to tell two Maria Garcías apart
    is_volunteer: bool
    archived: bool


def _select() -> pw.ModelSelect:
    P, H = models.Person, models.Household
    return (P.select(P.id, P.first_name, P.last_name, P.preferred_name, P.phone, P.email,
                     P.is_volunteer, P.archived, H.street).join(H, pw.JOIN.LEFT_OUTER))


def suggestion_of(row: tuple) -> PersonSuggestion:
    """From (id, first, last, preferred, phone, email, is_volunteer, archived, street)."""
    pid, first, last, preferred, phone, email, volunteer, archived, street = row
    detail = " \u00b7 ".join(x for x in (street, phone or email) if x)
    return PersonSuggestion(pid, f"{preferred or first} {last}".strip(), detail,
                            volunteer, archived)


def person_suggestions(text: str, *, limit: int = 20,
                       volunteers_only: bool = False, include_archived: bool = False,
                       skill: str | None = None) -> list[PersonSuggestion]:
    """People matching *text* (search index), best first; with *skill*, those having that
    skill come first. One query for the ids, one for the rows."""
    wide = volunteers_only or skill
    ids = search.matching_ids(models.database, text, limit=limit * (5 if wide else 2))
    if not ids:
        return []
    P = models.Person
    query = _select().where(P.id.in_(ids))
    if volunteers_only:
        query = query.where(P.is_volunteer == True)  # noqa: E712
    if not include_archived:
        query = query.where(P.archived == False)  # noqa: E712
    rank = {pid: i for i, pid in enumerate(ids)}
    skilled = _people_with_skill(ids, skill) if skill else set()
    rows = [suggestion_of(row) for row in query.tuples()]
    rows.sort(key=lambda r: (r.id not in skilled, rank[r.id]))
    return rows[:limit]


def _people_with_skill(ids: list[int], skill: str) -> set[int]:
    PT, T = models.PersonTag, models.Tag
    query = (PT.select(PT.person).join(T)
             .where(PT.person.in_(ids)
                    & (T.name == plaintext.searchable(skill).strip().lower())))
    return {pid for (pid,) in query.tuples()}


def person_label(person_id: int) -> PersonSuggestion | None:
    """The suggestion line for one person (to show an already chosen person)."""
    return person_labels([person_id]).get(person_id)


def person_labels(person_ids) -> dict[int, PersonSuggestion]:
    """The suggestion lines for several people (one query), by id."""
    ids = list(person_ids)
    if not ids:
        return {}
    found = _select().where(models.Person.id.in_(ids)).tuples()
    return {row[0]: suggestion_of(row) for row in found}

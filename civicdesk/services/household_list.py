"""The households list's read queries: pages of households with their members, suggestions.

Households are found through the people search index (a member's name, phone or email,
or the street) and through their own (`search.HOUSEHOLD_TABLE`: the household's name
and address), so one nobody lives in yet is found too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from civicdesk.data import backend, models, paging, search

SORT_KEYS: dict[str, tuple[paging.Key, ...]] = {
    "name": (paging.Key("h.name"), paging.Key("h.street")),
    "address": (paging.Key("h.street"), paging.Key("h.unit"), paging.Key("h.name")),
    "city": (paging.Key("h.city"), paging.Key("h.street")),
}
_COLUMNS = ("h.id", "h.name", "h.street", "h.unit", "h.city", "h.postal_code", "h.archived")


@dataclass
class Member:
    """A person living in a household, as its page lists them."""

    id: int
    name: str
    archived: bool = False
    status: str = "none"
    phone: str = ""


@dataclass
class HouseholdRow:
    id: int
    name: str
    street: str
    unit: str
    city: str
    postal_code: str
    archived: bool
    key: tuple = ()
    members: list[Member] = field(default_factory=list)

    @property
    def address(self) -> str:
        return ", ".join(x for x in (self.street, self.unit) if x)

    @property
    def place(self) -> str:
        return " ".join(x for x in (self.postal_code, self.city) if x)

    @property
    def label(self) -> str:
        """`Name — street` (enough to tell two households named Müller apart)."""
        return " \u2014 ".join(x for x in (self.name, self.address) if x) or f"#{self.id}"

    @property
    def member_names(self) -> str:
        return ", ".join(m.name for m in self.members if not m.archived)


def _where(text: str, archived: bool) -> tuple[str, tuple]:
    where, params = ["TRUE" if archived else "NOT h.archived"], []
    own = search.household_matches(text)
    if own is not None:
        members, expression = search.people_matching("p.id", text)
        where.append(f"({own[0]} OR h.id IN (SELECT p.household_id FROM person p "
                     f"WHERE {members}))")
        params += [own[1], expression]
    return " AND ".join(where), tuple(params)


class HouseholdQuery(paging.Positions):
    """Households matching what was typed, sorted: count, pages, positions.

    A search shows at most SEARCH_CAP households, like the people list: one letter matched
    18,000 households and counting them cost 67 ms of a keystroke (#15).
    """

    SEARCH_CAP = 2000

    def __init__(self, text: str = "", *, include_archived: bool = False,
                 sort: str = "name", descending: bool = False) -> None:
        where, params = _where(text, include_archived)
        self._query = paging.ListQuery(columns=_COLUMNS, source="household h", where=where,
                                       params=params, keys=SORT_KEYS[sort], id_column="h.id",
                                       descending=descending)
        self._searching = search.household_matches(text) is not None
        self._count: int | None = None
        self.capped = False  # the search matched more than SEARCH_CAP households

    def assume_count(self, count: int, capped: bool = False) -> None:
        """Skip counting: the caller knows (same filter, other order)."""
        self._count, self.capped = count, capped

    def count(self) -> int:
        """How many rows the list shows (for a search: at most SEARCH_CAP, see `capped`)."""
        if self._count is None and self._searching:
            found = backend.execute(
                None, f"SELECT count(*) FROM (SELECT 1 FROM household h "
                f"WHERE {self._query.where} LIMIT ?) AS capped",
                (*self._query.params, self.SEARCH_CAP + 1)).fetchone()[0]
            self.capped = found > self.SEARCH_CAP
            self._count = min(found, self.SEARCH_CAP)
        elif self._count is None:
            self._count = paging.count(models.database, self._query)
        return self._count

    def rows(self, offset: int, limit: int, *, after: tuple | None = None,
             before: tuple | None = None) -> list[HouseholdRow]:
        raw = paging.page(models.database, self._query, offset, limit, self.count(), after=after,
                          before=before, capped=self.capped)
        return _materialise(self._query, raw)

    def position(self, household_id: int) -> int | None:
        """Where *household_id* is in this list, or None if the search (or its cap) leaves
        it out."""
        found = super().position(household_id)
        return found if found is not None and found < self.count() else None

    def row_of_id(self, household_id: int) -> HouseholdRow | None:
        one = paging.ListQuery(columns=_COLUMNS, source="household h", where="h.id = ?",
                               params=(household_id,), keys=self._query.keys,
                               id_column="h.id")
        found = _materialise(one, paging.page(models.database, one, 0, 1, 1))
        return found[0] if found else None


def _materialise(query: paging.ListQuery, raw: list[tuple]) -> list[HouseholdRow]:
    found = [HouseholdRow(*values[:len(_COLUMNS) - 1], bool(values[len(_COLUMNS) - 1]),
                          paging.key_of(query, values)) for values in raw]
    members = members_of_many([h.id for h in found])
    for row in found:
        row.members = members.get(row.id, [])
    return found


def members_of_many(household_ids: list[int]) -> dict[int, list[Member]]:
    """The members of several households (one query), sorted by name."""
    if not household_ids:
        return {}
    marks = ", ".join("?" * len(household_ids))
    cursor = backend.execute(None,
        f"SELECT household_id, id, first_name, preferred_name, last_name, archived, "
        f"membership_status, phone, mobile FROM person "
        f"WHERE household_id IN ({marks}) ORDER BY sort_name, id", tuple(household_ids))
    found: dict[int, list[Member]] = defaultdict(list)
    for hid, pid, first, preferred, last, archived, status, phone, mobile in cursor.fetchall():
        found[hid].append(Member(pid, f"{preferred or first} {last}".strip(), bool(archived),
                                 status, phone or mobile))
    return found


def members_of(household_id: int) -> list[Member]:
    return members_of_many([household_id]).get(household_id, [])


def suggestions(text: str, limit: int = 12) -> list[HouseholdRow]:
    """Households for a type-ahead: those of people matching *text*, biggest match first."""
    if not text.strip():
        return []
    query = HouseholdQuery(text)
    query.assume_count(limit)  # no need to count them all: the first *limit* will do
    return query.rows(0, limit)


def household_row(household_id: int) -> HouseholdRow | None:
    """One household with its members (whether or not it is archived)."""
    return HouseholdQuery(include_archived=True).row_of_id(household_id)

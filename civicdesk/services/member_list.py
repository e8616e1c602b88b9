"""The people list's read queries: filters, sort orders, pages of display rows.

Everything the members list shows comes from here, a page at a time (see `data.paging`),
so the list opens and filters as fast with 100,000 people as with 100. Text search goes
through the search index (`data.search`), accents folded; the planner hints SQLite needs
come from `data.dialect`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from civicdesk import clock, plaintext
from civicdesk.data import backend, dialect, models, paging, search
from civicdesk.data.fields import read_date
from civicdesk.services import vocabulary

COLUMNS = ("name", "address", "phone", "email", "status", "dues", "volunteer", "languages")
ARCHIVED_CHOICES = ("current", "archived", "all")

_NAME = paging.Key("p.sort_name")
_STATUS_RANK = "CASE p.membership_status " + " ".join(
    f"WHEN '{code}' THEN {i}" for i, code in enumerate(vocabulary.STATUS_ORDER)) + " ELSE 9 END"
SORT_KEYS: dict[str, tuple[paging.Key, ...]] = {
    "name": (_NAME,),
    "address": (paging.Key("coalesce(h.street, '')"), paging.Key("coalesce(h.unit, '')"), _NAME),
    "phone": (paging.Key("p.phone"), _NAME),
    "email": (paging.Key("p.email"), _NAME),
    "status": (paging.Key(_STATUS_RANK), _NAME),
    # NULL (never paid) sorts first; the ORDER BY keeps the bare column for its index.
    "dues": (paging.Key("p.dues_paid_until", "coalesce(p.dues_paid_until, '')"), _NAME),
    "volunteer": (paging.Key("p.is_volunteer"), _NAME),
}
SORTABLE = tuple(SORT_KEYS)

_COLUMNS = ("p.id", "p.first_name", "p.last_name", "p.preferred_name", "p.household_id",
            "h.name", "h.street", "h.unit", "h.city", "p.phone", "p.mobile", "p.email",
            "p.membership_status", "p.dues_paid_until", "p.is_volunteer", "p.archived")
_SOURCE = "person p LEFT JOIN household h ON h.id = p.household_id"
# With a search matching many people, walking the name index and testing each person
# against the matches beats sorting all matches (7 ms against 17 ms for "m" at 100,000).
def _dense_source() -> str:
    """The people in name order (the back end is known once a database is open)."""
    return (f"{dialect.indexed_by('person', 'p', 'person_sort_name')} "
            "LEFT JOIN household h ON h.id = p.household_id")


@dataclass(frozen=True)
class MemberFilter:
    """What the list is narrowed to. Empty values do not filter."""

    text: str = ""
    status: str = ""
    volunteer: bool | None = None
    dues_overdue: bool = False
    skill: str = ""
    language: str = ""
    archived: str = "current"  # one of ARCHIVED_CHOICES
    today: date | None = None  # for "dues overdue"; None = today

    def with_(self, **changes) -> MemberFilter:
        return replace(self, **changes)


@dataclass
class MemberRow:
    """One line of the list, as shown."""

    id: int
    first_name: str
    last_name: str
    preferred_name: str
    household_id: int | None
    household_name: str
    street: str
    unit: str
    city: str
    phone: str
    mobile: str
    email: str
    status: str
    dues_paid_until: date | None
    is_volunteer: bool
    archived: bool
    key: tuple = ()
    languages: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """`Last, First (Preferred)`: the list is sorted by last name."""
        name = ", ".join(x for x in (self.last_name, self.first_name) if x)
        if self.preferred_name and self.preferred_name != self.first_name:
            name += f" ({self.preferred_name})"
        return name

    @property
    def address(self) -> str:
        return ", ".join(x for x in (self.street, self.unit) if x)

    @property
    def phones(self) -> str:
        return " / ".join(x for x in (self.phone, self.mobile) if x)

    def dues_overdue(self, today: date) -> bool:
        return vocabulary.dues_overdue(self.status, self.dues_paid_until, today)


def _conditions(f: MemberFilter) -> tuple[list[str], list]:
    """WHERE terms and their parameters, except the text search.

    The filters' columns are `dialect.unindexed`: the list walks the index of its sort
    order, and a page is found at once, where the index of a common status would make
    the database sort 40,000 rows for every page.
    """
    # NOT p.archived, not p.archived = 0, for the same reason.
    where = [{"current": _CURRENT, "archived": "p.archived"}.get(f.archived, "TRUE")]
    params: list = []
    status, dues = dialect.unindexed("p.membership_status"), \
        dialect.unindexed("p.dues_paid_until")
    if f.status:
        where.append(f"{status} = ?")
        params.append(f.status)
    if f.volunteer is not None:
        where.append("p.is_volunteer" if f.volunteer else "NOT p.is_volunteer")
    if f.dues_overdue:
        marks = ", ".join("?" * len(vocabulary.DUES_STATUSES))
        where.append(f"{status} IN ({marks}) AND ({dues} IS NULL OR {dues} < ?)")
        params += [*vocabulary.DUES_STATUSES, (f.today or clock.today()).isoformat()]
    if f.skill:
        where.append("p.id IN (SELECT pt.person_id FROM person_tag pt "
                     "JOIN tag t ON t.id = pt.tag_id WHERE t.name = ?)")
        params.append(plaintext.searchable(f.skill).strip().lower())
    if f.language:
        where.append("p.id IN (SELECT person_id FROM person_language WHERE language = ?)")
        params.append(plaintext.searchable(f.language))
    return where, params


class MemberQuery(paging.Positions):
    """One filter and one sort order over the people: count, pages, positions.

    A search shows at most SEARCH_CAP people: "m" matches a third of 100,000 people, and
    counting them all cost 12 ms of every first keystroke for a list nobody scrolls through
    (the count says there are more; typing a second letter narrows it).
    """

    SEARCH_CAP = 2000

    def __init__(self, filters: MemberFilter | None = None, sort: str = "name",
                 descending: bool = False) -> None:
        filters = filters or MemberFilter()
        if sort not in SORT_KEYS:
            raise ValueError(f"cannot sort by {sort!r}")
        self.filters, self.sort, self.descending = filters, sort, descending
        where, params = _conditions(filters)
        self._filters_only = (where, params)
        self._search = search.people_matching("p.id", filters.text)
        if self._search is not None:
            where, params = [*where, self._search[0]], [*params, self._search[1]]
        self._query = paging.ListQuery(
            columns=_COLUMNS, source=_SOURCE, where=" AND ".join(where), params=tuple(params),
            keys=SORT_KEYS[sort], id_column="p.id", descending=descending,
            count_source="person p", key_source=None if sort == "address" else "person p")
        self._count: int | None = None
        self.capped = False  # the search matched more than SEARCH_CAP people

    def assume_count(self, count: int, capped: bool = False) -> None:
        """Skip counting: the caller knows (the same filter, only sorted differently)."""
        self._count, self.capped = count, capped

    def count(self) -> int:
        """How many rows the list shows (for a search: at most SEARCH_CAP, see `capped`)."""
        if self._count is None:
            if self._search:
                found = self._count_matches(self.SEARCH_CAP + 1)
                self.capped = found > self.SEARCH_CAP
                self._count = min(found, self.SEARCH_CAP)
            elif self._query.where == _CURRENT:
                self._count = _current_people()
            else:
                self._count = paging.count(models.database, self._query)
        return self._count

    def _count_matches(self, limit: int) -> int:
        where, params = self._filters_only
        return search.count_people_matching(models.database, self._search[1], " AND ".join(where),
                                            tuple(params), limit)

    def rows(self, offset: int, limit: int, *, after: tuple | None = None,
             before: tuple | None = None) -> list[MemberRow]:
        """Rows `offset .. offset+limit` (pass the key of the row before or after, if known)."""
        query = self._page_query()
        raw = paging.page(models.database, query, offset, limit, self.count(), after=after,
                          before=before, capped=self.capped)
        return self._materialise(query, raw)

    def _page_query(self) -> paging.ListQuery:
        dense = (self.sort == "name" and self._search is not None
                 and (self.capped or self.count() ** 2 > 200 * _people_total()))
        if dense:
            return replace(self._query, source=_dense_source())
        if self._search is not None:  # few matches: found first, then sorted
            first, *rest = self._query.keys
            keys = (paging.Key(dialect.found_first(first.order), first.compare), *rest)
            return replace(self._query, keys=keys)
        return self._query

    def _materialise(self, query: paging.ListQuery, raw: list[tuple]) -> list[MemberRow]:
        found = [_row(values, paging.key_of(query, values)) for values in raw]
        spoken = languages_of([r.id for r in found])
        for row in found:
            row.languages = spoken.get(row.id, [])
        return found

    def row_of_id(self, person_id: int) -> MemberRow | None:
        """One person's row (whether or not they pass the filter), for refreshing a line."""
        one = replace(self._query, where="p.id = ?", params=(person_id,))
        found = self._materialise(one, paging.page(models.database, one, 0, 1, 1))
        return found[0] if found else None

    def position(self, person_id: int) -> int | None:
        """Where *person_id* is in this list, or None if the filter (or the search cap)
        leaves them out."""
        found = super().position(person_id)
        return found if found is not None and found < self.count() else None


_CURRENT = "NOT p.archived"


def _current_people() -> int:
    """How many people are not archived: the list's count when nothing else filters it.

    Everyone minus the archived few: SQLite counts a whole table from its b-tree pages, and
    the archived ones through their index (0.1 ms at 100,000 people, where testing every
    row cost 4 ms of opening the pane)."""
    return backend.execute(None, "SELECT (SELECT count(*) FROM person) - "
                          "(SELECT count(*) FROM person WHERE archived = TRUE)").fetchone()[0]


def _people_total() -> int:
    return dialect.rows_about("person")


def _row(values: tuple, key: tuple) -> MemberRow:
    (pid, first, last, preferred, hid, hname, street, unit, city, phone, mobile, email, status,
     dues, volunteer, archived) = values[:len(_COLUMNS)]
    return MemberRow(pid, first, last, preferred, hid, hname or "", street or "", unit or "",
                     city or "", phone, mobile, email, status,
                     read_date(dues), bool(volunteer),
                     bool(archived), key)


def languages_of(person_ids: list[int]) -> dict[int, list[str]]:
    """Languages per person for one page (one query, not one per row)."""
    if not person_ids:
        return {}
    marks = ", ".join("?" * len(person_ids))
    cursor = backend.execute(None,
        f"SELECT person_id, language FROM person_language WHERE person_id IN ({marks}) "
        "ORDER BY id", tuple(person_ids))
    spoken: dict[int, list[str]] = defaultdict(list)
    for pid, language in cursor.fetchall():
        spoken[pid].append(language)
    return spoken


@dataclass(frozen=True)
class KnownTags:
    """What people on file speak and can do, for completion and the list's filters."""

    languages: list[str]  # most common first
    skills: list[str]  # alphabetically
    interests: list[str]


def known_tag_lists() -> KnownTags:
    """Every language, skill and interest on file, in one statement."""
    cursor = backend.execute(None,
        "SELECT 'language', language, count(*) FROM person_language GROUP BY language "
        "UNION ALL SELECT kind, name, 0 FROM tag")
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for kind, name, count in cursor.fetchall():
        found[kind].append((-count, name))
    return KnownTags(*([name for _, name in sorted(found[kind])]
                       for kind in ("language", "skill", "interest")))

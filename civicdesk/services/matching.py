"""Suggesting volunteers for a support request, best first, with the reasons for each place.

A volunteer scores points for each thing that makes them a good fit; every point comes with
a reason a coordinator can read ("Can do driving", "Speaks Spanish", "On a shift that day").
The whole ranking is a handful of indexed queries plus arithmetic in Python, so thousands of
volunteers rank in milliseconds; reasons are only written out for the places shown.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import peewee as pw

from civicdesk import clock, localformat, localtime
from civicdesk.data import models
from civicdesk.data.fields import fold
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services import requests, rows, vocabulary
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import ANYONE, allowed
from civicdesk.services.people import display_name

# Points per reason. The skill matters most, then being understood, then distance and time;
# every open request a volunteer already carries costs a point (at most MAX_LOAD_PENALTY).
SKILL, LANGUAGE, SAME_AREA, NEARBY, FREE, CLASH = 4, 3, 2, 1, 1, -3
MAX_LOAD_PENALTY = 5

TEXT = {
    "skill": QT_TRANSLATE_NOOP("Matching", "Can do {skill}"),
    "no_skill": QT_TRANSLATE_NOOP("Matching", "No {skill} skill on file"),
    "language": QT_TRANSLATE_NOOP("Matching", "Speaks {language}"),
    "no_language": QT_TRANSLATE_NOOP("Matching", "Does not speak {language}"),
    "area": QT_TRANSLATE_NOOP("Matching", "Lives in {area}"),
    "nearby": QT_TRANSLATE_NOOP("Matching", "Lives nearby ({area})"),
    "far": QT_TRANSLATE_NOOP("Matching", "Lives elsewhere ({area})"),
    "free": QT_TRANSLATE_NOOP("Matching", "Free on {day}"),
    "clash": QT_TRANSLATE_NOOP("Matching", "On a shift that day: {shift}, {when}"),
    "no_load": QT_TRANSLATE_NOOP("Matching", "No open requests"),
    "one_load": QT_TRANSLATE_NOOP("Matching", "1 open request"),
    "load": QT_TRANSLATE_NOOP("Matching", "{count} open requests"),
    "chosen": QT_TRANSLATE_NOOP("Matching", "Suggestion {rank} of {total}: {reasons}."),
    "unknown_area": QT_TRANSLATE_NOOP("Matching", "address unknown"),
}


@dataclass(frozen=True)
class Reason:
    """One line of explanation and the points it gave (negative: counts against)."""

    kind: str  # skill, language, area, free, load
    points: int
    message: Message


@dataclass(frozen=True)
class Suggestion:
    person_id: int
    name: str
    score: int
    rank: int  # 1 = best fit
    load: int  # open requests they already carry
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Ranking:
    """The best suggestions for a request, out of `total` volunteers considered."""

    request_id: int
    suggestions: list[Suggestion]
    total: int

    def find(self, person_id: int) -> Suggestion | None:
        return next((s for s in self.suggestions if s.person_id == person_id), None)


@dataclass(frozen=True)
class _Need:
    """What the request asks for, as the scoring needs it."""

    requester: int
    skill_id: int | None
    skill: str
    languages: dict[str, str]  # folded -> as written
    area: str
    postal_code: str
    day: date | None


@dataclass
class _Candidate:
    id: int
    name: str
    area: str
    postal_code: str
    skilled: bool = False
    languages: tuple[str, ...] = ()
    clash: tuple[str, str] | None = None  # (shift, when)
    load: int = 0
    score: int = 0


# Areas and languages are a few dozen distinct spellings among thousands of volunteers.
_fold = functools.lru_cache(maxsize=1024)(fold)


def _m(key: str, **params) -> Message:
    return Message("Matching", TEXT[key], params)


def _need(request_id: int) -> _Need:
    R, C, T, P, H = (models.SupportRequest, models.RequestCategory, models.Tag, models.Person,
                     models.Household)
    row = (R.select(R.requester, R.area, R.due_on, C.skill, T.name, H.area, H.postal_code)
           .join(C, on=(R.category == C.id)).join(T, pw.JOIN.LEFT_OUTER, on=(C.skill == T.id))
           .switch(R).join(P, on=(R.requester == P.id))
           .join(H, pw.JOIN.LEFT_OUTER, on=(P.household == H.id))
           .where(R.id == request_id).tuples().first())
    if row is None:
        rows.get_row(R, request_id)  # raises NotFound
    requester, area, due_on, skill_id, skill, home_area, postal = row
    L = models.PersonLanguage
    spoken = [lang for (lang,) in L.select(L.language).where(L.person == requester)
              .order_by(L.id).tuples()]
    return _Need(requester, skill_id, skill or "", {_fold(x): x for x in spoken},
                 (area or home_area or "").strip(), (postal or "").replace(" ", ""), due_on)


def _candidates(need: _Need) -> dict[int, _Candidate]:
    P, H = models.Person, models.Household
    # Archived people are dropped here rather than in SQL: with `archived = 0` in the WHERE,
    # SQLite walks the archived index (nearly every row) instead of the volunteer one.
    query = (P.select(P.id, P.first_name, P.last_name, P.preferred_name, P.archived, H.area,
                      H.postal_code)
             .join(H, pw.JOIN.LEFT_OUTER, on=(P.household == H.id))
             .where(P.is_volunteer == True))  # noqa: E712
    return {pid: _Candidate(pid, display_name(first, last, preferred), area or "",
                            (postal or "").replace(" ", ""))
            for pid, first, last, preferred, archived, area, postal
            in models.database.execute(query) if not archived and pid != need.requester}


def _add_skills(need: _Need, found: dict[int, _Candidate]) -> None:
    if need.skill_id is None:
        return
    PT = models.PersonTag
    for (pid,) in models.database.execute(PT.select(PT.person).where(PT.tag == need.skill_id)):
        if pid in found:
            found[pid].skilled = True


def _add_languages(need: _Need, found: dict[int, _Candidate]) -> None:
    if not need.languages:
        return
    L, P = models.PersonLanguage, models.Person
    query = (L.select(L.person, L.language).join(P, on=(L.person == P.id))
             .where(P.is_volunteer == True))  # noqa: E712
    for pid, lang in models.database.execute(query):
        key = _fold(lang)
        if key in need.languages and pid in found:
            found[pid].languages += (need.languages[key],)


def _add_clashes(need: _Need, found: dict[int, _Candidate]) -> None:
    if need.day is None:
        return
    A, S, E = models.Assignment, models.Shift, models.Event
    tz = clock.zone()
    start, end = localtime.day_bounds_utc(need.day, tz)
    query = (A.select(A.person, S.title, E.name, S.starts_at, S.ends_at).join(S).join(E)
             .where(A.status.in_(vocabulary.SIGNUP_ACTIVE) & (S.cancelled == False)  # noqa: E712
                    & (S.starts_at < end) & (S.ends_at > start))
             .order_by(S.starts_at).tuples())
    for pid, title, event, starts, ends in query:
        if pid in found and found[pid].clash is None:
            found[pid].clash = (title or event, localtime.format_range(starts, ends, tz))


def _add_load(found: dict[int, _Candidate]) -> None:
    R, P = models.SupportRequest, models.Person
    # From the volunteers into the (assignee, status) index: no walk over every open request.
    query = (P.select(R.assignee, pw.fn.COUNT(R.id)).join(R, on=(R.assignee == P.id))
             .where((P.is_volunteer == True) & R.status.in_(vocabulary.REQUEST_ACTIVE))  # noqa: E712
             .group_by(R.assignee))
    for pid, count in models.database.execute(query):
        if pid in found:
            found[pid].load = count


def _nearby(need: _Need, c: _Candidate) -> bool:
    """Same postal district: postal codes equal but for the last character."""
    a, b = need.postal_code, c.postal_code
    return len(a) > 1 and len(a) == len(b) and a[:-1].casefold() == b[:-1].casefold()


def _place(need: _Need, c: _Candidate) -> int:
    if need.area and _fold(c.area) == _fold(need.area):
        return SAME_AREA
    return NEARBY if _nearby(need, c) else 0


def _score(need: _Need, c: _Candidate) -> int:
    score = SKILL if c.skilled else 0
    score += LANGUAGE if c.languages else 0
    score += _place(need, c)
    if need.day is not None:
        score += CLASH if c.clash else FREE
    return score - min(c.load, MAX_LOAD_PENALTY)


def _reasons(need: _Need, c: _Candidate) -> tuple[Reason, ...]:
    reasons = []
    if need.skill_id is not None:
        reasons.append(Reason("skill", SKILL if c.skilled else 0,
                              _m("skill" if c.skilled else "no_skill", skill=need.skill)))
    if need.languages:
        reasons.append(Reason("language", LANGUAGE, _m("language", language=", ".join(
            c.languages))) if c.languages else Reason("language", 0, _m(
                "no_language", language=", ".join(need.languages.values()))))
    if need.area or need.postal_code:
        points = _place(need, c)
        key = {SAME_AREA: "area", NEARBY: "nearby"}.get(points, "far")
        reasons.append(Reason("area", points, _m(key, area=c.area or _m("unknown_area"))))
    if need.day is not None:
        reasons.append(Reason("free", CLASH, _m("clash", shift=c.clash[0], when=c.clash[1]))
                       if c.clash else Reason("free", FREE, _m("free", day=localformat.format_date(need.day))))
    load_key = "no_load" if c.load == 0 else "one_load" if c.load == 1 else "load"
    reasons.append(Reason("load", -min(c.load, MAX_LOAD_PENALTY), _m(load_key, count=c.load)))
    return tuple(reasons)


def rank(request_id: int, *, limit: int = 50, include: Iterable[int] = ()) -> Ranking:
    """Every active volunteer (not the requester) scored for the request; the best *limit*
    (0: all) are returned with their reasons, plus anyone in *include* wherever they rank."""
    need = _need(request_id)
    found = _candidates(need)
    _add_skills(need, found)
    _add_languages(need, found)
    _add_clashes(need, found)
    _add_load(found)
    for c in found.values():
        c.score = _score(need, c)
    ordered = sorted(found.values(), key=lambda c: (-c.score, c.load, c.id))
    wanted = set(include)
    suggestions = [Suggestion(c.id, c.name, c.score, place, c.load, _reasons(need, c))
                   for place, c in enumerate(ordered, 1)
                   if not limit or place <= limit or c.id in wanted]
    return Ranking(request_id, suggestions, len(ordered))


def explanation(suggestion: Suggestion, total: int,
                render: Callable[[Message], str] = str) -> str:
    """"Suggestion 2 of 40: Can do driving; Speaks Spanish; ..." in the language *render*
    gives (the GUI passes its translator; the default is English)."""
    reasons = "; ".join(render(r.message) for r in suggestion.reasons)
    return render(_m("chosen", rank=suggestion.rank, total=total, reasons=reasons))


@allowed(ANYONE)
def assign_suggested(actor: Actor, request_id: int, expected_version: int, person_id: int,
                     render: Callable[[Message], str] = str) -> Changes:
    """Give the request to *person_id* and record where they ranked and why in the history
    line. Someone who is not an active volunteer is refused by `requests.assign`."""
    ranking = rank(request_id, limit=1, include=[person_id])
    chosen = ranking.find(person_id)
    note = explanation(chosen, ranking.total, render) if chosen else ""
    return requests.assign(actor, request_id, expected_version, person_id, reason=note)

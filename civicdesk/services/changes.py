"""What a service call changed, so each pane can decide what to refresh.

A `Changes` made on another PC arrives here as a notice (`services.live`): the same
`Changes`, read from its compact JSON form (`to_json` / `from_json`), with `elsewhere`
saying who saved it and when, so an open editor can tell the user.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

FORMAT = 1  # the JSON form's version ("v"); a notice of another version is "everything"


@dataclass(frozen=True)
class Origin:
    """Who saved a change made elsewhere (their display name, "" when unknown), when (UTC,
    None when unknown), and which running CivicDesk announced it ("" for a command or a
    script: the database itself announced it)."""

    who: str = ""
    at: datetime | None = None
    sender: str = ""


@dataclass(frozen=True)
class Changes:
    """The main row a call created or changed, its new version, and any other rows touched.

    `elsewhere` is None for a change made here, and says who and when for one made on
    another PC; it does not take part in comparisons (the same change, wherever made)."""

    table: str
    id: int | None = None
    version: int | None = None
    also: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    everything: bool = False  # too much to name (demo data, an import): reload it all
    elsewhere: Origin | None = field(default=None, compare=False)

    @classmethod
    def of_everything(cls) -> Changes:
        return cls("*", everything=True)

    def touches(self, table: str) -> bool:
        return self.everything or self.table == table or any(t == table for t, _ in self.also)

    def ids(self, table: str) -> set[int]:
        found = {row_id for t, row_id in self.also if t == table}
        if self.table == table and self.id is not None:
            found.add(self.id)
        return found

    def __or__(self, other: Changes) -> Changes:
        extra = {(other.table, other.id)} if other.id is not None else set()
        return Changes(self.table, self.id, self.version, self.also | other.also | extra)

    # The JSON form (a NOTIFY payload) -----------------------------------------------------
    def to_json(self, origin: Origin | None = None, *, limit: int | None = None) -> str:
        """This change as compact JSON, with *origin* (who, when, which sender). Over
        *limit* bytes (UTF-8) it becomes "everything changed", which always fits."""
        body: dict = {"v": FORMAT}
        if self.everything:
            body["e"] = 1
        else:
            body["t"] = self.table
            if self.id is not None:
                body["i"] = self.id
            if self.version is not None:
                body["n"] = self.version
            if self.also:
                body["a"] = sorted([t, i] for t, i in self.also)
        if origin is not None:
            if origin.sender:
                body["s"] = origin.sender
            if origin.who:
                body["w"] = origin.who
            if origin.at is not None:
                body["at"] = origin.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        if limit is None or len(text.encode("utf-8")) <= limit:
            return text
        if not self.everything:
            return Changes.of_everything().to_json(origin, limit=limit)
        return Changes.of_everything().to_json(  # a name thousands of letters long
            replace(origin, who="") if origin else None)

    @classmethod
    def from_json(cls, text: str) -> Changes:
        """The change *text* describes, with `elsewhere` set. Text that is not a change
        of this format (another version of CivicDesk, a stray notice) is "everything
        changed": reading it all again is always right."""
        try:
            body = json.loads(text)
            if not isinstance(body, dict):
                raise ValueError("not an object")
            origin = Origin(who=str(body.get("w", "")), at=_moment(body.get("at")),
                            sender=str(body.get("s", "")))
        except (ValueError, TypeError):
            return replace(cls.of_everything(), elsewhere=Origin())
        try:
            if body.get("v") != FORMAT or body.get("e"):
                raise ValueError("everything")
            if "r" in body:  # the database's trigger: [[table, id, version], ...]
                rows = [(str(t), _number(i), _number(n)) for t, i, n in body["r"]]
                (table, row_id, version), rest = rows[0], rows[1:]
                also = frozenset((t, i) for t, i, _ in rest if i is not None
                                 and (t, i) != (table, row_id))
            else:
                table, row_id, version = str(body["t"]), _number(body.get("i")), \
                    _number(body.get("n"))
                also = frozenset((str(t), int(i)) for t, i in body.get("a", []))
        except (ValueError, TypeError, KeyError, IndexError):
            return replace(cls.of_everything(), elsewhere=origin)
        return cls(table, row_id, version, also, elsewhere=origin)


def _number(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a number: {value!r}")
    return value


def _moment(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

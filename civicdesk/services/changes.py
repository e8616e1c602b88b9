"""What a service call changed, so each pane can decide what to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """The main row a call created or changed, its new version, and any other rows touched."""

    table: str
    id: int | None = None
    version: int | None = None
    also: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    everything: bool = False  # too much to name (demo data, an import): reload it all

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

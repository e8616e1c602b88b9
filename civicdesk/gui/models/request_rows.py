"""What the queue and the board columns share: request ids in display order, rows fetched
in windows around what is on screen, and turning a new id list into precise row signals."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel

from civicdesk.services import request_lists
from civicdesk.services.request_lists import QueueRow

from civicdesk.gui.models import synced_rows

WINDOW = 100  # rows fetched at once around the first one asked for


class RowCache:
    """Ids plus a lazily filled cache of rows (one query per WINDOW rows, never per cell)."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self._rows: dict[int, QueueRow] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, position: int) -> QueueRow | None:
        rid = self.ids[position]
        if rid not in self._rows:
            start = max(0, position - WINDOW // 4)
            wanted = [i for i in self.ids[start:start + WINDOW] if i not in self._rows]
            self._rows.update(request_lists.rows_by_id(wanted))
        return self._rows.get(rid)

    def forget(self, ids) -> None:
        for rid in ids:
            self._rows.pop(rid, None)

    def clear(self) -> None:
        self._rows.clear()

    def position(self, rid: int) -> int | None:
        try:
            return self.ids.index(rid)
        except ValueError:
            return None


def sync(model: QAbstractItemModel, cache: RowCache, new_ids: list[int]) -> None:
    """Change `cache.ids` into *new_ids* with remove/insert signals (a reset when almost
    everything changed), so views keep their selection and scroll position."""
    synced_rows.sync_rows(model, cache.ids, list(new_ids), key=lambda rid: rid)


def announce(model: QAbstractItemModel, cache: RowCache, changed_ids: set[int] | None,
             last_column: int = 0) -> None:
    """dataChanged for the rows of *changed_ids* (None: all rows)."""
    if not cache.ids:
        return
    if changed_ids is None:
        model.dataChanged.emit(model.index(0, 0), model.index(len(cache) - 1, last_column))
        return
    for rid in changed_ids:
        position = cache.position(rid)
        if position is not None:
            model.dataChanged.emit(model.index(position, 0), model.index(position, last_column))

"""Table model over shift rows (schedule.ShiftRow): the shift list and the shift chooser."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from civicdesk.services.schedule import ShiftRow

from civicdesk.gui import shift_format, themes
from civicdesk.gui.models import roles, row_list

ShiftIdRole = roles.IdRole
ShiftRowRole = roles.RowRole
SortRole = Qt.ItemDataRole.UserRole + 3

WHEN, EVENT, ROLE, LOCATION, PLACES, STATE = range(6)


def _order(row: ShiftRow) -> tuple:
    return row.starts_at, row.event_name.casefold(), row.id


class ShiftTableModel(row_list.RowTableModel):
    """Shifts in time order; `apply_rows` inserts, updates and removes single rows."""

    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        self.tz = tz
        self._pos: dict[int, int] = {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Event"), self.tr("Role"), self.tr("Where"),
                self.tr("Taken"), self.tr("Open")]

    # Loading and changing ---------------------------------------------------------------
    def load(self, rows: list[ShiftRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=_order)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._pos = {row.id: i for i, row in enumerate(self._rows)}

    def apply_rows(self, found: dict[int, ShiftRow | None],
                   belongs: Callable[[ShiftRow], bool]) -> None:
        """Bring the given shifts up to date: None (deleted) or not `belongs` removes the
        row, a known row is updated in place, a new one is inserted in time order."""
        for shift_id, row in found.items():
            at = self._pos.get(shift_id)
            if row is None or not belongs(row):
                if at is not None:
                    self.beginRemoveRows(QModelIndex(), at, at)
                    del self._rows[at]
                    self._reindex()
                    self.endRemoveRows()
            elif at is not None and _order(self._rows[at]) == _order(row):
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, STATE))
            else:
                if at is not None:  # its time changed: remove, then insert where it belongs
                    self.apply_rows({shift_id: None}, belongs)
                self._insert(row)

    def _insert(self, row: ShiftRow) -> None:
        at = bisect.bisect_left([_order(r) for r in self._rows], _order(row))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._reindex()
        self.endInsertRows()

    # Ids ---------------------------------------------------------------------------------
    def shift_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def row_of(self, shift_id: int) -> int | None:  # faster than the base class's search
        return self._pos.get(shift_id)

    def shift_at(self, row: int) -> ShiftRow:
        return self._rows[row]

    # Cells -------------------------------------------------------------------------------
    def cell(self, row: ShiftRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        return self._decoration(row, column, role)

    def _display(self, row: ShiftRow, column: int) -> str:
        if column == WHEN:
            return shift_format.when_text(row.starts_at, row.ends_at, self.tz)
        if column == EVENT:
            return row.event_name
        if column == ROLE:
            return row.title
        if column == LOCATION:
            return row.location
        if column == PLACES:
            return shift_format.places_text(row.filled, row.capacity)
        if row.cancelled:
            return self.tr("Cancelled")
        return shift_format.open_text(row.open_places) if row.unfilled else self.tr("Full")

    def _sort_value(self, row: ShiftRow, column: int):
        if column == WHEN:
            return row.starts_at.isoformat()
        if column == PLACES:
            return row.filled
        if column == STATE:
            return -1 if row.cancelled else row.open_places
        return self._display(row, column).casefold()

    def _decoration(self, row: ShiftRow, column: int, role: int):
        # Unfilled: the "Open" column says how many places ("2 open") on the amber the
        # week calendar uses too; cancelled: the word, struck through and muted.
        if role == Qt.ItemDataRole.BackgroundRole and row.unfilled and column == STATE:
            return QBrush(themes.colour(themes.surface("unfilled_cell").fill))
        if role == Qt.ItemDataRole.ForegroundRole and row.unfilled and column == STATE:
            return QBrush(themes.colour(themes.surface("unfilled_cell").accent))
        if role == Qt.ItemDataRole.FontRole and row.unfilled and column == STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.cancelled:
            return QBrush(themes.tone("muted"))
        if role == Qt.ItemDataRole.FontRole and row.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == EVENT:
            return QColor(row.colour)
        return None

"""Sorting the shift list by any column, and hiding full or cancelled shifts on request."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from civicdesk.gui.models import shift_table


class ShiftFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._unfilled_only = False
        self.setSortRole(shift_table.SortRole)

    def set_unfilled_only(self, value: bool) -> None:
        if value != self._unfilled_only:
            self.beginFilterChange()
            self._unfilled_only = value
            self.endFilterChange()

    def unfilled_only(self) -> bool:
        return self._unfilled_only

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt override
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._unfilled_only:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(
            shift_table.ShiftRowRole)
        return row is not None and row.unfilled

"""How our read-only lists look and behave: whole rows are picked, nothing is edited in
place, no row numbers, columns as wide as their content with one taking the spare room;
Tab leaves the list (the arrow keys move in it) and a screen reader hears its name."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

LAST = -1


def read_only_rows(view: QTableView, *, single: bool = False,
                   stretch: int | None = LAST, name: str = "") -> None:
    """Set up *view* as such a list; *stretch* is the column that takes the spare width
    (LAST for the last one, None to leave the columns to the caller); *name* (translated)
    is what a screen reader calls it."""
    # Qt's tables move between cells on Tab: with a thousand rows a keyboard user could
    # not get past one (#16). Arrows and Page Up/Down still move in it.
    view.setTabKeyNavigation(False)
    if name:
        view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    if stretch is None:
        return
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch == LAST:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

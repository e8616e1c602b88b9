"""How our read-only lists look and behave: whole rows are picked, nothing is edited in
place, no row numbers, columns as wide as their content with one taking the spare room;
Tab leaves the list (the arrow keys move in it) and a screen reader hears its name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
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
        _StretchColumn(view, stretch)


class _StretchColumn(QObject):
    """Column *column* takes the spare width but is never narrower than its content (Qt's
    Stretch mode squeezes it): a view narrower than its columns (large text, a small
    window) scrolls sideways instead of cutting one short."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view, self.column = view, column
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda index, *_: index != column and self._timer.start())
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.dataChanged,
                           model.layoutChanged):
                signal.connect(self._timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, column = self.view, self.column
        header = view.horizontalHeader()
        content = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != column and not header.isSectionHidden(i))
        wanted = max(content, view.viewport().width() - others)
        if header.sectionSize(column) != wanted:
            header.resizeSection(column, wanted)

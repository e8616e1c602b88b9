"""A combo box that fills its list only when the volunteer first reaches for it.

The people list's language and skill filters each need a query over every person's
languages or skills (7 ms at 100,000 people); run when the list opens, that would be a
quarter of the time to the first screen, for a filter most visits never touch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget


class LazyComboBox(QComboBox):
    """`set_loader(fn)`: *fn(combo)* fills the items; it runs on the first popup or focus,
    and again after `mark_stale()`. The first item (e.g. "Any language") is there from the
    start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader: Callable[[QComboBox], None] | None = None
        self._loaded = False

    def set_loader(self, loader: Callable[[QComboBox], None]) -> None:
        self._loader, self._loaded = loader, False

    def mark_stale(self) -> None:
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded and self._loader is not None:
            self._loaded = True
            self._loader(self)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ensure_loaded()  # arrow keys on a closed combo need the items too
        super().focusInEvent(event)

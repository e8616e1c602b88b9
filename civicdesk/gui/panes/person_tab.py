"""What a tab of the person page is: one area's view of the person (their shifts, their
requests ...). The person page lists its tabs (`PersonPage.TABS`) and drives them: it
calls `show_person` when another person is shown and passes every published change on to
`apply_changes`, so each tab loads once per change, and only when it shows what changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext


class PersonTab(QWidget):
    """One tab of the person page. Subclasses set `watched` (the tables whose changes the
    tab shows) and implement `title()` and `load()`."""

    watched: tuple[str, ...] = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def show_person(self, person_id: int | None) -> None:
        """Show what this tab has about *person_id* (None: a new, unsaved person)."""
        self.person_id = person_id
        self.load()

    def load(self) -> None:
        """Read and show what the tab has about `person_id`."""
        raise NotImplementedError

    def apply_changes(self, changes: Changes) -> None:
        """Something was saved: load again if it touched what this tab shows."""
        if self.person_id is not None and any(changes.touches(t) for t in self.watched):
            self.load()

"""Tabs that other areas add to a person's detail view (their shifts, their requests ...).

The members pane shows one tab per class in `TAB_CLASSES`, in order, and calls
`show_person(person_id)` whenever the shown person changes. Register a tab by adding its
class to the list in `tab_classes()` (imported lazily to keep the modules independent).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from civicdesk.gui.context import AppContext


class PersonDetailTab(QWidget):
    """One tab in the person detail view."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def show_person(self, person_id: int | None) -> None:
        """Load what this tab shows about *person_id* (None: a new, unsaved person)."""
        self.person_id = person_id


def tab_classes() -> list[type[PersonDetailTab]]:
    """The registered tabs, in the order they appear."""
    from civicdesk.gui.widgets import person_requests_tab, person_shifts_tab

    return [person_shifts_tab.PersonShiftsTab, person_requests_tab.PersonRequestsTab]

"""Type-ahead to choose a household, found through its members (name, phone, email) or street."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from civicdesk.services import household_list

from civicdesk.gui.models import roles

HouseholdIdRole = roles.IdRole


class HouseholdPicker(QLineEdit):
    """Like PersonPicker, for households: `household_chosen(id)` on a pick,
    `household_chosen(None)` when the text is edited away from the chosen household."""

    household_chosen = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None, limit: int = 12) -> None:
        super().__init__(parent)
        self._limit = limit
        self._household_id: int | None = None
        self._row: household_list.HouseholdRow | None = None
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.setCompleter(self._completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a member's name or the street\u2026"))
        self.textEdited.connect(self._on_text_edited)

    def household_id(self) -> int | None:
        return self._household_id

    def set_household_id(self, household_id: int | None) -> None:
        """Show an already chosen household (or none), read from the database."""
        self.set_household(household_list.household_row(household_id) if household_id
                           else None)

    def set_household(self, row: household_list.HouseholdRow | None) -> None:
        """Show an already chosen household (or none) that the caller has read."""
        self._household_id = row.id if row else None
        self._row = row
        self.setText(row.label if row else "")

    def household(self) -> household_list.HouseholdRow | None:
        """The chosen household as last read (None if none is chosen)."""
        return self._row if self._household_id is not None else None

    def suggestions(self) -> list[str]:
        return [self._model.item(i).text() for i in range(self._model.rowCount())]

    def _on_text_edited(self, text: str) -> None:
        if self._household_id is not None:
            self._household_id = None
            self.household_chosen.emit(None)
        self._model.clear()
        for row in household_list.suggestions(text, self._limit):
            members = row.member_names
            label = f"{row.label} ({members})" if members else row.label
            item = QStandardItem(label)
            item.setData(row.id, HouseholdIdRole)
            self._model.appendRow(item)
        if self._model.rowCount():
            self._completer.complete()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self.set_household_id(index.data(HouseholdIdRole))
        self.household_chosen.emit(self._household_id)

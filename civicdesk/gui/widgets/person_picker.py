"""Type-ahead to choose a person: a line edit whose suggestions come from the search index."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from civicdesk.services import lookups

from civicdesk.gui.context import AppContext
from civicdesk.gui.models import roles

PersonIdRole = roles.IdRole
# What a pick puts in the line edit: the name alone (Display and Edit are one role in a
# QStandardItem, so the "name — street" label would otherwise land in the field).
PersonNameRole = Qt.ItemDataRole.UserRole + 2


class PersonPicker(QLineEdit):
    """Type part of a name, phone, email or street; pick from the list with the arrow keys
    and Enter (or the mouse). `person_chosen(id)` fires on a pick, `person_chosen(None)` when
    the text is edited away from the chosen person.

    Enter with suggestions and nobody chosen yet picks the highlighted one (the first if
    none is): it is taken by the picker, not by the form's default button or Enter
    shortcut (a report's Preview)."""

    person_chosen = Signal(object)  # int | None

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 volunteers_only: bool = False, include_archived: bool = False,
                 limit: int = 15) -> None:
        super().__init__(parent)
        self.context = context
        self.volunteers_only = volunteers_only
        self.include_archived = include_archived
        self.skill: str | None = None
        self._limit = limit
        self._person_id: int | None = None
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionRole(PersonNameRole)
        self._completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.setCompleter(self._completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name, phone, email or street\u2026"))
        self.textEdited.connect(self._on_text_edited)

    def person_id(self) -> int | None:
        return self._person_id

    def set_person_id(self, person_id: int | None) -> None:
        """Show an already chosen person (or clear), read from the database."""
        self.set_person(lookups.person_label(person_id) if person_id else None)
        self._person_id = person_id

    def set_person(self, person: lookups.PersonSuggestion | None) -> None:
        """Show an already chosen person (or clear) that the caller has read."""
        self._person_id = person.id if person else None
        self.setText(person.name if person else "")

    def suggestions(self) -> list[str]:
        """The texts currently offered (for tests and accessibility)."""
        return [self._model.item(i).text() for i in range(self._model.rowCount())]

    def _enter_picks(self, event: QKeyEvent) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and self._person_id is None and self._model.rowCount() > 0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._enter_picks(event):
            event.accept()  # the key comes to keyPressEvent, not to a window shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._enter_picks(event):
            popup = self._completer.popup()
            index = popup.currentIndex() if popup.isVisible() else QModelIndex()
            if not index.isValid():
                index = self._model.index(0, 0)
            popup.hide()
            self._on_completer_activated(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_text_edited(self, text: str) -> None:
        if self._person_id is not None:
            self._person_id = None
            self.person_chosen.emit(None)
        self._model.clear()
        found = lookups.person_suggestions(
            text, limit=self._limit, volunteers_only=self.volunteers_only,
            include_archived=self.include_archived, skill=self.skill)
        for person in found:
            label = f"{person.name} \u2014 {person.detail}" if person.detail else person.name
            item = QStandardItem(label)
            item.setData(person.id, PersonIdRole)
            item.setData(person.name, PersonNameRole)
            self._model.appendRow(item)
        if found:
            self._completer.complete()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self._person_id = index.data(PersonIdRole)
        self.setText(index.data(PersonNameRole))
        self.person_chosen.emit(self._person_id)

"""The Members pane: find people and households, open, add and edit them.

Four pages in a stack: the people list, one person, the households list, one household.
Every move between them is remembered, so Back (Esc, Alt+Left) always returns to where
the volunteer came from; leaving a person with unsaved edits asks first.

Keys: Ctrl+F find, Ctrl+N new person, Enter open, Ctrl+S save, Esc back or clear search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk.services import member_list
from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.panes.base import Pane
from civicdesk.gui.panes.people_list import PeopleListPage

if TYPE_CHECKING:
    from civicdesk.gui.panes.household_page import HouseholdPage
    from civicdesk.gui.panes.households_list import HouseholdsListPage
    from civicdesk.gui.panes.person_page import PersonPage

PEOPLE, PERSON, HOUSEHOLDS, HOUSEHOLD = "people", "person", "households", "household"
SELF_TEST_SEARCH = "a"  # what the self-test types: a prefix most people's details have


class MembersPane(Pane):
    """People and households. Talks to its pages in ids."""

    icon_name = "members"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._build_top_bar()  # first: Tab reaches People / Households before the list
        self.stack = QStackedWidget(self)
        self.people_list = PeopleListPage(context, self)
        self.stack.addWidget(self.people_list)
        # The other pages are built when first needed: the list must appear at once.
        self._person_page: PersonPage | None = None
        self._household_page: HouseholdPage | None = None
        self._households_list: HouseholdsListPage | None = None
        self.history: list[tuple[str, int | None]] = [(PEOPLE, None)]
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.stack)
        self._connect()
        # Tab starts at People / Households (read first), but the window opens ready to
        # type a name, as before.
        self.people_list.ui.search_edit.setFocus()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("MembersPane", "Members")

    def _build_top_bar(self) -> None:
        self.top_bar = QHBoxLayout()
        self.people_button = QPushButton(self.tr("People"), self)
        self.people_button.setToolTip(self.tr("Everyone on file (Ctrl+Shift+P)"))
        self.households_button = QPushButton(self.tr("Households"), self)
        self.households_button.setToolTip(self.tr("Addresses and who lives there "
                                                  "(Ctrl+Shift+H)"))
        group = QButtonGroup(self)
        for button in (self.people_button, self.households_button):
            button.setCheckable(True)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
            button.setMinimumWidth(140)
            button.setStyleSheet("QPushButton:checked { font-weight: bold; }")
            group.addButton(button)
            self.top_bar.addWidget(button)
        self.people_button.setChecked(True)
        self.top_bar.addStretch(1)

    def _connect(self) -> None:
        self.people_list.open_requested.connect(self.open_person)
        self.people_list.new_requested.connect(self.new_person)
        self.people_button.clicked.connect(self.show_people)
        self.households_button.clicked.connect(self.show_households)
        # Window-wide (also from the section list), but only while this pane is shown:
        # Qt ignores the shortcuts of hidden widgets, so other panes may use the same keys.
        # Ctrl+F is the window's Edit > Find, which calls `find`. The descriptions are
        # listed by Help > Keyboard shortcuts.
        for keys, slot, what in (
                (QKeySequence.StandardKey.New, self._on_new_shortcut, self.tr("New person")),
                (QKeySequence("Ctrl+Shift+P"), self.show_people, self.tr("People")),
                (QKeySequence("Ctrl+Shift+H"), self.show_households, self.tr("Households"))):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)

    # The pages are imported when first built: the app starts on this pane, and their
    # modules (forms, dialogs, services) cost 60 ms of startup for pages not yet shown.
    @property
    def person_page(self) -> PersonPage:
        if self._person_page is None:
            from civicdesk.gui.panes.person_page import PersonPage

            page = self._person_page = PersonPage(self.context, self)
            page.back_requested.connect(self.back)
            page.open_household_requested.connect(self.open_household)
            page.open_person_requested.connect(lambda pid: self.open_person(pid, discard=True))
            page.saved.connect(self._on_person_saved)
            self.stack.addWidget(page)
        return self._person_page

    @property
    def household_page(self) -> HouseholdPage:
        if self._household_page is None:
            from civicdesk.gui.panes.household_page import HouseholdPage

            page = self._household_page = HouseholdPage(self.context, self)
            page.back_requested.connect(self.back)
            page.open_person_requested.connect(self.open_person)
            page.new_person_requested.connect(self.new_person)
            self.stack.addWidget(page)
        return self._household_page

    @property
    def households_list(self) -> HouseholdsListPage:
        if self._households_list is None:
            from civicdesk.gui.panes.households_list import HouseholdsListPage

            self._households_list = HouseholdsListPage(self.context, self)
            self._households_list.open_requested.connect(self.open_household)
            self.stack.addWidget(self._households_list)
        return self._households_list

    # Where we are -------------------------------------------------------------------------
    def place(self) -> tuple[str, int | None]:
        return self.history[-1]

    def _leave_ok(self, discard: bool = False) -> bool:
        """May we leave the current page? Unsaved edits: save, throw away, or stay."""
        if self.place()[0] != PERSON or discard or not self.person_page.is_dirty():
            return True
        answer = prompts.unsaved_changes(self, self.person_page.display_name())
        if answer == prompts.SAVE:
            return self.person_page.save()
        return answer == prompts.DISCARD

    def _go(self, place: tuple[str, int | None], *, discard: bool = False,
            remember: bool = True) -> bool:
        if not self._leave_ok(discard):
            return False
        kind, ident = place
        if kind == PERSON and ident is not None:
            self.person_page.show_person(ident)
        elif kind == HOUSEHOLD:
            self.household_page.show_household(ident)
        page = {PEOPLE: lambda: self.people_list, PERSON: lambda: self.person_page,
                HOUSEHOLDS: lambda: self.households_list,
                HOUSEHOLD: lambda: self.household_page}[kind]()
        self.stack.setCurrentWidget(page)
        if page is self.people_list:
            self.people_list.catch_up()
        in_households = kind in (HOUSEHOLDS, HOUSEHOLD)
        (self.households_button if in_households else self.people_button).setChecked(True)
        if remember and place != self.place():
            self.history.append(place)
            del self.history[:-50]
        return True

    # Navigation ---------------------------------------------------------------------------
    def show_people(self) -> None:
        if self._go((PEOPLE, None)):
            self.people_list.scroll_to_current()
            self.people_list.ui.table_view.setFocus()

    def show_households(self) -> None:
        if self._go((HOUSEHOLDS, None)):
            self.households_list.reload_if_stale()
            self.households_list.ui.table_view.setFocus()

    def find(self) -> None:
        """Ctrl+F: the search box of the list we are in (or came from)."""
        if self.place()[0] in (HOUSEHOLDS, HOUSEHOLD):
            self.show_households()
            if self.place()[0] == HOUSEHOLDS:
                self.households_list.focus_search()
        else:
            self.show_people()
            if self.place()[0] == PEOPLE:
                self.people_list.focus_search()

    def open_person(self, person_id: int, discard: bool = False) -> None:
        if self._go((PERSON, person_id), discard=discard):
            self.people_list.select_person(person_id)
            self.person_page.focus_first_field()

    def open_household(self, household_id: int) -> None:
        if self._go((HOUSEHOLD, household_id)):
            self.household_page.focus_members()

    def new_person(self, household: int | None = None) -> None:
        """Ctrl+N: an empty form (already in *household*, when given)."""
        if not self._leave_ok():
            return
        self.person_page.new_person(household or None)
        self._go((PERSON, None), discard=True)
        self.person_page.focus_first_field()

    def _on_new_shortcut(self) -> None:
        kind, ident = self.place()
        self.new_person(ident if kind == HOUSEHOLD else None)

    def back(self) -> None:
        """To the page before this one (the list, if there is none)."""
        if not self._leave_ok():
            return
        while len(self.history) > 1:
            self.history.pop()
            place = self.place()
            if place[0] != PERSON or place[1] is not None:
                break
        self._go(self.place(), discard=True, remember=False)
        if self.place()[0] == PEOPLE:
            self.people_list.scroll_to_current()
            self.people_list.ui.table_view.setFocus()

    def _on_person_saved(self, person_id: int) -> None:
        if self.place() == (PERSON, None):
            self.history[-1] = (PERSON, person_id)  # the new person now has an id
        self.people_list.select_person(person_id)

    # Pane API -----------------------------------------------------------------------------
    def activated(self) -> None:
        if self.place()[0] == PEOPLE:
            self.people_list.focus_search()

    def has_unsaved_edits(self) -> bool:
        return self.place()[0] == PERSON and self.person_page.is_dirty()

    def may_close(self) -> bool:
        """Closing the window with unsaved edits asks first, like leaving the person."""
        return self._leave_ok()

    def apply_changes(self, changes: Changes) -> None:
        if changes.everything:
            self.people_list.reload()
            if self._households_list is not None:
                self._households_list.stale = True
        person_ids = changes.ids("person")
        if person_ids:
            self.people_list.refresh(person_ids)
            self.people_list.refresh_choices()
        if self._households_list is not None:
            if changes.touches("household"):
                self._households_list.refresh(changes.ids("household"))
            if person_ids:
                self._households_list.stale = True
                if self.place()[0] == HOUSEHOLDS:
                    self._households_list.reload_if_stale()
        for page in (self._person_page, self._household_page):
            if page is not None:
                page.apply_changes(changes)

    def exercise(self) -> None:
        """Self-test: search, open someone read-only, switch to households and back."""
        from civicdesk.services import household_list

        self.show_people()
        self.people_list.ui.search_edit.setText(SELF_TEST_SEARCH)
        expected = member_list.MemberQuery(self.people_list.filters()).count()
        if self.people_list.model.rowCount() != expected:
            raise RuntimeError(f"people search shows {self.people_list.model.rowCount()} "
                               f"rows, the database has {expected}")
        person_id = self.people_list.current_person_id()
        if person_id is not None:
            self.open_person(person_id)
            if self.person_page.person_id() != person_id or self.person_page.is_dirty():
                raise RuntimeError(f"opening person {person_id} did not show them unchanged")
            self.back()
        self.show_households()
        households = household_list.HouseholdQuery().count()
        if self.households_list.model.rowCount() != households:
            raise RuntimeError("the households list does not show every household")
        self.people_list.ui.search_edit.clear()
        self.show_people()

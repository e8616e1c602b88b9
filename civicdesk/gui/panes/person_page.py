"""One person: the editor, their payments, and the tabs of the other areas (`TABS`).

The page reads the person through `services.person_view` (three statements) and drives its
tabs: each loads when another person is shown and when a change touches what it shows.
Saving runs as an operation with the version the form was loaded at, so a save after
someone else's never overwrites theirs: the volunteer is told who changed what and may
reload. On a server database a save on another PC shows here at once: the person is read
again, or, with unsaved edits, they stay and the page says who changed the record and when. Nothing is saved without Save (Ctrl+S); leaving with unsaved edits asks first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QToolButton, QWidget

from civicdesk import clock, localformat
from civicdesk.errors import UserError
from civicdesk.services import actors, household_list, payments, people
from civicdesk.services.changes import Changes, Origin
from civicdesk.services.errors import ConflictError, ValidationError
from civicdesk.services.person_view import PersonView, person_view

from civicdesk.gui import (
    focus_order,
    localized,
    operations,
    payment_actions,
    privacy,
    text,
    text_size,
    themes,
)
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import person_editor, prompts
from civicdesk.gui.dialogs.household_dialog import HouseholdDialog
from civicdesk.gui.dialogs.payment_dialog import PaymentDialog
from civicdesk.gui.forms.ui_person_page import Ui_PersonPage
from civicdesk.gui.models import payment_table
from civicdesk.gui.panes.person_requests_tab import PersonRequestsTab
from civicdesk.gui.panes.person_shifts_tab import PersonShiftsTab
from civicdesk.gui.panes.person_tab import PersonTab

BADGE_STYLE = "border-radius: 4px; padding: 2px 8px;"  # on the theme's "badge" surface
DIRTY_STYLE = "font-weight: bold;"


ARCHIVE_KEYS = QKeySequence("Ctrl+Shift+A")  # the Archive button (or Bring back)

class PersonPage(QWidget):
    """Shows and edits one person (or a new one). The pane listens to the signals."""

    # The tabs after Details and Payments, in order.
    TABS: tuple[type[PersonTab], ...] = (PersonShiftsTab, PersonRequestsTab)

    back_requested = Signal()
    open_person_requested = Signal(int)  # an existing record chosen over a duplicate
    open_household_requested = Signal(int)
    saved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PersonPage()
        self.ui.setupUi(self)
        self.editor = person_editor.PersonEditor(context, self)
        self.ui.editor_holder_layout.addWidget(self.editor)
        self.editor.set_sensitive_visible(context.actor.can(actors.VIEW_SENSITIVE))
        self.payments = payment_table.payment_model(self)
        self.ui.payments_view.setModel(self.payments)
        self.ui.payments_view.verticalHeader().hide()
        self.ui.payments_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.payments_view.horizontalHeader().setStretchLastSection(True)
        self.payment_actions = payment_actions.PaymentActions(
            context, self, self.ui.payments_view, self.payments,
            self.ui.correct_payment_button, self.ui.void_payment_button, self._payer)
        self.detail_tabs = [cls(context, self) for cls in self.TABS]
        self._saving = False  # a save reloads what it changed itself
        for tab in self.detail_tabs:
            self.ui.tabs.addTab(tab, tab.title())
        text_size.enlarge(self.ui.title_label, 1.75)
        themes.fill(self.ui.badge_label, "badge", BADGE_STYLE)
        self._add_elsewhere_label()
        self._add_privacy_menu()
        self._connect()

    def _connect(self) -> None:
        ui, editor = self.ui, self.editor
        ui.save_button.clicked.connect(self.save)
        ui.revert_button.clicked.connect(self._on_revert_clicked)
        ui.archive_button.clicked.connect(self._on_archive_clicked)
        ui.back_button.clicked.connect(self.back_requested)
        ui.add_payment_button.clicked.connect(self.record_payment)
        editor.edited.connect(self._update_buttons)
        editor.open_person_requested.connect(self.open_person_requested)
        editor.open_household_requested.connect(self.open_household_requested)
        editor.new_household_requested.connect(self.create_household)
        editor.record_payment_requested.connect(self.record_payment)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit),
                           (QKeySequence("Alt+Left"), self.back_requested.emit)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.archive_shortcut = QShortcut(ARCHIVE_KEYS, self)
        self.archive_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.archive_shortcut.setWhatsThis(self.tr("Archive the person shown, or bring them back"))
        self.archive_shortcut.activated.connect(self._on_archive_shortcut)

    def _add_privacy_menu(self) -> None:
        """The admins' "Their data" menu: export everything about them, erase them."""
        self.privacy_button = QToolButton(self)
        self.privacy_button.setText(self.tr("Their data"))
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.privacy_button)
        self.export_action = menu.addAction(self.tr("Export everything about this person…"))
        self.erase_action = menu.addAction(self.tr("Erase this person…"))
        self.export_action.triggered.connect(self._on_export_triggered)
        self.erase_action.triggered.connect(self._on_erase_triggered)
        self.privacy_button.setMenu(menu)
        row = self.ui.header_row
        row.insertWidget(row.indexOf(self.ui.archive_button), self.privacy_button)
        focus_order.before(self.privacy_button, self.ui.archive_button)

    def _add_elsewhere_label(self) -> None:
        """Below the title: who changed the person on another PC, and when (#17)."""
        self.elsewhere_label = QLabel(self)
        self.elsewhere_label.setObjectName("elsewhere_label")
        self.elsewhere_label.setWordWrap(True)
        self.elsewhere_label.hide()
        layout = self.ui.main_layout
        layout.insertWidget(layout.indexOf(self.ui.tabs), self.elsewhere_label)

    # Showing ------------------------------------------------------------------------------
    def person_id(self) -> int | None:
        return self.editor.record().id

    def show_person(self, person_id: int) -> None:
        """Load *person_id* fresh from the database (any unsaved edits are dropped)."""
        self._show(person_view(self.context.actor, person_id))

    def new_person(self, household: int | None = None) -> None:
        row = household_list.household_row(household) if household else None
        self._show(PersonView(person_editor.new_record(household), row, None))

    def _show(self, view: PersonView) -> None:
        """A person (or a new one) with everything around them: form, payments, tabs."""
        self.elsewhere_label.hide()
        self.editor.load(view.record, view.household, view.reach_via)
        self.ui.tabs.setCurrentIndex(0)
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.payments_tab),
                                   view.record.id is not None)
        self._show_payments()
        for tab in self.detail_tabs:
            tab.show_person(view.record.id)
        self._update_buttons()

    def _reread(self, *, payments_too: bool = False) -> None:
        """The person was saved (here or elsewhere): read them again; the payments too if
        they or the dues may have changed. The tabs show other tables and stay."""
        before = self.editor.record()
        view = person_view(self.context.actor, before.id)
        self.editor.load(view.record, view.household, view.reach_via)
        if payments_too or (view.record.household, view.record.dues_paid_until) != (
                before.household, before.dues_paid_until):
            self._show_payments()
        self._update_buttons()

    def focus_first_field(self) -> None:
        self.editor.ui.first_name_edit.setFocus()

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    def display_name(self) -> str:
        record = self.editor.record()
        values = self.editor.values()
        name = people.display_name(values["first_name"], values["last_name"],
                                   values["preferred_name"])
        return name or record.display_name or self.tr("this new person")

    def _update_buttons(self) -> None:
        record, ui = self.editor.record(), self.ui
        dirty = self.is_dirty()
        is_new = record.id is None
        ui.title_label.setText(record.display_name if not is_new else self.tr("New person"))
        ui.badge_label.setText(self.tr("Archived"))
        ui.badge_label.setVisible(record.archived)
        ui.save_button.setEnabled(dirty or is_new)
        ui.save_button.setStyleSheet(DIRTY_STYLE if dirty else "")
        ui.save_button.setText(self.tr("Save changes") if dirty and not is_new else self.tr(
            "Save"))
        ui.revert_button.setEnabled(dirty)
        may_archive = self.context.actor.can(actors.ARCHIVE)
        ui.archive_button.setVisible(not is_new)
        ui.archive_button.setEnabled(may_archive)
        ui.archive_button.setText(self.tr("Bring back from archive") if record.archived
                                  else self.tr("Archive"))
        ui.archive_button.setToolTip("" if may_archive else self.tr(
            "Only coordinators can archive people."))
        self.privacy_button.setVisible(not is_new and self.context.actor.can(actors.ERASE)
                                       and self.context.actor.can(actors.SUBJECT_ACCESS))
        self.privacy_button.setEnabled(not self.context.read_only)
        self.erase_action.setEnabled(record.erased_at is None)

    def _show_payments(self, until: date | None = None) -> None:
        """The payments tab (and *until*, the dues as read last, default the record's)."""
        record = self.editor.record()
        lines = payments.payments_of(record.id, record.household) if record.id else []
        self.payments.set_rows(lines)
        until = until or record.dues_paid_until
        self.ui.payments_dues_label.setText(
            self.tr("Dues are paid until {date}.").format(
                date=localized.format_date(until, "long")) if until
            else self.tr("No dues paid yet."))

    # Saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Create or update the person; True when saved (or nothing to save)."""
        record = self.editor.record()
        if record.id is not None and not self.is_dirty():
            return True
        unfinished = self.editor.unfinished_picks()
        if unfinished is not None:
            self.editor.show_errors(unfinished)
            return False
        if record.id is None:
            if self.editor.check_duplicates() and not self._new_despite_matches():
                return False
            values = self.editor.values()

            def call(actor):
                return people.create_person(actor, values)
        else:
            values = self.editor.changed_values()

            def call(actor):
                return people.update_person(actor, record.id, record.version, values)
        self._saving = True
        try:
            changes = operations.Operation(self, self.context, call) \
                .on_refused(self._on_refused).run()
        finally:
            self._saving = False
        if changes is None:
            return False
        if record.id is None:
            self.show_person(changes.id)
        else:
            self.elsewhere_label.hide()  # saved: what is shown is what is on file
            self._reread()
        self.saved.emit(changes.id)
        return True

    def _on_refused(self, exc: UserError) -> None:
        if isinstance(exc, ValidationError):
            self.editor.show_errors(exc)
        elif isinstance(exc, ConflictError):
            self._on_conflict(exc)
        else:
            prompts.warn(self, self.tr("Not saved"), text.error(exc))

    def _new_despite_matches(self) -> bool:
        return prompts.confirm(
            self, self.tr("Already on file?"),
            self.tr("{name} looks like someone already on file (listed at the top of the "
                    "form). To avoid keeping two records of one person, open the existing "
                    "record instead.").format(name=self.display_name()),
            self.tr("Save as a new person anyway"))

    def _on_conflict(self, exc: ConflictError) -> None:
        mine = "\n".join(f"\u2022 {text.label('Field', people.PERSON_FIELDS[k].label)}: "
                         f"{_shown(v)}" for k, v in self.editor.changed_values().items())
        if prompts.reload_after_conflict(self, text.error(exc), mine):
            self.show_person(exc.row_id)

    def _on_revert_clicked(self) -> None:
        if prompts.confirm(self, self.tr("Undo my changes"),
                           self.tr("Throw away the changes you made to {name}?").format(
                               name=self.display_name()), self.tr("Throw them away")):
            self._revert()

    def _revert(self) -> None:
        pid = self.person_id()
        if pid is None:
            self.new_person(self.editor.record().household)
        else:
            self.show_person(pid)

    def _on_archive_shortcut(self) -> None:
        button = self.ui.archive_button
        if button.isVisible() and button.isEnabled():
            button.click()

    def _on_archive_clicked(self) -> None:
        record = self.editor.record()
        if record.id is None or (self.is_dirty() and not self.save()):
            return
        record = self.editor.record()
        if not record.archived and not prompts.confirm(
                self, self.tr("Archive"),
                self.tr("Archive {name}? They no longer appear in lists and pickers, but "
                        "nothing is deleted, and you can bring them back at any time.").format(
                    name=record.display_name), self.tr("Archive")):
            return
        operations.run(self, self.context, lambda actor: people.set_archived(
            actor, record.id, record.version, not record.archived))


    def _on_export_triggered(self) -> None:
        record = self.editor.record()
        if record.id is not None and (not self.is_dirty() or self.save()):
            privacy.export_person(self, self.context, record.id, record.display_name)

    def _on_erase_triggered(self) -> None:
        record = self.editor.record()
        if record.id is None or (self.is_dirty() and not self.save()):
            return
        if privacy.erase_person(self, self.context, record.id, record.display_name):
            self.show_person(record.id)

    # Household and payments ---------------------------------------------------------------
    def create_household(self) -> None:
        values = self.editor.values()
        changes = HouseholdDialog.ask(self, self.context, {"name": values["last_name"]},
                                      people.create_household)
        if changes is not None:
            self.editor.set_household(changes.id)

    def record_payment(self) -> None:
        record = self.editor.record()
        if record.id is None:
            return
        household = self.editor.household.household()
        label = household.label if household is not None else None

        def submit(actor, values: dict) -> Changes:
            whole = values.pop("whole_household")
            payer = {"household": record.household} if whole else {"person": record.id}
            return payments.record_payment(actor, values | payer)

        offer = payments.offer_for_person(record.id, record.dues_paid_until, record.household)
        PaymentDialog.ask(self, self.context, record.display_name, label, offer, submit)

    def _payer(self, line: payments.PaymentLine) -> payment_actions.Payer:
        """Who paid *line*, for its correction: this person, or (ticked) their household."""
        record = self.editor.record()
        household = self.editor.household.household()
        label = household.label if household is not None else None
        return record.display_name, label, lambda whole: (
            {"household": record.household} if whole else {"person": record.id})

    # Changes from elsewhere ---------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        record = self.editor.record()
        if record.id is None or self._saving:
            return
        if record.id in changes.ids("person"):
            dirty = self.is_dirty()
            if not dirty:  # an unsaved edit stays; its save notices the conflict
                self._reread(payments_too=changes.touches("payment"))
            elif changes.touches("payment"):  # keep the edits, show the new dues
                until = people.get_person(self.context.actor, record.id).dues_paid_until
                self.editor.show_dues(until)
                self._show_payments(until)
            if changes.elsewhere is not None:
                self._show_changed_elsewhere(changes.elsewhere, dirty)
        elif record.household is not None and record.household in changes.ids("household"):
            self.editor.refresh_household_details()
        for tab in self.detail_tabs:
            tab.apply_changes(changes)


    def _show_changed_elsewhere(self, origin: Origin, kept_edits: bool) -> None:
        """Saved on another PC while shown here: say who and when; with unsaved edits here,
        that they are kept, and that saving them shows what the other changed (the
        conflict question of `_on_conflict`)."""
        who = origin.who or self.tr("someone")
        at = origin.at or clock.utcnow()
        when = localized.format_time(at) if localformat.local(at).date() == clock.today() \
            else localized.format_datetime(at)
        if kept_edits:
            shown = self.tr("Changed by {who} at {time} on another computer. What you typed "
                            "is still here, not saved: Save shows what they changed and lets "
                            "you choose.").format(who=who, time=when)
        else:
            shown = self.tr("Changed by {who} at {time} on another computer; shown as it "
                            "is now.").format(who=who, time=when)
        self.elsewhere_label.setText(shown)
        themes.tint(self.elsewhere_label, "warning" if kept_edits else "info",
                    "font-weight: bold;" if kept_edits else "")
        self.elsewhere_label.show()


def _shown(value) -> str:
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("PersonPage", "yes") if value else \
            QCoreApplication.translate("PersonPage", "no")
    return str(value) if value not in (None, "") else "\u2014"

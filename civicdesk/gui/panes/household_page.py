"""One household: its address, the people living there, its payments.

From here one click opens a member; "Add a new person here" starts a person already in
this household; "Move here" takes someone on file out of their old household.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from civicdesk.errors import UserError
from civicdesk.services import actors, household_list, payments, people
from civicdesk.services.changes import Changes

from civicdesk.gui import accessible_names, focus_order, operations, payment_actions, text_size
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.dialogs.household_dialog import HouseholdDialog
from civicdesk.gui.dialogs.payment_dialog import PaymentDialog
from civicdesk.gui.forms.ui_household_page import Ui_HouseholdPage
from civicdesk.gui.models import member_table, payment_table, row_list
from civicdesk.gui.widgets.person_picker import PersonPicker


def members_model(parent=None) -> row_list.RowListModel:
    def name(m: household_list.Member) -> str:
        if m.archived:
            return QCoreApplication.translate("HouseholdPage", "{name} (archived)").format(
                name=m.name)
        return m.name

    return row_list.RowListModel([
        (QCoreApplication.translate("HouseholdPage", "Name"), name),
        (QCoreApplication.translate("HouseholdPage", "Membership"),
         lambda m: member_table.status_label(m.status)),
        (QCoreApplication.translate("HouseholdPage", "Phone"), lambda m: m.phone),
    ], parent)


def _setup_view(view: QTableView, stretch: int) -> None:
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


ARCHIVE_KEYS = QKeySequence("Ctrl+Shift+A")  # the Archive button (or Bring back)

class HouseholdPage(QWidget):
    """Shows one household. Signals ask the pane to navigate."""

    back_requested = Signal()
    open_person_requested = Signal(int)
    new_person_requested = Signal(int)  # household id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_HouseholdPage()
        self.ui.setupUi(self)
        self.household_id: int | None = None
        self._record: people.HouseholdRecord | None = None
        self.members = members_model(self)
        self.ui.members_view.setModel(self.members)
        self.payments = payment_table.payment_model(self)
        self.ui.payments_view.setModel(self.payments)
        _setup_view(self.ui.members_view, 0)
        _setup_view(self.ui.payments_view, 5)
        self.payment_actions = payment_actions.PaymentActions(
            context, self, self.ui.payments_view, self.payments,
            self.ui.correct_payment_button, self.ui.void_payment_button,
            lambda line: (household_list.household_row(self.household_id).label, None,
                          lambda whole: {"household": self.household_id}))
        for label in (self.ui.members_label, self.ui.payments_label):
            label.setStyleSheet("font-weight: bold; margin-top: 8px;")
        font = self.ui.address_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.address_label.setFont(font)
        self.picker = PersonPicker(context, self)
        self.ui.move_layout.addWidget(self.picker)
        accessible_names.from_label(self.picker, self.ui.move_label)
        focus_order.before(self.picker, self.ui.move_button)
        text_size.enlarge(self.ui.title_label, 1.75)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.back_button.clicked.connect(self.back_requested)
        ui.members_view.activated.connect(self._on_member_activated)
        ui.open_member_button.clicked.connect(self._on_open_member_clicked)
        ui.new_member_button.clicked.connect(self._on_new_member_clicked)
        ui.edit_button.clicked.connect(self.edit_address)
        ui.payment_button.clicked.connect(self.record_payment)
        ui.archive_button.clicked.connect(self._on_archive_clicked)
        ui.move_button.clicked.connect(self._on_move_clicked)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit),
                           (QKeySequence("Alt+Left"), self.back_requested.emit)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.archive_shortcut = QShortcut(ARCHIVE_KEYS, self)
        self.archive_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.archive_shortcut.setWhatsThis(self.tr("Archive the household shown, or bring it back"))
        self.archive_shortcut.activated.connect(self._on_archive_shortcut)

    # Showing ------------------------------------------------------------------------------
    def show_household(self, household_id: int) -> None:
        try:
            record = people.get_household(household_id)
        except UserError:  # gone meanwhile
            return
        self.household_id, self._record = household_id, record
        row = household_list.household_row(household_id)
        title = row.name or self.tr("Household")
        self.ui.title_label.setText(self.tr("{name} (archived)").format(name=title)
                                    if row.archived else title)
        lines = [x for x in (row.address, row.place, record.area) if x]
        self.ui.address_label.setText("\n".join(lines) or self.tr("No address yet."))
        self.members.set_rows(row.members)
        if row.members:
            self.ui.members_view.setCurrentIndex(self.members.index(0, 0))
        self.payments.set_rows(payments.payments_of_household(household_id))
        may_archive = self.context.actor.can(actors.ARCHIVE)
        self.ui.archive_button.setEnabled(may_archive)
        self.ui.archive_button.setText(self.tr("Bring back from archive") if row.archived
                                       else self.tr("Archive household"))
        self.ui.open_member_button.setEnabled(bool(row.members))

    def focus_members(self) -> None:
        self.ui.members_view.setFocus()

    def selected_member_id(self) -> int | None:
        index = self.ui.members_view.currentIndex()
        return self.members.id_at(index.row()) if index.isValid() else None

    def _on_member_activated(self, index: QModelIndex) -> None:
        pid = self.members.id_at(index.row())
        if pid is not None:
            self.open_person_requested.emit(pid)

    def _on_open_member_clicked(self) -> None:
        pid = self.selected_member_id()
        if pid is not None:
            self.open_person_requested.emit(pid)

    def _on_new_member_clicked(self) -> None:
        if self.household_id is not None:
            self.new_person_requested.emit(self.household_id)

    # Changing -----------------------------------------------------------------------------

    def edit_address(self) -> None:
        hid, version = self.household_id, self._record.version
        before = self._record.values()

        def submit(actor, values: dict) -> Changes:
            changed = {k: v for k, v in values.items() if before.get(k) != v}
            return people.update_household(actor, hid, version, changed)

        changes = HouseholdDialog.ask(self, self.context, before | {"id": hid}, submit)
        if changes is None:
            self.show_household(hid)  # e.g. refused as out of date: show the current one

    def record_payment(self) -> None:
        hid = self.household_id
        row = household_list.household_row(hid)
        members = [m for m in row.members if not m.archived]
        if not members:
            prompts.warn(self, self.tr("Nobody lives here"), self.tr(
                "Add a person to this household before recording a payment for it."))
            return

        def submit(actor, values: dict) -> Changes:
            values.pop("whole_household")
            return payments.record_payment(actor, values | {"household": hid})

        PaymentDialog.ask(self, self.context, row.label, None,
                          payments.offer_for_household(hid), submit)

    def _on_archive_shortcut(self) -> None:
        button = self.ui.archive_button
        if button.isVisible() and button.isEnabled():
            button.click()

    def _on_archive_clicked(self) -> None:
        hid, archived = self.household_id, self._record.archived
        if not archived and not prompts.confirm(
                self, self.tr("Archive household"),
                self.tr("Archive this household? It no longer appears in lists; its members "
                        "stay on file."), self.tr("Archive")):
            return
        version = self._record.version
        operations.run(self, self.context, lambda actor: people.set_household_archived(
            actor, hid, version, not archived))

    def _on_move_clicked(self) -> None:
        pid, hid = self.picker.person_id(), self.household_id
        if pid is None or hid is None:
            prompts.warn(self, self.tr("Move someone here"), self.tr(
                "First type a name in the box and pick the person from the list."))
            return
        person = people.get_person(self.context.actor, pid)
        if person.household == hid:
            return
        if person.household and not prompts.confirm(
                self, self.tr("Move someone here"),
                self.tr("{name} lives in another household now. Move them here?").format(
                    name=person.display_name), self.tr("Move here")):
            return
        if operations.run(self, self.context, lambda actor: people.update_person(
                actor, pid, person.version, {"household": hid})):
            self.picker.set_person_id(None)

    def apply_changes(self, changes: Changes) -> None:
        if self.household_id is None:
            return
        if self.household_id in changes.ids("household") or changes.touches("person") \
                or changes.touches("payment"):
            self.show_household(self.household_id)

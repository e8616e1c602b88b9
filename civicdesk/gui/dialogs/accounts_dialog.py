"""File > User accounts (admins): the accounts, and adding, editing, deactivating and
resetting them, each through an operation with the `accounts` service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock, localtime
from civicdesk.services import accounts
from civicdesk.services.changes import Changes

from civicdesk.gui import localized, login_screen, operations, text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal, secret_dialog
from civicdesk.gui.models import row_list
from civicdesk.gui.widgets.field_errors import FieldErrors
from civicdesk.gui.widgets.person_picker import PersonPicker


def _last_login(user: accounts.UserRow) -> str:
    if user.last_login_at is None:
        return AccountsDialog.tr("never")
    local = localtime.to_local(user.last_login_at, clock.zone())
    return localized.format_datetime(local)


def account_model(parent=None) -> row_list.RowListModel:
    """Columns: name, role, active, linked person, last login."""
    return row_list.RowListModel([
        (AccountsDialog.tr("Name"), lambda u: u.shown_name if u.shown_name == u.username
         else f"{u.shown_name} ({u.username})"),
        (AccountsDialog.tr("Role"), lambda u: login_screen.role_text(u.role)),
        (AccountsDialog.tr("Active"), lambda u: AccountsDialog.tr("yes") if u.active else AccountsDialog.tr("no (deactivated)")),
        (AccountsDialog.tr("Linked person"), lambda u: u.person_name),
        (AccountsDialog.tr("Last login"), _last_login),
    ], parent)


class AccountDialog(modal.KeptOnLock, QDialog):
    """A new account (*user* None: name, role, person, PIN twice) or an account's display
    name, role and linked person."""

    def __init__(self, context: AppContext, user: accounts.UserRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.user = context, user
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Add an account") if user is None
                            else self.tr("Change {name}\u2019s account").format(
                                name=user.shown_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("As the login list shows it (optional)"))
        self.role = QComboBox(self)
        for code in accounts.ROLES:
            self.role.addItem(login_screen.role_text(code), code)
        self.person = PersonPicker(context, self)
        labels = {}
        rows = [("username", self.tr("Log-in &name"), self.username),
                ("display_name", self.tr("&Display name"), self.display_name),
                ("role", self.tr("&Role"), self.role),
                ("person", self.tr("Linked &person"), self.person)]
        for field, title, widget in rows:
            if field == "username" and user is not None:
                continue
            form.addRow(title, widget)
            labels[field] = QLabel(self)
            form.addRow("", labels[field])
        self.new = self.again = None
        if user is None:
            self.new, self.again, self.secret_problem = secret_dialog.secret_fields(self, form)
            labels["secret"] = self.secret_problem
        layout.addLayout(form)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        fields = {"username": self.username, "display_name": self.display_name,
                  "role": self.role, "person": self.person}
        if self.new is not None:
            fields["secret"] = self.new
        self.errors = FieldErrors(fields, labels, self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if user is not None:
            self.display_name.setText(user.display_name)
            self.role.setCurrentIndex(max(self.role.findData(user.role), 0))
            self.person.set_person_id(user.person_id)
        else:
            self.role.setCurrentIndex(self.role.findData("volunteer"))

    def values(self) -> dict:
        found = {"display_name": self.display_name.text().strip(),
                 "role": self.role.currentData(), "person": self.person.person_id()}
        if self.user is None:
            found["username"] = self.username.text().strip()
        return found

    def accept(self) -> None:
        values = self.values()
        if self.user is None:
            wrong = secret_dialog.secret_mismatch(self.new, self.again)
            if wrong:
                self.errors.clear()
                self.secret_problem.setText(wrong)
                self.secret_problem.show()
                self.new.setFocus()
                return
            secret = self.new.text()
            call = lambda actor: accounts.add_user(actor, values, secret)  # noqa: E731
        else:
            user_id = self.user.id
            call = lambda actor: accounts.update_user(actor, user_id, values)  # noqa: E731
        self.changes = operations.Operation(self, self.context, call).show_problems(
            self.errors).with_progress(self.tr("Saving the account\u2026")).run()  # argon2
        if self.changes is not None:
            super().accept()


class AccountsDialog(modal.KeptOnLock, QDialog):
    """The list of accounts and the admin's tools."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("User accounts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Everyone who uses CivicDesk here has an account of their own. "
                               "What they may do depends on the role: volunteers do not see "
                               "sensitive notes; coordinators also plan shifts and archive; "
                               "admins also manage the accounts and the backups."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = account_model(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        themes.tint(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add\u2026"), self)
        self.edit_button = QPushButton(self.tr("&Change name, role or person\u2026"), self)
        self.reset_button = QPushButton(self.tr("&Reset PIN or password\u2026"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        for button in (self.add_button, self.edit_button, self.reset_button,
                       self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.reset_button.clicked.connect(self.reset)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *a: self._update_buttons())
        self.resize(900, 520)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_user_id()
        self.model.set_rows(accounts.list_users())
        row = self.model.row_of(current) if current is not None else None
        self.table.selectRow(row if row is not None else 0)
        self._update_buttons()

    def current(self) -> accounts.UserRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_user_id(self) -> int | None:
        user = self.current()
        return user.id if user else None

    def _update_buttons(self) -> None:
        user = self.current()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Re&activate") if user and not user.active
                                   else self.tr("&Deactivate"))

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setVisible(bool(words))

    def _after(self, changes: Changes | None) -> None:
        if changes is not None:
            self._say("")
            self.reload(changes.id if changes.table == "user" else None)

    # Actions ------------------------------------------------------------------------------
    def add(self) -> None:
        dialog = AccountDialog(self.context, None, self)
        if dialog.exec():
            self._after(dialog.changes)

    def edit(self) -> None:
        user = self.current()
        if user is None:
            return
        dialog = AccountDialog(self.context, user, self)
        if dialog.exec():
            self._after(dialog.changes)

    def reset(self) -> None:
        user = self.current()
        if user is not None and secret_dialog.reset(self, self.context, user):
            self._say("")
            self.reload(user.id)

    def toggle_active(self) -> None:
        user = self.current()
        if user is None:
            return
        self._after(operations.Operation(self, self.context, lambda actor: accounts.set_active(
            actor, user.id, not user.active)).on_refused(self._refused).run())

    def _refused(self, exc) -> None:
        self._say(text.error(exc))  # LastAdmin, above all

    @classmethod
    def show_for(cls, parent: QWidget, context: AppContext) -> None:
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()

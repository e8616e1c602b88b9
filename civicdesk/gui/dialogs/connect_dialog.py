"""File > Connect to a shared database… (#17): the server, its database, the user, TLS and
the password; Test connection tries it off the GUI thread and says what stands in the way
(the server down, a wrong password, not a CivicDesk database, a newer one, no rights).
And the password dialog, when a server asks for a password CivicDesk does not have.

Neither dialog opens the database: `ConnectDialog.ask` returns the choice, and the
application switches to it (`application.Session.switch`), which remembers it for this
computer (the address only; the password in the keyring if the user asked).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk import passwords
from civicdesk.errors import UserError
from civicdesk.services import shared_database
from civicdesk.services.errors import ValidationError
from civicdesk.services.shared_database import ServerAddress

from civicdesk.gui import text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.widgets.field_errors import FieldErrors


@dataclass(frozen=True)
class Choice:
    """The database chosen in the dialog (its address without a password), and the
    password typed there (None: none was needed, or the keyring's or libpq's did)."""

    where: ServerAddress
    typed: passwords.Typed | None = None

    @property
    def address(self) -> ServerAddress:
        """The address to connect with: with the typed password, if one was typed."""
        return self.where.with_password(self.typed.password) if self.typed else self.where


def remember_box(parent: QWidget) -> QCheckBox:
    """"Remember in this computer's keyring", shown only where there is a keyring."""
    box = QCheckBox(ConnectDialog.tr("Remember in this computer's &keyring"), parent)
    box.setToolTip(ConnectDialog.tr(
        "The password is kept by the system's keyring (not in a CivicDesk file), so it is "
        "not asked again on this computer"))
    box.setVisible(passwords.keyring_usable())
    return box


class ConnectDialog(QDialog):
    """`ask(context, parent, current)`: the `Choice`, once tested, or None."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 current: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tested: tuple[ServerAddress, str] | None = None  # what the last good test tried
        self.trying: tuple[ServerAddress, str] | None = None  # what the running test tries
        self.accept_when_tested = False
        self.setWindowTitle(self.tr("Connect to a shared database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Several PCs can share one CivicDesk database on a PostgreSQL server. Type "
            "what whoever runs the server gave you. This computer remembers the connection "
            "(never the password) and opens it at the next start."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("for example office-server or 192.168.1.20"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(shared_database.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit("civicdesk", self)
        self.user = QLineEdit(self)
        self.sslmode = QComboBox(self)
        for mode, label in ((
                "prefer", self.tr("When the server offers it (prefer)")), (
                "require", self.tr("Always (require)")), (
                "verify-full", self.tr("Always, and check the server's certificate "
                                       "(verify-full)"))):
            self.sslmode.addItem(label, mode)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the saved one, or none"))
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Encryption (TLS)"), self.sslmode)
        form.addRow(self.tr("Pass&word"), self.password)
        self.remember = remember_box(self)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test)
        layout.addWidget(self.test_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: a connection has no steps to count
        self.progress.setAccessibleName(self.tr("Connecting"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.errors = FieldErrors({"host": self.host, "port": self.port,
                                   "database": self.database, "user": self.user,
                                   "sslmode": self.sslmode}, summary=self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&onnect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if current is not None:
            self.fill(current)

    def fill(self, where: ServerAddress) -> None:
        self.host.setText(where.host)
        self.port.setValue(where.port)
        self.database.setText(where.database)
        self.user.setText(where.user)
        index = self.sslmode.findData(where.sslmode or "prefer")
        self.sslmode.setCurrentIndex(max(index, 0))

    def values(self) -> dict:
        return {"host": self.host.text(), "port": self.port.value(),
                "database": self.database.text(), "user": self.user.text(),
                "sslmode": self.sslmode.currentData()}

    def address(self) -> ServerAddress | None:
        """The address the fields make (None, with the bad fields marked, if they do not)."""
        self.errors.clear()
        try:
            return shared_database.address_from(self.values())
        except ValidationError as exc:
            self.errors.show(exc)
            return None

    def choice(self) -> Choice | None:
        """What the user chose, once a test with these fields worked."""
        where = self.address()
        if where is None or self.tested != (where, self.password.text()):
            return None
        typed = self.password.text()
        return Choice(where, passwords.Typed(typed, self.remember.isChecked()) if typed
                      else None)

    # Test connection ------------------------------------------------------------------------

    def test(self) -> None:
        """Try the fields' connection on the task thread; the result shows below."""
        where = self.address()
        if where is None:
            return
        typed = self.password.text()
        self.tested, self.trying = None, (where, typed)
        self._busy(True, self.tr("Connecting to {server}\u2026").format(server=where.host))
        # bound methods: a dialog closed meanwhile is no longer called back
        self.context.tasks.run(lambda ctx: _try(where, typed), on_success=self._tested,
                               on_error=self._failed)

    def _busy(self, busy: bool, says: str = "") -> None:
        self.progress.setVisible(busy)
        self.test_button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if says:
            self._say(says, None)

    def _say(self, says: str, tone: str | None) -> None:
        themes.tint(self.status, tone)
        self.status.setText(says)
        self.status.show()

    def _tested(self, found: shared_database.Probe | None) -> None:
        where, typed = self.trying
        self._busy(False)
        if found is None:  # the server asks for a password, and none is known
            self.accept_when_tested = False
            self._say(text.error(passwords.needed(where)) + " " + self.tr(
                "Type it in Password."), "error")
            self.password.setFocus()
            return
        self.tested = (where, typed)
        if found.empty:
            says = self.tr("Connected. The database is empty: CivicDesk sets it up when "
                           "you connect.")
        elif found.older:
            says = self.tr("Connected to a CivicDesk database with {people} people, saved "
                           "by an older CivicDesk: it is upgraded when you connect.").format(
                people=found.people)
        else:
            says = self.tr("Connected to a CivicDesk database with {people} people.").format(
                people=found.people)
        self._say(says, "success")
        if self.accept_when_tested:
            self.accept_when_tested = False
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.accept_when_tested = False
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog
        self._say(text.error(exc), "error")
        if isinstance(exc, passwords.WrongPassword | passwords.PasswordNeeded):
            self.password.setFocus()
            self.password.selectAll()

    def accept(self) -> None:
        """Connect: test first, unless these very fields were just tested."""
        if self.choice() is not None:
            super().accept()
            return
        if self.address() is not None:
            self.accept_when_tested = True
            self.test()

    def reject(self) -> None:
        self.accept_when_tested = False  # a test still running decides nothing now
        super().reject()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None,
            current: ServerAddress | None = None) -> Choice | None:
        dialog = cls(context, parent, current)
        try:
            return dialog.choice() if dialog.exec() else None
        finally:
            dialog.deleteLater()


def _try(where: ServerAddress, typed: str) -> shared_database.Probe | None:
    """Test connection, on the task thread: with the password typed, or else as CivicDesk
    would connect (libpq's, then the keyring's). None: a password is needed."""
    if typed:
        return shared_database.probe(where.with_password(typed))
    tried = passwords.connect(where, shared_database.probe, lambda address, problem: None)
    return None if tried is None else tried.opened


class PasswordDialog(QDialog):
    """The password of a server's user, when the server asks for one CivicDesk does not
    have (or refused the one it had): `ask(where, problem, parent)`."""

    def __init__(self, where: ServerAddress, problem: UserError | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for the database server"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("The database server {server} asks for the password of "
                                    "{user} for the database {database}.").format(
            server=where.host, user=where.user, database=where.database), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.problem = QLabel(text.error(problem) if problem is not None else "", self)
        self.problem.setWordWrap(True)
        themes.tint(self.problem, "error")
        self.problem.setVisible(problem is not None)
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Pass&word"), self.password)
        self.remember = remember_box(self)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if not self.password.text():
            self.problem.setText(self.tr("Type the password, or choose Cancel."))
            self.problem.show()
            self.password.setFocus()
            return
        super().accept()

    def typed(self) -> passwords.Typed:
        return passwords.Typed(self.password.text(), self.remember.isChecked())

    @classmethod
    def ask(cls, where: ServerAddress, problem: UserError | None = None,
            parent: QWidget | None = None) -> passwords.Typed | None:
        dialog = cls(where, problem, parent)
        return dialog.typed() if dialog.exec() else None

"""The login screen (pick your name, type your PIN or password) and, on a database without
accounts, the first-run screen that creates the first admin. Both emit `logged_in(Actor)`.

Big text and the keyboard first: typing a name filters the list, Enter moves on to the
PIN, Enter logs in. The secret is checked on the task thread (argon2 takes ~60 ms).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock
from civicdesk.errors import UserError
from civicdesk.services import accounts
from civicdesk.services.actors import Actor

from civicdesk.gui import tasks, text, themes

UserIdRole = Qt.ItemDataRole.UserRole + 1
TEXT_SCALE = 1.35  # the screen's text, relative to the application font
TITLE_SCALE = 1.8


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def role_text(role: str) -> str:
    return QCoreApplication.translate("Role", accounts.ROLE_TEXT.get(role, role))


class _Card(QFrame):
    """The centred column both screens put their fields in."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("login_card")
        self.column = QVBoxLayout(self)
        self.column.setSpacing(14)
        outer = QHBoxLayout(parent)
        outer.addStretch(1)
        outer.addWidget(self, 3)
        outer.addStretch(1)
        _scaled(self, TEXT_SCALE)
        self._limit_width()

    def _limit_width(self) -> None:
        """About 100 characters a line at any text size (720 px at 100 %)."""
        self.setMaximumWidth(max(720, self.fontMetrics().averageCharWidth() * 100))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._limit_width()

    def title(self, words: str) -> QLabel:
        label = QLabel(words, self)
        label.setWordWrap(True)
        _scaled(label, TITLE_SCALE / TEXT_SCALE, bold=True)
        self.column.addWidget(label)
        return label

    def note(self, words: str = "", *, error: bool = False) -> QLabel:
        label = QLabel(words, self)
        label.setWordWrap(True)
        if error:
            themes.tint(label, "error")
        self.column.addWidget(label)
        return label


class _ListKeys(QObject):
    """Up, Down, Page Up/Down and Enter typed in the name filter move in the list."""

    def __init__(self, edit: QLineEdit, names: QListWidget, on_enter) -> None:
        super().__init__(edit)
        self.names, self.on_enter = names, on_enter
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.names.keyPressEvent(QKeyEvent(event.type(), key, event.modifiers()))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.on_enter()
            return True
        return False


class LoginScreen(QWidget):
    """Pick a name, enter the PIN or password. `logged_in(Actor)` on success; every refusal
    (wrong secret, a wait, an account gone) is shown on the screen and nothing else
    changes."""

    logged_in = Signal(object)  # Actor

    def __init__(self, runner: tasks.TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._task: tasks.Task | None = None
        self._wait_until = None  # UTC: the chosen account may try again from then
        card = _Card(self)
        self.heading = card.title(self.tr("Who are you?"))
        self.hint = card.note(self.tr("Type the first letters of your name, or pick it "
                                      "from the list."))
        self.name_filter = QLineEdit(card)
        self.name_filter.setPlaceholderText(self.tr("Your name"))
        self.name_filter.setAccessibleName(self.tr("Your name"))
        self.name_filter.setClearButtonEnabled(True)
        card.column.addWidget(self.name_filter)
        self.names = QListWidget(card)
        self.names.setAccessibleName(self.tr("Users"))
        self.names.setMinimumHeight(160)
        self.names.setSpacing(3)
        card.column.addWidget(self.names, 1)
        self.secret_label = QLabel(self.tr("&PIN or password"), card)
        card.column.addWidget(self.secret_label)
        row = QHBoxLayout()
        self.secret = QLineEdit(card)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret)
        self.login_button = QPushButton(self.tr("&Log in"), card)
        self.login_button.setDefault(True)
        row.addWidget(self.secret, 1)
        row.addWidget(self.login_button)
        card.column.addLayout(row)
        self.message = card.note(error=True)
        self.message.hide()
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self.refresh_wait)
        _ListKeys(self.name_filter, self.names, self._on_name_entered)
        self.name_filter.textEdited.connect(self._on_filter_edited)
        self.names.currentItemChanged.connect(self._on_current_changed)
        self.names.itemActivated.connect(lambda item: self.secret.setFocus())
        self.secret.returnPressed.connect(self.log_in)
        self.login_button.clicked.connect(self.log_in)
        self.setTabOrder(self.name_filter, self.names)
        self.setTabOrder(self.names, self.secret)
        self.setTabOrder(self.secret, self.login_button)

    # Showing ------------------------------------------------------------------------------
    def reload(self, select_user: int | None = None) -> None:
        """List the active accounts again; select *select_user* (the one who locked) and
        put the cursor in the secret field, or in the name filter when nobody is chosen."""
        self.names.clear()
        self.name_filter.clear()
        self.secret.clear()
        self.say("")
        for user in accounts.list_users(active_only=True):
            item = QListWidgetItem(f"{user.shown_name} \u2014 {role_text(user.role)}")
            item.setData(UserIdRole, user.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, user.shown_name)
            self.names.addItem(item)
        wanted = self._item_of(select_user)
        if wanted is not None:
            self.names.setCurrentItem(wanted)
            self.secret.setFocus()
        else:
            self.names.setCurrentRow(0)
            self.name_filter.setFocus()

    def chosen_user(self) -> int | None:
        item = self.names.currentItem()
        return item.data(UserIdRole) if item is not None and not item.isHidden() else None

    def choose(self, user_id: int) -> None:
        item = self._item_of(user_id)
        if item is not None:
            self.names.setCurrentItem(item)

    def shown_message(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""

    def _item_of(self, user_id: int | None) -> QListWidgetItem | None:
        for row in range(self.names.count()):
            if user_id is not None and self.names.item(row).data(UserIdRole) == user_id:
                return self.names.item(row)
        return None

    def say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setVisible(bool(words))

    def show_locked(self, name: str | None) -> None:
        """Say whose work the lock keeps (*name*), or ask who is there (None: a start or
        a switch of user)."""
        if name is None:
            self.heading.setText(self.tr("Who are you?"))
            self.hint.setText(self.tr("Type the first letters of your name, or pick it "
                                      "from the list."))
            return
        self.heading.setText(self.tr("CivicDesk is locked"))
        self.hint.setText(self.tr(
            "{name}: type your PIN or password to go on where you left off. Someone else: "
            "type or pick your own name.").format(name=name))

    # Choosing a name ------------------------------------------------------------------------
    def _on_filter_edited(self, typed: str) -> None:
        wanted = typed.strip().casefold()
        first = None
        for row in range(self.names.count()):
            item = self.names.item(row)
            shown = (item.data(Qt.ItemDataRole.AccessibleTextRole) or "").casefold()
            fits = not wanted or any(word.startswith(wanted) for word in
                                     [shown, *shown.split()])
            item.setHidden(not fits)
            if fits and first is None:
                first = item
        self.names.setCurrentItem(first)
        if first is None:
            self.say(self.tr("Nobody\u2019s name starts with \u201c{typed}\u201d.").format(
                typed=typed.strip()))

    def _on_name_entered(self) -> None:
        if self.chosen_user() is not None:
            self.secret.setFocus()

    def _on_current_changed(self, current, previous) -> None:
        self.countdown.stop()
        self._wait_until = None
        self.secret.clear()
        self.secret.setEnabled(True)
        self.login_button.setEnabled(True)
        if current is not None:
            self.say("")

    # Logging in -----------------------------------------------------------------------------
    def log_in(self) -> None:
        user_id = self.chosen_user()
        if user_id is None:
            self.say(self.tr("Choose your name first."))
            self.name_filter.setFocus()
            return
        if self._task is not None or not self.secret.isEnabled():
            return
        secret = self.secret.text()
        self.login_button.setEnabled(False)
        task = self.runner.run(lambda ctx: accounts.login(user_id, secret),
                               on_success=self._on_logged_in, on_error=self._on_refused)
        if task.done:  # a synchronous runner (tests) has answered already
            self._on_task_finished()
        else:
            self._task = task
            task.finished.connect(self._on_task_finished)

    def _on_task_finished(self) -> None:
        self._task = None
        if self._wait_until is None:
            self.login_button.setEnabled(True)

    def _on_logged_in(self, actor: Actor) -> None:
        self._task = None
        self.secret.clear()
        self.say("")
        self.logged_in.emit(actor)

    def _on_refused(self, exc: BaseException) -> None:
        self._task = None
        if not isinstance(exc, UserError):
            tasks._reraise(exc)  # a bug: the crash dialog
            return
        self.secret.clear()
        if isinstance(exc, accounts.MustWait):
            self._start_wait(exc.seconds)
        elif isinstance(exc, accounts.NoSuchUser):  # deactivated since the list was read
            self.say(text.error(exc))
            item = self.names.currentItem()
            if item is not None:
                self.names.takeItem(self.names.row(item))
        else:
            self.say(text.error(exc))
            self.secret.setFocus()

    def _start_wait(self, seconds: int) -> None:
        from datetime import timedelta

        self._wait_until = clock.utcnow() + timedelta(seconds=seconds)
        self.secret.setEnabled(False)
        self.login_button.setEnabled(False)
        self.countdown.start()
        self.refresh_wait()

    def refresh_wait(self) -> None:
        """Once a second while an account waits: how long still, then the field again."""
        if self._wait_until is None:
            return
        left = int((self._wait_until - clock.utcnow()).total_seconds() + 0.999)
        if left > 0:
            self.say(self.tr("Too many wrong attempts. You can try again in {seconds} "
                              "seconds, or ask an admin to reset your PIN or password."
                              ).format(seconds=left))
            return
        self.countdown.stop()
        self._wait_until = None
        self.say(self.tr("You can try again now."))
        self.secret.setEnabled(True)
        self.login_button.setEnabled(True)
        self.secret.setFocus()


class FirstRunScreen(QWidget):
    """A database without accounts: create the first admin (name, PIN or password twice).
    `logged_in(Actor)` once it exists: that admin is then logged in."""

    logged_in = Signal(object)  # Actor

    def __init__(self, runner: tasks.TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        card = _Card(self)
        card.title(self.tr("Welcome to CivicDesk"))
        card.note(self.tr("First, create your own account. You will be its admin: you can "
                          "then add an account for everyone else who uses CivicDesk here."))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(8)
        self.name = QLineEdit(card)
        self.secret = QLineEdit(card)
        self.again = QLineEdit(card)
        for edit in (self.secret, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors: dict[QLineEdit, QLabel] = {}
        for label, edit in ((self.tr("Your &name"), self.name),
                            (self.tr("&PIN or password"), self.secret),
                            (self.tr("The same &again"), self.again)):
            form.addRow(label, edit)
            error = QLabel(card)
            themes.tint(error, "error")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[edit] = error
        card.column.addLayout(form)
        self.rules = card.note(self.tr(
            "A PIN is at least 4 digits; a password is at least 8 characters. Nobody else "
            "should know it: CivicDesk locks itself after a few idle minutes, and your PIN "
            "or password opens it again."))
        self.summary = card.note(error=True)
        self.summary.hide()
        self.create_button = QPushButton(self.tr("&Create my account"), card)
        self.create_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        card.column.addLayout(buttons)
        card.column.addStretch(1)
        self.create_button.clicked.connect(self.create)
        self.name.returnPressed.connect(self.secret.setFocus)
        self.secret.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.create)
        self.name.setFocus()

    def problems(self) -> dict[QLineEdit, str]:
        """What is wrong with what was typed, per field (shown next to it)."""
        found = {}
        if not self.name.text().strip():
            found[self.name] = self.tr("Enter your name, as the others know you.")
        problem = accounts.secret_problem(self.secret.text())
        if problem:
            found[self.secret] = QCoreApplication.translate("Login", problem)
        elif self.again.text() != self.secret.text():
            found[self.again] = self.tr("This is not the same as above: type it again.")
        return found

    def create(self) -> None:
        problems = self.problems()
        for edit, label in self.errors.items():
            label.setText(problems.get(edit, ""))
            label.setVisible(edit in problems)
        self.summary.hide()
        if problems:
            next(iter(problems)).setFocus()
            return
        if not self.create_button.isEnabled():
            return  # being created (hashing takes a moment: on the task thread)
        name, secret = self.name.text().strip(), self.secret.text()
        self.create_button.setEnabled(False)
        self.runner.run(lambda ctx: accounts.create_first_admin(name, secret),
                        on_success=self._on_created, on_error=self._on_refused)

    def _on_created(self, actor: Actor) -> None:
        self.create_button.setEnabled(True)
        self.secret.clear()
        self.again.clear()
        self.logged_in.emit(actor)

    def _on_refused(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if not isinstance(exc, UserError):  # a bug: the crash dialog
            tasks._reraise(exc)
            return
        self.summary.setText(text.error(exc))  # a file opened read-only, a name refused
        self.summary.show()


class StartWindow(QWidget):
    """What CivicDesk shows before the main window: the first-run screen on a database
    without accounts, else the login screen. `logged_in(Actor)` once someone is in."""

    logged_in = Signal(object)  # Actor

    def __init__(self, runner: tasks.TaskRunner, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if accounts.any_accounts():
            self.screen: LoginScreen | FirstRunScreen = LoginScreen(runner, self)
            self.screen.reload()
        else:
            self.screen = FirstRunScreen(runner, self)
        layout.addWidget(self.screen)
        self.screen.logged_in.connect(self.logged_in)
        self.resize(1180, 760)

"""A new PIN or password, typed twice: an admin resetting someone's, or the user changing
their own (who types the old one first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import accounts
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui import operations, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.widgets.field_errors import FieldErrors

RULES = QT_TRANSLATE_NOOP("SecretDialog", "A PIN is at least 4 digits; a password is at least "
                                           "8 characters.")


def secret_fields(dialog: QWidget, form: QFormLayout) -> tuple[QLineEdit, QLineEdit, QLabel]:
    """The new secret, the same again, and the label under them for what is wrong."""
    new, again = QLineEdit(dialog), QLineEdit(dialog)
    for edit in (new, again):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow(QCoreApplication.translate("SecretDialog", "New PIN or password"), new)
    form.addRow(QCoreApplication.translate("SecretDialog", "The same again"), again)
    rules = QLabel(QCoreApplication.translate("SecretDialog", RULES), dialog)
    rules.setWordWrap(True)
    form.addRow("", rules)
    problem = QLabel(dialog)
    themes.tint(problem, "error")
    problem.setWordWrap(True)
    problem.hide()
    form.addRow("", problem)
    return new, again, problem


def secret_mismatch(new: QLineEdit, again: QLineEdit) -> str:
    """What is wrong with the new secret as typed ("" when nothing)."""
    problem = accounts.secret_problem(new.text())
    if problem:
        return QCoreApplication.translate("Login", problem)
    if new.text() != again.text():
        return QCoreApplication.translate(
            "SecretDialog", "The two entries are not the same: type the new one again.")
    return ""


class SecretDialog(modal.KeptOnLock, QDialog):
    """OK runs *submit(actor, old, new)* as an operation; the dialog closes once it was
    accepted. *ask_old*: the user's own, so the old one is asked first."""

    def __init__(self, context: AppContext, title: str, intro: str,
                 submit: Callable[[Actor, str, str], Changes], *, ask_old: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self._submit = context, submit
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        about = QLabel(intro, self)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.old = QLineEdit(self)
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_old:
            form.addRow(self.tr("Your PIN or password now"), self.old)
        else:
            self.old.hide()
        self.new, self.again, self.problem = secret_fields(self, form)
        layout.addLayout(form)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.errors = FieldErrors({"secret": self.new}, {"secret": self.problem},
                                  self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        wrong = secret_mismatch(self.new, self.again)
        self.errors.clear()
        if wrong:
            self.problem.setText(wrong)
            self.problem.show()
            self.new.setFocus()
            return
        old, new = self.old.text(), self.new.text()
        # argon2 takes 60-200 ms: on the task thread, so the window keeps painting
        if operations.Operation(self, self.context, lambda actor: self._submit(
                actor, old, new)).show_problems(self.errors).with_progress(
                self.tr("Checking\u2026")).run() is not None:
            super().accept()


def change_own(parent: QWidget, context: AppContext) -> bool:
    """File > Change my PIN or password."""
    dialog = SecretDialog(context, SecretDialog.tr("Change my PIN or password"), SecretDialog.tr(
        "Type your PIN or password as it is now, then the new one twice."),
        accounts.change_own_secret, ask_old=True, parent=parent)
    done = bool(dialog.exec())
    if done:
        QMessageBox.information(parent, dialog.windowTitle(), SecretDialog.tr(
            "Your PIN or password is changed. Use the new one from now on."))
    return done


def reset(parent: QWidget, context: AppContext, user: accounts.UserRow) -> bool:
    """An admin gives *user* a new PIN or password (which also ends any wait)."""
    dialog = SecretDialog(context, SecretDialog.tr("Reset the PIN or password"), SecretDialog.tr(
        "A new PIN or password for {name}. Tell it to them in person; they can change it "
        "themselves afterwards.").format(name=user.shown_name),
        lambda actor, old, new: accounts.reset_secret(actor, user.id, new), parent=parent)
    return bool(dialog.exec())

"""File > Connect to a shared database… (#17): the dialog on a real server (Test connection
on the task thread, and what stands in the way said plainly: the server down, a wrong
password, not a CivicDesk database, a newer one, no rights), switching the window to it
and back (File > Use the database on this computer), this computer opening it at the next
start, and the password: the keyring's, or asked and remembered there when the user says
so. The keyring is a real backend kept in memory (server_data.MemoryKeyring)."""

from __future__ import annotations

import json

import pytest

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from civicdesk import passwords, paths
from civicdesk.data import database, lockfile, migrations, models
from civicdesk.services import actors, people, shared_database
from civicdesk.services.actors import Actor

from civicdesk.gui import application
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.dialogs.connect_dialog import Choice, ConnectDialog, PasswordDialog
from civicdesk.gui.login_screen import FirstRunScreen
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

from conftest import run_civicdesk
from server_data import needs_server, write_version

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_libpq_password")]


@pytest.fixture
def runner():
    """The real task thread, as in the app: Test connection runs off the GUI thread."""
    made = TaskRunner()
    yield made
    made.shutdown()


@pytest.fixture
def dialog(qtbot, runner, db, db_path):
    shown = ConnectDialog(AppContext(db_path=db_path, actor=Actor("Ada", "admin"),
                                     tasks=runner))
    qtbot.add_widget(shown)
    shown.show()
    return shown


def fill(qtbot, dialog: ConnectDialog, where, password: str = "") -> None:
    """Type the connection into the dialog's fields, as a user does."""
    for field, value in ((dialog.host, where.host), (dialog.database, where.database),
                         (dialog.user, where.user), (dialog.password, password)):
        field.clear()
        qtbot.keyClicks(field, value)
    dialog.port.setValue(where.port)


def run_test(qtbot, dialog) -> str:
    """Press Test connection; what it says once the task is done."""
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() or dialog.test_button.isEnabled()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=20_000)
    assert not dialog.progress.isVisible()
    return dialog.status.text()


@needs_server
def test_test_connection_finds_an_empty_database_and_ok_chooses_it(qtbot, dialog, clerk,
                                                                    make_database,
                                                                    memory_keyring):
    where = clerk.address(make_database())
    fill(qtbot, dialog, where, clerk.password)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("prefer"))
    assert dialog.remember.isVisible()
    dialog.remember.setChecked(True)
    assert run_test(qtbot, dialog) == ("Connected. The database is empty: CivicDesk sets it up "
                                      "when you connect.")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice.where == where and choice.where.password is None
    assert choice.typed == passwords.Typed(clerk.password, True)
    assert choice.address.password == clerk.password
    assert memory_keyring.kept == {}  # kept only once the window has switched to it


@needs_server
def test_the_window_stays_on_its_database_while_testing(qtbot, dialog, clerk, make_database,
                                                        db):
    where = clerk.address(make_database())
    fill(qtbot, dialog, where, clerk.password)
    run_test(qtbot, dialog)
    assert models.database.obj is db


@needs_server
def test_a_wrong_password_is_said_and_the_password_chosen_again(qtbot, dialog, clerk,
                                                                make_database):
    where = clerk.address(make_database())
    fill(qtbot, dialog, where, "wrong")
    says = run_test(qtbot, dialog)
    assert says == (f"The database server {where.host}:{where.port} did not accept the user "
                    f"name {clerk.name} with this password. Type the password again, or ask "
                    f"whoever runs the server.")
    assert dialog.password.hasFocus() and dialog.password.selectedText() == "wrong"
    dialog.accept()  # tests again first; refused again: the dialog stays
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=20_000)
    assert dialog.isVisible() and dialog.choice() is None


@needs_server
def test_no_password_anywhere_asks_for_one_and_the_keyrings_is_used(qtbot, dialog, clerk,
                                                                    make_database,
                                                                    memory_keyring):
    where = clerk.address(make_database())
    fill(qtbot, dialog, where)
    assert run_test(qtbot, dialog) == (f"The database server {where.host}:{where.port} asks "
                                      f"for the password of {clerk.name}. Type it in "
                                      f"Password.")
    passwords.remember(where, clerk.password)
    assert run_test(qtbot, dialog).startswith("Connected.")
    dialog.accept()
    assert dialog.choice() == Choice(where, None)  # the keyring's, as at every start


@needs_server
@pytest.mark.parametrize("what", ["foreign", "newer", "no rights", "no database", "down"])
def test_what_stands_in_the_way_is_said(qtbot, dialog, clerk, make_database, what):
    if what == "down":
        where = type(clerk.address("x"))(host="127.0.0.1", port=1, user=clerk.name,
                                         database="civicdesk")
    elif what == "no database":
        where = clerk.address("not_there")
    else:
        where = clerk.address(make_database(owner=what != "no rights"))
    if what == "foreign":
        write_version(where.database, 3, application_id=1234)
    elif what == "newer":
        write_version(where.database, migrations.SCHEMA_VERSION + 1)
    fill(qtbot, dialog, where, clerk.password)
    says = run_test(qtbot, dialog)
    expected = {
        "foreign": f"The database {where.database} on {where.host}:{where.port} is not a "
                   f"CivicDesk database",
        "newer": f"{where.url()} was saved by a newer CivicDesk",
        "no rights": f"The user {clerk.name} may not create tables in the database "
                     f"{where.database}",
        "no database": f"has no database named {where.database}",
        "down": "CivicDesk cannot reach the database server 127.0.0.1:1",
    }[what]
    assert expected in says, says
    assert clerk.password not in says and dialog.choice() is None


def test_bad_fields_are_marked_and_nothing_is_tried(qtbot, dialog):
    dialog.host.setText("office pc")
    dialog.database.clear()
    dialog.test_button.click()
    assert not dialog.status.isVisible()
    assert "Database: This is required." in dialog.summary.text()
    assert "Server: This cannot hold spaces." in dialog.summary.text()


def test_without_a_keyring_remember_is_not_offered(qtbot, dialog, no_keyring):
    again = ConnectDialog(dialog.context)
    qtbot.add_widget(again)
    again.show()
    assert not again.remember.isVisible()
    asked = PasswordDialog(shared_database.parse("postgresql://ana@office-pc/association"))
    qtbot.add_widget(asked)
    asked.show()
    assert not asked.remember.isVisible()


def test_the_password_dialog_needs_a_password(qtbot, memory_keyring):
    asked = PasswordDialog(shared_database.parse("postgresql://ana@office-pc/association"))
    qtbot.add_widget(asked)
    asked.show()
    assert asked.intro.text() == ("The database server office-pc asks for the password of "
                                  "ana for the database association.")
    asked.accept()
    assert asked.isVisible() and "Type the password" in asked.problem.text()
    qtbot.keyClicks(asked.password, "s3cret")
    asked.remember.setChecked(True)
    asked.accept()
    assert asked.typed() == passwords.Typed("s3cret", True)


# --- the window switching ---------------------------------------------------------------------

@pytest.fixture
def session(qtbot, db, db_path, data_dir):
    """The app's session over the test's file, its window open for an admin."""
    held = application.claim(db_path)
    made = application.Session(db_path, db, claim=held)
    made.runner = TaskRunner(SynchronousExecutor())
    made.open_window(Actor("Ada", "admin"))  # the session deletes it when it switches
    yield made
    for widget in (made.window, made.start):
        if widget is not None and shiboken6.isValid(widget):
            if hasattr(widget, "screen_lock"):
                widget.screen_lock.stop()
            widget.close()
    made.claim.release()
    if made.db is not None:
        database.close_database(made.db)


def file_menu(window) -> list[str]:
    return [a.text() for a in window.ui.menu_file.actions() if a.isVisible()
            and not a.isSeparator()]


@pytest.mark.sqlite_only("the window starts on a file of this computer")
def test_an_admin_finds_connect_in_the_file_menu_and_others_do_not(qtbot, db, db_path):
    for role, shown in (("admin", True), ("coordinator", False), ("volunteer", False)):
        window = MainWindow(AppContext(db_path=db_path, actor=Actor("Tess", role),
                                       tasks=TaskRunner(SynchronousExecutor())))
        qtbot.add_widget(window)
        items = file_menu(window)
        assert ("C&onnect to a shared database…" in items) is shown
        assert "&Use the database on this computer" not in items  # on a file already
        window.screen_lock.stop()


@pytest.mark.sqlite_only("the window starts on a file of this computer")
@needs_server
def test_connecting_switches_the_window_and_the_next_start_opens_it(
        qtbot, session, clerk, make_database, memory_keyring, db_path, monkeypatch):
    people.create_person(actors.local_actor(), {"first_name": "Only", "last_name": "Local"})
    where = clerk.address(make_database(civicdesk=True))
    monkeypatch.setattr(ConnectDialog, "ask", classmethod(
        lambda cls, context, parent, current: Choice(where, passwords.Typed(clerk.password,
                                                                            True))))
    session.window.action_connect.trigger()
    assert session.path == where and session.window is None
    assert isinstance(session.start.screen, FirstRunScreen)  # the server's own accounts
    assert shared_database.short_name(where) in session.start.windowTitle()
    assert models.Person.select().count() == 0  # the server's database
    assert shared_database.remembered() == where
    assert memory_keyring.kept == {("CivicDesk", where.key): clerk.password}
    saved = paths.this_computer_file().read_text(encoding="utf-8")
    assert clerk.password not in saved and json.loads(saved)["shared_database"] == where.url()
    assert session.claim.lock is None and not lockfile.lock_path(db_path).exists()
    assert QApplication.instance().quitOnLastWindowClosed()

    window = session.open_window(Actor("Ada", "admin"))
    assert f"Database: {where.url()}" == window.db_label.text()
    assert "&Use the database on this computer" in file_menu(window)
    assert not window.ui.action_restore.isVisible()  # a file's; a server's is moved
    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    window.action_use_local.trigger()
    assert session.path == db_path and shared_database.remembered() is None
    assert [p.first_name for p in models.Person.select()] == ["Only"]
    assert session.claim.lock is not None  # the file's lock, held again


@pytest.mark.sqlite_only("the window starts on a file of this computer")
@needs_server
def test_a_database_that_cannot_be_opened_leaves_the_window_on_its_own(
        qtbot, session, clerk, make_database, db_path, monkeypatch):
    where = clerk.address(make_database(owner=False))  # no rights to set it up
    told = []
    monkeypatch.setattr(application, "tell_cannot_open", told.append)
    assert not session.switch(Choice(where, passwords.Typed(clerk.password)))
    assert "may not create tables" in str(told[0])
    assert session.path == db_path and shared_database.remembered() is None
    assert models.database.obj is session.db and session.claim.lock is not None


# --- at start ---------------------------------------------------------------------------------

@needs_server
def test_at_start_the_remembered_database_opens_with_a_password_asked_and_remembered(
        qtbot, clerk, make_database, memory_keyring, data_dir, monkeypatch):
    where = clerk.address(make_database(civicdesk=True))
    shared_database.remember(where)
    assert application.start_location(type("Args", (), {"db": None})()) == where
    asked = []

    def ask(address, problem, parent=None):
        asked.append(type(problem).__name__ if problem else None)
        return passwords.Typed("wrong" if len(asked) == 1 else clerk.password, True)

    monkeypatch.setattr(application, "ask_password", ask)
    opened = application.open_location(where, local=True)
    try:
        assert asked == [None, "WrongPassword"]  # asked again after a wrong one
        assert opened.where == where and models.database.obj is opened.db
        assert models.Person.select().count() == 0  # queried on the GUI thread
        assert memory_keyring.kept == {("CivicDesk", where.key): clerk.password}
    finally:
        database.close_database(opened.db)
    asked.clear()
    again = application.open_location(where, local=True)  # the next start: the keyring's
    try:
        assert asked == [] and again.where == where
    finally:
        database.close_database(again.db)


@needs_server
def test_at_start_a_server_that_is_down_offers_this_computers_database(
        qtbot, clerk, data_dir, monkeypatch):
    where = type(clerk.address("x"))(host="127.0.0.1", port=1, user=clerk.name,
                                     database="civicdesk")
    shared_database.remember(where)
    offers = []
    answers = iter([application.RETRY, application.LOCAL])
    monkeypatch.setattr(application, "offer_after_failure",
                        lambda exc, local: offers.append((str(exc), local)) or next(answers))
    opened = application.open_location(where, local=True)
    try:
        assert [local for _, local in offers] == [True, True]
        assert "cannot reach the database server 127.0.0.1:1" in offers[0][0]
        assert opened.where == paths.default_db_path() and opened.claim.lock is not None
        assert shared_database.remembered() is None  # this computer's database from now on
    finally:
        opened.claim.release()
        database.close_database(opened.db)


def test_a_remembered_connection_gives_way_to_db_on_the_command_line(data_dir, tmp_path):
    shared_database.remember(shared_database.parse("postgresql://ana@office-pc/association"))
    given = type("Args", (), {"db": str(tmp_path / "other.db")})()
    assert application.start_location(given) == tmp_path / "other.db"
    assert application.start_location(type("Args", (), {"db": None})()).host == "office-pc"


@needs_server
def test_the_window_opens_on_a_server_address_given_with_db(clerk, make_database, data_dir):
    where = clerk.address(make_database(civicdesk=True))
    login = f"{clerk.name}:{clerk.password}"
    done = run_civicdesk("--db", f"postgresql://{login}@{where.host}:{where.port}/"
                         f"{where.database}", "--quit-after-show")
    assert done.returncode == 0, done.stderr
    assert clerk.password not in done.stdout + done.stderr
    assert not list(data_dir.glob("*.lock"))  # a server's database has no lock file

"""Logins in the window: the first admin, the login screen, the lock (idle, Ctrl+L, switch
user) with edits kept for the same user and thrown away for another, the accounts dialog,
and what each role is offered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from civicdesk import paths
from civicdesk.data import backend, models
from civicdesk.services import accounts, people, preferences

from civicdesk.gui import application, operations, screen_lock, viewer_files
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import accounts_dialog, secret_dialog
from civicdesk.gui.dialogs.event_dialog import EventDialog
from civicdesk.gui.login_screen import FirstRunScreen, LoginScreen, StartWindow
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.panes import members
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = pytest.mark.gui

PIN = {"Ada Admin": "1111", "Bob Baker": "2222", "Val Volunteer": "3333"}


@pytest.fixture
def team(db):
    """An admin, a coordinator and a volunteer: name -> Actor (as logging in gives)."""
    ada = accounts.create_first_admin("Ada Admin", PIN["Ada Admin"])
    found = {"Ada Admin": ada}
    for name, role in (("Bob Baker", "coordinator"), ("Val Volunteer", "volunteer")):
        accounts.add_user(ada, {"username": name, "role": role}, PIN[name])
        found[name] = accounts.login(name, PIN[name])
    return found


def runner() -> TaskRunner:
    return TaskRunner(SynchronousExecutor())


def log_in(screen: LoginScreen, actor, secret: str | None = None) -> None:
    screen.choose(actor.user_id)
    screen.secret.setText(PIN[actor.name] if secret is None else secret)
    screen.log_in()


@pytest.fixture
def window_for(qtbot, db_path):
    made = []

    def make(actor) -> MainWindow:
        window = MainWindow(AppContext(db_path=db_path, actor=actor, tasks=runner()))
        qtbot.add_widget(window)
        window.show()
        window.activateWindow()  # for its shortcuts (Ctrl+L)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.screen_lock.stop()


# --- first run and login -----------------------------------------------------------------

def test_the_first_run_screen_creates_the_admin_who_is_then_logged_in(qtbot, db):
    thread = TaskRunner()  # the real task thread: the hashing is off the GUI thread
    screen = FirstRunScreen(thread)
    qtbot.add_widget(screen)
    screen.show()
    screen.create()
    shown = {edit: label.text() for edit, label in screen.errors.items() if label.isVisible()}
    assert "Enter your name" in shown[screen.name] and "PIN or a password" in shown[screen.secret]
    qtbot.keyClicks(screen.name, "Ada Admin")
    qtbot.keyClicks(screen.secret, "12")
    screen.create()
    assert "at least 4 digits" in screen.errors[screen.secret].text()
    screen.secret.setText("123456")
    screen.again.setText("123465")
    screen.create()
    assert "not the same" in screen.errors[screen.again].text()
    assert not accounts.any_accounts()  # nothing was created meanwhile
    screen.again.setText("123456")
    with qtbot.wait_signal(screen.logged_in) as got:
        qtbot.keyClick(screen.again, Qt.Key.Key_Return)
    actor = got.args[0]
    thread.shutdown()
    assert (actor.name, actor.role) == ("Ada Admin", "admin") and actor.user_id
    assert accounts.login("Ada Admin", "123456") == actor


def test_typing_a_name_picks_it_and_the_right_pin_logs_in(qtbot, team):
    screen = LoginScreen(runner())
    qtbot.add_widget(screen)
    screen.show()
    screen.reload()
    qtbot.keyClicks(screen.name_filter, "va")
    assert screen.chosen_user() == team["Val Volunteer"].user_id
    qtbot.keyClick(screen.name_filter, Qt.Key.Key_Return)
    assert screen.focusWidget() is screen.secret
    qtbot.keyClicks(screen.secret, "9999")
    with qtbot.assert_not_emitted(screen.logged_in):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert "not right for Val Volunteer" in screen.shown_message()
    assert "left before the account has to wait: 4" in screen.shown_message()
    assert screen.secret.text() == ""
    qtbot.keyClicks(screen.secret, "3333")
    with qtbot.wait_signal(screen.logged_in) as got:
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert got.args[0] == team["Val Volunteer"] and screen.shown_message() == ""


def test_a_name_nobody_has_says_so(qtbot, team):
    screen = LoginScreen(runner())
    qtbot.add_widget(screen)
    screen.reload()
    qtbot.keyClicks(screen.name_filter, "zz")
    assert screen.chosen_user() is None and "\u201czz\u201d" in screen.shown_message()
    screen.log_in()
    assert "Choose your name" in screen.shown_message()


def test_five_wrong_pins_make_the_account_wait_with_a_countdown(qtbot, team, clock):
    clock.pin(datetime(2027, 5, 3, 10, 0, tzinfo=UTC))
    bob = team["Bob Baker"]
    screen = LoginScreen(runner())
    qtbot.add_widget(screen)
    screen.reload()
    for _ in range(5):
        log_in(screen, bob, "0000")
    assert "30 seconds" in screen.shown_message()
    screen.log_in()  # the field is closed meanwhile: no sixth attempt is made
    assert models.User.get_by_id(bob.user_id).failed_attempts == 5
    assert not screen.secret.isEnabled() and screen.countdown.isActive()
    log_in(screen, bob, PIN["Bob Baker"])  # choosing again does not skip the wait
    assert "seconds" in screen.shown_message()
    clock.advance(timedelta(seconds=12))
    screen.refresh_wait()
    assert "try again in 18 seconds" in screen.shown_message()
    clock.advance(timedelta(seconds=19))
    screen.refresh_wait()
    assert screen.secret.isEnabled() and not screen.countdown.isActive()
    with qtbot.wait_signal(screen.logged_in):
        log_in(screen, bob)


@pytest.mark.sqlite_only("a database file open in another CivicDesk (its lock file)")
def test_a_read_only_copy_still_lets_people_log_in(qtbot, team, db, db_path, monkeypatch):
    from civicdesk.data import database, lockfile

    database.close_database(db)
    lock = lockfile.acquire(db_path)  # as by another CivicDesk
    try:
        monkeypatch.setattr(application, "offer_read_only", lambda exc: True)
        claimed = application.claim(db_path)
        looking = application.open_for_window(db_path, claimed.read_only_for)
        assert database.read_only_for(looking) is not None
        try:
            screen = LoginScreen(runner())
            qtbot.add_widget(screen)
            screen.reload()
            with qtbot.wait_signal(screen.logged_in) as got:
                log_in(screen, team["Val Volunteer"])
            assert got.args[0].role == "volunteer"
        finally:
            database.close_database(looking)
    finally:
        lock.release()


def test_the_app_starts_at_the_login_and_the_window_is_the_users(qtbot, team, db, db_path):
    session = application.Session(db_path, db)
    start = session.show()
    qtbot.add_widget(start)
    assert isinstance(start, StartWindow) and isinstance(start.screen, LoginScreen)
    assert session.window is None  # nothing of the data shows before a login
    log_in(start.screen, team["Bob Baker"])
    qtbot.waitUntil(lambda: session.window is not None)
    window = session.window
    qtbot.add_widget(window)
    assert window.context.actor == team["Bob Baker"]
    assert "Bob Baker (Coordinator)" in window.user_label.text()
    window.screen_lock.stop()
    window.close()


# --- the lock ----------------------------------------------------------------------------

def test_ctrl_l_hides_everything_and_writes_are_refused_until_a_login(qtbot, team,
                                                                      window_for):
    window = window_for(team["Ada Admin"])
    pane = window.current_pane()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = window.screen_lock
    assert lock.locked and lock.stack.currentWidget() is lock.screen_area
    assert not pane.isVisible() and not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert lock.screen.chosen_user() == team["Ada Admin"].user_id  # ready for her PIN
    assert lock.screen.heading.text() == "CivicDesk is locked"
    assert lock.screen.hint.text().startswith("Ada Admin: type your PIN or password")
    qtbot.keyClick(lock.screen.secret, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.nav_list.currentRow() == 0  # the menus' shortcuts are gone too
    refused = []
    operations.Operation(window, window.context, lambda actor: people.create_person(
        actor, {"first_name": "Sneaky"})).on_refused(refused.append).run()
    assert isinstance(refused[0], operations.ScreenLocked)
    assert models.Person.select().count() == 0
    log_in(lock.screen, team["Ada Admin"])
    assert not lock.locked and pane.isVisible() and window.menuBar().isVisible()
    qtbot.keyClick(window.ui.nav_list, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.nav_list.currentRow() == 1  # and back once she is in


def test_idle_minutes_lock_the_window(qtbot, team, window_for):
    window = window_for(team["Bob Baker"])
    idle = window.screen_lock.idle
    assert idle.timer.interval() == 5 * 60_000  # the setting's default
    idle.timer.setInterval(20)
    idle.restart()
    qtbot.waitUntil(lambda: window.screen_lock.locked, timeout=2000)
    assert not idle.timer.isActive()  # locked: no need to count


def test_a_changed_idle_setting_counts_at_once_and_zero_never_locks(qtbot, team, window_for):
    window = window_for(team["Ada Admin"])
    for minutes, interval, counting in ((15, 15 * 60_000, True), (0, 0, False)):
        operations.run(window, window.context, lambda actor, m=minutes:
                       preferences.update_setting(actor, "idle_lock_minutes", m))
        assert window.screen_lock.idle.timer.interval() == interval
        assert window.screen_lock.idle.timer.isActive() is counting


def test_the_same_user_gets_an_open_editor_back_with_its_edits(qtbot, team, window_for):
    window = window_for(team["Bob Baker"])
    lock = window.screen_lock
    seen = {}

    def meanwhile():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, EventDialog) and w.isVisible())
        try:
            qtbot.keyClicks(dialog.ui.name_edit, "Spring fair")
            lock.lock()
            seen["hidden"] = not dialog.isVisible()
            log_in(lock.screen, team["Bob Baker"])
            seen["back"] = dialog.isVisible() and dialog.ui.name_edit.text()
            dialog.on_save()
        finally:
            if dialog.isVisible():
                QDialog.done(dialog, 0)

    QTimer.singleShot(0, meanwhile)
    changes = EventDialog.ask(window.context, window)
    assert seen == {"hidden": True, "back": "Spring fair"}
    assert changes is not None
    event = models.Event.get_by_id(changes.id)
    assert event.name == "Spring fair"
    entry = models.AuditEntry.select().where(models.AuditEntry.table_name == "event").get()
    assert entry.actor == "Bob Baker"


def test_another_user_is_warned_and_the_first_users_edits_are_thrown_away(
        qtbot, team, window_for, monkeypatch):
    window = window_for(team["Bob Baker"])
    lock = window.screen_lock
    warned = []
    monkeypatch.setattr(screen_lock, "confirm_other_user",
                        lambda parent, first, second: warned.append(
                            (first, second, lock.stack.currentWidget() is lock.screen_area))
                        or len(warned) > 1)

    def meanwhile():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, EventDialog) and w.isVisible())
        try:
            qtbot.keyClicks(dialog.ui.name_edit, "Bob's secret plan")
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            log_in(lock.screen, team["Ada Admin"])  # she says no at first: still locked
            assert lock.locked and not dialog.isVisible()
            log_in(lock.screen, team["Ada Admin"])
        finally:
            if dialog.isVisible():
                QDialog.done(dialog, 0)

    QTimer.singleShot(0, meanwhile)
    assert EventDialog.ask(window.context, window) is None
    assert warned == [("Bob Baker", "Ada Admin", True)] * 2
    assert not lock.locked and window.context.actor == team["Ada Admin"]
    assert models.Event.select().count() == 0
    assert "Ada Admin (Admin)" in window.user_label.text()


def test_another_user_does_not_get_the_person_edits_left_on_the_members_pane(
        qtbot, team, window_for, monkeypatch):
    ann = people.create_person(team["Ada Admin"], {"first_name": "Ann"}).id
    window = window_for(team["Ada Admin"])
    pane = window.pane_of(members.MembersPane)
    pane.open_person(ann)
    pane.person_page.editor.ui.first_name_edit.setText("Annabel")
    assert window._has_unsaved_edits()
    monkeypatch.setattr(screen_lock, "confirm_other_user", lambda *a: True)
    window.screen_lock.lock(switch_user=True)
    assert window.screen_lock.screen.heading.text() == "Who are you?"  # a switch: anyone
    log_in(window.screen_lock.screen, team["Val Volunteer"])
    fresh = window.pane_of(members.MembersPane)
    assert fresh is not pane and not window._has_unsaved_edits()
    assert models.Person.get_by_id(ann).first_name == "Ann"


def test_reports_handed_to_a_viewer_are_removed_at_lock(qtbot, team, window_for, data_dir):
    window = window_for(team["Ada Admin"])
    opened = viewer_files.new_file("members-2027.pdf", b"%PDF-1.4 made up")
    assert opened.read_bytes().startswith(b"%PDF")
    assert (viewer_files.folder().stat().st_mode & 0o077) == 0
    assert viewer_files.folder().parent == paths.data_dir()
    window.screen_lock.lock()
    assert not opened.exists() and list(viewer_files.folder().iterdir()) == []


def test_closing_the_window_removes_the_reports_handed_to_a_viewer(qtbot, team, window_for):
    window = window_for(team["Bob Baker"])
    opened = viewer_files.new_file("roster.pdf", b"%PDF-1.4 made up")
    window.close()
    assert not opened.exists()


# --- roles -------------------------------------------------------------------------------

def test_a_volunteer_sees_no_admin_actions_and_no_sensitive_notes(qtbot, team, window_for,
                                                                  monkeypatch):
    ann = people.create_person(team["Ada Admin"], {"first_name": "Ann",
                                                   "sensitive_notes": "Private"}).id
    window = window_for(team["Ada Admin"])
    assert window.action_accounts.isVisible()
    # (a server's database is not restored in place: moved, #17)
    assert window.ui.action_restore.isVisible() is not backend.is_postgres()
    monkeypatch.setattr(screen_lock, "confirm_other_user", lambda *a: True)
    window.screen_lock.lock(switch_user=True)
    log_in(window.screen_lock.screen, team["Val Volunteer"])
    assert not window.action_accounts.isVisible()
    assert not window.ui.action_restore.isVisible()
    assert not window.ui.action_second_folder.isVisible()
    assert window.action_own_secret.isVisible() and window.action_lock.isVisible()
    pane = window.pane_of(members.MembersPane)
    pane._go((members.PERSON, ann))
    editor = pane.person_page.editor
    assert not editor.sensitive_visible()
    assert "Private" not in editor.ui.sensitive_notes_edit.toPlainText()
    # The admin's sections are gone from the navigation and the Go menu, shortcut and all.
    audit = next(i for i, e in enumerate(window.pane_entries) if e.title() == "Audit log")
    assert window.ui.nav_list.item(audit).isHidden()
    assert not window._go_actions[audit].isVisible()
    window._go_actions[audit].trigger()
    window.show_pane(audit)
    assert window.ui.nav_list.currentRow() != audit
    assert not window.action_retention.isVisible()


# --- the accounts dialog -----------------------------------------------------------------

def test_the_accounts_dialog_adds_a_user_who_can_then_log_in(qtbot, team, db_path):
    context = AppContext(db_path=db_path, actor=team["Ada Admin"], tasks=runner())
    dialog = accounts_dialog.AccountsDialog(context)
    qtbot.add_widget(dialog)
    assert dialog.model.rowCount() == 3
    add = accounts_dialog.AccountDialog(context, None, dialog)
    qtbot.add_widget(add)
    add.username.setText("Wanda Walker")
    add.role.setCurrentIndex(add.role.findData("coordinator"))
    add.new.setText("4444")
    add.again.setText("4445")
    add.accept()
    assert "not the same" in add.secret_problem.text() and add.changes is None
    add.again.setText("4444")
    add.accept()
    assert add.changes is not None and add.result() == QDialog.DialogCode.Accepted
    dialog._after(add.changes)
    assert dialog.current().shown_name == "Wanda Walker" and dialog.model.rowCount() == 4
    screen = LoginScreen(runner())
    qtbot.add_widget(screen)
    screen.reload()
    qtbot.keyClicks(screen.name_filter, "wan")
    qtbot.keyClicks(screen.secret, "4444")
    with qtbot.wait_signal(screen.logged_in) as got:
        screen.log_in()
    assert got.args[0].role == "coordinator"


def test_the_last_admin_cannot_be_deactivated_and_is_told_why(qtbot, team, db_path):
    context = AppContext(db_path=db_path, actor=team["Ada Admin"], tasks=runner())
    dialog = accounts_dialog.AccountsDialog(context)
    qtbot.add_widget(dialog)
    dialog.reload(team["Ada Admin"].user_id)
    dialog.toggle_active()
    assert "last active admin" in dialog.message.text() and dialog.message.isVisibleTo(dialog)
    assert models.User.get_by_id(team["Ada Admin"].user_id).active
    dialog.reload(team["Val Volunteer"].user_id)
    dialog.toggle_active()
    assert not models.User.get_by_id(team["Val Volunteer"].user_id).active
    assert dialog.active_button.text().replace("&", "") == "Reactivate"


def test_changing_my_own_pin_asks_for_the_old_one(qtbot, team, db_path):
    context = AppContext(db_path=db_path, actor=team["Val Volunteer"], tasks=runner())
    dialog = secret_dialog.SecretDialog(context, "Change", "", accounts.change_own_secret,
                                        ask_old=True)
    qtbot.add_widget(dialog)
    dialog.old.setText("0000")
    dialog.new.setText("98765")
    dialog.again.setText("98765")
    dialog.accept()
    assert "not right" in dialog.summary.text() and dialog.result() == 0
    dialog.old.setText(PIN["Val Volunteer"])
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.login("Val Volunteer", "98765").user_id == team["Val Volunteer"].user_id


def test_the_account_model_passes_the_model_tester(qtmodeltester, team):
    model = accounts_dialog.account_model()
    model.set_rows(accounts.list_users())
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Ada Admin", "Bob Baker", "Val Volunteer"]
    assert model.index(0, 4).data() == "never" and model.index(1, 4).data() != "never"
    assert model.index(0, 1).data() == "Admin" and model.index(2, 1).data() == "Volunteer"

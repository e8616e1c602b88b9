"""Backups and restore in the window: routine backups at start, on demand and at exit; the
status bar's warnings; File > Restore from a backup; a damaged file offered its backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk.data import backups, database, errors, models
from civicdesk.services import accounts, people, preferences, storage
from civicdesk.services.actors import Actor

from civicdesk.gui import application, crash
from civicdesk.gui.context import AppContext
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.dates]


@pytest.fixture
def window(qtbot, db, db_path, actor):
    people.create_person(actor, {"first_name": "Ann", "last_name": "Bell"})
    context = AppContext(db_path=db_path, actor=Actor("Tess Tester"),
                         tasks=TaskRunner(SynchronousExecutor()))
    win = MainWindow(context)
    qtbot.add_widget(win)
    win.show()
    return win


def test_a_backup_is_made_at_start_when_none_is_recent(window):
    assert backups.list_backups(storage.backup_folder()) == []
    window.start_routines()
    (made,) = backups.list_backups(storage.backup_folder())
    assert made.kind == "routine" and made.verified and made.people == 1
    assert window.keeper.label.text().startswith("Backed up ")
    window.start_routines()  # not due again the same day
    assert len(backups.list_backups(storage.backup_folder())) == 1


def test_back_up_now_and_at_exit_when_something_was_saved(window, actor, monkeypatch):
    window.ui.action_back_up.trigger()
    assert [b.kind for b in backups.list_backups(storage.backup_folder())] == ["manual"]
    window.close()  # nothing saved since: no backup at exit
    assert len(backups.list_backups(storage.backup_folder())) == 1


def test_what_was_saved_is_backed_up_at_exit(window, actor):
    window.ui.action_back_up.trigger()
    people.create_person(actor, {"first_name": "Late"})
    window.close()
    newest = backups.list_backups(storage.backup_folder())[0]
    assert newest.people == 2 and not storage.changed_since_last_backup()


def test_the_status_bar_warns_of_an_old_backup_and_a_missing_second_folder(window, clock,
                                                                          tmp_path, actor):
    clock.pin(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    window.ui.action_back_up.trigger()
    clock.pin(datetime(2026, 3, 9, 9, 0, tzinfo=UTC))
    window.keeper.show_status()
    assert "over a week ago" in window.keeper.label.text()
    (tmp_path / "usb").mkdir()
    preferences.update_setting(actor, "backup_folder_2", str(tmp_path / "usb"))
    (tmp_path / "usb").rmdir()  # the stick was taken out
    window.keeper.show_status()
    assert "second backup folder is missing" in window.keeper.label.text()


@pytest.mark.sqlite_only("putting a backup file back in place of the database file")
def test_restore_from_the_window_puts_the_backup_back_in_a_new_window(qtbot, db, db_path,
                                                                      actor, monkeypatch):
    admin = accounts.create_first_admin("Tess Tester", "1234")
    people.create_person(actor, {"first_name": "Kept"})
    backup = storage.back_up().backup
    people.create_person(actor, {"first_name": "Not in the backup"})
    session = application.Session(db_path, db)

    def log_in() -> MainWindow:  # at the start, and again after the restore
        session.window = None
        session.start.screen.choose(admin.user_id)
        session.start.screen.secret.setText("1234")
        session.start.screen.log_in()
        qtbot.waitUntil(lambda: session.window is not None)
        return session.window

    session.show()
    first = log_in()  # the session closes and deletes it
    monkeypatch.setattr(MainWindow, "choose_backup", lambda self: backup)
    first.ui.action_restore.trigger()
    second = log_in()
    qtbot.add_widget(second)
    assert second is not first and second.isVisible()
    assert [p.first_name for p in models.Person.select()] == ["Kept"]
    restored = models.AuditEntry.select().where(models.AuditEntry.action == "restore").get()
    assert restored.actor == "Tess Tester"  # the admin who asked
    assert QApplication.instance().quitOnLastWindowClosed()
    safety = [b for b in storage.on_hand() if b.kind == "before-restore"]
    assert safety and safety[0].people == 2
    second.close()
    database.close_database(session.db)


@pytest.mark.sqlite_only("a damaged database file")
def test_a_damaged_file_at_start_is_offered_its_newest_backup(db, db_path, actor, monkeypatch):
    people.create_person(actor, {"first_name": "Ann"})
    backup = storage.back_up().backup
    database.close_database(db)
    with db_path.open("r+b") as fh:
        fh.seek(100)
        fh.write(b"\xff" * 3996)
    offered, told = [], []
    monkeypatch.setattr(application, "tell_cannot_open", told.append)
    monkeypatch.setattr(application, "offer_restore", lambda exc: offered.append(exc) or False)
    assert application.open_for_window(db_path) is None
    assert isinstance(offered[0], errors.DatabaseDamaged) and offered[0].backup == backup
    assert told == []  # declined: that one box said it, and nothing was changed
    monkeypatch.setattr(application, "offer_restore", lambda exc: True)
    reopened = application.open_for_window(db_path)
    try:
        assert reopened is not None and models.Person.select().count() == 1
    finally:
        database.close_database(reopened)


@pytest.mark.sqlite_only("SQLite's own \"database is locked\"")
def test_a_storage_failure_while_reading_is_a_message_not_a_crash(qtbot, db, monkeypatch):
    shown, crashes = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message: shown.append(
        message))
    monkeypatch.setattr(crash, "CrashDialog", lambda *a: crashes.append(a))
    handler = crash.CrashHandler()
    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert shown and "busy" in shown[0] and crashes == []


def test_the_backup_is_made_on_the_task_thread(qtbot, db, db_path, clock):
    context = AppContext(db_path=db_path, actor=Actor("Tess"), tasks=TaskRunner())
    win = MainWindow(context)
    qtbot.add_widget(win)
    task = win.keeper.back_up()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert task.error is None and backups.newest_verified(storage.backup_folder()) is not None
    context.tasks.shutdown()
    assert timedelta(0) <= clock.utcnow() - task.result.backup.taken_at < timedelta(minutes=1)

"""A second window on a file that is open elsewhere: told who has it, may open it read-only
(which says so, makes no backups, and refuses saving while keeping what was typed), or
cancel."""

from __future__ import annotations

import socket

import pytest

from civicdesk.data import backups, database, lockfile, models
from civicdesk.services import people, storage
from civicdesk.services.actors import Actor

from civicdesk.gui import application
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.panes import members
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only("a database file open in another CivicDesk (its lock file)")]

TESS = Actor("Tess Tester")


@pytest.fixture
def town(db, db_path):
    ann = people.create_person(TESS, {"first_name": "Ann", "last_name": "Bell"}).id
    database.close_database(db)
    return db_path, ann


@pytest.fixture
def held(town):
    """The file's lock, held as by a first window (flock: a second open in this very
    process is refused like another process would be)."""
    lock = lockfile.acquire(town[0])
    yield lock
    lock.release()


@pytest.fixture
def shown(monkeypatch):
    seen = {"offers": [], "errors": []}

    def offer(exc, answer):
        seen["offers"].append(str(exc))
        return answer

    seen["answer"] = True
    monkeypatch.setattr(application, "offer_read_only",
                        lambda exc: offer(exc, seen["answer"]))
    monkeypatch.setattr(application, "tell_cannot_open",
                        lambda exc: seen["errors"].append(str(exc)))
    return seen


def test_cancel_opens_nothing(qapp, town, held, shown):
    shown["answer"] = False
    assert application.claim(town[0]) is None
    (offer,) = shown["offers"]
    assert "already open in CivicDesk" in offer and "on this computer" in offer


def test_the_first_window_takes_the_lock_and_a_later_one_is_told(qapp, town, shown):
    first = application.claim(town[0])
    try:
        assert first.lock.held and first.read_only_for is None
        second = application.claim(town[0])
        assert second.read_only_for is not None and second.lock is None
        assert second.read_only_for.host == socket.gethostname()
    finally:
        first.release()
    third = application.claim(town[0])  # once the first is closed the file is free
    assert third.lock.held
    third.release()


def test_a_read_only_window_says_so_and_refuses_saving(qtbot, town, held, shown,
                                                       monkeypatch):
    path, ann = town
    claimed = application.claim(path)
    db = application.open_for_window(path, claimed.read_only_for)
    assert db is not None and shown["errors"] == []
    try:
        context = AppContext(db_path=path, actor=TESS,
                             tasks=TaskRunner(SynchronousExecutor()),
                             read_only_for=claimed.read_only_for)
        window = MainWindow(context)
        qtbot.add_widget(window)
        window.show()
        assert window.windowTitle().endswith("(read-only)")
        assert "Read-only" in window.read_only_label.text()
        assert not window.ui.action_back_up.isEnabled()
        assert not window.ui.action_restore.isEnabled()
        window.start_routines()  # the window with the lock makes the backups
        assert backups.list_backups(storage.backup_folder()) == []

        pane = window.pane_of(members.MembersPane)
        pane.open_person(ann)
        page = pane.person_page
        page.editor.ui.phone_edit.setText("555 0100")
        warned = []
        monkeypatch.setattr(prompts, "warn", lambda parent, title, message: warned.append(
            message))
        assert not page.save()
        assert warned and "read-only" in warned[0]
        assert page.is_dirty() and page.editor.ui.phone_edit.text() == "555 0100"
        assert models.Person.get_by_id(ann).phone == ""
        monkeypatch.setattr(prompts, "unsaved_changes", lambda parent, name: prompts.DISCARD)
        window.close()
        assert backups.list_backups(storage.backup_folder()) == []  # none at exit either
    finally:
        database.close_database(db)

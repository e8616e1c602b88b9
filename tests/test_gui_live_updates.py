"""Two PCs on one PostgreSQL database (#17): what PC A saves shows on PC B at once. B is a
real main window on the test's database, listening; A is a second connection writing
through the services, as A's window does (an operation, which announces) or as a command
does (the database's trigger announces). No clock in the assertions: `qtbot.waitUntil`."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from server_db import admin, as_pc, needs_server

from civicdesk.data import notify
from civicdesk.services import live, people
from civicdesk.services.actors import Actor

from civicdesk.gui import operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, needs_server]

ANA, BO = Actor("Ana Front Desk", "coordinator"), Actor("Bo Laptop", "coordinator")
WAIT_MS = 10_000  # a safety net: a notice takes milliseconds


def _context(actor: Actor, db_name: str, sender: str = live.SENDER) -> AppContext:
    return AppContext(db_path=Path(db_name), actor=actor,
                      tasks=TaskRunner(SynchronousExecutor()), sender=sender)


@pytest.fixture
def people_on_file(server_db):
    return {name: people.create_person(BO, {"first_name": name, "last_name": "Lee"}).id
            for name in ("Ann", "Cy")}


@pytest.fixture
def window_b(qtbot, server_db, people_on_file):
    """PC B's window, shown on the members list, listening."""
    win = MainWindow(_context(BO, server_db.database))
    qtbot.add_widget(win)
    win.show()
    win.live_updates.start()  # what start_routines does on a server, without the backups
    qtbot.waitUntil(lambda: win.live_updates.listening, timeout=WAIT_MS)
    yield win
    win.live_updates.stop()


@pytest.fixture
def pc_a(other_pc, server_db):
    """PC A's window: its operations write on its own connection and announce."""
    notify.announce_own_writes(other_pc)
    context = _context(ANA, server_db.database, sender="pc-a")
    published = []
    context.bus.changed.connect(published.append)

    def save(call):
        with as_pc(other_pc):
            return operations.run(None, context, call)
    save.published = published
    return save


def _members(window):
    return window.pane(0)


def _listed(window) -> list[str]:
    model = _members(window).people_list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_pc_bs_list_shows_what_pc_a_saved(qtbot, window_b, pc_a, people_on_file):
    assert "Lee, Ann" in _listed(window_b)
    pc_a(lambda actor: people.update_person(actor, people_on_file["Ann"], 1,
                                            {"first_name": "Annabel"}))
    qtbot.waitUntil(lambda: "Lee, Annabel" in _listed(window_b), timeout=WAIT_MS)
    made = pc_a(lambda actor: people.create_person(actor, {"first_name": "Dee",
                                                           "last_name": "Lee"}))
    qtbot.waitUntil(lambda: "Lee, Dee" in _listed(window_b), timeout=WAIT_MS)
    assert made.id is not None and pc_a.published == [made.__class__(
        "person", people_on_file["Ann"], 2), made]  # A's own window, as always


def test_a_command_on_pc_a_shows_on_pc_b_too(qtbot, window_b, other_pc, people_on_file):
    with as_pc(other_pc):  # no window, no announcement of its own: the trigger tells
        people.update_person(ANA, people_on_file["Cy"], 1, {"first_name": "Cyrus"})
    qtbot.waitUntil(lambda: "Lee, Cyrus" in _listed(window_b), timeout=WAIT_MS)


def test_an_open_record_without_edits_is_read_again_and_says_who(qtbot, window_b, pc_a,
                                                                 people_on_file, clock):
    clock.set_zone("America/New_York")  # the association's (as its setting applies it)
    clock.pin(datetime(2026, 12, 2, 15, 42, tzinfo=UTC))  # 10:42 in New York
    pane = _members(window_b)
    pane.open_person(people_on_file["Ann"])
    page = pane.person_page
    pc_a(lambda actor: people.update_person(actor, people_on_file["Ann"], 1,
                                            {"phone": "555-0101"}))
    qtbot.waitUntil(lambda: page.editor.ui.phone_edit.text() == "555-0101", timeout=WAIT_MS)
    assert page.elsewhere_label.isVisible()
    assert page.elsewhere_label.text() == ("Changed by Ana Front Desk at 10:42\u202fAM on "
                                           "another computer; shown as it is now.")
    assert page.editor.record().version == 2 and not page.is_dirty()


def test_an_open_editor_keeps_what_was_typed_and_follows_the_conflict_flow(
        qtbot, window_b, pc_a, people_on_file, monkeypatch):
    pane = _members(window_b)
    pane.open_person(people_on_file["Ann"])
    page = pane.person_page
    page.editor.ui.notes_edit.setPlainText("Typed on B, not saved")
    assert page.is_dirty()
    pc_a(lambda actor: people.update_person(actor, people_on_file["Ann"], 1,
                                            {"phone": "555-0101"}))
    qtbot.waitUntil(page.elsewhere_label.isVisible, timeout=WAIT_MS)
    shown = page.elsewhere_label.text()
    assert shown.startswith("Changed by Ana Front Desk at ") and "What you typed" in shown
    assert page.editor.ui.notes_edit.toPlainText() == "Typed on B, not saved"
    assert page.editor.ui.phone_edit.text() == "" and page.is_dirty()
    asked = []
    monkeypatch.setattr("civicdesk.gui.dialogs.prompts.reload_after_conflict",
                        lambda parent, explanation, mine: asked.append(
                            (explanation, mine)) or False)
    assert not page.save()  # refused: A saved first
    ((explanation, mine),) = asked
    assert "Ana Front Desk changed this record" in explanation and "phone" in explanation
    assert "Typed on B, not saved" in mine
    assert page.editor.ui.notes_edit.toPlainText() == "Typed on B, not saved"
    page.show_person(people_on_file["Ann"])  # B reloads: A's version, the message gone
    assert page.editor.ui.phone_edit.text() == "555-0101"
    assert not page.elsewhere_label.isVisible() and not page.is_dirty()


def test_pc_b_ignores_its_own_notices_and_never_announces_what_it_heard(
        qtbot, window_b, pc_a, people_on_file, server_db):
    everyone = notify.Listener.of(server_db)  # a third PC, hearing every notice
    seen: list = []
    thread = threading.Thread(target=lambda: seen.extend(everyone), daemon=True)
    thread.start()
    assert everyone.ready.wait(10)
    published = []
    window_b.context.bus.changed.connect(published.append)
    ann, cy = people_on_file["Ann"], people_on_file["Cy"]
    pc_a(lambda actor: people.update_person(actor, ann, 1, {"phone": "555-0101"}))
    qtbot.waitUntil(lambda: len(published) == 1, timeout=WAIT_MS)
    operations.run(window_b, window_b.context, lambda actor: people.update_person(
        actor, cy, 1, {"phone": "555-0199"}))  # B's own save, published as it is made
    pc_a(lambda actor: people.update_person(actor, ann, 2, {"phone": "555-0102"}))
    # Notices reach B in the order they were sent: B's own came before A's second.
    qtbot.waitUntil(lambda: len(published) == 3, timeout=WAIT_MS)
    assert [(c.id, c.version, c.elsewhere and c.elsewhere.sender) for c in published] == [
        (ann, 2, "pc-a"), (cy, 2, None), (ann, 3, "pc-a")]
    notify.announce(server_db, "sentinel")
    qtbot.waitUntil(lambda: "sentinel" in seen, timeout=WAIT_MS)
    everyone.stop()
    thread.join(10)
    # One notice per save, B's included; B announced nothing of what it heard.
    assert [live.read(p).elsewhere.sender for p in seen[:-1]] == ["pc-a", live.SENDER,
                                                                  "pc-a"]


def test_after_the_server_dropped_b_it_listens_again_and_reads_everything(
        qtbot, window_b, pc_a, people_on_file, server_db):
    published = []
    window_b.context.bus.changed.connect(published.append)
    with admin() as conn:  # B's listening connection is cut (a server restart, a network cut)
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname "
                     "= %s AND query LIKE 'LISTEN%%'", (server_db.database,))
    qtbot.waitUntil(lambda: bool(published) and published[0].everything, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window_b.live_updates.listening, timeout=WAIT_MS)
    pc_a(lambda actor: people.update_person(actor, people_on_file["Ann"], 1,
                                            {"first_name": "Annabel"}))
    qtbot.waitUntil(lambda: "Lee, Annabel" in _listed(window_b), timeout=WAIT_MS)


@pytest.mark.sqlite_only("a window on a file")
def test_nothing_listens_on_a_file(qtbot, db, db_path, actor):
    win = MainWindow(AppContext(db_path=db_path, actor=actor,
                                tasks=TaskRunner(SynchronousExecutor())))
    qtbot.add_widget(win)
    assert not win.live_updates.start() and not win.live_updates.listening

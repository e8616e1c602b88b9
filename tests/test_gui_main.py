"""The main window shell, the crash handler and the first-run demo offer (pytest-qt)."""

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from civicdesk import settings
from civicdesk.data import models
from civicdesk.errors import UserError
from civicdesk.services.actors import Actor

from civicdesk.gui import crash
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import first_run
from civicdesk.gui.dialogs.about import AboutDialog
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db, db_path):
    context = AppContext(db_path=db_path, actor=Actor("Tess Tester"),
                         tasks=TaskRunner(SynchronousExecutor()))
    win = MainWindow(context)
    qtbot.add_widget(win)
    win.show()
    qtbot.wait_exposed(win)
    return win


def test_the_window_shows_the_sections_and_the_database(window, db_path):
    nav = window.ui.nav_list
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Members", "Shifts", "Requests", "Reports", "Audit log"]
    assert str(db_path) in window.db_label.text()  # a file's path, or a server's address
    assert getattr(db_path, "name", getattr(db_path, "database", None)) in window.windowTitle()
    assert "Tess Tester" in window.user_label.text()


def test_keyboard_shortcuts_switch_sections(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.nav_list.currentRow() == 2
    assert window.current_pane().title() == "Requests"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pane_stack.currentWidget() is window.pane(0)


def test_panes_are_built_only_when_first_shown(window):
    assert list(window._built) == [0]
    window.show_pane(3)
    assert sorted(window._built) == [0, 3]


def test_the_members_section_lists_people_as_they_are_added(window, actor):
    from civicdesk.services import people

    count = window.pane(0).people_list.ui.count_label
    assert count.text() == "0 people on file"
    changes = people.create_person(actor, {"first_name": "Ann"})
    window.context.publish(changes)
    assert count.text() == "1 person on file"


def test_members_shortcuts_work_from_the_section_list(window, qtbot):
    window.ui.nav_list.setFocus()
    qtbot.keyClick(window.ui.nav_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pane(0).people_list.ui.search_edit.hasFocus()
    window.show_pane(3)  # Reports, which has no Ctrl+N: the members pane must not react
    qtbot.keyClick(window.ui.nav_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pane(0).place() == ("people", None)


@pytest.mark.parametrize("answer, closes", [("cancel", False), ("discard", True)])
def test_closing_with_unsaved_edits_asks_first(window, actor, monkeypatch, answer, closes):
    from civicdesk.services import people

    from civicdesk.gui.dialogs import prompts

    monkeypatch.setattr(prompts, "unsaved_changes", lambda parent, name: answer)
    members = window.pane(0)
    members.open_person(people.create_person(actor, {"first_name": "Ann"}).id)
    members.person_page.editor.ui.notes_edit.setPlainText("Typed, not saved")
    window.show_pane(2)
    window.close()
    assert window.isVisible() != closes
    assert (window.ui.nav_list.currentRow() == 0) != closes
    members.person_page.show_person(members.person_page.person_id())  # nothing left to ask


def test_about_names_the_version_and_the_database(qtbot, db_path):
    from civicdesk import __version__

    dialog = AboutDialog(db_path)
    qtbot.add_widget(dialog)
    assert __version__ in dialog.ui.title_label.text()
    assert str(db_path) in dialog.ui.details_label.text()


def test_an_unexpected_error_is_logged_shown_and_the_app_keeps_running(qtbot, window,
                                                                       data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    handler = crash.CrashHandler()
    monkeypatch.setattr("sys.excepthook", handler.handle)

    def boom():
        raise ZeroDivisionError("the bug")

    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: bool(shown))
    (dialog,) = shown
    assert handler.last_log.parent == data_dir / "logs"
    assert "ZeroDivisionError" in handler.last_log.read_text()
    assert "ZeroDivisionError: the bug" not in handler.last_log.read_text()  # no message
    assert str(handler.last_log) in dialog.ui.explanation_label.text()
    assert "ZeroDivisionError" in dialog.ui.details_edit.toPlainText()
    assert window.isVisible()
    window.show_pane(1)  # still usable


def test_a_user_error_in_a_slot_is_a_message_not_a_crash(qtbot, window, monkeypatch):
    warnings, crashes = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: crashes.append(self) or 0)
    handler = crash.CrashHandler()
    monkeypatch.setattr("sys.excepthook", handler.handle)

    def fixable():
        raise UserError("The disk is full.")

    QTimer.singleShot(0, fixable)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["The disk is full."] and crashes == []


def test_an_empty_database_offers_demo_data_once(window, monkeypatch):
    asked = []
    monkeypatch.setattr(first_run, "ask", lambda parent: asked.append(1) or True)
    monkeypatch.setattr(first_run, "DEMO_PEOPLE", 40)
    task = first_run.offer_demo(window)
    assert task.done and task.error is None
    assert models.Person.select().count() == 40
    people_list = window.pane(0).people_list  # the list on screen shows them at once
    assert people_list.model.rowCount() == models.Person.select().where(
        models.Person.archived == False).count() > 0  # noqa: E712
    assert "people on file" in people_list.ui.count_label.text()
    assert settings.get("demo_offer_answered") is True
    assert first_run.offer_demo(window) is None and asked == [1]


def test_declining_the_demo_leaves_the_database_empty(window, monkeypatch):
    monkeypatch.setattr(first_run, "ask", lambda parent: False)
    assert first_run.offer_demo(window) is None
    assert models.Person.select().count() == 0
    assert not first_run.should_offer()


def test_a_bad_database_at_startup_shows_a_message(qtbot, tmp_path, monkeypatch, data_dir):
    from civicdesk.gui import application

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    args = type("Args", (), {"db": str(tmp_path), "quit_after_show": True})()
    assert application.run(args) == 2
    assert "is a folder" in shown[0]


def test_the_bundled_fonts_are_known_to_qt_so_every_script_shows(qtbot):
    """A bare machine has no Devanagari font; names like प्रिया would show as boxes."""
    from PySide6.QtGui import QFontDatabase

    from civicdesk.gui import fonts

    fonts.register_bundled_fonts()
    families = set(QFontDatabase.families())
    for family in ("Noto Sans Devanagari", "Noto Sans Arabic", "WenQuanYi Micro Hei"):
        assert family in families
    assert QFontDatabase.WritingSystem.Devanagari in QFontDatabase.writingSystems(
        "Noto Sans Devanagari")


def test_every_listed_pane_has_the_title_its_class_gives():
    """The window lists panes without importing them; the names must not drift apart."""
    from civicdesk.gui import panes

    for entry in panes.PANES:
        pane_class = entry.load()
        assert entry.title() == pane_class.title() and entry.icon_name == pane_class.icon_name


def test_startup_does_not_import_the_other_panes_or_reportlab():
    import subprocess
    import sys

    code = ("import sys\n"
            "from civicdesk import app\n"
            "app.main(['--data-dir', sys.argv[1], '--quit-after-show'])\n"
            "late = [m for m in ('reportlab', 'civicdesk.gui.panes.shifts',\n"
            "        'civicdesk.gui.panes.requests', 'civicdesk.gui.panes.reports')\n"
            "        if m in sys.modules]\n"
            "print(late)")
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        proc = subprocess.run([sys.executable, "-c", code, folder], capture_output=True,
                              text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"

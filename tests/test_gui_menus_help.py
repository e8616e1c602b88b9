"""First run, keyboard, menus and help (#15): the getting-started panel, the menus, text
size, the keyboard-shortcuts list, the user guide, unique mnemonics, focus after dialogs."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from civicdesk import paths
from civicdesk.data import backend, models
from civicdesk.services import people
from civicdesk.services.actors import Actor

from civicdesk.gui import bundle_check, forms, text_size
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import first_run, prompts
from civicdesk.gui.dialogs.shortcuts_dialog import ShortcutsDialog, collect
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = pytest.mark.gui


def _window(qtbot, db_path, role="admin", tasks=None) -> MainWindow:
    context = AppContext(db_path=db_path, actor=Actor("Tess Tester", role),
                         tasks=tasks or TaskRunner(SynchronousExecutor()))
    window = MainWindow(context)
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, db, db_path, data_dir):
    win = _window(qtbot, db_path)
    yield win
    win.screen_lock.stop()


@pytest.fixture(params=["en", "es", "fr"])
def language(request, speak) -> str:
    """Each shipped language in turn, its translators installed (as --lang installs them)."""
    speak(request.param)
    return request.param


@pytest.fixture
def window_in(language, qtbot, db, db_path, data_dir):
    """The window built in each shipped language."""
    win = _window(qtbot, db_path)
    yield win
    win.screen_lock.stop()


def plain(text: str) -> str:
    return text.replace("&&", "").replace("&", "").rstrip(".\u2026")


def menu_items(window, menu) -> list[str]:
    return [plain(a.text()) for a in menu.actions() if not a.isSeparator() and a.isVisible()]


# --- first run ---------------------------------------------------------------------------

def test_an_empty_database_shows_getting_started_until_demo_data_arrives(
        qtbot, db, db_path, data_dir, monkeypatch):
    thread = TaskRunner()  # the real task thread, as in the app
    window = _window(qtbot, db_path, tasks=thread)
    panel = window.getting_started
    assert panel.isVisible()
    assert [b.text() for b in panel.buttons.values()] == [
        "Set the association's name…", "Import a spreadsheet…", "Add a person",
        "Create an event…"]
    monkeypatch.setattr(first_run, "ask", lambda parent: True)
    monkeypatch.setattr(first_run, "DEMO_PEOPLE", 40)
    task = first_run.offer_demo(window)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    current = models.Person.select().where(models.Person.archived == False).count()  # noqa: E712
    people_list = window.pane(0).people_list
    assert people_list.ui.count_label.text() == f"{current} people on file"  # not "0 ..."
    assert people_list.model.rowCount() == current > 0
    assert not panel.isVisible()
    window.close()  # also stops the task thread


def test_getting_started_opens_the_settings_and_adds_a_person(window, monkeypatch):
    opened = []
    from civicdesk.gui.dialogs import settings_dialog

    monkeypatch.setattr(settings_dialog.SettingsDialog, "ask",
                        classmethod(lambda cls, context, parent: opened.append("settings")))
    window.getting_started.buttons["settings"].click()
    assert opened == ["settings"]
    window.getting_started.buttons["person"].click()
    members = window.pane(0)
    assert members.place() == ("person", None)  # an empty person form


def test_a_volunteer_is_offered_only_the_steps_they_may_take(qtbot, db, db_path, data_dir):
    window = _window(qtbot, db_path, role="volunteer")
    shown = [k for k, b in window.getting_started.buttons.items() if b.isVisible()]
    assert shown == ["person"]
    window.screen_lock.stop()


def test_getting_started_is_gone_once_someone_is_on_file(qtbot, db, db_path, data_dir,
                                                         actor):
    people.create_person(actor, {"first_name": "Ann", "last_name": "Abbott"})
    window = _window(qtbot, db_path)
    assert not window.getting_started.isVisible()
    window.screen_lock.stop()


# --- menus -------------------------------------------------------------------------------

def test_the_menus_hold_what_the_issue_lists(window):
    ui = window.ui
    titles = [plain(a.text()) for a in ui.menu_bar.actions()]
    assert titles == ["File", "Edit", "View", "Go", "Tools", "Help"]
    file_items = menu_items(window, ui.menu_file)
    for wanted in ("Import", "Export everything", "Back up now", "Print a report", "Quit"):
        assert wanted in file_items
    # A file's backup is put back in its place; a server's database is moved (#17)
    on_a_server = backend.is_postgres()
    assert ("Restore from a backup" in file_items) is not on_a_server
    assert ("Use the database on this computer" in file_items) is on_a_server
    assert menu_items(window, ui.menu_edit) == ["Find", "Undo an import"]
    assert menu_items(window, ui.menu_view) == ["Text size", "Bigger text", "Smaller text",
                                                "Normal text size", "Theme", "Language"]
    assert menu_items(window, ui.menu_tools) == [
        "Settings", "Audit trail", "Purge old sensitive notes", "User accounts"]
    assert menu_items(window, ui.menu_help) == [
        "User guide", "Keyboard shortcuts", "Show the data folder", "About Qt",
        "About CivicDesk"]


def test_ctrl_p_goes_to_the_reports_and_tools_opens_the_audit_trail(window, qtbot):
    from civicdesk.gui.panes.audit import AuditPane
    from civicdesk.gui.panes.reports import ReportsPane

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_pane(), ReportsPane)
    window.ui.action_audit_trail.trigger()
    assert isinstance(window.current_pane(), AuditPane)


def test_text_size_grows_shrinks_and_is_remembered(window, qtbot):
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    title = window.pane(0).people_list.ui.search_edit  # a widget with a font of its own
    own = title.font().pointSizeF()
    try:
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert app.font().pointSizeF() == pytest.approx(normal * 1.25)
        assert title.font().pointSizeF() == pytest.approx(own * 1.25)
        assert text_size.current() == 1.25  # remembered for the next start
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert app.font().pointSizeF() == pytest.approx(normal * 1.5)
        window.ui.action_text_smaller.trigger()
        window.ui.action_text_smaller.trigger()
        window.ui.action_text_smaller.trigger()  # never below 100 %
        assert app.font().pointSizeF() == pytest.approx(normal)
    finally:
        window.ui.action_text_normal.trigger()
    assert app.font().pointSizeF() == pytest.approx(normal)
    assert text_size.current() == 1.0


def test_view_text_size_lists_100_to_200_percent_with_the_current_one_ticked(window, qtbot):
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    people = window.pane(0).people_list.ui.table_view.verticalHeader()
    row = people.defaultSectionSize()
    sizes = window.text_size_menu
    assert [a.text() for a in sizes.actions()] == ["&100%", "1&25%", "1&50%", "1&75%",
                                                    "2&00%"]
    assert [a.isChecked() for a in sizes.actions()] == [True, False, False, False, False]
    try:
        sizes.actions()[4].trigger()
        assert app.font().pointSizeF() == pytest.approx(normal * 2)
        assert [a.isChecked() for a in sizes.actions()] == [False] * 4 + [True]
        assert people.defaultSectionSize() == pytest.approx(row * 2, abs=1)  # rows follow
        nav = window.ui.nav_list
        widest = max(nav.fontMetrics().horizontalAdvance(nav.item(i).text())
                     for i in range(nav.count()))
        assert nav.width() > widest + nav.iconSize().width()  # the titles are not cut
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert [a.isChecked() for a in sizes.actions()] == [False] * 3 + [True, False]
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert sizes.actions()[0].isChecked()
    finally:
        window.ui.action_text_normal.trigger()
    assert people.defaultSectionSize() == pytest.approx(row, abs=1)


def test_the_shortcuts_list_is_read_from_the_window(window, monkeypatch):
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    dialog = ShortcutsDialog(window)
    rows = dict(dialog.rows())
    assert rows["Import"] == "Ctrl+I" and rows["Find"] == "Ctrl+F"
    assert rows["Bigger text"].startswith("Ctrl++") and rows["User guide"] == "F1"
    assert rows["Members"] == "Ctrl+1" and rows["Print a report"] == "Ctrl+P"
    assert rows["New person"] == "Ctrl+N"  # a section's own key, from its QShortcut
    window.ui.action_back_up.setShortcut("Ctrl+Alt+K")  # what the window has, not a list
    assert dict(collect(window)[0][1])["Back up now"] == "Ctrl+Alt+K"


def test_help_opens_the_bundled_user_guide_and_the_self_test_finds_it(window, monkeypatch,
                                                                       tmp_path):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.ui.action_user_guide.trigger()
    assert opened and opened[0].toLocalFile() == str(paths.user_guide())
    page = paths.user_guide().read_text(encoding="utf-8")
    for task in ("find-person", "record-dues", "sign-up", "take-in-request", "print-report"):
        assert f'href="{task}.html"' in page
    assert "pictures" in bundle_check.check_user_guide(tmp_path)


def test_the_build_bundles_the_user_guide():
    import runpy

    spec = runpy.run_path(str(paths.user_guide().parents[2] / "build.spec"),
                          run_name="build_spec")
    bundled = {(p.rsplit("/", 1)[-1], d) for p, d in spec["get_data_files"]()}
    assert ("index.html", "docs/guide") in bundled
    assert ("find-person.png", "docs/guide/img") in bundled


# --- keyboard ----------------------------------------------------------------------------

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic shown in *top* now: labels with a buddy, buttons,
    check boxes, group boxes, tab titles, and (for a main window) the menu titles."""
    found = []
    if hasattr(top, "menuBar") and top.menuBar() is not None:
        for action in top.menuBar().actions():
            if action.isVisible() and mnemonic(action.text()):
                found.append((mnemonic(action.text()), action.text()))
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        texts = []
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())
                      if widget.isTabVisible(i)]
        found += [(mnemonic(t), t) for t in texts if mnemonic(t)]
    return found


def clashes(top: QWidget) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for letter, text in visible_mnemonics(top):
        if letter in seen and seen[letter] != text:
            problems.append(f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}")
        seen.setdefault(letter, text)
    return problems


def every_page(top: QWidget):
    """Show each page of each stack and tab widget in turn (yielding after each)."""
    yield
    for stack in [*top.findChildren(QStackedWidget), *top.findChildren(QTabWidget)]:
        if not stack.isVisibleTo(top):
            continue
        before = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            yield
        stack.setCurrentIndex(before)


def test_mnemonics_are_unique_in_every_state_of_the_main_window(window_in, actor, monkeypatch):
    window = window_in
    people.create_person(actor, {"first_name": "Ann", "last_name": "Abbott"})
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    problems = set()
    members = window.pane(0)
    members.people_list.reload()
    person = models.Person.get()
    for index in range(len(window.pane_entries)):
        window.show_pane(index)
        for _ in every_page(window):
            problems |= {f"{window.current_pane().title()}: {c}" for c in clashes(window)}
    window.show_pane(0)
    for show in (lambda: members.open_person(person.id), members.new_person,
                 members.show_households):
        show()
        for _ in every_page(window):
            problems |= {f"Members: {c}" for c in clashes(window)}
    assert sorted(problems) == []


def test_each_menu_has_unique_mnemonics(window_in):
    menus = [top.menu() for top in window_in.ui.menu_bar.actions()]
    menus += [a.menu() for m in list(menus) for a in m.actions() if a.menu()]  # Language
    for menu in menus:
        letters = [mnemonic(a.text()) for a in menu.actions()
                   if not a.isSeparator() and a.isVisible() and mnemonic(a.text())]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_every_form_has_unique_mnemonics(language):
    """Each dialog and page drawn in Qt Designer (ui/*.ui), with all its parts shown."""
    import importlib
    import pkgutil

    problems = []
    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"{forms.__name__}.{info.name}")
        for name in dir(module):
            if not name.startswith("Ui_"):
                continue
            form = getattr(module, name)()
            host = QDialog()
            try:
                form.setupUi(host)
            except AttributeError:  # a QMainWindow form: checked with the window
                continue
            for _ in every_page(host):
                problems += [f"{info.name}: {c}" for c in clashes(host)]
            host.deleteLater()
    assert problems == []


def test_archive_has_a_shortcut(window, actor, monkeypatch, qtbot):
    person_id = people.create_person(actor, {"first_name": "Ann", "last_name": "Abbott"}).id
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    members = window.pane(0)
    members.open_person(person_id)
    page = members.person_page
    qtbot.keyClick(page.editor.ui.first_name_edit, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert models.Person.get_by_id(person_id).archived


def test_after_a_dialog_the_focus_is_back_and_ctrl_s_saves(window, actor, qtbot,
                                                           monkeypatch):
    monkeypatch.setattr(prompts, "unsaved_changes", lambda *a: prompts.DISCARD)
    person_id = people.create_person(actor, {"first_name": "Ann", "last_name": "Abbott"}).id
    members = window.pane(0)
    members.open_person(person_id)
    page = members.person_page
    field = page.editor.ui.phone_edit
    field.setFocus()
    qtbot.keyClicks(field, "555-0101")
    def hide_while_open():  # what a saved payment does to the button that opened it
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, hide_while_open)
            return
        field.hide()
        dialog.reject()

    QTimer.singleShot(20, hide_while_open)
    QDialog(window).exec()
    field.show()
    window.activateWindow()  # what the system does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and page.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert models.Person.get_by_id(person_id).phone == "555-0101"

"""Keyboard and screen-reader paths (#16): a walk over every pane, page, tab and dialog
that checks every control Tab can reach has an accessible name, and that Tab visits each
once per round, in reading order, never landing on a hidden widget (`keyboard_walk`);
focus visible in every theme; every action reachable from the keyboard."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import timedelta

import demo_data
import keyboard_walk
import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import (
    actors,
    hours,
    payments,
    requests,
    rosters,
    schedule,
    series,
    shared_database,
)

import civicdesk.gui
from civicdesk.gui import theme_colours, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = pytest.mark.gui
ADMIN = actors.Actor("Tess Tester", "admin")


def settle(qtbot) -> None:
    qtbot.wait(5)  # a real event loop: layouts, and widgets deleted later are gone


@pytest.fixture
def window(qtbot, from_template, actor, db, db_path, data_dir, clock):
    from_template(demo_data.neighbourhood, actor)
    context = AppContext(db_path=db_path, actor=ADMIN, tasks=TaskRunner(SynchronousExecutor()))
    win = MainWindow(context)
    qtbot.add_widget(win)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.screen_lock.stop()


def walk_pages(top, qtbot, label: str, found: dict, skip=()) -> None:
    for page in keyboard_walk.every_page(top, skip):
        settle(qtbot)
        found[f"{label} {page}"] = keyboard_walk.problems(top, qtbot)


def failing(found: dict) -> str:
    """Each place with its problems, one a line ("" when there are none)."""
    return "\n".join(f"{where}: {problem}" for where, problems in found.items()
                     for problem in problems)


# --- the main window ---------------------------------------------------------------------

def test_every_pane_and_page_can_be_walked_with_tab_in_reading_order(window, qtbot):
    found: dict = {}
    for index, entry in enumerate(window.pane_entries):
        window.show_pane(index)
        walk_pages(window, qtbot, entry.title(), found, skip=(window.ui.pane_stack,))
    reports = window.pane_of(window.pane_entries[3].load())
    for row in range(reports.report_list.count()):  # every report's options
        window.show_pane(3)
        reports.report_list.setCurrentRow(row)
        settle(qtbot)
        found[f"Reports {reports.current_name()}"] = keyboard_walk.problems(window, qtbot)
    members = window.pane(0)
    window.show_pane(0)
    person = models.Person.select().where(models.Person.household.is_null(False)).first()
    for label, show in (("person", lambda: members.open_person(person.id)),
                        ("new person", members.new_person),
                        ("households", members.show_households),
                        ("household", lambda: members.open_household(person.household_id))):
        show()
        walk_pages(window, qtbot, f"Members {label}", found, skip=(window.ui.pane_stack,))
    assert not failing(found), failing(found)
    assert len(found) > 30  # the pages, tabs and report forms were all there to walk


# --- every dialog ------------------------------------------------------------------------

@pytest.fixture
def walker(qtbot, monkeypatch):
    """While a test opens dialogs, each `exec()` walks the dialog (every page of it) and
    rejects it instead of waiting for a user."""
    found: dict = {}
    walked: set = set()
    label = {"now": ""}

    def walk(dialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        walked.add(type(dialog))
        walk_pages(dialog, qtbot, label["now"] or type(dialog).__name__, found)
        dialog.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", walk)
    monkeypatch.setattr(modal.KeptOnLock, "exec", walk)
    monkeypatch.setattr(QMessageBox, "exec", walk)

    def open_(name: str, opener) -> None:
        label["now"] = name
        opener()
        settle(qtbot)

    open_.found, open_.walked = found, walked
    return open_


def _ids():
    now = clock.now()
    coming = schedule.shifts_between(now, now + timedelta(days=30))
    past = [r for r in schedule.shifts_between(now - timedelta(days=60), now) if r.filled]
    person = models.Person.select().where(models.Person.household.is_null(False),
                                          models.Person.archived == False).first()  # noqa: E712
    request = models.SupportRequest.select().first()
    line = payments.payments_of(models.Payment.select().first().person_id)[0]
    made = series.create_series(ADMIN, {
        "event": coming[0].event_id, "title": "Watering", "weekdays": [1],
        "start_time": "07:00", "end_time": "09:00", "starts_on": clock.today(),
        "occurrences": 2, "capacity": 3})
    return {"shift": coming[0], "series": made.changes.id,
            "signup": rosters.shift_signups(past[0].id)[0], "person": person,
            "request": requests.get_request(ADMIN, request.id), "payment": line}


def _openers(window):  # noqa: PLR0915 - one line per dialog, in one list
    from civicdesk.gui import import_wizard, privacy
    from civicdesk.gui.dialogs import (
        about,
        accounts_dialog,
        cancel_shift_dialog,
        connect_dialog,
        event_dialog,
        hours_dialog,
        household_dialog,
        payment_dialog,
        prompts,
        request_assign,
        request_follow_up,
        request_intake,
        request_note,
        request_view_dialog,
        restore_dialog,
        secret_dialog,
        settings_dialog,
        shift_detail,
        shift_dialog,
        shortcuts_dialog,
        signup_dialog,
        void_payment_dialog,
    )

    context, ids = window.context, _ids()
    shift, person, record = ids["shift"], ids["person"], ids["request"]
    nothing = lambda actor, values: None  # noqa: E731 - never called: the walk rejects
    logged = hours.log_hours(ADMIN, {"person": person.id, "worked_on": clock.today(),
                                     "minutes": 90, "note": "Flyers"})
    hours_row = next(r for r in hours.person_hours(person.id) if r.id == logged.id)
    event = schedule.event_rows(clock.now())[0]
    return {
        "about": lambda: about.AboutDialog.show_for(context.db_path, window, context),
        "accounts": lambda: accounts_dialog.AccountsDialog.show_for(window, context),
        "new account": lambda: accounts_dialog.AccountDialog(context, None, window).exec(),
        "cancel shift": lambda: cancel_shift_dialog.CancelShiftDialog.ask(context, shift.id,
                                                                          window),
        "new event": lambda: event_dialog.EventDialog.ask(context, window),
        "edit event": lambda: event_dialog.EventDialog.ask(context, window, event),
        "log hours": lambda: hours_dialog.HoursDialog.ask_log(context, window),
        "edit hours": lambda: hours_dialog.HoursDialog.ask_edit(context, hours_row,
                                                                person.first_name, window),
        "correct hours": lambda: hours_dialog.HoursDialog.ask_correction(
            context, ids["signup"], window),
        "household": lambda: household_dialog.HouseholdDialog.ask(window, context, {},
                                                                  nothing),
        "payment": lambda: payment_dialog.PaymentDialog.ask(
            window, context, person.first_name, "the household",
            payments.offer_for_person(person.id, None, person.household_id), nothing),
        "correct payment": lambda: payment_dialog.PaymentDialog.ask_correction(
            window, context, person.first_name, None, ids["payment"], nothing),
        "void payment": lambda: void_payment_dialog.VoidPaymentDialog.ask(
            window, context, ids["payment"]),
        "choose a helper": lambda: request_assign.RequestAssignDialog.ask(window, context,
                                                                          record),
        "follow-up": lambda: request_follow_up.RequestFollowUpDialog.ask(window, context,
                                                                         record),
        "new request": lambda: request_intake.RequestIntakeDialog.ask(window, context),
        "edit request": lambda: request_intake.RequestIntakeDialog.ask(window, context,
                                                                       record),
        "note": lambda: request_note.RequestNoteDialog.ask(
            window, context, "Add a note", "Note:", "Add", nothing),
        "request": lambda: request_view_dialog.RequestViewDialog.show_for(
            window, context, record.id, actions=True),
        "restore": lambda: restore_dialog.RestoreDialog.ask(window),
        "reset secret": lambda: secret_dialog.SecretDialog(
            context, "Reset", "A new PIN", nothing, parent=window).exec(),
        "change own secret": lambda: secret_dialog.SecretDialog(
            context, "Change", "Old, then new", nothing, ask_old=True, parent=window).exec(),
        "settings": lambda: settings_dialog.SettingsDialog.ask(context, window),
        "shift": lambda: shift_detail.ShiftDetailDialog(context, shift.id, window).exec(),
        "new shift": lambda: shift_dialog.ShiftDialog.ask_new(context, window),
        "edit shift": lambda: shift_dialog.ShiftDialog.ask_edit(context, shift.id, window),
        "edit series": lambda: shift_dialog.ShiftDialog.ask_series(
            context, ids["series"], window),
        "shortcuts": lambda: shortcuts_dialog.ShortcutsDialog.show_for(window),
        "sign up for a shift": lambda: signup_dialog.SignupDialog.ask_for_shift(
            context, shift.id, window),
        "sign a person up": lambda: signup_dialog.SignupDialog.ask_for_person(
            context, person.id, window),
        "import": lambda: import_wizard.ImportWizard.ask(context, window),
        "imports": lambda: import_wizard.ImportsDialog.ask(context, window),
        "erase": lambda: privacy.EraseDialog.ask(window, person.first_name),
        "retention": lambda: privacy.RetentionDialog.show_for(context, window),
        "confirm": lambda: prompts.confirm(window, "Archive", "Archive Ann?", "Archive"),
        "connect": lambda: connect_dialog.ConnectDialog.ask(context, window),
        "server password": lambda: connect_dialog.PasswordDialog.ask(
            shared_database.parse("postgresql://ana@office-pc/association"), None, window),
    }


def test_every_dialog_can_be_walked_with_tab_in_reading_order(window, walker, qtbot):
    from civicdesk.gui import crash
    from civicdesk.gui.panes.reports import ReportsPane

    for name, opener in _openers(window).items():
        walker(name, opener)
    walker("crash", lambda: crash.CrashDialog("Traceback ...", None, window).exec())
    reports = window.pane_of(ReportsPane)
    window.show_pane(3)
    reports.select_report("roster")
    preview = reports.preview().preview  # shown beside the window, not modal
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    walker.walked.add(type(preview))
    walk_pages(preview, qtbot, "report preview", walker.found)
    preview.close()
    assert not failing(walker.found), failing(walker.found)
    assert _dialog_classes() - walker.walked - _abstract() == set()


def _dialog_classes() -> set[type]:
    """Every QDialog subclass CivicDesk defines (its modules imported first)."""
    for info in pkgutil.walk_packages(civicdesk.gui.__path__, "civicdesk.gui."):
        if ".forms." not in info.name:
            importlib.import_module(info.name)
    found, todo = set(), [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("civicdesk.gui"):
                found.add(sub)
    return found


def _abstract() -> set[type]:
    from civicdesk.gui.dialogs import editor, submit_dialog

    return {editor.EditorDialog, submit_dialog.SubmitDialog}


# --- the screens before the window -------------------------------------------------------

@pytest.mark.parametrize("accounts_on_file", [False, True], ids=["first run", "login"])
def test_the_first_run_and_login_screens_can_be_walked(qtbot, db, data_dir, accounts_on_file):
    from civicdesk.services import accounts

    from civicdesk.gui.login_screen import StartWindow

    if accounts_on_file:
        accounts.create_first_admin("Ada Admin", "1234")
    start = StartWindow(TaskRunner(SynchronousExecutor()), "CivicDesk")
    qtbot.add_widget(start)
    start.show()
    start.activateWindow()
    qtbot.waitUntil(start.isActiveWindow)
    settle(qtbot)
    assert keyboard_walk.problems(start, qtbot) == []


# --- the walk itself can fail ------------------------------------------------------------

def _form(qtbot, *widgets) -> QWidget:
    host = QWidget()
    qtbot.add_widget(host)
    layout = QVBoxLayout(host)
    for widget in widgets:
        widget.setParent(host)
        layout.addWidget(widget)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    return host


def test_the_walk_finds_a_control_without_a_name_and_tab_out_of_reading_order(qtbot):
    first, second, third = QLineEdit(), QPushButton("Save"), QComboBox()
    first.setAccessibleName("Name")
    host = _form(qtbot, first, second, third)
    QWidget.setTabOrder(first, third)
    QWidget.setTabOrder(third, second)
    found = keyboard_walk.problems(host, qtbot)
    assert found[0] == "no accessible name: QComboBox(-)"
    assert "reading order says QPushButton(-, 'Save')" in found[1]


def test_the_walk_finds_a_table_that_keeps_tab(qtbot):
    from PySide6.QtGui import QStandardItemModel

    table = QTableView()
    table.setAccessibleName("People")
    table.setModel(QStandardItemModel(3, 3))
    after = QCheckBox("Archived")
    host = _form(qtbot, table, after)
    found = keyboard_walk.problems(host, qtbot)
    assert any("Tab is stuck" in p for p in found), found
    table.setTabKeyNavigation(False)
    assert keyboard_walk.problems(host, qtbot) == []


# --- focus is visible --------------------------------------------------------------------

def _focus_change(widget: QWidget, host: QWidget, qtbot,
                  away: QWidget | None = None) -> list[QColor]:
    """The colours that appear in *widget*'s picture when it gets the keyboard focus
    (from *away*, or from nothing)."""
    if away is not None:
        away.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(away.hasFocus)
    elif QApplication.focusWidget() is not None:
        QApplication.focusWidget().clearFocus()
    settle(qtbot)
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    settle(qtbot)
    after = widget.grab().toImage()
    return _changed(before, after)


def _changed(before: QImage, after: QImage) -> list[QColor]:
    found = []
    for y in range(0, min(before.height(), after.height()), 1):
        for x in range(0, min(before.width(), after.width()), 1):
            if before.pixel(x, y) != after.pixel(x, y):
                found.append(after.pixelColor(QPoint(x, y)))
    return found


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_the_focus_ring_shows_in_every_theme(qtbot, name):
    """Each kind of control looks different with the focus, and the difference includes
    a colour at 3:1 against the window (WCAG's non-text contrast for focus)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    themes.apply(name, remember=False)
    try:
        model = QStandardItemModel(2, 2)
        model.setItem(0, 0, QStandardItem("Ann"))
        table = QTableView()
        table.setModel(model)
        combo = QComboBox()
        combo.addItems(["Any", "Member"])
        widgets = [QLineEdit(), QPushButton("Save"), QCheckBox("Volunteer"), combo, table]
        for widget in widgets:
            widget.setAccessibleName("x")
        host = _form(qtbot, *widgets)
        window = QColor(theme_colours.SCHEMES[name].palette["Window"])
        for widget in widgets:
            changed = _focus_change(widget, host, qtbot)
            assert changed, type(widget).__name__
            best = max(theme_colours.contrast(c.name(), window.name()) for c in changed)
            assert best >= 3.0, (type(widget).__name__, best)
    finally:
        themes.apply("light", remember=False)


# --- every action has a keyboard path ----------------------------------------------------

def test_every_menu_item_has_a_mnemonic_or_a_shortcut(window):
    def items(menu):
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                yield action
                yield from items(action.menu())
            else:
                yield action

    without = [a.text() for top in window.ui.menu_bar.actions() for a in
               [top, *items(top.menu())]
               if "&" not in a.text().replace("&&", "") and a.shortcut().isEmpty()]
    assert without == []


@pytest.mark.parametrize("where", ["people", "households", "shift list", "events", "queue"])
def test_enter_opens_the_row_a_list_has_chosen(window, qtbot, monkeypatch, where):
    """Enter on a row opens it, as a double click does."""
    opened = []
    for dialog in (QDialog, modal.KeptOnLock):  # whatever opens is noted, not waited for
        monkeypatch.setattr(dialog, "exec", lambda self: opened.append(type(self)) or 0)
    members, shifts, requests_pane = window.pane(0), window.pane(1), window.pane(2)
    if where == "people":
        view, done = members.people_list.ui.table_view, lambda: members.place()[0] == "person"
    elif where == "households":
        members.show_households()
        view = members.households_list.ui.table_view
        done = lambda: members.place()[0] == "household"  # noqa: E731
    elif where in ("shift list", "events"):
        window.show_pane(1)
        page = shifts.list_page if where == "shift list" else shifts.events_page
        shifts.tabs.setCurrentWidget(page)
        wanted = "ShiftDetailDialog" if where == "shift list" else "EventDialog"
        view, done = page.table, lambda: [t.__name__ for t in opened] == [wanted]
    else:
        window.show_pane(2)
        view = requests_pane.queue_view
        done = lambda: [t.__name__ for t in opened] == ["RequestIntakeDialog"]  # noqa: E731
    settle(qtbot)
    assert view.model().rowCount() > 0
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    settle(qtbot)
    assert done()


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_focus_shows_on_the_boards_cards_and_the_week_calendar(window, qtbot, name):
    """The two painted views draw their own ring: on the card in hand, on the chosen
    shift (or round the week while none is chosen)."""
    themes.apply(name, remember=False)
    try:
        requests_pane, shifts = window.pane(2), window.pane(1)
        window.show_pane(2)
        requests_pane.tabs.setCurrentWidget(requests_pane.board)
        settle(qtbot)
        column = next(v for v in requests_pane.board.views.values() if v.model().rowCount())
        column.setCurrentIndex(column.model().index(0, 0))
        ground = QColor(themes.surface("board").fill)
        changed = _focus_change(column, window, qtbot, away=window.ui.nav_list)
        assert max(theme_colours.contrast(c.name(), ground.name()) for c in changed) >= 3.0
        window.show_pane(1)
        shifts.tabs.setCurrentWidget(shifts.week_page)
        settle(qtbot)
        body = shifts.week_page.calendar.focusProxy()
        base = QColor(theme_colours.SCHEMES[name].palette["Base"])
        for chosen in (None, shifts.week_page.calendar.shown_ids()[0]):
            shifts.week_page.calendar.select(chosen)
            changed = _focus_change(body, window, qtbot, away=window.ui.nav_list)
            assert max(theme_colours.contrast(c.name(), base.name()) for c in changed) >= 3.0
    finally:
        themes.apply("light", remember=False)

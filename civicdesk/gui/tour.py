"""Every screen of the window in turn, for the layout tests (tests/test_gui_layout.py) and
the screenshots (scripts/screenshots.py): each section and its pages, then each dialog
opened the way a user opens it, on the data that is open (the demo's). Nothing is saved:
each dialog is shown, looked at, and closed as if with Cancel.

`walk(window, visit)` calls `visit(name, widget)` once for every screen: the window itself
for a section (its page shown), else the dialog, shown, at the size it opened with.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSize
from PySide6.QtWidgets import QDialog, QWidget

from civicdesk import clock
from civicdesk.services import request_lists, schedule

from civicdesk.gui import tasks
from civicdesk.gui.dialogs import modal

Visit = Callable[[str, QWidget], None]


def settle() -> None:
    """Let layouts, lazy loads and queued signals finish."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextlib.contextmanager
def dialogs_visited(visit: Visit, name: Callable[[], str]) -> Iterator[list[str]]:
    """While inside, a dialog's `exec()` shows it, visits it as *name()*, and closes it
    as if cancelled (returns Rejected); the names visited are listed."""
    seen: list[str] = []

    def shown_then_cancelled(dialog: QDialog) -> int:
        dialog.show()
        settle()
        seen.append(name())
        visit(name(), dialog)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # no "discard changes?" question
        return int(QDialog.DialogCode.Rejected)

    saved = QDialog.exec, modal.KeptOnLock.exec
    QDialog.exec = shown_then_cancelled
    modal.KeptOnLock.exec = shown_then_cancelled
    try:
        yield seen
    finally:
        QDialog.exec, modal.KeptOnLock.exec = saved


def walk(window, visit: Visit) -> list[str]:
    """Visit every section, page and dialog of *window* (a MainWindow); the names."""
    names: list[str] = []
    current = [""]

    def step(name: str, show: Callable[[], object]) -> None:
        current[0] = name
        before = len(seen)
        show()
        settle()
        if len(seen) == before:  # a section or page: the window is what to look at
            names.append(name)
            visit(name, window)
        else:
            names.extend(seen[before:])

    with dialogs_visited(visit, lambda: current[0]) as seen:
        for name, show in sections(window):
            step(name, show)
        for name, show in dialogs(window):
            step(name, show)
    return names


# What there is to see ---------------------------------------------------------------------

def _people(members, count: int = 40) -> list[int]:
    """The first people of the members list, as it is sorted now."""
    model = members.people_list.model
    return [model.id_at(row) for row in range(min(count, model.rowCount()))]


def _someone_who_paid(members) -> int | None:
    """The first person in the list with a payment on file (else the first person)."""
    people = _people(members)
    page = members.person_page
    for person in people:
        members.open_person(person)
        if page.payments.rowCount():
            members.show_people()
            return person
    members.show_people()
    return people[0] if people else None


def _a_household(members) -> int | None:
    members.show_households()
    found = members.households_list.current_household_id()
    members.show_people()
    return found


def _shifts() -> list[schedule.ShiftRow]:
    now = clock.utcnow()
    return schedule.shifts_between(now - timedelta(days=7), now + timedelta(days=60))


def sections(window) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, show it) for every section and the pages within it."""
    members = window.pane(0)
    person = _someone_who_paid(members)
    household = _a_household(members)
    yield "members", lambda: (window.show_pane(0), members.show_people())
    if person is not None:
        yield "members-person", lambda: members.open_person(person)
        for index in range(1, members.person_page.ui.tabs.count()):
            yield f"members-person-tab{index}", \
                lambda i=index: members.person_page.ui.tabs.setCurrentIndex(i)
    yield "members-new-person", members.new_person
    yield "members-households", members.show_households
    if household is not None:
        yield "members-household", lambda: members.open_household(household)
    yield "members-back", members.show_people
    for index, entry in enumerate(window.pane_entries[1:], start=1):
        if window.ui.nav_list.item(index).isHidden():
            continue
        name = entry.__name__.removesuffix("Pane").lower()
        yield name, lambda i=index: window.show_pane(i)
        tabs = getattr(window.pane(index), "tabs", None)
        for tab in range(1, tabs.count() if tabs is not None else 0):
            yield f"{name}-tab{tab}", lambda t=tabs, i=tab: t.setCurrentIndex(i)
        if tabs is not None:
            yield f"{name}-tab0", lambda t=tabs: t.setCurrentIndex(0)
        if name == "reports":
            yield from _reports(window.pane(index))


def _reports(pane) -> Iterator[tuple[str, Callable[[], object]]]:
    from civicdesk.reports import catalog

    for name in catalog.REPORTS:
        yield f"reports-{name}", lambda n=name: pane.select_report(n)


def dialogs(window) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, open it) for every dialog: opened from where a user opens it."""
    yield from _member_dialogs(window)
    yield from _shift_dialogs(window)
    yield from _request_dialogs(window)
    yield from _report_dialogs(window)
    ui = window.ui
    yield "settings", window.action_settings.trigger
    yield "accounts", window.action_accounts.trigger
    yield "account", lambda: _account_dialog(window)
    yield "own-secret", lambda: _secret_dialog(window)
    yield "about", ui.action_about.trigger
    yield "shortcuts", ui.action_shortcuts.trigger
    yield "restore", ui.action_restore.trigger
    yield "import", window.action_import.trigger
    yield "imports", window.action_imports.trigger
    yield "retention", window.action_retention.trigger
    yield "connect", window.action_connect.trigger
    yield "server-password", lambda: _password_dialog(window)
    yield "crash", lambda: _crash_dialog(window)


def _member_dialogs(window) -> Iterator[tuple[str, Callable[[], object]]]:
    from civicdesk.gui import privacy

    members = window.pane(0)
    person, household = _someone_who_paid(members), _a_household(members)
    if person is None:
        return
    page = members.person_page

    def on_person(then: Callable[[], object]) -> Callable[[], object]:
        return lambda: (window.show_pane(0), members.open_person(person), then())

    def on_payment(then: Callable[[], object]) -> Callable[[], object]:
        def chosen():
            if page.payments.rowCount():
                page.ui.payments_view.setCurrentIndex(page.payments.index(0, 0))
            return then()
        return on_person(chosen)

    yield "payment", on_person(page.record_payment)
    yield "payment-correction", on_payment(page.payment_actions.correct)
    yield "payment-void", on_payment(page.payment_actions.void)
    yield "household-new", on_person(page.create_household)
    yield "erase", on_person(lambda: privacy.EraseDialog.ask(page, page.display_name()))
    shifts_tab = page.detail_tabs[0]
    yield "signup-for-person", on_person(shifts_tab.on_sign_up)
    yield "hours-log", on_person(shifts_tab.on_log_hours)
    if household is not None:
        yield "household-edit", lambda: (members.open_household(household),
                                         members.household_page.edit_address())
    yield "members-done", lambda: (members.show_people(), None)


def _shift_dialogs(window) -> Iterator[tuple[str, Callable[[], object]]]:
    from civicdesk.gui.dialogs.cancel_shift_dialog import CancelShiftDialog
    from civicdesk.gui.dialogs.event_dialog import EventDialog
    from civicdesk.gui.dialogs.hours_dialog import HoursDialog
    from civicdesk.gui.dialogs.shift_dialog import ShiftDialog
    from civicdesk.gui.dialogs.signup_dialog import SignupDialog

    context = window.context
    rows = _shifts()
    shift = rows[0].id if rows else None
    series = next((r.series_id for r in rows if r.series_id is not None), None)
    events = schedule.event_rows(clock.utcnow())
    yield "shift-new", lambda: ShiftDialog.ask_new(context, window)
    yield "event-new", lambda: EventDialog.ask(context, window)
    if events:
        yield "event-edit", lambda: EventDialog.ask(context, window, events[0])
    yield "hours-log-shifts", lambda: HoursDialog.ask_log(context, window)
    if shift is None:
        return
    yield "shift-detail", lambda: _shift_pane(window).open_shift(shift)
    yield "shift-edit", lambda: ShiftDialog.ask_edit(context, shift, window)
    if series is not None:
        yield "shift-series", lambda: ShiftDialog.ask_series(context, series, window)
    yield "shift-cancel", lambda: CancelShiftDialog.ask(context, shift, window)
    yield "signup-for-shift", lambda: SignupDialog.ask_for_shift(context, shift, window)


def _shift_pane(window):
    from civicdesk.gui.panes.shifts import ShiftsPane

    return window.pane_of(ShiftsPane)


def _request_dialogs(window) -> Iterator[tuple[str, Callable[[], object]]]:
    from civicdesk.gui.dialogs.request_view_dialog import RequestViewDialog
    from civicdesk.gui.panes.requests import RequestsPane

    pane = window.pane_of(RequestsPane)
    waiting = request_lists.queue_ids(request_lists.QueueFilter())
    request = waiting[0] if waiting else None
    yield "request-new", pane.new_request
    if request is None:
        return
    yield "request-edit", lambda: pane.actions.edit(request)
    yield "request-helper", lambda: pane.actions.choose_helper(request)
    yield "request-follow-up", lambda: pane.actions.follow_up(request)
    yield "request-note", lambda: pane.actions.note(request)
    yield "request-view", lambda: RequestViewDialog.show_for(window, window.context, request,
                                                             actions=True)


def _report_dialogs(window) -> Iterator[tuple[str, Callable[[], object]]]:
    from civicdesk.gui.panes.reports import ReportsPane

    def preview() -> None:
        pane = window.pane_of(ReportsPane)
        pane.select_report("schedule")
        job = pane.preview()
        if not job.task.done:
            loop = QEventLoop()
            job.task.finished.connect(loop.quit)
            loop.exec()
        if job.preview is not None:  # shown beside the window, not modal
            job.preview.exec()
            job.preview.close()

    yield "report-preview", preview


def _account_dialog(window) -> None:
    from civicdesk.gui.dialogs.accounts_dialog import AccountDialog

    AccountDialog(window.context, None, window).exec()


def _secret_dialog(window) -> None:
    from civicdesk.services import accounts

    from civicdesk.gui.dialogs.secret_dialog import SecretDialog

    SecretDialog(window.context, SecretDialog.tr("Change my PIN or password"), SecretDialog.tr(
        "Type your PIN or password as it is now, then the new one twice."),
        accounts.change_own_secret, ask_old=True, parent=window).exec()


def _password_dialog(window) -> None:
    """The password a server asks for (at start, before the window: here over it)."""
    from civicdesk.services import shared_database

    from civicdesk.gui.dialogs.connect_dialog import PasswordDialog

    PasswordDialog.ask(shared_database.parse("postgresql://ana@office-pc/association"),
                       None, window)


def _crash_dialog(window) -> None:
    from civicdesk.gui.crash import CrashDialog

    CrashDialog("Traceback (most recent call last):\n  ...\nValueError", None, window).exec()


def start_screens(visit: Visit, size: QSize | None = None) -> list[str]:
    """The first-run screen and the login screen, each in a window of its own (at *size*,
    the start window's, bounded by the screen)."""
    from civicdesk.gui.login_screen import FirstRunScreen, LoginScreen

    runner = tasks.TaskRunner(tasks.SynchronousExecutor())
    names = []
    for name, screen in (("first-run", FirstRunScreen(runner)),
                         ("login", LoginScreen(runner))):
        if isinstance(screen, LoginScreen):
            screen.reload()
        screen.resize(size or QSize(1180, 760))
        screen.show()
        settle()
        visit(name, screen)
        screen.close()
        screen.deleteLater()
        names.append(name)
    return names

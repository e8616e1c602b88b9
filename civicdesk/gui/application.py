"""Starting the GUI: QApplication, translations, crash handler, database, main window."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk import APP_ID, APP_NAME, ORG_NAME, __version__, cli, i18n, passwords, paths
from civicdesk import settings as association_settings
from civicdesk.data import database, errors, lockfile, models
from civicdesk.errors import UserError
from civicdesk.services import actors, shared_database, storage
from civicdesk.services.shared_database import ServerAddress

from civicdesk.gui import (
    crash,
    fonts,
    icons,
    localized,
    restart,
    screen_fit,
    tasks,
    text,
    text_size,
    themes,
    viewer_files,
)
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.connect_dialog import Choice
from civicdesk.gui.login_screen import StartWindow
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import TaskRunner


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    # Matches civicdesk.desktop (the .deb installs it): Wayland shows that entry's icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.load("civicdesk"))
    _use_locale_country()  # the system's, before the language's locale becomes the default
    install_translators(app)
    fonts.register_bundled_fonts()  # 9 ms; before the first paint so no name shows as boxes
    text_size.apply_saved()  # View > Text size, as last chosen on this computer
    themes.apply_saved()  # View > Theme, likewise
    screen_fit.install(app)  # every dialog within the screen, scrolling inside if need be
    return app


def _use_locale_country() -> None:
    """The country of this computer's locale, as Qt knows it on every system, for the
    defaults of the `country` and `paper` settings."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    if len(code) == 2 and code.isalpha() and code.upper() != "ZZ":
        association_settings.set_locale_country(code)


_installed: list[QTranslator] = []


def install_translators(app: QApplication, code: str | None = None,
                        ours: str | Path | None = None) -> list[QTranslator]:
    """Qt's own strings (qtbase_<code>.qm), then ours (civicdesk_<code>.qm, from *ours* or
    resources/translations), in *code* or the language chosen at start
    (`languages.choose`), which the Qt-free layers use too; the language's locale becomes
    the default (dates, numbers). Replaces the translators installed before."""
    code = code or i18n.language()
    i18n.set_language(code)
    remove_translators(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(ours or paths.resource_dir() / "translations")
    for name, folder in (("qtbase", qt_dir), ("civicdesk", ours)):
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    return list(_installed)


def remove_translators(app: QApplication) -> None:
    """Take away the translators `install_translators` installed (Qt speaks English)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def locale_for(code: str) -> QLocale:
    """The locale of language *code*, in the system's country when there is such a locale
    (Spanish on a US system: es_US), else the language's own (es_ES)."""
    language = QLocale.codeToLanguage(code)
    system = QLocale.system()
    if system.language() == language:
        return system
    local = QLocale(language, system.territory())
    if local.language() == language and local.territory() == system.territory():
        return local
    return QLocale(language)


def _offer_demo(window: MainWindow) -> None:
    from civicdesk.gui.dialogs import first_run  # after the window shows: keeps startup fast

    first_run.offer_demo(window)


def tell_cannot_open(exc: UserError) -> None:
    """Say why the database cannot be opened (monkeypatched in tests)."""
    QMessageBox.critical(None, QCoreApplication.translate(
        "Startup", "CivicDesk cannot open the database"), text.error(exc))


def offer_restore(exc: errors.DatabaseDamaged) -> bool:
    """A damaged file with a verified backup: restore it? (monkeypatched in tests)."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "Startup", "The database is damaged"), text.error(exc))
    restore = box.addButton(QCoreApplication.translate("Startup", "Restore that backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def offer_read_only(exc: lockfile.FileInUse) -> bool:
    """Another copy has the file open for changes: open it read-only here? (monkeypatched
    in tests)"""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate(
        "Startup", "The database is already open"), text.error(exc))
    box.setInformativeText(QCoreApplication.translate(
        "Startup", "You can also open it here read-only, to look things up without changing "
                   "anything."))
    read_only = box.addButton(QCoreApplication.translate("Startup", "Open read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


@dataclass
class Claim:
    """This window's hold on the file: its lock, or who holds it when it only looks."""

    lock: lockfile.Lock | None = None
    read_only_for: lockfile.Holder | None = None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def claim(path: Path) -> Claim | None:
    """Take the file's lock; if another copy has it, offer to open it read-only. None (the
    user cancelled, or the folder is refused, after saying why) means do not open."""
    try:
        return Claim(lock=lockfile.acquire(path))
    except lockfile.FileInUse as exc:
        return Claim(read_only_for=exc.holder) if offer_read_only(exc) else None
    except UserError as exc:
        tell_cannot_open(exc)
        return None


def open_for_window(path: Path, read_only_for: lockfile.Holder | None = None):
    """The database for the window, or None after saying why it cannot be opened. A
    damaged file that has a verified backup is offered that backup (not in a copy that
    only looks: the one that has the file open decides)."""
    try:
        return database.open_database(path, read_only=read_only_for)
    except errors.DatabaseDamaged as exc:
        if exc.backup is None or read_only_for is not None:
            tell_cannot_open(exc)
        elif offer_restore(exc):  # declined: that box said it all, nothing was changed
            return restore_in_background(path, exc.backup.path, None)
    except UserError as exc:
        tell_cannot_open(exc)
    return None


def restore_in_background(path: Path, backup: Path, parent, actor: actors.Actor | None = None):
    """Restore *backup* over the (closed) database *path* on a task thread with progress,
    then return the reopened database (None, after saying why, if it was refused). *actor*
    is the admin who asked (at startup, with a damaged file, nobody could log in yet)."""
    runner = TaskRunner()
    actor = actor or actors.local_actor()
    task = runner.run(lambda ctx: storage.restore(actor, path, backup, progress=lambda done,
                      total: ctx.progress(done, total)), on_error=lambda exc: None)
    tasks.with_progress(task, parent, QCoreApplication.translate(
        "Startup", "Restoring the backup\u2026"), cancellable=False, after_ms=1000)
    try:
        tasks.wait_for(task)
    except UserError as exc:
        tell_cannot_open(exc)
        return None
    finally:
        runner.shutdown()
    return models.database.obj


Location = Path | ServerAddress
RETRY, LOCAL, QUIT = "retry", "local", "quit"


def start_location(args: argparse.Namespace) -> Location:
    """The database the window opens: --db (a file or a server's address), else the
    shared database this computer was connected to (File > Connect to a shared
    database…), else the file in the data folder."""
    return cli.location(args)


def offer_after_failure(exc: UserError, local: bool) -> str:
    """The server's database cannot be opened: try again, use the database on this computer
    instead (offered when *local*: the server was this computer's choice, not --db's), or
    quit? RETRY, LOCAL or QUIT. (Monkeypatched in tests.)"""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "Startup", "CivicDesk cannot open the database"), text.error(exc))
    retry = box.addButton(QCoreApplication.translate("Startup", "Try again"),
                          QMessageBox.ButtonRole.AcceptRole)
    here = box.addButton(QCoreApplication.translate(
        "Startup", "Use the database on this computer"),
        QMessageBox.ButtonRole.ActionRole) if local else None
    box.addButton(QCoreApplication.translate("Startup", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return RETRY
    return LOCAL if here is not None and clicked is here else QUIT


def ask_password(where: ServerAddress, problem: UserError | None,
                 parent=None) -> passwords.Typed | None:
    """The password the server asks for, typed in a dialog (monkeypatched in tests)."""
    from civicdesk.gui.dialogs.connect_dialog import PasswordDialog

    return PasswordDialog.ask(where, problem, parent)


def tell_not_remembered(exc: UserError, parent=None) -> None:
    """The keyring did not keep a password: say so; the database is open all the same."""
    QMessageBox.warning(parent, QCoreApplication.translate(
        "Startup", "The password was not remembered"), text.error(exc))


def in_background(work, parent, label: str):
    """*work()* on a task thread of its own behind a progress dialog (after half a second);
    its result, or its error raised here."""
    runner = TaskRunner()
    task = runner.run(lambda ctx: work(), on_error=lambda exc: None)
    tasks.with_progress(task, parent, label, cancellable=False, after_ms=500)
    try:
        return tasks.wait_for(task)
    finally:
        runner.shutdown()


def _open_server(where: ServerAddress):
    """`open_database` on the task thread. Its connection there is closed at once: each
    thread connects on its own (peewee's connections are per thread), the window's when
    it first asks."""
    db = database.open_database(where)
    db.close()
    return db


def connect_server(where: ServerAddress, parent=None) -> passwords.Connected | None:
    """Open the server's database *where* for the window, with the first password that
    works (`passwords.connect`; asked in a dialog last, again after a wrong one), off the
    GUI thread. None: the user cancelled. Why it cannot be opened is raised."""
    def opener(address: ServerAddress):
        return in_background(lambda: _open_server(address), parent, QCoreApplication.translate(
            "Startup", "Connecting to the database server {server}\u2026").format(
            server=address.host))

    connected = passwords.connect(where, opener, lambda address, problem: ask_password(
        address, problem, parent))
    if connected is not None and connected.typed is not None and connected.typed.remember:
        keep_password(where, connected.typed.password, parent)
    return connected


def keep_password(where: ServerAddress, password: str, parent=None) -> None:
    try:
        passwords.remember(where, password)
    except UserError as exc:
        tell_not_remembered(exc, parent)


@dataclass
class Opened:
    """A database open for the window: where, the peewee database, the file's claim."""

    where: Location
    db: object
    claim: Claim


def open_location(where: Location, *, retry: bool = True, local: bool = False,
                  parent=None) -> Opened | None:
    """Open *where* for the window: a file with its lock (or read-only, if the user
    agrees), a server's database with its password. None after saying why not (or after
    the user cancelled). *retry*: a server that cannot be reached is offered again (and,
    with *local*, the database on this computer instead, which this computer then opens
    from now on)."""
    while isinstance(where, ServerAddress):
        try:
            connected = connect_server(where, parent)
            if connected is None:
                raise passwords.NotGiven(key=where.key)
            return Opened(where, connected.opened, Claim())
        except UserError as exc:
            choice = offer_after_failure(exc, local) if retry else QUIT
            if not retry:
                tell_cannot_open(exc)
            if choice == QUIT:
                return None
            if choice == LOCAL:
                use_this_computer()
                where, local = shared_database.local_file(), False
    held = claim(where)
    if held is None:
        return None
    db = open_for_window(where, held.read_only_for)
    if db is None:
        held.release()
        return None
    return Opened(where, db, held)


def use_this_computer() -> None:
    """From now on this computer opens the database in its data folder at start."""
    try:
        shared_database.forget()
    except UserError as exc:
        tell_cannot_open(exc)


class Session:
    """The window over one open database; a restore closes both and opens them again.

    First the start window: the first admin's account on a database without accounts,
    else the login. The main window opens for whoever logged in (then `on_window` is
    called with it)."""

    def __init__(self, path: Location, db, read_only_for: lockfile.Holder | None = None,
                 claim: Claim | None = None) -> None:
        self.path, self.db, self.read_only_for = path, db, read_only_for
        self.claim = claim if claim is not None else Claim(read_only_for=read_only_for)
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self.start: StartWindow | None = None
        self.runner: TaskRunner | None = None
        self.on_window: list = []  # called with the main window once it is shown

    def show(self) -> StartWindow:
        """The login (or first-run) window; the main window follows the login."""
        self.runner = TaskRunner()
        title = f"{APP_NAME} \u2014 {shared_database.short_name(self.path)}"
        self.start = StartWindow(self.runner, title)
        self.start.logged_in.connect(self.open_window)
        self.start.show()
        return self.start

    def open_window(self, actor: actors.Actor) -> MainWindow:
        self.context = AppContext(db_path=self.path, actor=actor, tasks=self.runner,
                                  read_only_for=self.read_only_for)
        localized.locale()  # Qt's default: the language in the association's country
        self.window = MainWindow(self.context)
        self.window.restore_requested.connect(self.restore)
        self.window.switch_requested.connect(self.switch)
        self.window.show()
        if self.start is not None:
            self.start.close()
            self.start.deleteLater()
            self.start = None
        QTimer.singleShot(0, self.window.start_routines)
        for call in self.on_window:
            call(self.window)
        return self.window

    def switch(self, target: Choice | Path) -> bool:
        """Close the window and the database, open *target* (a shared database chosen in
        File > Connect to a shared database…, or the file on this computer) and its login;
        this computer opens it at the next start too. If it cannot be opened, the one
        before opens again. False: nothing changed (the user kept unsaved edits)."""
        window, app = self.window, QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # the new window comes in a moment
        if not window.close():
            app.setQuitOnLastWindowClosed(True)
            return False
        window.deleteLater()
        self.window = None
        before = self.path
        database.close_database(self.db)
        self.claim.release()
        where = target.address if isinstance(target, Choice) else target
        opened = open_location(where, retry=False)
        if opened is not None:
            self._remember(target)
        else:
            opened = open_location(before, retry=True)
        app.setQuitOnLastWindowClosed(True)
        if opened is None:
            QCoreApplication.quit()
            return False
        self.path, self.db, self.claim = opened.where, opened.db, opened.claim
        self.read_only_for = opened.claim.read_only_for
        self.show()
        return opened.where == where

    def _remember(self, target: Choice | Path) -> None:
        """This computer opens *target* from the next start (a password typed with
        "Remember" goes to the keyring)."""
        try:
            if isinstance(target, Choice):
                shared_database.remember(target.where)
            else:
                shared_database.forget()
        except UserError as exc:
            tell_cannot_open(exc)
        if isinstance(target, Choice) and target.typed is not None and target.typed.remember:
            keep_password(target.where, target.typed.password)

    def restore(self, backup: Path) -> None:
        """Close the window and the database, put *backup* back, open both again."""
        window, app = self.window, QApplication.instance()
        window.closing_for_restore = True
        app.setQuitOnLastWindowClosed(False)  # the new window comes in a moment
        if not window.close():
            window.closing_for_restore = False
            app.setQuitOnLastWindowClosed(True)
            return
        window.deleteLater()
        database.close_database(self.db)
        reopened = restore_in_background(self.path, backup, None, self.context.actor)
        self.db = reopened if reopened is not None else open_for_window(self.path)
        app.setQuitOnLastWindowClosed(True)
        if self.db is None:
            QCoreApplication.quit()
            return
        self.show()


def run(args: argparse.Namespace) -> int:
    app = create_app()
    handler = crash.CrashHandler()
    handler.install()
    try:
        where = start_location(args)
    except UserError as exc:  # a name the system refuses, ~someone without a home, a bad URL
        tell_cannot_open(exc)
        return cli.EXIT_USER_ERROR
    opened = open_location(where, local=not getattr(args, "db", None))
    if opened is None:
        return cli.EXIT_USER_ERROR
    session = Session(opened.where, opened.db, opened.claim.read_only_for, opened.claim)
    try:
        return _run_window(app, args, session)
    finally:
        session.claim.release()
        restart.start_if_asked()  # once the file is free for the new copy


def _run_window(app: QApplication, args: argparse.Namespace, session: Session) -> int:
    viewer_files.empty()  # what a crash or a power cut left in a viewer's folder
    session.show()
    QTimer.singleShot(0, crash.setup_logging)  # crash logs are written without it meanwhile
    if getattr(args, "quit_after_show", False):  # the first screen is up (tests, bench)
        QTimer.singleShot(0, app.quit)
    elif session.read_only_for is None:
        session.on_window.append(lambda window: QTimer.singleShot(
            0, lambda: _offer_demo(window)))
    try:
        return app.exec()
    finally:
        if session.runner is not None:
            session.runner.shutdown()
        viewer_files.empty()
        database.close_database(session.db)

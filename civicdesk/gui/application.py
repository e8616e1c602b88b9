"""Starting the GUI: QApplication, translations, crash handler, database, main window."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk import APP_ID, APP_NAME, ORG_NAME, __version__, cli, i18n, paths
from civicdesk import settings as association_settings
from civicdesk.data import database, errors, lockfile, models
from civicdesk.errors import UserError
from civicdesk.services import actors, storage

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


class Session:
    """The window over one open database; a restore closes both and opens them again.

    First the start window: the first admin's account on a database without accounts,
    else the login. The main window opens for whoever logged in (then `on_window` is
    called with it)."""

    def __init__(self, path: Path, db, read_only_for: lockfile.Holder | None = None) -> None:
        self.path, self.db, self.read_only_for = path, db, read_only_for
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self.start: StartWindow | None = None
        self.runner: TaskRunner | None = None
        self.on_window: list = []  # called with the main window once it is shown

    def show(self) -> StartWindow:
        """The login (or first-run) window; the main window follows the login."""
        self.runner = TaskRunner()
        title = f"{APP_NAME} \u2014 {self.path.name}"
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
        self.window.show()
        if self.start is not None:
            self.start.close()
            self.start.deleteLater()
            self.start = None
        QTimer.singleShot(0, self.window.start_routines)
        for call in self.on_window:
            call(self.window)
        return self.window

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
        path = cli.db_path(args)
    except UserError as exc:  # a name the system refuses, ~someone without a home
        tell_cannot_open(exc)
        return cli.EXIT_USER_ERROR
    held = claim(path)
    if held is None:
        return cli.EXIT_USER_ERROR
    try:
        db = open_for_window(path, held.read_only_for)
        if db is None:
            return cli.EXIT_USER_ERROR
        return _run_window(app, args, Session(path, db, held.read_only_for))
    finally:
        held.release()
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

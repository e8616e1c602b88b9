"""Starting the GUI: QApplication, translations, crash handler, database, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk import APP_ID, APP_NAME, ORG_NAME, __version__, cli, paths
from civicdesk.data import database, errors, models
from civicdesk.errors import UserError
from civicdesk.services import actors, storage

from civicdesk.gui import crash, fonts, icons, tasks, text
from civicdesk.gui.context import AppContext
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
    install_translators(app)
    fonts.register_bundled_fonts()  # 9 ms; before the first paint so no name shows as boxes
    return app


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own strings (qtbase), then ours, in the system language when we have it."""
    locale = QLocale.system()
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours_dir = str(paths.resource_dir() / "translations")
    for name, folder in (("qtbase", qt_dir), ("civicdesk", ours_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


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


def open_for_window(path: Path):
    """The database for the window, or None after saying why it cannot be opened. A
    damaged file that has a verified backup is offered that backup."""
    try:
        return database.open_database(path)
    except errors.DatabaseDamaged as exc:
        if exc.backup is not None and offer_restore(exc):
            return restore_in_background(path, exc.backup.path, None)
        tell_cannot_open(exc)
    except UserError as exc:
        tell_cannot_open(exc)
    return None


def restore_in_background(path: Path, backup: Path, parent):
    """Restore *backup* over the (closed) database *path* on a task thread with progress,
    then return the reopened database (None, after saying why, if it was refused)."""
    runner = TaskRunner()
    actor = actors.local_actor()
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
    """The window over one open database; a restore closes both and opens them again."""

    def __init__(self, path: Path, db) -> None:
        self.path, self.db = path, db
        self.context: AppContext | None = None
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        self.context = AppContext(db_path=self.path, actor=actors.local_actor(),
                                  tasks=TaskRunner())
        self.window = MainWindow(self.context)
        self.window.restore_requested.connect(self.restore)
        self.window.show()
        QTimer.singleShot(0, self.window.start_routines)
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
        reopened = restore_in_background(self.path, backup, None)
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
    path = cli.db_path(args)
    db = open_for_window(path)
    if db is None:
        return cli.EXIT_USER_ERROR
    session = Session(path, db)
    window = session.show()
    QTimer.singleShot(0, crash.setup_logging)  # crash logs are written without it meanwhile
    if getattr(args, "quit_after_show", False):
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, lambda: _offer_demo(window))
    try:
        return app.exec()
    finally:
        if session.context is not None:
            session.context.tasks.shutdown()
        database.close_database(session.db)

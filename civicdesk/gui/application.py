"""Starting the GUI: QApplication, translations, crash handler, database, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk import APP_ID, APP_NAME, ORG_NAME, __version__, cli, paths
from civicdesk.data import database
from civicdesk.errors import UserError
from civicdesk.services import actors

from civicdesk.gui import crash, fonts, icons, text
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


def run(args: argparse.Namespace) -> int:
    app = create_app()
    handler = crash.CrashHandler()
    handler.install()
    path = cli.db_path(args)
    try:
        db = database.open_database(path)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("Startup", "CivicDesk cannot open the database"),
                             text.error(exc))
        return cli.EXIT_USER_ERROR
    context = AppContext(db_path=path, actor=actors.local_actor(), tasks=TaskRunner())
    window = MainWindow(context)
    window.show()
    QTimer.singleShot(0, crash.setup_logging)  # crash logs are written without it meanwhile
    if getattr(args, "quit_after_show", False):
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, lambda: _offer_demo(window))
    try:
        return app.exec()
    finally:
        context.tasks.shutdown()
        database.close_database(db)

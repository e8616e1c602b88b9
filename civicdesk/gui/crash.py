"""Unexpected errors: write a log file, show what to do, keep running where that is safe.

Errors a user can fix (UserError) are shown as a plain message instead. Everything is also
logged to logs/civicdesk.log in the data folder.
"""

from __future__ import annotations

import html
import logging
import logging.handlers
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from civicdesk import APP_NAME, __version__, clock, paths
from civicdesk.errors import UserError

from civicdesk.gui import icons, text
from civicdesk.gui.forms.ui_crash_dialog import Ui_CrashDialog

log = logging.getLogger("civicdesk")


def setup_logging() -> Path | None:
    """Log to logs/civicdesk.log (rotated); returns the folder, or None if it is not writable."""
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / "civicdesk.log",
                                                       maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return folder


def write_crash_log(details: str) -> Path | None:
    folder = paths.log_dir()
    target = folder / f"crash-{clock.now():%Y%m%d-%H%M%S-%f}.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(details, encoding="utf-8")
    except OSError:
        return None
    return target


def describe(exc_type, exc, tb) -> str:
    import platform  # imported when needed: startup time matters more than crash time
    import traceback

    lines = [f"CivicDesk {__version__}", f"Python {platform.python_version()} on "
             f"{platform.platform()}", f"Time {clock.now().isoformat(timespec='seconds')}", ""]
    lines += traceback.format_exception(exc_type, exc, tb)
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Says what happened in plain words, where the log is, and lets the user continue."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.quit_requested = False
        self._log_file = log_file
        self.ui.icon_label.setPixmap(icons.load("warning").pixmap(48, 48))
        self.ui.details_edit.setPlainText(details)
        self.ui.explanation_label.setText(self._explanation())
        self.ui.copy_button.clicked.connect(self._on_copy_clicked)
        self.ui.open_log_button.clicked.connect(self._on_open_log_clicked)
        self.ui.open_log_button.setEnabled(log_file is not None)
        self.ui.continue_button.clicked.connect(self.accept)
        self.ui.quit_button.clicked.connect(self._on_quit_clicked)

    def _explanation(self) -> str:
        where = (self.tr("The details were saved in <b>{file}</b>.").format(
            file=html.escape(str(self._log_file))) if self._log_file
            else self.tr("The details could not be saved to a file; copy them below."))
        return "<p>{}</p><p>{}</p><p>{}</p>".format(
            self.tr("<b>Something went wrong that CivicDesk did not expect.</b> Everything "
                    "you saved before is safe; the last thing you were doing may not have "
                    "been saved, so please check it."),
            where,
            self.tr("You can keep working. If it happens again, close CivicDesk, start it "
                    "again, and give the details to whoever looks after this computer."))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.details_edit.toPlainText())

    def _on_open_log_clicked(self) -> None:
        if self._log_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))

    def _on_quit_clicked(self) -> None:
        self.quit_requested = True
        self.reject()


class CrashHandler:
    """Installed as sys.excepthook (and threading.excepthook) while the GUI runs."""

    def __init__(self) -> None:
        self._showing = False
        self.last_log: Path | None = None

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def _handle_thread(self, args) -> None:
        # Widgets belong to the GUI thread: from other threads only log (tasks deliver their
        # own errors to the GUI thread, so this is a last resort).
        details = describe(args.exc_type, args.exc_value, args.exc_traceback)
        log.error("unexpected error in thread %s\n%s", args.thread, details)
        self.last_log = write_crash_log(details)

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(exc, UserError):  # fixable: a message, not a crash report
            log.warning("user error: %s", exc)
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, text.error(exc))
            return
        details = describe(exc_type, exc, tb)
        log.error("unexpected error\n%s", details)
        self.last_log = write_crash_log(details)
        if self._showing or QApplication.instance() is None:
            sys.__stderr__.write(details + "\n")
            return
        self._showing = True
        try:
            dialog = CrashDialog(details, self.last_log, QApplication.activeWindow())
            dialog.exec()
            if dialog.quit_requested:
                QCoreApplication.exit(1)
        finally:
            self._showing = False

"""Unexpected errors: write a log file, show what to do, keep running where that is safe.

Errors a user can fix (UserError) are shown as a plain message instead. Everything is also
logged to logs/civicdesk.log in the data folder.

Logs are private (0600 in a 0700 folder, see `paths`) and hold no field values: a crash
report keeps the exception's type and where it happened, never its message (`describe`).
At most CRASH_LOGS_KEPT crash logs are kept, none older than CRASH_LOG_DAYS.
"""

from __future__ import annotations

import contextlib
import html
import logging
import logging.handlers
import sys
import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from civicdesk import APP_NAME, __version__, clock, paths
from civicdesk.errors import UserError
from civicdesk.services import storage

from civicdesk.gui import icons, text
from civicdesk.gui.forms.ui_crash_dialog import Ui_CrashDialog

log = logging.getLogger("civicdesk")

CRASH_LOGS_KEPT = 20
CRASH_LOG_DAYS = 30
MESSAGE_LEFT_OUT = "(message left out: it may hold what someone typed)"


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotated log whose files are 0600 from the start (the standard handler creates them
    with the umask, usually readable by everyone)."""

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors, opener=paths.private_opener)


def log_folder() -> Path:
    """logs/ in the data folder, private, with the files already in it tightened. Raises
    OSError if it cannot be created."""
    paths.ensure_private_dir(paths.data_dir())
    folder = paths.ensure_private_dir(paths.log_dir())
    for found in folder.iterdir():
        if found.is_file():
            paths.tighten(found)
    return folder


def setup_logging() -> Path | None:
    """Log to logs/civicdesk.log (rotated) and prune old crash logs; returns the folder, or
    None if it is not writable."""
    try:
        folder = log_folder()
        handler = PrivateLogFile(folder / "civicdesk.log", maxBytes=1_000_000, backupCount=5,
                                 encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    prune_crash_logs(folder)
    return folder


def write_crash_log(details: str) -> Path | None:
    """Save *details* as a new crash log (and prune the old ones); None if it cannot be."""
    try:
        folder = log_folder()
        name = f"crash-{clock.now():%Y%m%d-%H%M%S-%f}"
        target, counter = folder / f"{name}.log", 1
        while True:
            try:
                with open(target, "x", encoding="utf-8", opener=paths.private_opener) as fh:
                    fh.write(details)
                break
            except FileExistsError:
                counter += 1
                target = folder / f"{name}-{counter}.log"
    except OSError:
        return None
    prune_crash_logs(folder, keep=target)
    return target


def prune_crash_logs(folder: Path, keep: Path | None = None) -> None:
    """Delete the crash logs in *folder* beyond the newest CRASH_LOGS_KEPT and those older
    than CRASH_LOG_DAYS (by their modification time and the association's clock); *keep*
    (the one just written) stays whatever its time."""
    cutoff = (clock.now() - timedelta(days=CRASH_LOG_DAYS)).timestamp()
    found = []
    for path in folder.glob("crash-*.log"):
        with contextlib.suppress(OSError):
            found.append((path != keep, -path.stat().st_mtime, path.name, path))
    found.sort()
    for index, (_, minus_mtime, _, path) in enumerate(found):
        if path == keep or (index < CRASH_LOGS_KEPT and -minus_mtime >= cutoff):
            continue
        with contextlib.suppress(OSError):
            path.unlink()


def describe(exc_type, exc, tb) -> str:
    """The crash report: versions, the time, and every exception of the chain with its type
    and where it happened (the frames' files, lines, functions and code lines), but never
    its message or notes.

    Messages are made of values at run time, and those can be what someone typed: a name,
    an address, a note (`int("Zoë")`, a KeyError's key, a constraint that quotes a value).
    No exception type's messages are kept: what a message holds depends on the code that
    raised it, not on its type, and the type with the file and line is enough to find a
    bug in the code."""
    import platform  # imported when needed: startup time matters more than crash time

    lines = [f"CivicDesk {__version__}", f"Python {platform.python_version()} on "
             f"{platform.platform()}", f"Time {clock.now().isoformat(timespec='seconds')}", ""]
    lines += _without_messages(exc_type, exc, tb)
    return "\n".join(line.rstrip("\n") for line in lines)


_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def _without_messages(exc_type, exc, tb) -> list[str]:
    """Like traceback.format_exception, with each exception's type but not its message."""
    import traceback

    chain = [(exc_type, tb, "")]  # newest first; the sentence that leads to the one before
    seen = {id(exc)}
    while exc is not None:
        if exc.__cause__ is not None:
            exc, link = exc.__cause__, _CAUSE
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc, link = exc.__context__, _CONTEXT
        else:
            break
        if id(exc) in seen:
            break
        seen.add(id(exc))
        chain.append((type(exc), exc.__traceback__, link))
    lines: list[str] = []
    for kind, frames, link in reversed(chain):
        if frames is not None:
            lines.append("Traceback (most recent call last):")
            lines += traceback.format_list(traceback.extract_tb(frames))
        name = kind.__qualname__ if kind.__module__ == "builtins" \
            else f"{kind.__module__}.{kind.__qualname__}"
        lines.append(f"{name} {MESSAGE_LEFT_OUT}")
        if link:
            lines += ["", link, ""]
    return lines


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
        if not isinstance(exc, UserError) and exc is not None:
            exc = storage.explain(exc) or exc  # a full disk, a busy file ... while reading
        if isinstance(exc, UserError):  # fixable: a message, not a crash report
            log.warning("user error: %s", type(exc).__name__)  # its text may hold values
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

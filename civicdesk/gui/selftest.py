"""`civicdesk --self-test`: does this copy of CivicDesk work? Prints OK or what failed.

Opens the main window offscreen on a throw-away demo database, goes through every pane
calling its `exercise()` (each pane does something representative without changing data),
and checks what the panes load later (bundle_check: PDF preview, printing, icons ...). Runs
the same from the source tree and from an installed, frozen copy; CI runs it on both. The
user's own data folder is never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from civicdesk import APP_NAME, __version__, paths
from civicdesk.data import database
from civicdesk.services import actors

from civicdesk.gui import bundle_check, operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import TaskRunner

DEMO_PEOPLE = 300
TASK_TIMEOUT_S = 120


class Report:
    """Runs named checks, collecting errors raised directly, in Qt slots (sys.excepthook),
    in background tasks, and dialogs that would wait for a user who is not there."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failed: list[str] = []
        self._errors: list[str] = []
        self.tasks: TaskRunner | None = None

    def check(self, name: str, fn: Callable[[], str | None]) -> bool:
        self._errors = []
        started = time.perf_counter()
        detail = ""
        try:
            detail = fn() or ""
        except Exception:
            self._errors.append(traceback.format_exc().rstrip())
        self._settle()
        took = time.perf_counter() - started
        if self._errors:
            self.failed.append(name)
            self.say(f"FAIL  {name} ({took:.2f} s)")
            for error in self._errors:
                self.say("      " + error.replace("\n", "\n      "))
            return False
        self.say(f"ok    {name}{': ' + detail if detail else ''} ({took:.2f} s)")
        return True

    def _settle(self) -> None:
        """Let queued events and background tasks (a report rendering ...) finish."""
        deadline = time.monotonic() + TASK_TIMEOUT_S
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self.tasks is None or self.tasks.is_idle():
                break
            if time.monotonic() > deadline:
                self._errors.append(f"background work still running after {TASK_TIMEOUT_S} s")
                break
            time.sleep(0.01)
        QCoreApplication.processEvents()

    def excepthook(self, exc_type, exc, tb) -> None:
        self._errors.append("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def close_modal_dialogs(self) -> None:
        """A check must not need an answer from a user: close the dialog and say so.
        (A progress dialog is fine: it goes away by itself when the work is done.)"""
        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, QProgressDialog):
            return
        self._errors.append(f"a dialog opened and waited for an answer: "
                            f"{widget.windowTitle()!r} ({type(widget).__name__})")
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def say(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    def finish(self) -> int:
        if self.failed:
            self.say(f"FAILED: {', '.join(self.failed)}")
            return 1
        self.say("OK")
        return 0


def run(out: TextIO = sys.stdout) -> int:
    """Run every check with the QApplication that already exists; 0 when all passed."""
    report = Report(out)
    report.say(f"{APP_NAME} {__version__} self-test"
                  f"{' (installed copy)' if getattr(sys, 'frozen', False) else ''}")
    watchdog = QTimer(interval=250)
    watchdog.timeout.connect(report.close_modal_dialogs)
    hooks = sys.excepthook, threading.excepthook
    with tempfile.TemporaryDirectory(prefix="civicdesk-selftest-",
                                     ignore_cleanup_errors=True) as tmp, \
            paths.data_dir_overridden(tmp):
        sys.excepthook, threading.excepthook = report.excepthook, report.thread_excepthook
        watchdog.start()
        try:
            scratch = Path(tmp)
            for name, check in bundle_check.checks():
                report.check(name, lambda check=check: check(scratch))
            _check_window(report, scratch / "civicdesk.db")
        finally:
            watchdog.stop()
            sys.excepthook, threading.excepthook = hooks
    return report.finish()


def _check_window(report: Report, db_path: Path) -> None:
    """A demo database, the main window, then every pane in turn."""
    state: dict = {}

    def make_database() -> str:
        from civicdesk.demo import generate

        state["db"] = database.open_database(db_path)
        with operations.outside_the_window():
            stats = generate.generate(DEMO_PEOPLE, seed=1, actor=actors.SYSTEM)
        return f"{stats.counts['person']} people"

    def open_window() -> str:
        report.tasks = TaskRunner()
        context = AppContext(db_path=db_path, actor=actors.SYSTEM,
                             tasks=report.tasks)
        state["window"] = window = MainWindow(context)
        window.show()
        return f"{len(window.pane_entries)} sections"

    try:
        if report.check("demo database", make_database) and \
                report.check("main window", open_window):
            window = state["window"]
            for index, entry in enumerate(window.pane_entries):
                report.check(f"{entry.title()} pane ({entry.__name__})",
                             lambda index=index: _exercise(window, index))
    finally:
        _close(report, state)


def _exercise(window: MainWindow, index: int) -> None:
    window.show_pane(index)
    pane = window.pane(index)
    if window.ui.pane_stack.currentWidget() is not pane:
        raise RuntimeError("the pane did not come to the front")
    pane.exercise()


def _close(report: Report, state: dict) -> None:
    window = state.get("window")
    if window is not None:
        window.close()  # also stops the background worker
        window.deleteLater()
        QCoreApplication.processEvents()
    report.tasks = None
    if "db" in state:
        database.close_database(state["db"])


def main() -> int:
    """Entry point for `civicdesk --self-test`: a QApplication on the offscreen platform
    (no window appears, and it works on a machine without a screen), then `run()`."""
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from civicdesk.gui import application

    qInstallMessageHandler(_qt_message)
    application.create_app()
    return run()


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    """Qt's messages to stderr, without the offscreen platform's own chatter."""
    if kind != QtMsgType.QtDebugMsg and not message.startswith("This plugin does not support"):
        print(f"Qt: {message}", file=sys.stderr)

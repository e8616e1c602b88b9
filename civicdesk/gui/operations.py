"""The one way for the window to run a write: `Operation(parent, context, call).run()`.

In the manner of Anki's `CollectionOp` (qt/aqt/operations/__init__.py). *call* is a
service use case, handed the acting user (`lambda actor: people.update_person(actor, ...)`).
The operation

- runs it, on the task thread with a progress dialog when asked (`with_progress`);
- publishes the `Changes` it returns on the change bus, exactly once, so every pane and
  open view refreshes what it shows, and on a server database announces them to the other
  PCs (`services.live`; their `gui.live_updates` publishes them there);
- turns a refusal (bad input, someone else's newer save, a missing permission) into the
  standard message, or into a form's own error labels (`show_problems`);
- is the single place that knows who is acting, and refuses to write while the screen is
  locked (`ScreenLocked`).

Every write made from civicdesk/gui goes through here: `services.rows` asks `write_gate`
before each transaction, and the gate refuses a write started by window code outside an
operation (a programming error, shown by the crash dialog; tests/test_gui_operations.py).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import live, rows
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui import tasks, text
from civicdesk.gui.context import AppContext
from civicdesk.gui.widgets.field_errors import FieldErrors

R = TypeVar("R")
_state = threading.local()  # `depth`: operations running in this thread


class ScreenLocked(UserError):
    context = "Operation"
    template = QT_TRANSLATE_NOOP("Operation", "The screen is locked: log in again first. "
                                              "Nothing was changed.")


class WriteOutsideOperation(RuntimeError):
    """Window code called a service that writes without an Operation (a bug)."""


def running() -> bool:
    """Is an operation's call running in this thread?"""
    return getattr(_state, "depth", 0) > 0


def write_gate() -> None:
    """Called by `services.rows.transaction` before a write: refuse one that window code
    started without an operation (the CLI and the tests' own set-up are not window code)."""
    if running():
        return
    frame = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("civicdesk.gui."):
            raise WriteOutsideOperation(
                f"{module}.{frame.f_code.co_name} (line {frame.f_lineno}) wrote to the "
                "database without civicdesk.gui.operations.Operation")
        frame = frame.f_back


rows.set_write_gate(write_gate)


@contextmanager
def outside_the_window() -> Iterator[None]:
    """For writes that no window action makes and no pane shows yet: the self-test's
    scratch demo data, written before its window opens."""
    depth = getattr(_state, "depth", 0)
    _state.depth = depth + 1
    try:
        yield
    finally:
        _state.depth = depth


def changes_of(result: Any) -> Changes:
    """The Changes a service call returned (itself, or its `changes`)."""
    found = result if isinstance(result, Changes) else getattr(result, "changes", None)
    if not isinstance(found, Changes):
        raise TypeError(f"a write must return Changes, got {type(result).__name__}")
    return found


def tell_refused(parent: QWidget | None, exc: UserError) -> None:
    """The standard message for a refused write (nothing was changed)."""
    QMessageBox.warning(parent, QCoreApplication.translate("Operation", "Not saved"),
                        text.error(exc))


class Operation(Generic[R]):
    """One write from the window. Configure, then `run()` (or `start()` in the background).

    `run()` returns what the call returned, or None if it was refused or cancelled (the
    refusal has been shown by then, and nothing was changed).
    """

    def __init__(self, parent: QWidget | None, context: AppContext,
                 call: Callable[[Actor], R]) -> None:
        self.parent, self.context, self._call = parent, context, call
        self._errors: FieldErrors | None = None
        self._on_refused: Callable[[UserError], None] | None = None
        self._on_success: Callable[[R], None] | None = None
        self._changes: Callable[[R], Changes] = changes_of
        self._label: str | None = None
        self._cancellable = False
        self._task_context: tasks.TaskContext | None = None
        self.result: R | None = None

    # Configuring --------------------------------------------------------------------------
    def show_problems(self, errors: FieldErrors) -> Operation[R]:
        """Bad input next to its fields; other refusals in the form's summary line (or the
        standard message when it has none)."""
        self._errors = errors
        return self

    def on_refused(self, handler: Callable[[UserError], None]) -> Operation[R]:
        """Show a refusal in a way of the caller's own (instead of the standard message)."""
        self._on_refused = handler
        return self

    def on_success(self, handler: Callable[[R], None]) -> Operation[R]:
        """Called on the GUI thread after the Changes were published."""
        self._on_success = handler
        return self

    def publishing(self, changes: Callable[[R], Changes]) -> Operation[R]:
        """For a call that returns something other than Changes: what it changed."""
        self._changes = changes
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Operation[R]:
        """Run on the task thread behind a progress dialog; the call may report progress
        with `self.progress(done, total)` (and is stopped there once Cancel was pressed)."""
        self._label, self._cancellable = label, cancellable
        return self

    def progress(self, done: int, total: int) -> None:
        if self._task_context is not None:
            self._task_context.progress(done, total)

    # Running ------------------------------------------------------------------------------
    def run(self) -> R | None:
        if self._errors is not None:
            self._errors.clear()
        if self._label is not None:
            task = self.start()
            if not task.done:
                loop = QEventLoop()
                task.finished.connect(loop.quit)
                loop.exec()
            return self.result
        try:
            result = self._invoke()
        except UserError as exc:
            self._refused(exc)
            return None
        self._succeeded(result)
        return result

    def start(self) -> tasks.Task:
        """Run on the task thread; the result arrives at `on_success` (GUI thread)."""
        self._label = self._label if self._label is not None else ""

        def work(ctx: tasks.TaskContext) -> R:
            self._task_context = ctx
            return self._invoke()

        task = self.context.tasks.run(work, on_success=self._succeeded,
                                      on_error=self._failed)
        if self.parent is not None:
            tasks.with_progress(task, self.parent, self._label, cancellable=self._cancellable)
        return task

    def _invoke(self) -> R:
        if running():
            raise RuntimeError("an operation's call started another operation")
        if self.context.locked:
            raise ScreenLocked()
        _state.depth = 1
        try:
            result = self._call(self.context.actor)
        finally:
            _state.depth = 0
        # Right after the write's transaction, on the connection that wrote: the other PCs
        # on a server database hear of it (`services.live`; nothing on a file).
        if live.shared():
            live.announce(self._changes(result), self.context.actor,
                          sender=self.context.sender)
        return result

    def _succeeded(self, result: R) -> None:
        self.result = result
        self.context.publish(self._changes(result))
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the crash dialog
            return
        self._refused(exc)

    def _refused(self, exc: UserError) -> None:
        if self._on_refused is not None:
            self._on_refused(exc)
        elif self._errors is None or not self._errors.show_refusal(exc):
            tell_refused(self.parent, exc)


def run(parent: QWidget | None, context: AppContext, call: Callable[[Actor], R], *,
        errors: FieldErrors | None = None) -> R | None:
    """`Operation(parent, context, call).run()`, with problems shown in *errors* if given."""
    operation = Operation(parent, context, call)
    if errors is not None:
        operation.show_problems(errors)
    return operation.run()

"""Run work off the GUI thread, with progress and cancel; results come back on the GUI thread.

Work functions receive a `TaskContext` and never touch widgets. All tasks share one worker
thread, so database writes are serialised (as Anki's taskman does). Tests pass
`SynchronousExecutor()` to run tasks inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a task by `TaskContext.progress` once the user pressed Cancel."""


class TaskContext:
    """Handed to the work function: report progress, notice cancellation."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task._cancel.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self._task._progressed.emit(int(done), int(total), text)


class Task(QObject):
    """One piece of background work. Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker; connected to our own slots, so delivery is queued to our thread.
    _progressed = Signal(int, int, str)
    _ended = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._progressed.connect(self._on_progressed)
        self._ended.connect(self._on_ended)

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)

    @Slot(str, object)
    def _on_ended(self, outcome: str, value: object) -> None:
        self.done = True
        if outcome == "ok":
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.error = value
            self.failed.emit(value)
        self.finished.emit()

    def _run(self, fn: Callable[[TaskContext], Any]) -> None:
        try:
            value = fn(TaskContext(self))
        except Cancelled:
            self._ended.emit("cancelled", None)
        except BaseException as exc:  # delivered to on_error / the crash handler
            self._ended.emit("error", exc)
        else:
            self._ended.emit("ok", value)


class SynchronousExecutor(Executor):
    """Runs each task at once in the calling thread (for tests)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


class TaskRunner(QObject):
    """Starts tasks on one shared worker thread."""

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(max_workers=1,
                                                        thread_name_prefix="civicdesk-task")
        self._running: set[Task] = set()

    def run(self, fn: Callable[[TaskContext], Any], *,
            on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Run `fn(context)` in the background; call back on the GUI thread.

        Without `on_error`, errors go to sys.excepthook (the crash dialog).
        """
        task = Task(self)
        self._running.add(task)
        if on_success is not None:
            task.succeeded.connect(on_success)
        task.failed.connect(on_error if on_error is not None else _reraise)
        task.finished.connect(lambda: self._running.discard(task))
        self._executor.submit(task._run, fn)
        return task

    def is_idle(self) -> bool:
        """True when no task is running or waiting to report back (the self-test waits)."""
        return not self._running

    def shutdown(self) -> None:
        for task in list(self._running):
            task.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)


def wait_for(task: Task) -> object:
    """Let the GUI keep running until *task* ends, then return its result (or raise its
    error here, on the GUI thread). For a dialog that needs the result before it closes."""
    if not task.done:
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        loop.exec()
    if task.error is not None:
        raise task.error
    return task.result


def _reraise(exc: BaseException) -> None:
    import sys

    sys.excepthook(type(exc), exc, exc.__traceback__)


def with_progress(task: Task, parent: QWidget | None, label: str, *,
                  cancellable: bool = True, after_ms: int = 400) -> QProgressDialog:
    """A progress dialog for *task* that appears after *after_ms* and whose Cancel cancels
    it (no Cancel button for work that is one transaction and cannot stop halfway)."""
    cancel = QCoreApplication.translate("Tasks", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    task.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.deleteLater)
    task.finished.connect(dialog.close)
    if task.done:  # a synchronous executor (tests) has finished already
        dialog.close()
        dialog.deleteLater()
    return dialog

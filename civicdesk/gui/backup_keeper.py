"""Routine backups while the window is open, and the word about them in the status bar.

A backup is made at start when the newest verified one is over a day old, every 4 hours of
use when something was saved since the last one, at exit when something was saved, and
when the user asks (File > Back up now). Each runs on the task thread, behind a progress
dialog once it takes more than a second. The status bar warns when the newest verified
backup is more than 7 days old, or the second backup folder is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from civicdesk import clock
from civicdesk.errors import UserError
from civicdesk.services import storage

from civicdesk.gui import localized, tasks, text, themes
from civicdesk.gui.context import AppContext

EVERY_MS = 4 * 60 * 60 * 1000


class BackupKeeper(QObject):
    """Makes the routine backups of one window's database; `label` goes in its status bar."""

    backed_up = Signal(object)  # storage.BackedUp

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.label = QLabel(window)
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.task: tasks.Task | None = None

    def start(self) -> None:
        """The window is shown: a backup if one is due, then one every 4 hours of use."""
        self.show_status()
        if storage.due():
            self.back_up()
        self.timer.start()

    def back_up_if_changed(self) -> tasks.Task | None:
        return self.back_up() if storage.changed_since_last_backup() else None

    def back_up(self, kind: str = "routine") -> tasks.Task | None:
        """Start a backup (unless one is running); its task."""
        if self.task is not None and not self.task.done:
            return self.task

        def work(ctx: tasks.TaskContext) -> storage.BackedUp:
            return storage.back_up(kind=kind, progress=lambda done, total: ctx.progress(
                done, total))

        self.task = self.context.tasks.run(work, on_success=self._on_done,
                                           on_error=lambda exc: self._on_failed(exc, kind))
        tasks.with_progress(self.task, self.window, BackupKeeper.tr("Making a backup\u2026"),
                            cancellable=False, after_ms=1000)
        return self.task

    def at_exit(self) -> None:
        """The window closes: back up what was saved since the last backup, and wait."""
        self.timer.stop()
        task = self.back_up_if_changed()
        if task is not None and not task.done:
            try:
                tasks.wait_for(task)
            except Exception:  # noqa: BLE001 - shown by _on_failed already; closing anyway
                pass

    def _on_done(self, done: storage.BackedUp) -> None:
        self.show_status(done.second_problem)
        self.backed_up.emit(done)

    def _on_failed(self, exc: BaseException, kind: str = "manual") -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.show_status()
        if kind == "routine" and isinstance(exc, storage.BackingUpElsewhere):
            return  # another PC is backing the server up: this one's turn comes again
        QMessageBox.warning(self.window, BackupKeeper.tr("The backup was not made"), text.error(exc))

    def show_status(self, second_problem: UserError | None = None) -> None:
        status = storage.status()
        newest = status.newest
        when = localized.format_datetime(newest.taken_at.astimezone(clock.zone())) \
            if newest else ""
        warnings = []
        if newest is None:
            warnings.append(BackupKeeper.tr("No backup yet: make one with File > Back up now."))
        elif status.stale:
            warnings.append(BackupKeeper.tr("The newest backup is from {when}, over a week ago.").format(
                when=when))
        if status.second_missing:
            warnings.append(BackupKeeper.tr("The second backup folder is missing ({folder}).").format(
                folder=status.second_folder))
        elif second_problem is not None:
            warnings.append(text.error(second_problem))
        if warnings:
            self.label.setText(" ".join(warnings))
            themes.tint(self.label, "error", "font-weight: bold;")
        else:
            self.label.setText(BackupKeeper.tr("Backed up {when}").format(when=when))
            themes.tint(self.label, None)
        self.label.setToolTip(str(storage.backup_folder()))

    def stop(self) -> None:
        self.timer.stop()

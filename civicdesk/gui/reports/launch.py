"""One call for any pane to print a report: `open_report(context, parent, name, options)`.

E.g. the shifts pane's "Print sign-in sheet" is
`open_report(context, self, "signin", {"shift": shift_id})`, the person detail's "Hours
statement" `open_report(context, self, "statement", {"person": person_id})`. The report is
built on the task thread with a progress dialog (Cancel works); the preview opens when it
is ready. A problem with the options is shown as a message before any of that (a
"Preparing…" dialog over a refusal looked hung), a missing permission when it is found.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from civicdesk import clock
from civicdesk.errors import UserError
from civicdesk.reports import catalog

from civicdesk.gui import tasks, text
from civicdesk.gui.context import AppContext
from civicdesk.gui.reports.preview import ReportPreviewDialog


def report_title(name: str) -> str:
    return QCoreApplication.translate("Report", catalog.spec(name).title)


class ReportJob:
    """A report being built: its task, then its preview dialog (None until it is ready)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.task: tasks.Task | None = None
        self.preview: ReportPreviewDialog | None = None
        self.error: BaseException | None = None


def open_report(context: AppContext, parent: QWidget, name: str,
                options: dict[str, Any] | None = None, *, show: bool = True) -> ReportJob:
    """Build report *name* with *options* in the background, then show its preview."""
    actor = context.actor
    title = report_title(name)
    job = ReportJob(name)
    try:  # cheap, no reading: e.g. the hours statement without a volunteer
        catalog.clean_options(name, dict(options or {}), clock.today())
    except UserError as exc:
        job.error = exc
        QMessageBox.warning(parent, title, text.error(exc))
        return job

    def work(ctx: tasks.TaskContext) -> bytes:
        ctx.progress(0, 0, "")
        return catalog.build(name, dict(options or {}), actor,
                             translate=QCoreApplication.translate,
                             progress=lambda done, total: ctx.progress(done, total, ""))

    def on_success(pdf: bytes) -> None:
        job.preview = ReportPreviewDialog(pdf, title, f"{name}-{clock.today().isoformat()}",
                                          parent)
        if show:
            job.preview.show()

    def on_error(exc: BaseException) -> None:
        job.error = exc
        if not isinstance(exc, UserError):  # a bug: the crash dialog
            sys.excepthook(type(exc), exc, exc.__traceback__)
        else:
            QMessageBox.warning(parent, title, text.error(exc))

    job.task = context.tasks.run(work, on_success=on_success, on_error=on_error)
    tasks.with_progress(job.task, parent, QCoreApplication.translate(
        "ReportsPane", "Preparing \u201c{title}\u201d\u2026").format(title=title))
    return job

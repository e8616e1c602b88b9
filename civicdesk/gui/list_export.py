""""Export what I see" (Ctrl+Shift+E on a list) and File > Export everything…, from the window.

The list hands over what it shows (its filter, its sort order, its visible columns in
their order) as a `services.export_lists` listing made on the task thread; the file is
written there too, behind the progress dialog with Cancel, so 100,000 people never hold
up the window. Coordinators and admins only: the actions are hidden for volunteers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from civicdesk.services import actors, export_lists, exports

from civicdesk.gui import localized, operations, text
from civicdesk.gui.context import AppContext

SHORTCUT = QKeySequence("Ctrl+Shift+E")
LAST_FORMAT = {"filter": ""}  # the kind of file chosen last, offered first next time


class ListExport(text.Context):
    """The texts of this module (context "ListExport")."""


def choose_file(parent: QWidget, suggested: str) -> Path | None:
    """Where to save, .csv or .xlsx (monkeypatched in tests); None if cancelled."""
    csv_filter, xlsx_filter = ListExport.tr("CSV for any spreadsheet (*.csv)"), ListExport.tr(
        "Excel workbook (*.xlsx)")
    chosen = LAST_FORMAT["filter"] or xlsx_filter
    name = re.sub(r"[^\w\- ]+", "", suggested).strip() or "export"
    path, used = QFileDialog.getSaveFileName(
        parent, ListExport.tr("Export what I see"),
        str(Path.home() / f"{name}{'.csv' if chosen == csv_filter else '.xlsx'}"),
        f"{xlsx_filter};;{csv_filter}", chosen)
    if not path:
        return None
    LAST_FORMAT["filter"] = used
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_suffix(".csv" if used == csv_filter else ".xlsx")
    return target


def visible_columns(header: QHeaderView, columns: Sequence[str]) -> list[str]:
    """The columns the user sees, in the order they see them (moved, hidden ones left out)."""
    found = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical) and logical < len(columns):
            found.append(columns[logical])
    return found


def export_action(page: QWidget, context: AppContext, run: Callable[[], None]) -> QAction:
    """The "Export what I see…" action of a list page (Ctrl+Shift+E while in it)."""
    action = QAction(ListExport.tr("E&xport what I see\u2026"), page)
    action.setShortcut(SHORTCUT)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(ListExport.tr("Save this list as it is shown, to CSV or Excel (Ctrl+Shift+E)"))
    action.triggered.connect(run)
    page.addAction(action)
    allowed = context.actor.can(actors.BULK_EXPORT)
    action.setVisible(allowed)
    action.setEnabled(allowed and not context.read_only)
    return action


def button_follows(button: QPushButton, action: QAction) -> QAction:
    """A list's Export… *button* runs *action* and is shown and enabled as it is."""
    button.setToolTip(action.toolTip())
    button.setVisible(action.isVisible())
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    return action


def export_list(parent: QWidget, context: AppContext, name: str,
                make_listing: Callable[[], export_lists.Listing],
                columns: Sequence[str]) -> Path | None:
    """Ask where, then write the list there on the task thread; the file, or None."""
    target = choose_file(parent, name)
    if target is None:
        return None
    operation = operations.Operation(parent, context, lambda actor: exports.export_list(
        actor, make_listing(), target, columns=list(columns),
        translate=QCoreApplication.translate, progress=operation.progress))
    done = operation.with_progress(ListExport.tr("Exporting {name}\u2026").format(name=name),
                                   cancellable=True).run()
    if done is None:
        return None
    if parent.window() is not None:
        status = getattr(parent.window(), "statusBar", None)
        if callable(status):
            status().showMessage(ListExport.tr("{count} rows saved to {path}").format(
                count=localized.format_number(done.rows), path=target), 8000)
    return target


# Export everything ------------------------------------------------------------------------

def choose_zip(parent: QWidget, offer_sensitive: bool) -> tuple[Path, bool] | None:
    """Where to save the zip and whether to include the sensitive notes (monkeypatched in
    tests); None if cancelled."""
    include = False
    if offer_sensitive:
        box = QMessageBox(QMessageBox.Icon.Question, ListExport.tr("Export everything"), ListExport.tr(
            "Everything goes into one zip of CSV files with a README of the columns "
            "(PINs and passwords never do).\n\nInclude the sensitive notes? Only if the "
            "file goes to someone who may read them."), parent=parent)
        check = QCheckBox(ListExport.tr("Include the sensitive notes"), box)
        box.setCheckBox(check)
        box.setStandardButtons(QMessageBox.StandardButton.Ok
                               | QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return None
        include = check.isChecked()
    path, _ = QFileDialog.getSaveFileName(
        parent, ListExport.tr("Export everything"), str(Path.home() / "CivicDesk everything.zip"),
        ListExport.tr("Zip files (*.zip)"))
    return (Path(path).with_suffix(".zip"), include) if path else None


def export_everything(parent: QWidget, context: AppContext) -> Path | None:
    chosen = choose_zip(parent, context.actor.can(actors.EXPORT_SENSITIVE))
    if chosen is None:
        return None
    target, include = chosen
    operation = operations.Operation(parent, context, lambda actor: exports.export_all(
        actor, target, include_sensitive=include, progress=operation.progress))
    done = operation.with_progress(ListExport.tr("Exporting everything\u2026"), cancellable=True).run()
    if done is None:
        return None
    QMessageBox.information(parent, ListExport.tr("Exported"), ListExport.tr(
        "{count} rows of {tables} tables are in\n{path}\n{sensitive}").format(
        count=localized.format_number(done.rows), tables=len(done.tables), path=target,
        sensitive=ListExport.tr("It holds the sensitive notes: keep it safe.") if include
        else ListExport.tr("The sensitive notes were left out.")))
    return target

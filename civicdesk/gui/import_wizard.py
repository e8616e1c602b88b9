"""File > Import… (Ctrl+I): the import wizard, and Edit > Undo an import… (past imports, undo).

Four pages over the headless engine (`exchange/people_import.py`, `signups_import.py`):

1. the file (and a workbook's sheet), what it holds (people, or a SignUpGenius sign-up
   report) and the preset;
2. the mapping (people only): every column with the guess and a combo to change it, the
   date order, "Save as preset…";
3. the preview: the counts, the problems (row, column, value, reason), the matched rows
   and why they matched; "Import the valid rows" or Cancel;
4. the result, with "Undo this import".

Reading the file and the preview run on the task thread behind a progress dialog with
Cancel (100,000 rows take seconds); the import is an operation on the task thread with
Cancel (everything rolls back). Coordinators and admins only (IMPORT).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock, localtime
from civicdesk.errors import UserError
from civicdesk.exchange import mapping, people_import, presets, signups_import, tables
from civicdesk.services import imports

from civicdesk.gui import localized, operations, tasks, text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.widgets import flow_layout

SHORTCUT = QKeySequence("Ctrl+I")
PEOPLE, SIGNUPS = "people", "signups"
FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)


def choose_file(parent: QWidget) -> str:
    """The file to import (monkeypatched in tests); "" if cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, ImportWizard.tr("Import from a file"), str(Path.home()),
        ImportWizard.tr("Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;"
            "All files (*)"))
    return path


def ask_preset_name(parent: QWidget) -> str:
    """The name to save the mapping under (monkeypatched in tests); "" if cancelled."""
    name, ok = QInputDialog.getText(parent, ImportWizard.tr("Save as preset"),
                                    ImportWizard.tr("A name for this mapping (offered next time):"))
    return name if ok else ""


def confirm_undo(parent: QWidget, what: str) -> bool:
    """Ask before undoing an import (monkeypatched in tests)."""
    answer = QMessageBox.question(
        parent, ImportWizard.tr("Undo the import"),
        ImportWizard.tr("Undo {what}? Everything it brought in is removed, and what it changed gets "
            "its old values back. Rows edited since are kept and listed.").format(what=what))
    return answer == QMessageBox.StandardButton.Yes


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]], limit: int = 5000) -> None:
    table.setRowCount(min(len(rows), limit))
    for r, values in enumerate(rows[:limit]):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            item.setToolTip(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _shown_value(value: Any) -> str:
    if isinstance(value, bool):
        return ImportWizard.tr("yes") if value else ImportWizard.tr("no")
    if isinstance(value, list):
        return ", ".join(value) or ImportWizard.tr("(none)")
    return ImportWizard.tr("(empty)") if value in (None, "") else str(value)


class ImportWizard(modal.KeptOnLock, QDialog):
    """File > Import…: the file, the mapping, the preview, the import and its result."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(ImportWizard.tr("Import"))
        self.table: tables.Table | None = None
        self._read_as: tuple[str, str | None] | None = None
        self.found: mapping.Mapping | None = None
        self.shown: people_import.Preview | signups_import.SignupPreview | None = None
        self.imported: imports.ImportResult | None = None
        self.running: tasks.Task | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._result_page())
        self.message = QLabel()
        self.message.setWordWrap(True)
        themes.tint(self.message, "error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(ImportWizard.tr("< &Back"))
        self.next_button = QPushButton(ImportWizard.tr("&Next >"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(ImportWizard.tr("Cancel"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        font = self.step_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.step_label.setFont(font)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_label.hide()
        self.progress_bar.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(860, 600)
        self._go(FILE_PAGE)

    # Pages ----------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if need be
        # A radio button's text cannot wrap: a short name, and what it means below, wrapped.
        self.people_radio = QRadioButton(ImportWizard.tr("&People"))
        self.signups_radio = QRadioButton(ImportWizard.tr("&Sign-ups"))
        meanings = (ImportWizard.tr("Members, contacts, volunteers"),
                    ImportWizard.tr("A SignUpGenius sign-up report: events, shifts and who "
                                    "signed up"))
        self.people_radio.setChecked(True)
        self.kind_group = QButtonGroup(page)
        title = ImportWizard.tr("What the file holds:")
        for button, meaning in zip((self.people_radio, self.signups_radio), meanings,
                                   strict=True):
            self.kind_group.addButton(button)
            detail = QLabel(meaning)
            detail.setWordWrap(True)
            detail.setIndent(button.iconSize().width() + 8)  # under the button's text
            button.setAccessibleDescription(meaning)
            form.addRow(title, button)
            form.addRow("", detail)
            title = ""
        self.people_radio.toggled.connect(self._kind_changed)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(ImportWizard.tr("A CSV, Excel (.xlsx, .xls) or OpenDocument "
                                              "(.ods) file"))
        browse = QPushButton(ImportWizard.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(ImportWizard.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.setToolTip(ImportWizard.tr("A workbook's sheets are listed once it was read"))
        form.addRow(ImportWizard.tr("S&heet:"), self.sheet_combo)
        self.preset_combo = QComboBox()
        # as wide as the form lets it be, not as its longest preset's name
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(16)
        self._fill_presets()
        form.addRow(ImportWizard.tr("P&reset:"), self.preset_combo)
        hint = QLabel(ImportWizard.tr("Nothing is written until you have seen the preview and chosen "
                          "\u201cImport the valid rows\u201d. An import can be undone as a "
                          "whole (Edit > Undo an import\u2026)."))
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    PRESET_TEXT = {
        "generic": QCoreApplication.translate("ImportWizard",
                                              "Guess from the column names (any spreadsheet)"),
        "civicrm": "CiviCRM", "wildapricot": "Wild Apricot"}

    def _fill_presets(self, chosen: str | None = None) -> None:
        self.preset_combo.clear()
        for name in presets.names():
            self.preset_combo.addItem(ImportWizard.tr(self.PRESET_TEXT[name]) if name in self.PRESET_TEXT
                                      else name, name)
        if chosen is not None:
            self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(chosen), 0))

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(ImportWizard.tr("Each column of the file and where it goes. Change any guess; "
                           "\u201cnot imported\u201d leaves a column out."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.mapping_table = _table([ImportWizard.tr("Column in the file"),
                                     ImportWizard.tr("First value"), ImportWizard.tr("Goes into")],
                                    ImportWizard.tr("Where each column goes"))
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.mapping_table, 1)
        row = QHBoxLayout()
        self.date_label = QLabel(ImportWizard.tr("&Dates are written:"))
        self.date_combo = QComboBox()
        self.date_combo.addItem(ImportWizard.tr("found from the values"), None)
        for order in mapping.DATE_ORDERS:
            self.date_combo.addItem(str(mapping.date_order_text(order)), order)
        self.date_label.setBuddy(self.date_combo)
        self.mark_label = QLabel(ImportWizard.tr("A&mounts are written:"))
        self.mark_combo = QComboBox()
        self.mark_combo.addItem(ImportWizard.tr("found from the values"), None)
        self.mark_combo.addItem(ImportWizard.tr("with a decimal point (1,234.50)"), ".")
        self.mark_combo.addItem(ImportWizard.tr("with a decimal comma (1.234,50)"), ",")
        self.mark_label.setBuddy(self.mark_combo)
        self.save_preset_button = QPushButton(ImportWizard.tr("Save as p&reset\u2026"))
        self.save_preset_button.clicked.connect(self.save_preset)
        row.addWidget(self.date_label)
        row.addWidget(self.date_combo)
        row.addWidget(self.mark_label)
        row.addWidget(self.mark_combo)
        row.addStretch(1)
        row.addWidget(self.save_preset_button)
        layout.addLayout(row)
        flow_layout.wrap_row(row, page)  # the choices wrap onto a second line when long
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.counts_label)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        layout.addWidget(self.notes_label)
        self.preview_tabs = QTabWidget()
        self.problems_table = _table([ImportWizard.tr("Row"), ImportWizard.tr("Column"),
                                      ImportWizard.tr("Value"), ImportWizard.tr("Reason")],
                                     ImportWizard.tr("Problems"))
        self.matched_table = _table([ImportWizard.tr("Row"), ImportWizard.tr("Name"),
                                     ImportWizard.tr("Matched by"), ImportWizard.tr("What changes")],
                                    ImportWizard.tr("Matched people"))
        self.preview_tabs.addTab(self.problems_table, ImportWizard.tr("Problems"))
        self.preview_tabs.addTab(self.matched_table, ImportWizard.tr("Matched people"))
        layout.addWidget(self.preview_tabs, 1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        self.undo_button = QPushButton(ImportWizard.tr("&Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # Moving between pages -------------------------------------------------------------------
    STEPS = {FILE_PAGE: QCoreApplication.translate("ImportWizard", "1. Choose the file"),
             MAPPING_PAGE: QCoreApplication.translate("ImportWizard",
                                                      "2. Check where each column goes"),
             PREVIEW_PAGE: QCoreApplication.translate("ImportWizard",
                                                      "3. What the import will do"),
             RESULT_PAGE: QCoreApplication.translate("ImportWizard", "4. Done")}

    @property
    def kind(self) -> str:
        return SIGNUPS if self.signups_radio.isChecked() else PEOPLE

    def page(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.step_label.setText(ImportWizard.tr(self.STEPS[index]))
        self.back_button.setVisible(index in (MAPPING_PAGE, PREVIEW_PAGE))
        self.next_button.setText(ImportWizard.tr("&Import the valid rows") if index == PREVIEW_PAGE
                                 else ImportWizard.tr("&Next >"))
        self.next_button.setVisible(index != RESULT_PAGE)
        if index == PREVIEW_PAGE:
            self.next_button.setEnabled(bool(self._plan_has_rows()))
        else:
            self.next_button.setEnabled(True)
        self.cancel_button.setText(ImportWizard.tr("&Close") if index == RESULT_PAGE else ImportWizard.tr("Cancel"))

    def _plan_has_rows(self) -> int:
        if self.shown is None:
            return 0
        plan = self.shown.plan
        if isinstance(plan, imports.SignupPlan):
            return len(plan.signups)
        return len(plan.creates) + len(plan.updates) + len(plan.payments)

    def say(self, words: str, *, error: bool = True) -> None:
        themes.tint(self.message, "error" if error else None)
        self.message.setText(words)

    def _kind_changed(self) -> None:
        self.preset_combo.setEnabled(self.kind == PEOPLE)

    def _browse(self) -> None:
        path = choose_file(self)
        if path:
            self.path_edit.setText(path)

    def back(self) -> None:
        self.say("")
        if self.page() == PREVIEW_PAGE and self.kind == PEOPLE:
            self._go(MAPPING_PAGE)
        else:
            self._go(FILE_PAGE)

    def next(self) -> None:
        self.say("")
        step = self.page()
        if step == FILE_PAGE:
            self._read()
        elif step == MAPPING_PAGE:
            self._preview()
        elif step == PREVIEW_PAGE:
            self.run_import()

    # Background steps -----------------------------------------------------------------------
    def _background(self, label: str, work: Callable[[Callable[[int, int], None]], Any],
                    passing: tuple[type[UserError], ...] = ()) -> Any:
        """*work(progress)* on the task thread behind a progress dialog with Cancel; its
        result, or None if it was cancelled or refused (the refusal is shown; those in
        *passing* are raised for the caller)."""
        task = self.context.tasks.run(lambda ctx: work(ctx.progress), on_error=lambda _: None)
        self._wait(task, label)
        try:
            return tasks.wait_for(task)
        except passing:
            raise
        except UserError as exc:
            self.say(text.error(exc))
            return None

    def _wait(self, task: tasks.Task, label: str) -> None:
        """Show *task*'s progress on the page (Cancel stops it) until it ends."""
        self.running = task
        self.progress_label.setText(label)
        self.progress_bar.setRange(0, 0)
        for widget in (self.progress_label, self.progress_bar):
            widget.setVisible(not task.done)
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        task.progressed.connect(self._progressed)
        if not task.done:
            loop = QEventLoop()
            task.finished.connect(loop.quit)
            loop.exec()
        self.running = None
        self.progress_label.hide()
        self.progress_bar.hide()
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)

    def _read(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.say(ImportWizard.tr("Choose the file to import first."))
            return
        sheet = self.sheet_combo.currentText() if self.sheet_combo.isEnabled() else None
        if self._read_as is None or self._read_as[0] != path:
            sheet = None
        if self.table is None or self._read_as != (path, sheet):
            table = self._background(ImportWizard.tr("Reading {name}\u2026").format(name=Path(path).name),
                                     lambda progress: tables.read_table(path, sheet=sheet))
            if table is None:
                return
            self.table, self._read_as = table, (path, sheet)
            self.found = None
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(table.sheets)
            self.sheet_combo.setCurrentText(table.sheet)
            self.sheet_combo.setEnabled(len(table.sheets) > 1)
            self.sheet_combo.blockSignals(False)
            if len(table.sheets) > 1 and sheet is None:
                self.say(ImportWizard.tr("{name} has {count} sheets; this is the first, {sheet}. Choose "
                             "another on the first page and press Next again to read it."
                             ).format(name=table.name, count=len(table.sheets),
                                      sheet=table.sheet), error=False)
        if self.kind == SIGNUPS:
            self._preview()
            return
        try:
            preset = self.preset_combo.currentData() or "generic"
            if self.found is None or self.found.preset != preset:
                self.found = presets.mapping_for(self.table, preset)
        except UserError as exc:
            self.say(text.error(exc))
            return
        self._show_mapping()
        self._go(MAPPING_PAGE)

    def _show_mapping(self) -> None:
        table, found = self.table, self.found
        grid = self.mapping_table
        grid.setRowCount(len(table.headers))
        self.target_combos: dict[str, QComboBox] = {}
        for r, header in enumerate(table.headers):
            grid.setItem(r, 0, QTableWidgetItem(header))
            i = table.column(header)
            sample = next((row[i] for row in table.rows[:200] if i < len(row) and row[i].strip()),
                          "")
            item = QTableWidgetItem(sample.replace("\n", " \u21b5 "))
            item.setToolTip(sample)
            grid.setItem(r, 1, item)
            combo = QComboBox()
            combo.addItem(ImportWizard.tr("\u2014 not imported \u2014"), None)
            for key, target in mapping.TARGETS.items():
                combo.addItem(QCoreApplication.translate("Field", target.label), key)
            combo.setCurrentIndex(max(combo.findData(found.columns.get(header)), 0))
            combo.setAccessibleName(ImportWizard.tr("Where {column} goes").format(column=header))
            grid.setCellWidget(r, 2, combo)
            self.target_combos[header] = combo
        grid.resizeColumnsToContents()
        grid.resizeRowsToContents()
        grid.setColumnWidth(1, min(grid.columnWidth(1), 260))
        self.date_combo.setCurrentIndex(max(self.date_combo.findData(found.date_order), 0))
        self.mark_combo.setCurrentIndex(max(self.mark_combo.findData(found.decimal_mark), 0))

    def mapping(self) -> mapping.Mapping:
        """The mapping as the user has set it on the mapping page."""
        found = self.found
        columns = {h: c.currentData() for h, c in self.target_combos.items()}
        return mapping.Mapping(columns, found.preset, found.system,
                               self.date_combo.currentData(), found.never_read,
                               self.mark_combo.currentData())

    def _preview(self) -> None:
        table = self.table
        if self.kind == SIGNUPS:
            shown = self._background(ImportWizard.tr("Checking every row\u2026"),
                                     lambda progress: signups_import.preview(table, progress))
        else:
            found = self.mapping()
            used = [k for k in found.columns.values() if k]
            twice = sorted({k for k in used if used.count(k) > 1})
            if twice:
                self.say(ImportWizard.tr("Two columns go into {field}: choose one of them.").format(
                    field=", ".join(QCoreApplication.translate("Field",
                                                               mapping.TARGETS[k].label)
                                    for k in twice)))
                return
            try:
                shown = self._background(ImportWizard.tr("Checking every row\u2026"),
                                         lambda progress: people_import.preview(
                                             table, found, progress),
                                         passing=(people_import.DateOrderNeeded,
                                                  people_import.MoneyFormatNeeded))
            except people_import.MoneyFormatNeeded as exc:
                self.say(ImportWizard.tr("The amounts in {column} (such as {example}) could be read "
                             "with a decimal point or a decimal comma: say which next to "
                             "\u201cAmounts are written\u201d.").format(
                    column=exc.column, example=exc.example))
                self.mark_combo.setFocus()
                return
            except people_import.DateOrderNeeded as exc:
                self.say(ImportWizard.tr("The dates in {column} (such as {example}) could be "
                             "day/month/year or month/day/year: say which next to "
                             "\u201cDates are written\u201d.").format(
                    column=exc.column, example=exc.example))
                self.date_combo.setFocus()
                return
        if shown is None:
            return
        self.shown = shown
        self._show_preview()
        self._go(PREVIEW_PAGE)

    def _show_preview(self) -> None:
        shown = self.shown
        c = shown.counts
        n = localized.format_number
        if self.kind == SIGNUPS:
            self.counts_label.setText(ImportWizard.tr(
                "Sign-ups to add: {create}\nNew events: {events}    New shifts: {shifts}\n"
                "New people: {people}    People matched on file: {matched}\n"
                "Already signed up: {unchanged}\nWith problems (left out): {problem}").format(
                **{k: n(v) for k, v in c.items()}))
            matched = [[r.row, r.name, ImportWizard.tr(r.matched_by), f"{r.event}: {r.shift}"]
                       for r in shown.rows if r.matched_by]
        else:
            self.counts_label.setText(ImportWizard.tr(
                "To create: {create}\nMatching people on file (to update): {update}\n"
                "Unchanged: {unchanged}\nWith problems (left out): {problem}").format(
                **{k: n(v) for k, v in c.items()}))
            if shown.plan.payments:
                self.counts_label.setText(self.counts_label.text() + "\n" + ImportWizard.tr(
                    "Dues payments to record: {count}").format(
                    count=n(len(shown.plan.payments))))
            matched = [[r.row, r.name, ImportWizard.tr(r.matched_by), "; ".join(
                f"{QCoreApplication.translate('Field', mapping.TARGETS[k].label) if k in mapping.TARGETS else k}: "
                f"{_shown_value(old)} \u2192 {_shown_value(new)}"
                for k, (old, new) in r.changes.items()) or ImportWizard.tr("joins a household")]
                for r in shown.rows if r.matched_by and r.action == people_import.UPDATE]
            matched += [[r.row, r.name, ImportWizard.tr(r.matched_by), ImportWizard.tr("nothing (unchanged)")]
                        for r in shown.rows if r.action == people_import.UNCHANGED]
            matched.sort(key=lambda r: r[0])
        self.notes_label.setText("\n".join(shown.notes))
        self.notes_label.setVisible(bool(shown.notes))
        _fill(self.problems_table, [[p.row, p.column, p.value, p.reason]
                                    for p in shown.problems])
        _fill(self.matched_table, matched)
        self.preview_tabs.setTabText(0, ImportWizard.tr("Problems ({count})").format(
            count=n(len(shown.problems))))
        self.preview_tabs.setTabText(1, ImportWizard.tr("Matched people ({count})").format(
            count=n(len(matched))))
        self.preview_tabs.setCurrentIndex(0 if shown.problems else 1)
        if not self._plan_has_rows():
            self.say(ImportWizard.tr("There is nothing to import: every row is already on file or has a "
                         "problem."))

    # Writes -----------------------------------------------------------------------------------
    def run_import(self) -> None:
        plan = self.shown.plan
        if isinstance(plan, imports.SignupPlan):
            def call(actor):
                return imports.import_signups(actor, plan, operation.progress)
        else:
            def call(actor):
                return imports.import_people(actor, plan, operation.progress)
        # The wizard shows the progress bar itself; its Cancel stops the import.
        operation = operations.Operation(None, self.context, call)
        operation.on_refused(lambda exc: self.say(text.error(exc)))
        operation.with_progress("", cancellable=True)
        self._wait(operation.start(), ImportWizard.tr("Importing {name}\u2026").format(
            name=self.table.name))
        self._go(PREVIEW_PAGE)
        done = operation.result
        if done is None:
            if not self.message.text():
                self.say(ImportWizard.tr("The import was cancelled: nothing was imported."))
            return
        self.imported = done
        n = localized.format_number
        if isinstance(plan, imports.SignupPlan):
            words = ImportWizard.tr("Import {batch}: {signups} sign-ups added, with {events} new events, "
                        "{shifts} new shifts and {created} new people.").format(
                batch=done.batch_id, signups=n(done.signups), events=n(done.events),
                shifts=n(done.shifts), created=n(done.created))
        else:
            words = ImportWizard.tr("Import {batch}: {created} people created (and {households} "
                        "households), {changed} people updated.").format(
                batch=done.batch_id, created=n(done.created), households=n(done.households),
                changed=n(done.changed))
            if done.payments:
                words += " " + ImportWizard.tr("{payments} dues payments recorded.").format(
                    payments=n(done.payments))
        self.result_label.setText(words + "\n\n" + ImportWizard.tr(
            "If this was a mistake, undo it now, or later from Edit > Undo an import\u2026"))
        self.undo_button.setEnabled(True)
        self._go(RESULT_PAGE)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress_bar.setRange(0, max(total, 0))
        self.progress_bar.setValue(min(done, total) if total else 0)

    def reject(self) -> None:
        if self.running is not None:  # Cancel during the import stops it: nothing stays
            self.running.cancel()
            return
        super().reject()

    def undo(self) -> None:
        if self.imported is None:
            return
        undone = undo_import(self, self.context, self.imported.batch_id)
        if undone is not None:
            self.undo_button.setEnabled(False)
            self.result_label.setText(ImportWizard.tr("Import {batch} was undone.").format(
                batch=self.imported.batch_id) + "\n\n" + undone_text(undone))

    def save_preset(self) -> None:
        name = ask_preset_name(self).strip()
        if not name:
            return
        found = self.mapping()
        saved = operations.Operation(self, self.context, lambda actor: imports.save_preset(
            actor, name, presets.as_saved(found)))
        saved.on_refused(lambda exc: self.say(text.error(exc)))
        if saved.run() is not None:
            self._fill_presets(self.preset_combo.currentData())
            self.say(ImportWizard.tr("Saved as the preset \u201c{name}\u201d.").format(name=name),
                     error=False)

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()


def undone_text(undone: imports.UndoResult) -> str:
    words = ImportWizard.tr("{removed} people removed, {restored} restored.").format(
        removed=undone.removed, restored=undone.restored)
    if undone.signups:
        words = ImportWizard.tr("{signups} sign-ups removed. ").format(signups=undone.signups) + words
    if undone.payments:
        words = ImportWizard.tr("{payments} dues payments removed. ").format(
            payments=undone.payments) + words
    if undone.kept:
        words += "\n\n" + ImportWizard.tr("Kept as they are:") + "\n" + "\n".join(
            f"\u2022 {k.name}: {QCoreApplication.translate('Import', k.reason)}"
            for k in undone.kept[:30])
        if len(undone.kept) > 30:
            words += "\n" + ImportWizard.tr("and {count} more").format(count=len(undone.kept) - 30)
    return words


def undo_import(parent: QWidget, context: AppContext, batch_id: int) -> imports.UndoResult | None:
    """Ask, then undo import *batch_id* through an operation; what it kept is listed."""
    if not confirm_undo(parent, ImportWizard.tr("import {batch}").format(batch=batch_id)):
        return None
    return operations.Operation(parent, context,
                                lambda actor: imports.undo_import(actor, batch_id)).run()


class ImportsDialog(modal.KeptOnLock, QDialog):
    """Edit > Undo an import…: past imports, newest first, with Undo."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(ImportWizard.tr("Imports"))
        self.list = _table([ImportWizard.tr("No."), ImportWizard.tr("When"), ImportWizard.tr("Who"),
                            ImportWizard.tr("File"), ImportWizard.tr("What"),
                            ImportWizard.tr("Counts"), ImportWizard.tr("State")],
                           ImportWizard.tr("Imports"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.itemSelectionChanged.connect(self._selected)
        self.undo_button = QPushButton(ImportWizard.tr("&Undo this import\u2026"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        close = QPushButton(ImportWizard.tr("&Close"))
        close.clicked.connect(self.accept)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.load()

    def load(self) -> None:
        self.found = imports.list_imports(self.context.actor)
        tz = clock.zone()
        rows = []
        for item in self.found:
            c = item.counts
            if item.kind == "signups":
                counts = ImportWizard.tr("{signups} sign-ups, {events} events, {shifts} shifts, {created} "
                             "people").format(signups=c.get("signups", 0),
                                              events=c.get("events", 0),
                                              shifts=c.get("shifts", 0),
                                              created=c.get("created", 0))
            else:
                counts = ImportWizard.tr("{created} created, {changed} updated, {problems} left out").format(
                    created=c.get("created", 0), changed=c.get("changed", 0),
                    problems=c.get("problems", 0))
            state = ImportWizard.tr("undone {when} by {who}").format(
                when=localized.format_date(localtime.to_local(item.undone_at, tz)),
                who=item.undone_by) if item.undone_at else ImportWizard.tr("in place")
            rows.append([item.id, localized.format_datetime(localtime.to_local(item.at, tz)),
                         item.actor, item.file_name,
                         ImportWizard.tr("sign-ups") if item.kind == "signups" else ImportWizard.tr("people"),
                         counts, state])
        _fill(self.list, rows)
        self._selected()

    def selected(self) -> imports.ImportSummary | None:
        rows = {i.row() for i in self.list.selectedIndexes()}
        return self.found[rows.pop()] if len(rows) == 1 else None

    def _selected(self) -> None:
        item = self.selected()
        self.undo_button.setEnabled(item is not None and item.undone_at is None
                                    and not self.context.read_only)

    def undo(self) -> None:
        item = self.selected()
        if item is None:
            return
        undone = undo_import(self, self.context, item.id)
        if undone is not None:
            self.result_label.setText(ImportWizard.tr("Import {batch} was undone.").format(batch=item.id)
                                      + " " + undone_text(undone))
            self.load()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

"""A neighbour's rights over their data, from the window (admins only): export everything
about a person (PDF and JSON), erase a person, purge old sensitive notes (the dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock, paths, settings
from civicdesk.services import erasure, preferences, report_data, retention, subject_access
from civicdesk.services.actors import Actor

from civicdesk.gui import localized, operations, text
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts


class Privacy(text.Context):
    """The texts of this module (context "Privacy")."""


# Subject access ---------------------------------------------------------------------------

def choose_pdf(parent: QWidget, name: str) -> Path | None:
    """Where to save the PDF (the JSON goes beside it); monkeypatched in tests."""
    suggested = "".join(ch for ch in name if ch.isalnum() or ch in " -_").strip() or "person"
    path, _ = QFileDialog.getSaveFileName(
        parent, Privacy.tr("Export everything about {name}").format(name=name),
        str(Path.home() / f"{suggested} - everything we hold.pdf"), Privacy.tr("PDF files (*.pdf)"))
    return Path(path).with_suffix(".pdf") if path else None


def write_export(actor: Actor, person_id: int, pdf_path: Path) -> subject_access.SubjectAccess:
    """Gather, print and write both files (on the task thread; touches no widget)."""
    # reportlab is imported when first needed, not at startup (tests/test_gui_main.py).
    from civicdesk.reports import catalog
    from civicdesk.reports.subject_access import SubjectAccessReport

    data = subject_access.gather(actor, person_id)
    pdf = SubjectAccessReport(catalog.letterhead(clock.now()), report_data.default_paper(),
                              translate=QCoreApplication.translate).render(data)
    for path, content in ((pdf_path, pdf), (pdf_path.with_suffix(".json"),
                                            data.to_json().encode("utf-8"))):
        with open(path, "wb", opener=paths.private_opener) as out:  # it is personal data
            out.write(content)
    return data


def export_person(parent: QWidget, context: AppContext, person_id: int, name: str) -> Path | None:
    pdf_path = choose_pdf(parent, name)
    if pdf_path is None:
        return None
    done = operations.Operation(parent, context, lambda actor: write_export(
        actor, person_id, pdf_path)).with_progress(Privacy.tr("Gathering everything about {name}…")
                                                   .format(name=name)).run()
    if done is None:
        return None
    QMessageBox.information(parent, Privacy.tr("Exported"), Privacy.tr(
        "Everything CivicDesk holds about {name} is in\n{pdf}\nand, for another program, in\n"
        "{json}\n\nBoth hold their sensitive notes: hand them to {name} only.").format(
        name=name, pdf=pdf_path, json=pdf_path.with_suffix(".json")))
    return pdf_path


# Erasure ----------------------------------------------------------------------------------

class EraseDialog(QDialog):
    """The last question before an erasure: says what happens, and the word ERASE must be
    typed before the button can be pressed. `ask(parent, name)` -> True to go on."""

    WORD = "ERASE"

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase {name}").format(name=name))
        explanation = QLabel(self.tr(
            "This cannot be undone.\n\n"
            "{name}'s names, email, phones, notes, sensitive notes, availability, "
            "accessibility notes, languages, skills and member number are removed for good, "
            "and the address of a household they alone live in. They stay on file as "
            "\u201cErased\u201d with a number, so the association's counts stay right: "
            "shifts and hours worked, payments (amounts and dates), requests (without what "
            "they said). The audit log keeps what was done and when, without the values. "
            "A login linked to them is closed.\n\n"
            "Backups made before today still hold the old data until they rotate out: "
            "up to {months} months (the routine backups of the last 7 days, 4 weeks and "
            "12 months), and copies in a second backup folder as long as they are kept "
            "there.").format(name=name, months=erasure.BACKUPS_KEEP_MONTHS), self)
        explanation.setWordWrap(True)
        prompt = QLabel(self.tr("Type {word} to confirm:").format(word=self.WORD), self)
        self.word_edit = QLineEdit(self)
        self.word_edit.setAccessibleName(self.tr("Type {word} to confirm").format(
            word=self.WORD))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("Erase {name}").format(name=name), self)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for widget in (explanation, prompt, self.word_edit, self.buttons):
            layout.addWidget(widget)
        explanation.setMinimumWidth(540)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # all of the text
        self.word_edit.textChanged.connect(self._on_word_edit_text_changed)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _on_word_edit_text_changed(self, typed: str) -> None:
        self.erase_button.setEnabled(typed.strip().upper() == self.WORD)

    @classmethod
    def ask(cls, parent: QWidget, name: str) -> bool:
        return cls(name, parent).exec() == QDialog.DialogCode.Accepted


def erase_person(parent: QWidget, context: AppContext, person_id: int, name: str) -> bool:
    """Ask, then erase (on the task thread: compacting a large file takes a while)."""
    if not EraseDialog.ask(parent, name):
        return False
    done = operations.Operation(parent, context, lambda actor: erasure.erase_person(
        actor, person_id)).with_progress(Privacy.tr("Erasing {name}…").format(name=name)).run()
    if done is None:
        return False
    QMessageBox.information(parent, Privacy.tr("Erased"), Privacy.tr(
        "{name} was erased. Backups made before today still hold their data until they "
        "rotate out (up to {months} months).").format(name=name,
                                                      months=erasure.BACKUPS_KEEP_MONTHS))
    return True


# Retention --------------------------------------------------------------------------------

class RetentionDialog(QDialog):
    """Tools > Purge old sensitive notes…: the setting, the dry run's list, then Purge."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Purge old sensitive notes"))
        self.resize(680, 420)
        intro = QLabel(self.tr(
            "The sensitive notes of requests that were resolved, closed or cancelled more "
            "than this many months ago can be purged. The requests themselves stay. "
            "0 keeps them forever."), self)
        intro.setWordWrap(True)
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, 1200)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setAccessibleName(self.tr("Months"))
        self.months_spin.setValue(settings.get(retention.SETTING))
        self.summary_label = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Notes that would be emptied"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setHorizontalHeaderLabels([self.tr("Request"), self.tr("Asked by"),
                                              self.tr("Finished on")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.purge_button = QPushButton(self.tr("Purge"), self)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        for widget in (intro, self.months_spin, self.summary_label, self.table, self.buttons):
            layout.addWidget(widget)
        self.months_spin.valueChanged.connect(self.refresh)
        self.purge_button.clicked.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        """The dry run for the months shown."""
        self.due = retention.due(self.context.actor, self.months_spin.value())
        self.table.setRowCount(len(self.due))
        for row, item in enumerate(self.due):
            for column, value in enumerate((f"{item.request_id}: {item.summary}",
                                            item.requester,
                                            localized.format_date(item.finished_on))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.summary_label.setText(
            self.tr("Nothing to purge.") if not self.due else
            self.tr("The sensitive notes of {count} requests would be purged:").format(
                count=len(self.due)))
        self.purge_button.setEnabled(bool(self.due))

    def purge(self) -> None:
        months = self.months_spin.value()
        if not prompts.confirm(self, self.tr("Purge old sensitive notes"), self.tr(
                "Purge the sensitive notes of {count} requests for good? Backups made "
                "before today keep them until they rotate out (up to {months} "
                "months).").format(count=len(self.due), months=erasure.BACKUPS_KEEP_MONTHS),
                self.tr("Purge")):
            return
        if months != settings.get(retention.SETTING):
            operations.run(self, self.context, lambda actor: preferences.update_setting(
                actor, retention.SETTING, months))
        operations.Operation(self, self.context, lambda actor: retention.purge(
            actor, months)).run()
        self.refresh()

    @classmethod
    def show_for(cls, context: AppContext, parent: QWidget) -> None:
        cls(context, parent).exec()

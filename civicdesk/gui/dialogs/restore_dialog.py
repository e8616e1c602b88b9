"""Choosing a backup to put back (File > Restore from a backup…): the backups on hand with
their date, kind, size and how many people they hold; then a last question before
anything is replaced."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock
from civicdesk.services import storage

from civicdesk.gui import localized
from civicdesk.gui.dialogs import prompts


def kind_label(kind: str) -> str:
    return {
        "routine": QCoreApplication.translate("RestoreDialog", "routine"),
        "manual": QCoreApplication.translate("RestoreDialog", "made by hand"),
        "before-upgrade": QCoreApplication.translate("RestoreDialog", "before an upgrade"),
        "before-restore": QCoreApplication.translate("RestoreDialog", "before a restore"),
    }.get(kind, kind)


def when(backup: storage.Backup) -> str:
    return localized.format_datetime(backup.taken_at.astimezone(clock.zone()))


class RestoreDialog(QDialog):
    """`ask(parent)`: the chosen backup (after the last question), or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(720, 420)
        self.backups = [b for b in storage.on_hand() if b.verified]
        intro = QLabel(self.tr(
            "Choose the backup to put back. Everything in CivicDesk is replaced by what the "
            "backup holds; what is there now is backed up first, so this can be undone."),
            self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"),
                                              self.tr("People"), self.tr("Where")])
        for row, backup in enumerate(self.backups):
            for column, value in enumerate((when(backup), kind_label(backup.kind),
                                            localized.format_number(backup.people), str(backup.path.parent))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("There is no verified backup yet."), self)
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Restore this backup\u2026"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.empty, self.buttons):
            layout.addWidget(widget)
        if self.backups:
            self.table.selectRow(0)
        self.table.setFocus()

    def chosen(self) -> storage.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @classmethod
    def ask(cls, parent: QWidget | None) -> storage.Backup | None:
        dialog = cls(parent)
        if not dialog.exec():
            return None
        backup = dialog.chosen()
        if backup is None or not confirm(parent, backup):
            return None
        return backup


def confirm(parent: QWidget | None, backup: storage.Backup) -> bool:
    return prompts.confirm(
        parent, QCoreApplication.translate("RestoreDialog", "Restore from a backup"),
        QCoreApplication.translate(
            "RestoreDialog", "Replace everything in CivicDesk with the backup from {when} "
                             "({people} people)? What is in CivicDesk now is backed up "
                             "first.").format(when=when(backup), people=localized.format_number(backup.people)),
        QCoreApplication.translate("RestoreDialog", "Restore"))

"""The About box: version, where the data lives (an admin may choose another folder for the
next start), the versions of the parts inside."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from civicdesk import APP_NAME, __version__
from civicdesk.services import actors, data_folder

from civicdesk.gui import icons, operations
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, db_path, parent: QWidget | None = None, context=None) -> None:
        super().__init__(parent)
        self.db_path, self.context = db_path, context
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.icon_label.setPixmap(icons.load("civicdesk").pixmap(64, 64))
        # outside the f-string, where lupdate cannot see it
        version = self.tr("Version {version}").format(version=__version__)
        self.ui.title_label.setText(f"<h2>{APP_NAME}</h2><p>{version}</p>")
        self.folder_button = None
        if context is not None and context.actor.can(actors.MANAGE_SETTINGS) \
                and not context.read_only:
            self.folder_button = self.ui.button_box.addButton(
                self.tr("&Data folder\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
            self.folder_button.setToolTip(self.tr(
                "Where CivicDesk keeps the database on this PC, from the next start"))
            self.folder_button.clicked.connect(self._on_folder_button_clicked)
            if data_folder.where().given:
                self.folder_button.setEnabled(False)
                self.folder_button.setToolTip(self.tr(
                    "This run's data folder is given by --data-dir, CIVICDESK_DATA_DIR or "
                    "the portable mode"))
        self.load()

    def load(self) -> None:
        import peewee  # only for the version numbers; reportlab is slow to import
        import reportlab

        where = data_folder.where()
        folder = self.tr("Data folder: {folder}").format(folder=where.in_use)
        if where.per_machine:
            folder += "\n" + self.tr("(one for this PC: every account on it uses it)")
        if where.next_start != where.in_use:
            folder += "\n" + self.tr("From the next start: {folder}").format(
                folder=where.next_start)
        self.ui.details_label.setText(self.tr(
            "Database: {db}\n{folder}\n\nPython {python}, Qt {qt} "
            "(PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}").format(
            db=self.db_path, folder=folder, python=platform.python_version(),
            qt=qVersion(), pyside=pyside_version, peewee=peewee.__version__,
            reportlab=reportlab.Version))

    def ask_folder(self, start: Path) -> str:
        """The folder the admin picks ("" if none; monkeypatched in tests)."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("The data folder, from the next start"), str(start))

    def _on_folder_button_clicked(self) -> None:
        where = data_folder.where()
        chosen = self.ask_folder(where.next_start)
        if not chosen or Path(chosen) == where.next_start:
            return
        if not prompts.confirm(self, self.tr("Data folder"), self.tr(
                "From the next start, CivicDesk will open the database in {folder}, or "
                "create a new, empty one there. Nothing is moved or copied: to take the data "
                "along, make a backup now and restore it there after the next start."
                ).format(folder=chosen), self.tr("Use this folder")):
            return
        operations.run(self, self.context, lambda actor: data_folder.choose(actor, chosen))
        self.load()

    @classmethod
    def show_for(cls, db_path, parent: QWidget | None = None, context=None) -> None:
        cls(db_path, parent, context).exec()

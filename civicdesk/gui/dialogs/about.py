"""The About box: version, where the data lives, the versions of the parts inside."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QWidget

from civicdesk import APP_NAME, __version__, paths

from civicdesk.gui import icons
from civicdesk.gui.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, db_path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.icon_label.setPixmap(icons.load("civicdesk").pixmap(64, 64))
        self.ui.title_label.setText(
            f"<h2>{APP_NAME}</h2><p>{self.tr('Version {version}').format(version=__version__)}</p>")
        import peewee  # only for the version numbers; reportlab is slow to import
        import reportlab

        self.ui.details_label.setText(self.tr(
            "Database: {db}\nData folder: {folder}\n\nPython {python}, Qt {qt} "
            "(PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}").format(
            db=db_path, folder=paths.data_dir(), python=platform.python_version(),
            qt=qVersion(), pyside=pyside_version, peewee=peewee.__version__,
            reportlab=reportlab.Version))

    @classmethod
    def show_for(cls, db_path, parent: QWidget | None = None) -> None:
        cls(db_path, parent).exec()



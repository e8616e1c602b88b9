"""The main window: a list of sections on the left, the current pane on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QMainWindow, QWidget

from civicdesk import APP_NAME, paths
from civicdesk.services import preferences, storage
from civicdesk.services.changes import Changes

from civicdesk.gui import icons, operations, panes, text, uistate
from civicdesk.gui.backup_keeper import WARNING_STYLE, BackupKeeper
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.dialogs.about import AboutDialog
from civicdesk.gui.dialogs.restore_dialog import RestoreDialog
from civicdesk.gui.forms.ui_mainwindow import Ui_MainWindow
from civicdesk.gui.panes.base import Pane


class MainWindow(QMainWindow):
    """Hosts the panes; passes every published `Changes` (context.bus) on to them."""

    # A backup was chosen to put back: the application closes this window and the
    # database, restores, and opens a new window (`application.Session`).
    restore_requested = Signal(object)  # Path of the backup

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{APP_NAME} \u2014 {context.db_path.name}")
        if context.read_only:
            self.setWindowTitle(self.tr("{title} (read-only)").format(
                title=self.windowTitle()))
        self.setWindowIcon(icons.load("civicdesk"))
        self.pane_entries: list[panes.PaneEntry | type[Pane]] = []
        self._built: dict[int, Pane] = {}
        self._setup_nav()
        for entry in panes.PANES:
            if getattr(entry, "shown_to", lambda _: True)(context.actor):
                self.add_pane(entry)
        self._setup_status_bar()
        self.keeper = BackupKeeper(context, self)
        self.ui.status_bar.addPermanentWidget(self.keeper.label)
        self.closing_for_restore = False
        if context.read_only:
            self._show_read_only()
        self.ui.action_back_up.triggered.connect(lambda: self.keeper.back_up("manual"))
        self.ui.action_restore.triggered.connect(self._on_restore_triggered)
        self.ui.action_second_folder.triggered.connect(self._on_second_folder_triggered)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self._on_about_triggered)
        self.ui.action_show_data_folder.triggered.connect(self._on_show_data_folder_triggered)
        self.ui.nav_list.currentRowChanged.connect(self._on_nav_current_row_changed)
        context.bus.changed.connect(self._on_changes_applied)
        self.ui.nav_list.setCurrentRow(0)
        self._restore_state()

    def _setup_nav(self) -> None:
        nav = self.ui.nav_list
        font = nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        nav.setFont(font)
        nav.setIconSize(QSize(28, 28))

    def add_pane(self, entry: panes.PaneEntry | type[Pane]) -> None:
        """List a pane in the navigation; it is built the first time it is shown."""
        index = len(self.pane_entries)
        self.pane_entries.append(entry)
        self.ui.pane_stack.addWidget(QWidget())  # stand-in until the pane is built
        item = QListWidgetItem(icons.load(entry.icon_name), entry.title())
        item.setSizeHint(QSize(0, 52))
        self.ui.nav_list.addItem(item)
        action = QAction(entry.title(), self)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.show_pane(index))
        self.ui.menu_go.addAction(action)

    def show_pane(self, index: int) -> None:
        self.ui.nav_list.setCurrentRow(index)

    def pane(self, index: int) -> Pane:
        """The pane at *index*, built now if it was not yet."""
        if index not in self._built:
            pane = self.pane_entries[index].load()(self.context)
            stand_in = self.ui.pane_stack.widget(index)
            self.ui.pane_stack.insertWidget(index, pane)
            self.ui.pane_stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[index] = pane
        return self._built[index]

    def pane_of(self, pane_class: type[Pane]) -> Pane:
        index = [e.load() for e in self.pane_entries].index(pane_class)
        return self.pane(index)

    def current_pane(self) -> Pane:
        return self.pane(self.ui.pane_stack.currentIndex())

    def _setup_status_bar(self) -> None:
        self.db_label = QLabel(self.tr("Database: {path}").format(path=self.context.db_path))
        self.db_label.setToolTip(str(self.context.db_path))
        self.ui.status_bar.addPermanentWidget(self.db_label)
        self.user_label = QLabel(self.tr("Signed in as {name}").format(
            name=self.context.actor.name))
        self.ui.status_bar.addWidget(self.user_label)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pane_entries):
            pane = self.pane(row)
            self.ui.pane_stack.setCurrentIndex(row)
            pane.activated()

    def _on_changes_applied(self, changes: Changes) -> None:
        for pane in self._built.values():  # panes not built yet will load fresh data
            pane.apply_changes(changes)

    def _show_read_only(self) -> None:
        """Another copy has the file open for changes: say so, and leave the backups (and
        any restore) to that copy."""
        self.read_only_label = QLabel(self.tr("Read-only: open for changes elsewhere ({who})"
                                              ).format(who=text.message(
                                                  self.context.read_only_for.describe())))
        self.read_only_label.setStyleSheet(WARNING_STYLE)
        self.ui.status_bar.addWidget(self.read_only_label)
        for action in (self.ui.action_back_up, self.ui.action_restore,
                       self.ui.action_second_folder):
            action.setEnabled(False)

    def start_routines(self) -> None:
        """Once shown: the routine backups (a window in a test makes none; a read-only
        window leaves them to the copy that has the file open for changes)."""
        if not self.context.read_only:
            self.keeper.start()

    def _on_restore_triggered(self) -> None:
        backup = self.choose_backup()
        if backup is None or not all(pane.may_close() for pane in self._built.values()):
            return
        self.restore_requested.emit(backup.path)

    def choose_backup(self) -> storage.Backup | None:
        """Ask which backup to restore (monkeypatched in tests)."""
        return RestoreDialog.ask(self)

    def _on_second_folder_triggered(self) -> None:
        folder = storage.second_folder()
        current = str(folder) if folder else ""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("A second folder for backups (a USB stick, another disk)"),
            current or str(Path.home()))
        if not chosen:
            if not current or not prompts.confirm(
                    self, self.tr("Second backup folder"),
                    self.tr("Backups are also copied to {folder}. Stop copying them "
                            "there?").format(folder=current), self.tr("Stop copying")):
                return
        operations.run(self, self.context, lambda actor: preferences.update_setting(
            actor, "backup_folder_2", chosen or ""))
        self.keeper.show_status()

    def _on_about_triggered(self) -> None:
        AboutDialog.show_for(self.context.db_path, self, self.context)

    def _on_show_data_folder_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def _restore_state(self) -> None:
        state = uistate.qsettings()
        geometry = state.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for index, pane in self._built.items():
            if not pane.may_close():  # e.g. unsaved edits the user wants to keep
                self.show_pane(index)
                event.ignore()
                return
        state = uistate.qsettings()
        state.setValue("main_window/geometry", self.saveGeometry())
        state.sync()
        if not self.closing_for_restore and not self.context.read_only:
            self.keeper.at_exit()  # what was saved since the last backup
        self.keeper.stop()
        self.context.tasks.shutdown()
        super().closeEvent(event)

"""The main window: a list of sections on the left, the current pane on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from civicdesk import APP_NAME, paths
from civicdesk.services import accounts, actors, preferences, storage
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui import (
    icons,
    import_wizard,
    language_menu,
    list_export,
    login_screen,
    operations,
    panes,
    privacy,
    screen_lock,
    text,
    text_size,
    themes,
    uistate,
    viewer_files,
)
from civicdesk.gui.backup_keeper import BackupKeeper
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.dialogs.about import AboutDialog
from civicdesk.gui.dialogs.restore_dialog import RestoreDialog
from civicdesk.gui.focus_keeper import FocusKeeper
from civicdesk.gui.forms.ui_mainwindow import Ui_MainWindow
from civicdesk.gui.live_updates import LiveUpdates
from civicdesk.gui.panes.base import Pane
from civicdesk.gui.screen_lock import ScreenLock
from civicdesk.gui.widgets import scrolling
from civicdesk.gui.widgets.elided_label import ElidedLabel


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
        self._scroll_panes()
        self._go_actions: list[QAction] = []
        for entry in panes.PANES:  # all listed; those the role may not see are hidden
            self.add_pane(entry)
        self._setup_status_bar()
        self.keeper = BackupKeeper(context, self)
        self.live_updates = LiveUpdates(context, self)  # what other PCs save (a server)
        self.ui.status_bar.addPermanentWidget(self.keeper.label)
        self.closing_for_restore = False
        if context.read_only:
            self._show_read_only()
        self.ui.action_back_up.triggered.connect(lambda: self.keeper.back_up("manual"))
        self.ui.action_restore.triggered.connect(self._on_restore_triggered)
        self.ui.action_second_folder.triggered.connect(self._on_second_folder_triggered)
        self._add_retention_action()
        self._add_import_actions()
        self._add_export_action()
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self._on_about_triggered)
        self.ui.action_show_data_folder.triggered.connect(self._on_show_data_folder_triggered)
        self._setup_menus()
        self.ui.nav_list.currentRowChanged.connect(self._on_nav_current_row_changed)
        context.bus.changed.connect(self._on_changes_applied)
        self.ui.nav_list.setCurrentRow(0)
        self.screen_lock = ScreenLock(self, context, self._has_unsaved_edits)
        self.screen_lock.unlocked.connect(self._on_unlocked)
        self._setup_user_actions()
        self._setup_getting_started()
        self.focus_keeper = FocusKeeper(self)
        self._restore_state()

    def _setup_nav(self) -> None:
        nav = self.ui.nav_list
        font = nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        nav.setFont(font)
        nav.setIconSize(QSize(28, 28))

    def _scroll_panes(self) -> None:
        """The panes sit in a scroll area: a pane that needs more room than the screen has
        (large text on a small screen) scrolls, and the window never outgrows the screen.
        At 100 % on 1280x720 and at 200 % on 1920x1080 none needs to
        (tests/test_gui_layout.py)."""
        stack = self.ui.pane_stack
        self.pane_scroll = scrolling.scrolled(QWidget(), self)  # a stand-in, replaced below
        self.ui.central_layout.replaceWidget(stack, self.pane_scroll)
        self.pane_scroll.setWidget(scrolling.Holder(stack))

    def add_pane(self, entry: panes.PaneEntry | type[Pane]) -> None:
        """List a pane in the navigation; it is built the first time it is shown."""
        index = len(self.pane_entries)
        self.pane_entries.append(entry)
        self.ui.pane_stack.addWidget(QWidget())  # stand-in until the pane is built
        item = QListWidgetItem(icons.load(entry.icon_name), entry.title())
        self.ui.nav_list.addItem(item)
        self._size_nav()
        action = QAction(entry.title(), self)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.show_pane(index))
        self.ui.menu_go.addAction(action)
        self._go_actions.append(action)

    def _size_nav(self, *_args) -> None:
        """The section list follows its font (View > Text size): rows a line and a half
        tall, as wide as the longest title."""
        nav = self.ui.nav_list
        metrics = nav.fontMetrics()
        height = max(52, round(metrics.height() * 2.2))
        widest = max((metrics.horizontalAdvance(nav.item(i).text())
                      for i in range(nav.count())), default=0)
        for index in range(nav.count()):
            nav.item(index).setSizeHint(QSize(0, height))
        nav.setFixedWidth(max(170, widest + nav.iconSize().width() + 48))

    def show_pane(self, index: int) -> None:
        if not self.ui.nav_list.item(index).isHidden():  # a pane this role may not see
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
        self.db_label = ElidedLabel(self.tr("Database: {path}").format(
            path=self.context.db_path), self)  # the whole path in its tooltip
        self.ui.status_bar.addPermanentWidget(self.db_label)
        self.user_label = QLabel()
        self.ui.status_bar.addWidget(self.user_label)
        self._show_user()

    def _show_user(self) -> None:
        actor = self.context.actor
        self.user_label.setText(self.tr("Logged in as {name} ({role})").format(
            name=actor.name, role=login_screen.role_text(actor.role)))

    def _setup_user_actions(self) -> None:
        """File menu: lock, switch user, own PIN, before Back up; Tools: Settings and the
        accounts (admins)."""
        menu, first = self.ui.menu_file, self.ui.action_back_up
        self.action_lock = QAction(self.tr("&Lock now"), self)
        self.action_lock.setShortcut(screen_lock.LOCK_KEYS)  # in editors too: IdleWatch
        self.action_lock.triggered.connect(lambda: self.screen_lock.lock())
        self.action_switch_user = QAction(self.tr("S&witch user\u2026"), self)
        self.action_switch_user.triggered.connect(
            lambda: self.screen_lock.lock(switch_user=True))
        self.action_own_secret = QAction(self.tr("Change my &PIN or password\u2026"), self)
        self.action_own_secret.triggered.connect(self._on_own_secret_triggered)
        self.action_accounts = QAction(self.tr("User &accounts\u2026"), self)
        self.action_accounts.triggered.connect(self._on_accounts_triggered)
        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.action_settings.triggered.connect(self._on_settings_triggered)
        for action in (self.action_lock, self.action_switch_user, self.action_own_secret):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        tools = self.ui.menu_tools
        tools.insertAction(self.ui.action_audit_trail, self.action_settings)
        tools.addAction(self.action_accounts)
        for action in (self.action_lock, self.action_switch_user):
            self.addAction(action)  # Ctrl+L works while the menu bar is hidden, too
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        """Offer only what the logged-in user's role may do."""
        actor, writable = self.context.actor, not self.context.read_only
        logged_in = actor.user_id is not None
        self.action_lock.setVisible(logged_in)
        self.action_switch_user.setVisible(logged_in)
        self.action_own_secret.setVisible(logged_in)
        self.action_own_secret.setEnabled(writable)
        self.action_accounts.setVisible(actor.can(actors.MANAGE_ACCOUNTS))
        self.action_accounts.setEnabled(writable)
        self.action_settings.setVisible(actor.can(actors.MANAGE_SETTINGS))
        self.action_settings.setEnabled(writable)
        self.ui.action_audit_trail.setVisible(actor.can(actors.VIEW_AUDIT))
        self.ui.action_restore.setVisible(actor.can(actors.RESTORE_BACKUP))
        self.ui.action_second_folder.setVisible(actor.can(actors.MANAGE_SETTINGS))
        if hasattr(self, "action_retention"):
            self.action_retention.setVisible(actor.can(actors.ERASE))
        if hasattr(self, "action_import"):
            self.action_import.setVisible(actor.can(actors.IMPORT))
            self.action_imports.setVisible(actor.can(actors.IMPORT))
        if hasattr(self, "action_export_all"):
            self.action_export_all.setVisible(actor.can(actors.BULK_EXPORT))
        nav = self.ui.nav_list
        for index, entry in enumerate(self.pane_entries):
            shown = getattr(entry, "shown_to", lambda _: True)(actor)
            nav.item(index).setHidden(not shown)
            self._go_actions[index].setVisible(shown)
            self._go_actions[index].setEnabled(shown)
        if nav.currentItem() is not None and nav.currentItem().isHidden():
            nav.setCurrentRow(0)
        if hasattr(self, "getting_started"):
            self.getting_started.apply_permissions(actor, writable)

    def set_actor(self, actor: Actor) -> None:
        """Someone else is at the keyboard now (or the same user with another role): the
        panes are built again, so each offers what this role may do and nothing of what
        the one before left unsaved."""
        self.context.actor = actor
        row = max(self.ui.nav_list.currentRow(), 0)
        for index, pane in list(self._built.items()):
            stand_in = QWidget()
            self.ui.pane_stack.insertWidget(index, stand_in)
            self.ui.pane_stack.removeWidget(pane)
            pane.deleteLater()  # an editor it opened may still be returning from exec()
        self._built.clear()
        self._on_nav_current_row_changed(row)
        self._show_user()
        self._apply_permissions()
        self._setup_getting_started()  # the members pane was built again

    def _on_unlocked(self, actor: Actor, same_user: bool) -> None:
        if same_user and actor.role == self.context.actor.role:
            self.context.actor = actor
        else:
            self.set_actor(actor)

    def _has_unsaved_edits(self) -> bool:
        return any(pane.has_unsaved_edits() for pane in self._built.values())

    def _on_own_secret_triggered(self) -> None:
        from civicdesk.gui.dialogs import secret_dialog

        secret_dialog.change_own(self, self.context)

    def _on_accounts_triggered(self) -> None:
        from civicdesk.gui.dialogs.accounts_dialog import AccountsDialog

        AccountsDialog.show_for(self, self.context)
        self._follow_own_account()

    def _on_settings_triggered(self) -> None:
        from civicdesk.gui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog.ask(self.context, self)

    def _follow_own_account(self) -> None:
        """An admin may have changed their own name or role: the window follows."""
        mine = accounts.user_for(self.context.actor)
        if mine is None or not mine.active:
            return
        actor = Actor(mine.shown_name, mine.role, mine.id)
        if actor.role != self.context.actor.role:
            self.set_actor(actor)
        elif actor != self.context.actor:
            self.context.actor = actor
            self._show_user()

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pane_entries):
            pane = self.pane(row)
            self.ui.pane_stack.setCurrentIndex(row)
            pane.activated()

    def _on_changes_applied(self, changes: Changes) -> None:
        for pane in self._built.values():  # panes not built yet will load fresh data
            pane.apply_changes(changes)
        if changes.touches("person") and hasattr(self, "getting_started"):
            self.getting_started.update_shown()

    def _show_read_only(self) -> None:
        """Another copy has the file open for changes: say so, and leave the backups (and
        any restore) to that copy."""
        self.read_only_label = QLabel(self.tr("Read-only: open for changes elsewhere ({who})"
                                              ).format(who=text.message(
                                                  self.context.read_only_for.describe())))
        themes.tint(self.read_only_label, "error", "font-weight: bold;")
        self.ui.status_bar.addWidget(self.read_only_label)
        for action in (self.ui.action_back_up, self.ui.action_restore,
                       self.ui.action_second_folder):
            action.setEnabled(False)

    def start_routines(self) -> None:
        """Once shown: the routine backups (a window in a test makes none; a read-only
        window leaves them to the copy that has the file open for changes), and on a
        server database, what other PCs save (`live_updates`)."""
        if not self.context.read_only:
            self.keeper.start()
        self.live_updates.start()

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

    def _add_retention_action(self) -> None:
        """Tools > Purge old sensitive notes… (admins only; not in a read-only window)."""
        self.action_retention = QAction(self.tr("&Purge old sensitive notes…"), self)
        self.ui.menu_tools.addSeparator()
        self.ui.menu_tools.addAction(self.action_retention)
        self.action_retention.setVisible(self.context.actor.can(actors.ERASE))
        self.action_retention.setEnabled(not self.context.read_only)
        self.action_retention.triggered.connect(
            lambda: privacy.RetentionDialog.show_for(self.context, self))

    def _add_import_actions(self) -> None:
        """File > Import… (Ctrl+I) and Edit > Undo an import… (the imports, each with its
        Undo: coordinators and admins; not in a read-only window)."""
        self.action_import = QAction(self.tr("&Import\u2026"), self)
        self.action_import.setShortcut(import_wizard.SHORTCUT)
        self.action_imports = QAction(self.tr("&Undo an import\u2026"), self)
        self.ui.menu_file.insertAction(self.ui.action_back_up, self.action_import)
        self.ui.menu_edit.addSeparator()
        self.ui.menu_edit.addAction(self.action_imports)
        for action in (self.action_import, self.action_imports):
            action.setEnabled(not self.context.read_only)
        self.action_import.triggered.connect(
            lambda: import_wizard.ImportWizard.ask(self.context, self))
        self.action_imports.triggered.connect(
            lambda: import_wizard.ImportsDialog.ask(self.context, self))

    def _add_export_action(self) -> None:
        """File > Export everything… (coordinators and admins; not in a read-only window)."""
        self.action_export_all = QAction(self.tr("&Export everything…"), self)
        self.ui.menu_file.insertAction(self.ui.action_back_up, self.action_export_all)
        self.ui.menu_file.insertSeparator(self.ui.action_back_up)
        self.action_export_all.setVisible(self.context.actor.can(actors.BULK_EXPORT))
        self.action_export_all.setEnabled(not self.context.read_only)
        self.action_export_all.triggered.connect(
            lambda: list_export.export_everything(self, self.context))

    def _setup_menus(self) -> None:
        """Edit, View, Tools and Help (File's own actions are set up beside their code)."""
        ui = self.ui
        ui.action_find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        ui.action_find.triggered.connect(lambda: self.current_pane().find())
        ui.action_print.triggered.connect(self._on_print_triggered)
        ui.action_text_bigger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        ui.action_text_bigger.triggered.connect(lambda: text_size.step(+1))
        ui.action_text_smaller.triggered.connect(lambda: text_size.step(-1))
        ui.action_text_normal.triggered.connect(text_size.reset)
        self.text_size_menu = text_size.add_menu(ui.menu_view, ui.action_text_bigger)
        text_size.notifier().changed.connect(self._size_nav)
        self.menu_theme = themes.add_menu(ui.menu_view, self)
        ui.menu_view.addSeparator()
        self.menu_language = language_menu.install(self, ui.menu_view)  # View > Language
        ui.action_audit_trail.triggered.connect(self._on_audit_trail_triggered)
        ui.action_user_guide.triggered.connect(self._on_user_guide_triggered)
        ui.action_shortcuts.triggered.connect(self._on_shortcuts_triggered)
        ui.action_about_qt.triggered.connect(lambda: QApplication.aboutQt())

    def _setup_getting_started(self) -> None:
        """The "getting started" panel above the people list, while nobody is on file."""
        from civicdesk.gui.widgets.getting_started import GettingStarted

        members = self.pane(0)
        if not hasattr(members, "people_list"):  # a test's (or self-test's) own first pane
            return
        self.getting_started = GettingStarted(self.context, members.people_list)
        members.people_list.layout().insertWidget(0, self.getting_started)
        panel = self.getting_started
        panel.settings_requested.connect(self.action_settings.trigger)
        panel.import_requested.connect(self.action_import.trigger)
        panel.person_requested.connect(lambda: members.new_person())
        panel.event_requested.connect(self._on_new_event_requested)
        panel.apply_permissions(self.context.actor, not self.context.read_only)
        panel.update_shown()

    def _on_new_event_requested(self) -> None:
        from civicdesk.gui.panes.shifts import ShiftsPane

        shifts = self.pane_of(ShiftsPane)
        self.show_pane(self.pane_entries.index(next(
            e for e in self.pane_entries if e.load() is ShiftsPane)))
        shifts.tabs.setCurrentWidget(shifts.events_page)
        shifts.events_page.on_new()

    def _on_print_triggered(self) -> None:
        """File > Print a report… (Ctrl+P): the Reports section, its list to choose from."""
        from civicdesk.gui.panes.reports import ReportsPane

        index = [e.load() for e in self.pane_entries].index(ReportsPane)
        self.show_pane(index)
        self.pane(index).report_list.setFocus()

    def _on_audit_trail_triggered(self) -> None:
        from civicdesk.gui.panes.audit import AuditPane

        self.show_pane([e.load() for e in self.pane_entries].index(AuditPane))

    def _on_user_guide_triggered(self) -> None:
        """Help > User guide (F1): the bundled HTML pages in the system's browser."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_guide())))

    def _on_shortcuts_triggered(self) -> None:
        from civicdesk.gui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog.show_for(self)

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
        if self.screen_lock.locked and self.screen_lock.edits_left():
            # asking about them would show them to whoever is at the keyboard
            self.screen_lock.screen.say(self.tr(
                "{name} has unsaved edits here: log in to save or discard them before "
                "closing CivicDesk.").format(name=self.context.actor.name))
            event.ignore()
            return
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
        self.live_updates.stop()
        self.screen_lock.stop()
        viewer_files.empty()
        self.context.tasks.shutdown()
        super().closeEvent(event)

"""Settings… (admins): the association's own settings, a tab per group, saved together
through `preferences.update_settings` (checked, one audit entry; problems next to fields);
and a last tab, "This computer", with what is chosen for this computer only (the language,
as View > Language chooses it)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk import languages, settings
from civicdesk.services import preferences
from civicdesk.services.changes import Changes

from civicdesk.gui import accessible_names, language_menu, operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.editor import EditorDialog
from civicdesk.gui.widgets.field_errors import FieldErrors


def field_labels() -> dict[str, str]:
    """The label of each setting in the dialog, with a mnemonic unique in its tab."""
    return {
        "association_name": SettingsDialog.tr("&Name"), "association_address": SettingsDialog.tr("&Address"),
        "association_phone": SettingsDialog.tr("&Phone"), "association_email": SettingsDialog.tr("&Email"),
        "association_website": SettingsDialog.tr("&Website"), "logo": SettingsDialog.tr("&Logo"),
        "paper": SettingsDialog.tr("&Paper"), "country": SettingsDialog.tr("&Country (for phone numbers)"),
        "currency": SettingsDialog.tr("C&urrency"), "timezone": SettingsDialog.tr("&Time zone"),
        "dues_amount_cents": SettingsDialog.tr("Default &amount"),
        "dues_period_months": SettingsDialog.tr("A payment &covers"),
        "idle_lock_minutes": SettingsDialog.tr("&Lock when idle for"),
        "backup_folder_2": SettingsDialog.tr("&Second backup folder"),
        "request_retention_months": SettingsDialog.tr("Keep &closed requests for"),
        "sensitive_notes_retention_months": SettingsDialog.tr("&Purge sensitive notes after"),
    }


class SettingsDialog(EditorDialog):
    """One tab per `settings.GROUPS`; Save sends only what was changed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.editors: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self._logo_path: str | None = None  # a new picture chosen (None: unchanged)
        for group, title in settings.GROUPS.items():
            self.tabs.addTab(self._tab(group), QCoreApplication.translate("Field", title))
        self.tabs.addTab(self._computer_tab(), self.tr("This computer"))
        self.summary = QLabel(self)
        self.errors = FieldErrors(self.editors, self.problems, self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        # every tab title shown without scroll arrows (in any language), up to a point
        bar = self.tabs.tabBar()
        titles = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        self.setMinimumWidth(min(max(620, titles + 40), 1200))
        self.load()

    # Building --------------------------------------------------------------------------
    def _tab(self, group: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = field_labels()
        for key in settings.visible_keys(group):
            editor, shown = self._editor(key)
            self.editors[key.name] = editor
            label = QLabel(labels.get(key.name, QCoreApplication.translate("Field", key.label)),
                           page)
            label.setBuddy(editor)
            form.addRow(label, shown)
            self.problems[key.name] = QLabel(page)
            form.addRow("", self.problems[key.name])
        return page

    def _computer_tab(self) -> QWidget:
        """What is chosen for this computer only, not for the association: the language."""
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language_combo = QComboBox(page)
        for code, name in language_menu.choices():
            self.language_combo.addItem(name.replace("&", ""), code)
        label = QLabel(self.tr("&Language"), page)
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        note = QLabel(self.tr("For CivicDesk on this computer only: another computer keeps "
                              "its own language. It is used from the next start."), page)
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def chosen_language(self) -> str | None:
        """The language chosen in the "This computer" tab (None: the system's)."""
        return self.language_combo.currentData()

    def _editor(self, key: settings.Key) -> tuple[QWidget, QWidget]:
        """The widget that edits *key*, and what goes in the form (it, or it with buttons)."""
        kind = key.kind or key.type.__name__
        if key.multiline:
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
            return editor, editor
        if kind == "image":
            return self._logo_editor()
        if kind == "folder":
            return self._folder_editor()
        if key.name == "dues_amount_cents":
            editor = QDoubleSpinBox(self)
            editor.setRange(0, key.maximum / 100)
            editor.setDecimals(2)
            return editor, editor
        if kind == "int":
            editor = QSpinBox(self)
            editor.setRange(key.minimum or 0, key.maximum or 10 ** 6)
            editor.setSuffix(self.tr(" minutes") if "minutes" in key.name else self.tr(" months"))
            if key.name == "idle_lock_minutes":
                editor.setSpecialValueText(self.tr("never"))
            return editor, editor
        if kind in ("choice", "country", "timezone"):
            editor = QComboBox(self)
            for value, text in self._choices(kind):
                editor.addItem(text, value)
            if kind != "choice":
                editor.setEditable(True)  # type to find: "Eur" goes to the European zones
                editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            return editor, editor
        editor = QLineEdit(self)
        editor.setMaxLength(key.max_len)
        if kind == "email":
            editor.setPlaceholderText(self.tr("desk@example.org"))
        elif kind == "website":
            editor.setPlaceholderText(self.tr("www.example.org"))
        elif kind == "currency":
            editor.setPlaceholderText(self.tr("Three letters: USD, CAD, EUR, GBP\u2026"))
        return editor, editor

    def _choices(self, kind: str) -> list[tuple[str, str]]:
        if kind == "choice":
            return [("letter", self.tr("Letter (8.5 \u00d7 11 in)")),
                    ("a4", self.tr("A4 (210 \u00d7 297 mm)"))]
        if kind == "country":
            return [(code, f"{name} ({code})") for code, name in
                    sorted(preferences.countries().items(), key=lambda item: item[1])]
        zones = sorted(z for z in available_timezones() if "/" in z
                       and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))
        return [("", self.tr("This computer's time zone"))] + [(z, z) for z in zones]

    def _logo_editor(self) -> tuple[QWidget, QWidget]:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(box)
        self.logo_preview.setFixedSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #b0b0b0; background: white;")
        choose = QPushButton(self.tr("C&hoose a picture\u2026"), box)
        choose.clicked.connect(self._on_choose_logo)
        self.remove_logo = QPushButton(self.tr("&Remove"), box)
        self.remove_logo.clicked.connect(lambda: self._show_logo(""))
        for widget in (self.logo_preview, choose, self.remove_logo):
            row.addWidget(widget)
        row.addStretch(1)
        return choose, box

    def _folder_editor(self) -> tuple[QWidget, QWidget]:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder_edit = QLineEdit(box)
        self.folder_edit.setPlaceholderText(self.tr("None: backups stay on this computer"))
        # Its label names the row (a box with Browse…), so it is named here (#16).
        self.folder_edit.setAccessibleName(accessible_names.plain(
            field_labels()["backup_folder_2"]))
        browse = QPushButton(self.tr("&Browse\u2026"), box)
        browse.clicked.connect(self._on_browse_folder)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        return self.folder_edit, box

    # Loading and saving ----------------------------------------------------------------
    def load(self) -> None:
        for key in settings.visible_keys():
            self._set(key, settings.get(key.name))
        self.language_combo.setCurrentIndex(self.language_combo.findData(languages.saved()))
        self.mark_clean()

    def _set(self, key: settings.Key, value) -> None:
        editor = self.editors[key.name]
        if key.kind == "image":
            self._logo_path = None
            self._show_pixmap(settings.logo_png())
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(value / 100)
        elif isinstance(editor, QSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:
                editor.addItem(value, value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        else:
            editor.setText(str(value))

    def values(self) -> dict:
        """What the form says, as the service takes it (the logo: a new picture's path)."""
        found = {}
        for key in settings.visible_keys():
            editor = self.editors[key.name]
            if key.kind == "image":
                if self._logo_path is not None:
                    found[key.name] = self._logo_path
            elif isinstance(editor, QPlainTextEdit):
                found[key.name] = editor.toPlainText()
            elif isinstance(editor, QDoubleSpinBox):
                found[key.name] = round(editor.value() * 100)
            elif isinstance(editor, QSpinBox):
                found[key.name] = editor.value()
            elif isinstance(editor, QComboBox):
                found[key.name] = self._combo_value(editor)
            else:
                found[key.name] = editor.text()
        return found

    @staticmethod
    def _combo_value(combo: QComboBox) -> str:
        """The chosen item's value, or what was typed when it names no item (so a bad time
        zone is refused by the service, naming it)."""
        typed = combo.currentText().strip()
        if not combo.isEditable() or typed == combo.itemText(combo.currentIndex()):
            return combo.currentData()
        index = combo.findData(typed)
        return combo.itemData(index) if index >= 0 else typed

    def snapshot(self) -> object:
        return self.values(), self.chosen_language()

    def save(self) -> Changes | None:
        """The association's settings that changed, in one write (the language is saved
        after the dialog closes, by `ask`)."""
        loaded = self._loaded[0] if isinstance(self._loaded, tuple) else {}
        changed = {k: v for k, v in self.values().items() if loaded.get(k) != v}
        if not changed:
            return Changes("setting")
        operation = operations.Operation(self, self.context, lambda actor: (
            preferences.update_settings(actor, changed))).show_problems(self.errors)
        if "logo" in changed:  # a large picture takes a moment to check and scale
            operation = operation.with_progress(self.tr("Saving the settings\u2026"))
        changes = operation.run()
        if changes is None:
            self._show_tab_of_first_problem()
        return changes

    def _show_tab_of_first_problem(self) -> None:
        for name, label in self.problems.items():
            if label.text():
                group = settings.KEYS[name].group
                self.tabs.setCurrentIndex(list(settings.GROUPS).index(group))
                self.editors[name].setFocus()
                return

    # The logo and the folder -----------------------------------------------------------
    def choose_logo(self) -> str:
        """Ask for a picture (monkeypatched in tests)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The association's logo"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        return path

    def _on_choose_logo(self) -> None:
        path = self.choose_logo()
        if path:
            self._show_logo(path)

    def _show_logo(self, path: str) -> None:
        self._logo_path = path
        if not path:
            self._show_pixmap(b"")
            return
        pixmap = QPixmap(path)
        self._show_pixmap(b"", pixmap if not pixmap.isNull() else None,
                          self.tr("(not a picture)") if pixmap.isNull() else "")

    def _show_pixmap(self, png: bytes, pixmap: QPixmap | None = None, note: str = "") -> None:
        if pixmap is None and png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
        if pixmap is not None and not pixmap.isNull():
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(self.logo_preview.size() * ratio,
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            self.logo_preview.setPixmap(scaled)
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(note or self.tr("No logo"))
        self.remove_logo.setEnabled(bool(png) or bool(self._logo_path))

    def _on_browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("A second folder for backups (a USB stick, another disk)"),
            self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> Changes | None:
        """The dialog; once saved, a new language for this computer is saved too, and
        restarting in it offered (`language_menu.choose`)."""
        dialog = cls(context, parent)
        dialog.exec()
        if dialog.changes is not None and parent is not None:
            language_menu.choose(parent, dialog.chosen_language())
        return dialog.changes

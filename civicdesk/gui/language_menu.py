"""View > Language: the language of this computer (System language, English, Español,
Français, each language named in itself), the same choice as the "This computer" tab of
Tools > Settings. A new language needs a new start, which `offer_restart` offers.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from civicdesk import i18n, languages
from civicdesk.errors import UserError

from civicdesk.gui import restart, text

# Each language's name as its speakers write it, with a mnemonic of its own.
MENU_NAMES = {"en": "&English", "es": "Es&pañol", "fr": "&Français"}


class LanguageMenu(text.Context):
    """The texts of the language choice (context "LanguageMenu")."""


def choices() -> list[tuple[str | None, str]]:
    """(code, name) of each choice, the system's language first (code None)."""
    system = i18n.NATIVE_NAMES[languages.system() or i18n.ENGLISH]
    return [(None, LanguageMenu.tr("&System language ({name})").format(name=system)),
            *((code, MENU_NAMES[code]) for code in i18n.LANGUAGES)]


def install(window: QWidget, view: QMenu) -> QMenu:
    """Add View > Language to *view*: one radio item per choice, the saved one checked."""
    menu = view.addMenu(LanguageMenu.tr("&Language"))
    menu.setObjectName("menu_language")
    group = QActionGroup(menu)
    saved = languages.saved()
    for code, name in choices():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose(window, action.data()))
    window.language_group = group
    return menu


def check_saved(window: QWidget) -> None:
    """Tick the choice saved now (after the Settings dialog changed it)."""
    for action in window.language_group.actions():
        action.setChecked(action.data() == languages.saved())


def choose(window: QWidget, code: str | None) -> bool:
    """Save *code* (None: the system's language) as this computer's choice, then offer to
    restart in it. True when CivicDesk is restarting."""
    if code == languages.saved():
        return False
    try:
        languages.save(code)
    except UserError as exc:
        QMessageBox.warning(window, LanguageMenu.tr("Language"), text.error(exc))
        return False
    if hasattr(window, "language_group"):
        check_saved(window)
    wanted = code or languages.system() or i18n.ENGLISH
    if wanted == i18n.language():
        return False
    return ask_restart(window, wanted) and restart.ask_to_restart(window)


def ask_restart(parent: QWidget, code: str) -> bool:
    """"Restart CivicDesk now to use Español?" (Restart now / Later). Monkeypatched in
    tests."""
    box = QMessageBox(QMessageBox.Icon.Question, LanguageMenu.tr("Language"), LanguageMenu.tr(
        "Restart CivicDesk now to use {language}?").format(language=i18n.NATIVE_NAMES[code]),
        parent=parent)
    box.setInformativeText(LanguageMenu.tr("Until then CivicDesk goes on in the language it started in."))
    now = box.addButton(LanguageMenu.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(LanguageMenu.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.exec()
    return box.clickedButton() is now

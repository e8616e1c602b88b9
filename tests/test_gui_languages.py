"""The window in the chosen language: Qt's own strings and ours at start, the language's
locale, View > Language and the "This computer" tab of the settings, the restart."""

from __future__ import annotations

import sys

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from civicdesk import app, i18n, languages
from civicdesk.services.actors import Actor

from civicdesk.gui import application, language_menu, restart
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.settings_dialog import SettingsDialog
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = pytest.mark.gui


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")


@pytest.fixture
def started(qapp):
    """`started(argv)`: the language chosen from the command line as `app.main` does, then
    the application set up as at start (translators, locale); English again afterwards."""

    def start(argv: list[str]) -> str:
        languages.choose(app.language_given(argv))
        application.create_app()
        return i18n.language()

    yield start
    application.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def test_with_lang_es_qts_own_buttons_are_spanish(started):
    assert _cancel_text() == "Cancel"
    assert started(["--lang", "es"]) == "es"
    assert _cancel_text() == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


def test_with_lang_fr_and_a_french_system_the_systems_country_is_kept(started, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert started(["--lang", "fr"]) == "fr"
    assert _cancel_text() == "Annuler"
    assert QLocale().name() == "fr_CA"


def test_a_language_the_system_does_not_speak_gets_its_own_locale():
    assert application.locale_for("es").language() == QLocale.Language.Spanish
    assert application.locale_for("fr").language() == QLocale.Language.French


def test_the_saved_choice_is_used_at_start(started):
    languages.save("fr")
    assert started([]) == "fr"
    assert _cancel_text() == "Annuler"


@pytest.fixture
def window(qtbot, db, db_path, data_dir):
    context = AppContext(db_path=db_path, actor=Actor("Tess Tester", "admin"),
                         tasks=TaskRunner(SynchronousExecutor()))
    win = MainWindow(context)
    qtbot.add_widget(win)
    win.show()
    yield win
    win.screen_lock.stop()


def _language_items(window) -> list[tuple[str, bool]]:
    return [(a.text(), a.isChecked()) for a in window.menu_language.actions()]


def test_view_language_names_each_language_in_itself(window):
    assert window.menu_language.title() == "&Language"
    assert _language_items(window) == [("&System language (English)", True),
                                       ("&English", False), ("Es&pañol", False),
                                       ("&Français", False)]
    assert window.menu_language.menuAction() in window.ui.menu_view.actions()


def test_choosing_a_language_saves_it_and_later_keeps_the_window(window, monkeypatch):
    asked = []
    monkeypatch.setattr(language_menu, "ask_restart",
                        lambda parent, code: asked.append(code) or False)  # "Later"
    window.menu_language.actions()[2].trigger()  # Español
    assert languages.saved() == "es" and asked == ["es"]
    assert [checked for _, checked in _language_items(window)] == [False, False, True, False]
    assert window.isVisible() and not restart.asked()
    window.menu_language.actions()[1].trigger()  # English: what it speaks now, no question
    assert languages.saved() == "en" and asked == ["es"]


def test_restart_now_closes_the_window_to_start_again(window, monkeypatch):
    monkeypatch.setattr(language_menu, "ask_restart", lambda parent, code: True)
    monkeypatch.setattr(restart, "_asked", False)
    window.menu_language.actions()[3].trigger()  # Français
    assert languages.saved() == "fr"
    assert restart.asked() and not window.isVisible()


def test_the_restart_starts_this_copy_again_without_lang(qtbot, tmp_path, monkeypatch):
    program, args = restart.command(["-m", "civicdesk", "--lang", "fr", "--db", "x.db",
                                     "--lang=es"])
    assert program == sys.executable and args == ["-m", "civicdesk", "--db", "x.db"]
    marker = tmp_path / "started"
    monkeypatch.setattr(restart, "command", lambda: (sys.executable, [
        "-c", f"open({str(marker)!r}, 'w').write('again')"]))
    assert not restart.start_if_asked()  # nobody asked
    monkeypatch.setattr(restart, "_asked", True)
    assert restart.start_if_asked() and not restart.asked()
    qtbot.waitUntil(lambda: marker.exists() and marker.read_text() == "again", timeout=30_000)


def test_the_settings_have_this_computers_language(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(language_menu, "ask_restart",
                        lambda parent, code: asked.append(code) or False)
    opened = []

    def exec_and_choose(dialog):
        opened.append(dialog)
        tabs = dialog.tabs
        assert tabs.tabText(tabs.count() - 1) == "This computer"
        tabs.setCurrentIndex(tabs.count() - 1)
        combo = dialog.language_combo
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "System language (English)", "English", "Español", "Français"]
        assert combo.currentData() is None and not dialog.is_dirty()
        combo.setCurrentIndex(combo.findData("fr"))
        assert dialog.is_dirty()  # closing now would ask
        dialog.on_save()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_and_choose)
    SettingsDialog.ask(window.context, window)
    assert opened and languages.saved() == "fr" and asked == ["fr"]
    assert [checked for _, checked in _language_items(window)] == [False, False, False, True]


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_window_in_spanish_or_french_has_its_menus_translated(code, speak, qtbot, db,
                                                                  db_path, data_dir):
    """As `civicdesk --lang es` opens it. Needs the shipped translations (they arrive with
    `make translations` from the translators' work)."""
    speak(code)
    context = AppContext(db_path=db_path, actor=Actor("Tess Tester", "admin"),
                         tasks=TaskRunner(SynchronousExecutor()))
    win = MainWindow(context)
    qtbot.add_widget(win)
    english = ["&File", "&Edit", "&View", "&Go", "&Tools", "&Help"]
    titles = [a.text() for a in win.ui.menu_bar.actions()]
    assert titles == [i18n.translate("MainWindow", t) for t in english]  # .qm and .ts agree
    untranslated = [t for t, e in zip(titles, english, strict=True) if t == e]
    win.screen_lock.stop()
    assert untranslated == [], f"not translated into {code}"

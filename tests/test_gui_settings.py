"""The Settings dialog: admins only, loads every setting, saves what changed in one audited
write, shows a bad value next to its field (on its tab) and saves nothing then."""

from __future__ import annotations

import pytest
from PIL import Image

from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from civicdesk import clock as the_clock
from civicdesk import settings
from civicdesk.data import models
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.settings_dialog import SettingsDialog
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = pytest.mark.gui


def _context(db_path, role="admin"):
    return AppContext(db_path=db_path, actor=Actor("Tess Tester", role),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def dialog(qtbot, db, db_path):
    made = SettingsDialog(_context(db_path))
    qtbot.add_widget(made)
    return made


def _save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def _audits():
    return list(models.AuditEntry.select().where(models.AuditEntry.table_name == "setting"))


def test_it_shows_the_settings_and_saves_only_what_changed_in_one_entry(dialog, clock):
    editors = dialog.editors
    assert editors["association_name"].text() == "Neighborhood Association"
    assert editors["idle_lock_minutes"].value() == 5
    editors["association_name"].setText("Elm Street Neighbours")
    editors["association_address"].setPlainText("12 Elm Road\nSpringfield")
    editors["dues_amount_cents"].setValue(25.5)
    zone = editors["timezone"]
    zone.setCurrentIndex(zone.findData("Europe/Berlin"))
    _save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    (entry,) = _audits()
    assert set(entry.changes) == {"association_name", "association_address",
                                  "dues_amount_cents", "timezone"}
    assert settings.get("dues_amount_cents") == 2550
    assert str(the_clock.zone()) == "Europe/Berlin"


def test_a_bad_value_is_shown_next_to_its_field_on_its_tab_and_nothing_saved(dialog):
    dialog.editors["association_name"].setText("Elm Street Neighbours")
    dialog.editors["association_email"].setText("john..doe@")
    zone: QComboBox = dialog.editors["timezone"]
    zone.setEditText("Mars/Olympus")
    dialog.tabs.setCurrentIndex(3)
    _save(dialog)
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    assert "is not an email address" in dialog.problems["association_email"].text()
    assert "is not a time zone" in dialog.problems["timezone"].text()
    assert dialog.tabs.currentIndex() == 0  # the first problem's tab
    assert _audits() == [] and settings.get("association_name") == "Neighborhood Association"


def test_a_logo_is_chosen_previewed_and_saved_scaled(dialog, tmp_path, monkeypatch):
    picture = tmp_path / "logo.png"
    Image.new("RGB", (1600, 800), (20, 80, 140)).save(picture)
    monkeypatch.setattr(dialog, "choose_logo", lambda: str(picture))
    dialog._on_choose_logo()
    assert not dialog.logo_preview.pixmap().isNull()
    _save(dialog)
    assert settings.logo_png()[:4] == b"\x89PNG"


def test_only_admins_see_settings_in_the_menu(qtbot, db, db_path):
    for role, shown in (("admin", True), ("coordinator", False), ("volunteer", False)):
        window = MainWindow(_context(db_path, role))
        qtbot.add_widget(window)
        assert window.action_settings.isVisible() is shown
        assert window.action_settings in window.ui.menu_tools.actions()

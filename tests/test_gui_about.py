"""Help > About: the data folder in use, and an admin's "Data folder..." for the next start."""

from __future__ import annotations

import pytest
from shift_data import make_context

from civicdesk import paths

from civicdesk.gui.dialogs import about, prompts

pytestmark = pytest.mark.gui


@pytest.fixture
def default_folder(data_dir, tmp_path, monkeypatch):
    """The data folder is the default one, nothing given for this run (a test's own:
    $XDG_DATA_HOME/CivicDesk, as the tarball's)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setattr(paths, "_session_choice", paths._UNREAD)
    monkeypatch.setattr(paths, "machine_dir", lambda: None)
    return tmp_path / "xdg" / "CivicDesk"


def _dialog(qtbot, context):
    dialog = about.AboutDialog(context.db_path, context=context)
    qtbot.add_widget(dialog)
    return dialog


def test_about_shows_the_data_folder_in_use(qtbot, db, db_path, data_dir):
    dialog = _dialog(qtbot, make_context(db, db_path, "volunteer"))
    assert f"Data folder: {data_dir}" in dialog.ui.details_label.text()
    assert dialog.folder_button is None  # only an admin may change it


def test_an_admin_chooses_the_folder_for_the_next_start(qtbot, db, db_path, default_folder,
                                                        tmp_path, monkeypatch):
    dialog = _dialog(qtbot, make_context(db, db_path, "admin"))
    asked = []
    monkeypatch.setattr(dialog, "ask_folder", lambda start: str(tmp_path / "office"))
    monkeypatch.setattr(prompts, "confirm",
                        lambda parent, title, question, yes: asked.append(question) or True)
    dialog.folder_button.click()
    assert "Nothing is moved or copied" in asked[0] and str(tmp_path / "office") in asked[0]
    assert (default_folder / paths.POINTER_FILE).read_text() == f"{tmp_path / 'office'}\n"
    text = dialog.ui.details_label.text()
    assert f"Data folder: {default_folder}" in text  # this session's stays
    assert f"From the next start: {tmp_path / 'office'}" in text
    entries = db.execute_sql("SELECT actor, action FROM audit_entry").fetchall()
    assert entries == [("Cora", "update")]


def test_a_declined_choice_changes_nothing(qtbot, db, db_path, default_folder, tmp_path,
                                           monkeypatch):
    dialog = _dialog(qtbot, make_context(db, db_path, "admin"))
    monkeypatch.setattr(dialog, "ask_folder", lambda start: str(tmp_path / "office"))
    monkeypatch.setattr(prompts, "confirm", lambda *args: False)
    dialog.folder_button.click()
    assert not (default_folder / paths.POINTER_FILE).exists()
    assert "From the next start" not in dialog.ui.details_label.text()


def test_a_folder_given_on_the_command_line_cannot_be_changed_here(qtbot, db, db_path, data_dir):
    dialog = _dialog(qtbot, make_context(db, db_path, "admin"))
    assert not dialog.folder_button.isEnabled()
    assert "From the next start" not in dialog.ui.details_label.text()

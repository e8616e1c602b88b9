"""The window's privacy actions: the person page's "Their data" menu (admins only), the
erase confirmation that needs ERASE typed, and the retention dialog's dry run and purge."""

from __future__ import annotations

import json
from datetime import datetime

import neighbour_data as nd
import pytest
from test_gui_members_pane import make_context, make_pane

from civicdesk.data import models
from civicdesk.services import requests, retention
from civicdesk.services.actors import Actor

from civicdesk.gui import privacy

import report_helpers

pytestmark = [pytest.mark.gui]


@pytest.fixture
def neighbour(from_template) -> nd.Neighbour:
    return from_template(nd.build)


def _page(qtbot, db, db_path, actor, person_id):
    pane = make_pane(qtbot, make_context(db, db_path, actor))
    pane.open_person(person_id)
    return pane.person_page


@pytest.mark.parametrize("role, shown", [("admin", True), ("coordinator", False),
                                         ("volunteer", False)])
def test_only_admins_see_the_their_data_menu(qtbot, db, db_path, data_dir, neighbour, role,
                                             shown):
    page = _page(qtbot, db, db_path, Actor("Someone", role), neighbour.person)
    assert page.privacy_button.isHidden() is not shown


def test_export_writes_the_pdf_and_the_json_beside_it(qtbot, db, db_path, data_dir, tmp_path,
                                                      neighbour, monkeypatch):
    page = _page(qtbot, db, db_path, nd.ADMIN, neighbour.person)
    target = tmp_path / "zephyrine.pdf"
    monkeypatch.setattr(privacy, "choose_pdf", lambda parent, name: target)
    monkeypatch.setattr(privacy.QMessageBox, "information", lambda *a: None)
    page.export_action.trigger()
    assert nd.PAYMENT_NOTE in report_helpers.text(target.read_bytes())
    data = json.loads(target.with_suffix(".json").read_text("utf-8"))
    assert data["person"]["email"] == nd.EMAIL
    assert target.stat().st_mode & 0o077 == 0  # personal data: only this user may read it
    assert models.AuditEntry.select().where(
        models.AuditEntry.action == "subject_access").count() == 1


def test_the_erase_button_waits_for_the_word_and_the_text_names_the_backups(qtbot):
    dialog = privacy.EraseDialog("Zephyrine Quillfeather")
    qtbot.add_widget(dialog)
    text = dialog.findChildren(privacy.QLabel)[0].text()
    assert "cannot be undone" in text and "Backups" in text and "12 months" in text
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.word_edit, "eras")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.word_edit, "e")
    assert dialog.erase_button.isEnabled()


def test_erasing_from_the_page_shows_them_erased_and_refuses_a_second_time(
        qtbot, db, db_path, data_dir, neighbour, monkeypatch):
    page = _page(qtbot, db, db_path, nd.ADMIN, neighbour.person)
    asked = []
    monkeypatch.setattr(privacy.EraseDialog, "ask",
                        classmethod(lambda cls, parent, name: asked.append(name) or True))
    monkeypatch.setattr(privacy.QMessageBox, "information", lambda *a: None)
    page.erase_action.trigger()
    assert asked == [f"{nd.FIRST} {nd.LAST}"]
    assert page.ui.title_label.text() == f"Erased #{neighbour.person}"
    assert not page.erase_action.isEnabled()
    assert models.Person.get_by_id(neighbour.person).erased_at is not None


def test_declining_the_erasure_changes_nothing(qtbot, db, db_path, data_dir, neighbour,
                                               monkeypatch):
    page = _page(qtbot, db, db_path, nd.ADMIN, neighbour.person)
    monkeypatch.setattr(privacy.EraseDialog, "ask", classmethod(lambda cls, p, n: False))
    page.erase_action.trigger()
    assert models.Person.get_by_id(neighbour.person).first_name == nd.FIRST


def test_the_retention_dialog_lists_the_dry_run_then_purges(qtbot, db, db_path, data_dir,
                                                            neighbour, clock, monkeypatch):
    clock.pin(datetime(2026, 3, 10, 12, 0))
    rid = neighbour.requests[0]
    row = models.SupportRequest.get_by_id(rid)
    requests.move(nd.ADMIN, rid, row.version, "cancelled")
    clock.pin(datetime(2026, 9, 1, 12, 0))
    dialog = privacy.RetentionDialog(make_context(db, db_path, nd.ADMIN))
    qtbot.add_widget(dialog)
    assert dialog.summary_label.text() == "Nothing to purge."  # 0: keep forever
    assert not dialog.purge_button.isEnabled()
    dialog.months_spin.setValue(3)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == f"{nd.FIRST} {nd.LAST}"
    assert dialog.table.item(0, 2).text() == "3/10/26"
    monkeypatch.setattr(privacy.prompts, "confirm", lambda *a: True)
    dialog.purge_button.click()
    assert models.SupportRequest.get_by_id(rid).sensitive_notes == ""
    assert dialog.table.rowCount() == 0
    assert retention.due(nd.ADMIN) == []  # the months chosen were saved as the setting


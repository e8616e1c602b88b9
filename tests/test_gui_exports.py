""""Export what I see" from the people and shifts lists, and File > Export everything
(pytest-qt on the real panes; the file is read back)."""

from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
import pytest

from PySide6.QtCore import Qt

from civicdesk.data import models
from civicdesk.services.actors import Actor
from tests import test_gui_members_pane as members_tests

from civicdesk.gui import list_export
from civicdesk.gui.models import shift_table
from civicdesk.gui.panes.shifts import ShiftsPane

pytestmark = [pytest.mark.gui]
town = members_tests.town


def _rows(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


@pytest.fixture
def members(qtbot, db, db_path, town, data_dir):
    pane = members_tests.make_pane(qtbot, members_tests.make_context(
        db, db_path, Actor("Cora Coordinator", "coordinator")))
    pane.resize(1100, 760)
    pane.show()
    return pane


def _save_to(monkeypatch, path):
    monkeypatch.setattr(list_export, "choose_file", lambda parent, name: path)


def test_the_people_list_exports_its_filter_sort_and_visible_columns(members, monkeypatch,
                                                                     tmp_path, qtbot):
    page = members.people_list
    header = page.ui.table_view.horizontalHeader()
    header.moveSection(header.visualIndex(3), 1)  # email second
    header.setSectionHidden(1, True)  # no address
    page.ui.volunteer_combo.setCurrentIndex(page.ui.volunteer_combo.findData(None))
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "people.csv"
    _save_to(monkeypatch, target)
    page.export_action.trigger()
    table = _rows(target)
    assert table[0] == ["Name", "Email", "Phone", "Membership", "Dues paid until",
                        "Volunteer", "Languages"]
    assert [r[0] for r in table[1:]] == ["Müller, Zoë", "Muller, Zack", "Abbott, Ann"]
    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findData("member"))
    page.export_action.trigger()
    assert [r[0] for r in _rows(target)[1:]] == ["Müller, Zoë"]
    assert "Private matter" not in target.read_text(encoding="utf-8-sig")
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first()
    assert (entry.action, entry.actor) == ("export", "Cora Coordinator")


def test_the_button_and_shortcut_are_hidden_for_volunteers(qtbot, db, db_path, town,
                                                           data_dir):
    pane = members_tests.make_pane(qtbot, members_tests.make_context(
        db, db_path, Actor("Val Volunteer", "volunteer")))
    page = pane.people_list
    assert not page.export_action.isVisible() and not page.export_action.isEnabled()
    assert page.export_button.isHidden()


def test_the_shifts_list_exports_what_it_shows_in_its_order(qtbot, context, plan,
                                                            monkeypatch, tmp_path):
    pane = ShiftsPane(context)
    qtbot.add_widget(pane)
    page = pane.list_page
    page.from_edit.setDate(page.from_edit.date().addDays(-7))
    page.unfilled_check.setChecked(True)  # the full Wednesday shift is left out
    page.table.sortByColumn(shift_table.WHEN, Qt.SortOrder.DescendingOrder)
    page.table.setColumnHidden(shift_table.LOCATION, True)
    target = tmp_path / "shifts.xlsx"
    _save_to(monkeypatch, target)
    page.export_action.trigger()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("When", "Ends", "Event", "Role", "Taken", "Places", "Open",
                       "Cancelled")
    shown = page.shown_ids()
    assert len(rows) - 1 == len(shown) == 2 and plan["wed"] not in shown
    starts = [r[0] for r in rows[1:]]
    assert starts == sorted(starts, reverse=True)  # dates as dates, newest first
    assert all(isinstance(r[4], int) for r in rows[1:])


def test_export_everything_from_the_file_menu_leaves_out_sensitive_notes(
        members, monkeypatch, tmp_path):
    target = tmp_path / "all.zip"
    monkeypatch.setattr(list_export, "choose_zip", lambda parent, offer: (target, offer))
    monkeypatch.setattr(list_export.QMessageBox, "information", lambda *a, **k: None)
    assert list_export.export_everything(members, members.context) == target
    with zipfile.ZipFile(target) as zf:  # a coordinator is never offered the notes
        assert "Private matter" not in zf.read("person.csv").decode("utf-8-sig")
        assert "first_name" in zf.read("README.txt").decode()


def test_the_households_list_exports_what_it_shows(members, monkeypatch, tmp_path):
    members.show_households()
    page = members.households_list
    page.ui.search_edit.setText("elm")
    shown = sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))
    assert shown  # the town has households on Elm
    target = tmp_path / "households.csv"
    _save_to(monkeypatch, target)
    page.export_action.trigger()
    table = _rows(target)
    assert table[0][0] == "Household"
    assert sorted(r[0] for r in table[1:]) == shown


def test_the_audit_log_exports_its_filtered_entries(qtbot, db, db_path, town, monkeypatch,
                                                    tmp_path):
    from civicdesk.gui.context import AppContext
    from civicdesk.gui.panes.audit import AuditPane
    from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

    pane = AuditPane(AppContext(db_path=db_path, actor=Actor("Cora Coordinator", "coordinator"),
                                tasks=TaskRunner(SynchronousExecutor())))
    qtbot.add_widget(pane)
    pane.action_combo.setCurrentIndex(pane.action_combo.findData("create"))
    target = tmp_path / "audit.xlsx"
    _save_to(monkeypatch, target)
    pane.export_action.trigger()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("When", "Who", "Action", "What", "Changes")
    assert len(rows) - 1 == pane.model.rowCount() > 0
    assert {r[2] for r in rows[1:]} == {"created"}


def test_volunteers_get_no_export_on_the_households_list_nor_the_audit_log(
        qtbot, db, db_path, town):
    pane = members_tests.make_pane(qtbot, members_tests.make_context(
        db, db_path, Actor("Val Volunteer", "volunteer")))
    pane.show_households()
    assert not pane.households_list.export_action.isVisible()
    assert not pane.households_list.export_button.isVisibleTo(pane)

"""The Audit log pane: its model, its filters, the entry's changes, who sees it (pytest-qt)."""

from __future__ import annotations

from datetime import date

import pytest
from test_audit_log import _activity

from PySide6.QtCore import QDate, Qt

from civicdesk.data import models
from civicdesk.services import audit_log
from civicdesk.services.actors import Actor
from civicdesk.services.audit import MASK
from civicdesk.services.audit_log import AuditFilter

from civicdesk.gui.context import AppContext
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.models.audit_table import AuditTableModel
from civicdesk.gui.panes.audit import AuditPane
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def _context(db_path, role: str = "coordinator") -> AppContext:
    return AppContext(db_path=db_path, actor=Actor("Cora Coordinator", role),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def log(db, actor, from_template):
    return from_template(_activity, actor)


@pytest.fixture
def pane(qtbot, log, db_path):
    shown = AuditPane(_context(db_path))
    qtbot.add_widget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.wait_exposed(shown)
    return shown


def shown_rows(pane: AuditPane) -> list[tuple[str, ...]]:
    model = pane.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_the_model_passes_qtmodeltester(qtmodeltester, log, actor):
    model = AuditTableModel(lambda f: audit_log.open_log(actor, f))
    model.set_filters(AuditFilter(action="create"))
    qtmodeltester.check(model)
    model.set_filters(AuditFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == models.AuditEntry.select().count()


def test_the_list_shows_every_entry_newest_first_readably(pane, log):
    rows = shown_rows(pane)
    assert len(rows) == models.AuditEntry.select().count()
    assert rows[-1] == ("3/2/26 9:00\u202fAM", "Tess Tester", "created", f"person {log['ana']}: "
                        "Ana Alves", "First name, Last name, Phone")
    assert ("refused" in {r[2] for r in rows}) and ("logged in" in {r[2] for r in rows})
    assert pane.count_label.text() == f"{len(rows)} entries"


def test_choosing_a_person_lists_what_was_done_about_them(pane, log, qtbot):
    picker = pane.person_picker
    picker.setFocus()
    qtbot.keyClicks(picker, "Alves")
    assert picker.suggestions() and "Ana Alves" in picker.suggestions()[0]
    popup = picker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.person_id() == log["ana"]
    assert sorted(r[3].split()[0] for r in shown_rows(pane)) == [
        "payment", "person", "person", "sign-up"]
    assert {r[3].split(": ")[1] for r in shown_rows(pane)} == {"Ana Alves"}
    picker.clear()
    assert len(shown_rows(pane)) == models.AuditEntry.select().count()


def test_user_action_and_dates_narrow_the_list(pane, log):
    pane.user_combo.setCurrentIndex(pane.user_combo.findData(log["val"]))
    assert {r[1] for r in shown_rows(pane)} == {"Val Volunteer"}
    pane.action_combo.setCurrentIndex(pane.action_combo.findText("logged in"))
    assert [r[2] for r in shown_rows(pane)] == ["logged in"]
    pane.clear_filters()
    pane.since_edit.setDate(QDate(2026, 3, 3))
    pane.until_edit.setDate(QDate(2026, 3, 3))
    assert {r[0].split()[0] for r in shown_rows(pane)} == {"3/3/26"}  # en_US
    assert len(shown_rows(pane)) == 2


def test_reversed_dates_are_said_and_the_list_stays(pane):
    pane.since_edit.setDate(QDate(2026, 3, 3))
    before = shown_rows(pane)
    pane.until_edit.setDate(QDate(2026, 3, 1))
    assert "after the last day" in pane.count_label.text()
    assert shown_rows(pane) == before


def test_the_detail_shows_old_and_new_values_masked_ones_masked(pane, log):
    pane.action_combo.setCurrentIndex(pane.action_combo.findData("update"))
    pane.table_view.selectRow(0)
    detail = pane.detail_table
    cells = {detail.item(r, 0).text(): (detail.item(r, 1).text(), detail.item(r, 2).text())
             for r in range(detail.rowCount())}
    assert cells == {"Phone": ("555-0101", "555-0202"),
                     "Accessibility and mobility": ("", MASK)}
    assert "Tess Tester" in pane.detail_label.text() and "changed" in pane.detail_label.text()


def test_ctrl_f_goes_to_the_person_filter(qtbot, log, db_path):
    window = MainWindow(_context(db_path, "admin"))  # Ctrl+F is the window's Edit > Find
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.action_audit_trail.trigger()  # Tools > Audit trail opens the pane
    pane = window.current_pane()
    assert isinstance(pane, AuditPane)
    pane.table_view.setFocus()
    qtbot.keyClick(pane.table_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.person_picker.hasFocus()
    window.close()


def test_a_new_write_shows_up_when_the_pane_is_shown(pane, log, actor):
    from civicdesk.services import people

    from civicdesk.gui import operations

    pane.context.bus.changed.connect(pane.apply_changes)  # as the window does
    before = pane.model.rowCount()
    operations.run(pane, pane.context, lambda who: people.create_person(
        who, {"first_name": "Cy", "last_name": "Cole"}))
    assert pane.model.rowCount() == before + 1
    assert shown_rows(pane)[0][3].endswith("Cy Cole")


def test_volunteers_do_not_see_the_audit_log(qtbot, log, db_path):
    for role, listed in (("volunteer", False), ("coordinator", True), ("admin", True)):
        window = MainWindow(_context(db_path, role))
        qtbot.add_widget(window)
        nav = window.ui.nav_list
        titles = [nav.item(i).text() for i in range(nav.count()) if not nav.item(i).isHidden()]
        assert ("Audit log" in titles) is listed, role
        window.close()


def test_refused_entries_show_what_was_tried_and_why(pane):
    pane.action_combo.setCurrentIndex(pane.action_combo.findData("refused"))
    pane.table_view.selectRow(0)
    labels = [pane.detail_table.item(r, 0).text() for r in range(pane.detail_table.rowCount())]
    assert "What was tried" in labels and "Why it was refused" in labels
    assert date(2026, 3, 5).isoformat() in pane.detail_label.text()

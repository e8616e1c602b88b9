"""The Requests pane: queue and board models (qtmodeltester), the board's keyboard moves and
drag and drop, the detail view, choosing a helper, the person tab, the self-test."""

from datetime import timedelta

import pytest

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import matching, people, request_lists, requests
from civicdesk.services.actors import Actor
from civicdesk.services.request_lists import QueueFilter

from civicdesk.gui import operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.request_assign import RequestAssignDialog
from civicdesk.gui.dialogs.request_note import RequestNoteDialog
from civicdesk.gui.dialogs.request_view_dialog import connect_actions
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.models import request_rows
from civicdesk.gui.models.person_requests_model import PersonRequestsModel
from civicdesk.gui.models.request_board_model import BoardColumnModel
from civicdesk.gui.models.request_history_model import RequestHistoryModel
from civicdesk.gui.models.request_queue_model import (
    FollowUpModel,
    OverdueRole,
    RequestQueueModel,
)
from civicdesk.gui.models.suggestion_model import SuggestionModel
from civicdesk.gui.panes.person_page import PersonPage
from civicdesk.gui.panes.person_requests_tab import PersonRequestsTab
from civicdesk.gui.panes.requests import BOARD, RequestsPane
from civicdesk.gui.request_actions import RequestActions
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner
from civicdesk.gui.widgets.request_board import RequestBoard
from civicdesk.gui.widgets.request_view import RequestView

pytestmark = [pytest.mark.gui, pytest.mark.dates]
CTRL = Qt.KeyboardModifier.ControlModifier


def make_context(db, db_path, actor):
    return AppContext(db_path=db_path, actor=actor, tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def context(db, db_path, coordinator):
    return make_context(db, db_path, coordinator)


def _desk(coordinator):
    """Amina asks for help four times; Hal helps. One request of each kind of state."""
    with models.database.atomic():  # one commit for the whole set-up
        amina = people.create_person(coordinator, {"first_name": "Amina", "last_name": "Warsame",
                                                   "languages": ["Somali"]}).id
        hal = people.create_person(coordinator, {"first_name": "Hal", "is_volunteer": True,
                                                 "skills": ["driving"], "languages": ["Somali"]}).id
        ride = models.RequestCategory.get(name="ride").id
        today = clock.today()

        def add(summary, **extra):
            return requests.create_request(coordinator, {"requester": amina, "category": ride,
                                                         "summary": summary, **extra})

        new = add("Ride to the clinic", urgency="today", due_on=today - timedelta(days=2))
        assigned = add("Ride to the market", sensitive_notes="Money is tight")
        assigned = requests.assign(coordinator, assigned.id, assigned.version, hal)
        resolved = add("Ride home")
        resolved = requests.assign(coordinator, resolved.id, resolved.version, hal)
        resolved = requests.move(coordinator, resolved.id, resolved.version, "resolved")
        closed = add("Old ride")
        closed = requests.move(coordinator, closed.id, closed.version, "cancelled")
    return {"amina": amina, "hal": hal, "ride": ride, "new": new.id, "assigned": assigned.id,
            "resolved": resolved.id, "cancelled": closed.id}


@pytest.fixture
def desk(db, coordinator, from_template):
    """The rows of `_desk`, made once for this file and copied into the test's db."""
    return from_template(_desk, coordinator)


def _status(rid):
    return models.SupportRequest.get_by_id(rid).status


# Models ------------------------------------------------------------------------------------

def test_the_queue_model_passes_the_model_tester_through_changes(qtmodeltester, desk,
                                                                  coordinator):
    model = RequestQueueModel()
    model.load(QueueFilter())
    qtmodeltester.check(model)
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "Ride to the clinic", "Ride to the market"]
    late = model.index(0, 8)
    assert late.data(OverdueRole) and late.data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Late: it was due on" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    added = requests.create_request(coordinator, {"requester": desk["amina"],
                                                  "category": desk["ride"],
                                                  "summary": "Groceries", "urgency": "today"})
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.refresh({added.id})
    assert inserted == [(1, 1)] and model.id_at(1) == added.id  # today, after the older one
    qtmodeltester.check(model)
    r = models.SupportRequest.get_by_id(desk["assigned"])
    requests.update_request(coordinator, r.id, r.version, {"summary": "Ride to the shops"})
    changed = []
    model.dataChanged.connect(lambda tl, br, _roles=(): changed.append(tl.row()))
    model.refresh({r.id})
    assert changed == [2] and model.index(2, 2).data() == "Ride to the shops"
    requests.move(coordinator, added.id, added.version, "cancelled")
    model.refresh({added.id})
    assert added.id not in model.ids()
    qtmodeltester.check(model)


def test_a_moved_row_is_taken_out_and_put_back_without_a_reset(qtmodeltester, desk,
                                                               coordinator):
    model = RequestQueueModel()
    model.load(QueueFilter())
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    r = models.SupportRequest.get_by_id(desk["assigned"])
    requests.update_request(coordinator, r.id, r.version, {"urgency": "today"})
    model.refresh({r.id})
    assert model.ids()[0] in (desk["new"], desk["assigned"]) and resets == []
    assert set(model.ids()) == {desk["new"], desk["assigned"]}
    qtmodeltester.check(model)
    others = list(range(1000, 1300))
    request_rows.sync(model, model._cache, others)  # almost all different: one reset
    assert resets == [1] and model.ids() == others


def test_follow_up_model_lists_due_follow_ups(qtmodeltester, desk, coordinator):
    r = models.SupportRequest.get_by_id(desk["resolved"])
    requests.set_follow_up(coordinator, r.id, r.version, clock.today())
    model = FollowUpModel()
    model.load(QueueFilter())
    qtmodeltester.check(model)
    assert model.ids() == [desk["resolved"]]


def test_board_columns_suggestions_history_and_person_models_pass_the_tester(
        qtmodeltester, desk):
    column = BoardColumnModel("assigned")
    column.set_ids([desk["assigned"]])
    qtmodeltester.check(column)
    assert column.index(0).data().startswith(f"#{desk['assigned']} Ride to the market")
    column.set_ids([])
    qtmodeltester.check(column)
    suggestions = SuggestionModel()
    suggestions.set_ranking(matching.rank(desk["new"]))
    qtmodeltester.check(suggestions)
    assert suggestions.index(0, 1).data() == "Hal"
    assert "\u2713 Can do driving" in suggestions.index(0, 3).data()
    history = RequestHistoryModel()
    history.set_lines(requests.history_lines(desk["resolved"]))
    qtmodeltester.check(history)
    assert history.index(1, 2).data() == "Given to Hal"
    made = PersonRequestsModel("assignee")
    made.set_rows(request_lists.person_requests(desk["amina"])[0])
    qtmodeltester.check(made)
    assert made.rowCount() == 4


# The board ---------------------------------------------------------------------------------

@pytest.fixture
def pane(qtbot, context, desk, monkeypatch):
    errors = []
    monkeypatch.setattr(RequestActions, "show_error", lambda self, message: errors.append(message))
    widget = RequestsPane(context)
    context.bus.changed.connect(widget.apply_changes)  # what the main window does
    widget.errors = errors
    qtbot.add_widget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.tabs.setCurrentIndex(BOARD)
    return widget


def _card(pane, rid):
    assert pane.board.select(rid)
    return pane.board.focusWidget()


def test_the_board_shows_a_column_per_status_with_counts(pane, desk):
    headers = [pane.board.headers[s].text() for s in models.REQUEST_STATUSES]
    assert headers == ["New (1)", "Assigned (1)", "In progress (0)", "Resolved (1)",
                       "Closed (0)", "Cancelled (1)"]
    assert not pane.detail.isVisible()  # the board uses the whole width


def test_ctrl_right_moves_a_card_along_and_keeps_it_in_hand(qtbot, pane, desk):
    view = _card(pane, desk["assigned"])
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    assert pane.errors == []
    assert _status(desk["assigned"]) == "in_progress"
    assert pane.board.current_request_id() == desk["assigned"]
    assert pane.board.focused_view().status == "in_progress"
    qtbot.keyClick(pane.board.focused_view(), Qt.Key.Key_Right, CTRL)
    assert _status(desk["assigned"]) == "resolved"
    qtbot.keyClick(pane.board.focused_view(), Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier)
    assert pane.board.focused_view().status == "new"  # plain arrows walk, past empty columns
    assert _status(desk["new"]) == "new"


def test_a_refused_keyboard_move_says_why_and_changes_nothing(qtbot, pane, desk):
    view = _card(pane, desk["cancelled"])
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL)  # cancelled -> closed
    assert pane.errors == ["A request that is Cancelled cannot become Closed."]
    assert _status(desk["cancelled"]) == "cancelled"


def test_moving_a_new_card_on_asks_for_a_helper(qtbot, pane, desk, monkeypatch):
    asked = []

    def choose(parent, context, record):  # the dialog, answered: it saves as an operation
        asked.append(record.id)
        return operations.run(parent, context, lambda actor: matching.assign_suggested(
            actor, record.id, record.version, desk["hal"]))

    monkeypatch.setattr(RequestAssignDialog, "ask", choose)
    qtbot.keyClick(_card(pane, desk["new"]), Qt.Key.Key_Right, CTRL)
    assert asked == [desk["new"]] and _status(desk["new"]) == "assigned"
    assert pane.board.models["assigned"].row_of(desk["new"]) is not None
    assert requests.history_lines(desk["new"])[-1].note.startswith("Suggestion 1 of 1:")


def test_reopening_on_the_board_asks_for_the_reason(qtbot, pane, desk, monkeypatch):
    prompts = []

    def answer(parent, context, title, prompt, ok_text, submit):  # the dialog, answered
        prompts.append(prompt)
        return operations.run(parent, context,
                              lambda actor: submit(actor, "The tap leaks again"))

    monkeypatch.setattr(RequestNoteDialog, "ask", answer)
    qtbot.keyClick(_card(pane, desk["resolved"]), Qt.Key.Key_Left, CTRL)
    assert "being reopened" in prompts[0]
    assert _status(desk["resolved"]) == "in_progress"
    assert requests.history_lines(desk["resolved"])[-1].note == "The tap leaks again"


def _drag(qtbot, board: RequestBoard, rid, source, target):
    model = board.models[source]
    mime = model.mimeData([model.index(model.row_of(rid))])
    viewport = board.views[target].viewport()
    pos = QPointF(viewport.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    accepted = move.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return accepted


def test_dragging_a_card_to_an_allowed_column_moves_it(qtbot, pane, desk):
    assert _drag(qtbot, pane.board, desk["assigned"], "assigned", "in_progress")
    qtbot.waitUntil(lambda: _status(desk["assigned"]) == "in_progress")
    qtbot.waitUntil(lambda: pane.board.models["in_progress"].ids() == [desk["assigned"]])
    assert pane.board.models["assigned"].ids() == []


def test_a_column_the_workflow_forbids_does_not_take_the_drop(qtbot, pane, desk):
    assert not _drag(qtbot, pane.board, desk["new"], "new", "resolved")
    qtbot.wait(20)
    assert _status(desk["new"]) == "new" and pane.errors == []


# Queue, detail view, filters, self-test ---------------------------------------------------

def test_filters_narrow_queue_and_board(qtbot, pane, desk):
    pane.tabs.setCurrentIndex(0)
    assert pane.queue_model.rowCount() == 2
    pane.filters.late_check.setChecked(True)
    assert pane.queue_model.ids() == [desk["new"]]
    assert "Requests in the queue: 1" == pane.count_label.text()
    pane.tabs.setCurrentIndex(BOARD)
    assert sum(m.rowCount() for m in pane.board.models.values()) == 1
    pane.filters.clear()
    assert pane.queue_model.rowCount() == 2


def test_the_detail_view_offers_only_allowed_moves_and_hides_private_notes(
        qtbot, db, db_path, desk, volunteer):
    coordinator_view = RequestView(make_context(db, db_path, Actor("Cora", "coordinator")))
    qtbot.add_widget(coordinator_view)
    coordinator_view.show_request(desk["assigned"])
    assert coordinator_view.button_texts() == [
        "Start", "Mark resolved", "Take the helper off", "Cancel request\u2026",
        "Choose a helper\u2026", "Edit\u2026", "Add a note\u2026", "Follow-up\u2026",
        "Print job ticket\u2026"]
    assert coordinator_view.sensitive_label.text() == "Money is tight"
    volunteer_view = RequestView(make_context(db, db_path, volunteer), actions=False)
    qtbot.add_widget(volunteer_view)
    volunteer_view.show_request(desk["assigned"])
    assert volunteer_view.record.sensitive_notes == "" and volunteer_view.button_texts() == []
    assert not volunteer_view.sensitive_box.isVisibleTo(volunteer_view)


def test_choosing_a_helper_records_why(qtbot, context, desk):
    dialog = RequestAssignDialog(context, requests.get_request(context.actor, desk["new"]))
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert "Suggestion 1 of 1: Can do driving; Speaks Somali" in dialog.ui.reason_label.text()
    qtbot.keyClick(dialog.ui.suggestion_view, Qt.Key.Key_Return)
    assert models.SupportRequest.get_by_id(desk["new"]).assignee_id == desk["hal"]
    assert "Can do driving" in requests.history_lines(desk["new"])[-1].note


def test_choosing_a_non_volunteer_by_hand_is_refused_in_the_dialog(qtbot, context, desk):
    dialog = RequestAssignDialog(context, requests.get_request(context.actor, desk["new"]))
    qtbot.add_widget(dialog)
    dialog.picker.set_person_id(desk["amina"])
    dialog.picker._person_id = desk["amina"]  # as if picked (volunteer pickers hide her)
    dialog.save()
    assert "asked for this help and cannot be the helper" in dialog.ui.error_label.text() \
        or "is not a volunteer" in dialog.ui.error_label.text()
    assert models.SupportRequest.get_by_id(desk["new"]).assignee_id is None


def test_the_self_test_exercise_changes_no_data(qtbot, pane, desk):
    before = models.AuditEntry.select().count(), models.RequestUpdate.select().count()
    pane.exercise()
    assert (models.AuditEntry.select().count(), models.RequestUpdate.select().count()) == before


def test_the_main_window_hosts_the_requests_pane(qtbot, context):
    window = MainWindow(context)
    qtbot.add_widget(window)
    window.show_pane(2)
    assert isinstance(window.current_pane(), RequestsPane)


# The person detail tab ---------------------------------------------------------------------

def test_the_person_tab_lists_requests_made_and_helped_with(qtbot, context, desk, coordinator):
    assert PersonRequestsTab in PersonPage.TABS
    tab = PersonRequestsTab(context)
    context.bus.changed.connect(tab.apply_changes)  # as the person page passes them on
    qtbot.add_widget(tab)
    assert tab.title() == "Requests"
    tab.show_person(desk["hal"])
    assert tab.made_model.rowCount() == 0 and tab.helped_model.rowCount() == 2
    assert tab.helped_label.text() == "Hel&ped with (2)"
    assert tab.helped_model.index(0, 4).data() == "Amina Warsame"
    r = models.SupportRequest.get_by_id(desk["new"])
    context.publish(requests.assign(coordinator, r.id, r.version, desk["hal"]))
    assert tab.helped_model.rowCount() == 3  # follows changes made elsewhere
    tab.show_person(desk["amina"])
    assert tab.made_model.rowCount() == 4


def test_a_capped_column_says_how_many_it_leaves_out(qtbot, pane, desk, coordinator):
    requests.create_request(coordinator, {"requester": desk["amina"], "category": desk["ride"],
                                          "summary": "Another ride"})
    pane.board.limit = 1
    pane.board.refresh()
    assert pane.board.headers["new"].text() == "New (1 of 2)"
    assert "the queue lists them all" in pane.board.headers["new"].toolTip()


def test_a_card_changed_elsewhere_is_not_moved_over_the_change(qtbot, pane, desk,
                                                               coordinator):
    view = _card(pane, desk["assigned"])
    r = models.SupportRequest.get_by_id(desk["assigned"])
    requests.update_request(Actor("Other PC", "coordinator"), r.id, r.version,
                            {"details": "Changed at the other desk"})  # not published here
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    assert "Other PC changed this record after you opened it" in pane.errors[0]
    assert _status(desk["assigned"]) == "assigned"


def test_follow_up_note_and_next_date_from_the_queue(qtbot, pane, desk, monkeypatch):
    from civicdesk.gui.dialogs.request_follow_up import RequestFollowUpDialog

    pane.tabs.setCurrentIndex(0)
    assert pane.select(desk["assigned"])
    shown = []

    def fill(parent, context, record):
        dialog = RequestFollowUpDialog(context, record, parent)
        shown.append(dialog.ui.request_label.text())
        dialog.ui.note_edit.setPlainText("Called her: the ride went well")
        dialog.save()
        return dialog.changes

    monkeypatch.setattr(RequestFollowUpDialog, "ask", fill)
    qtbot.keyClick(pane.queue_view, Qt.Key.Key_U, CTRL)
    assert shown == ["Ride to the market \u2014 Amina Warsame, no phone on file"]
    row = models.SupportRequest.get_by_id(desk["assigned"])
    assert row.follow_up_on == clock.today() + timedelta(days=7)
    assert requests.history_lines(row.id)[-1].note.endswith("Called her: the ride went well")
    day = row.follow_up_on
    assert pane.detail.values["follow_up"].text() == f"{day.month}/{day.day}/{day:%y}"


def test_an_empty_note_is_refused_in_the_note_dialog(qtbot, db, db_path, desk, coordinator):
    dialog = RequestNoteDialog(make_context(db, db_path, coordinator), "Note", "What happened?",
                               "Add note",
                               lambda actor, note: requests.add_note(actor, desk["new"], note))
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts only reach the active window
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and "The note is empty." in dialog.ui.error_label.text()
    qtbot.keyClicks(dialog.ui.note_edit, "Called back")
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible() and dialog.changes is not None
    assert requests.history_lines(desk["new"])[-1].note == "Called back"


def test_enter_on_a_queue_row_edits_it_and_the_history_says_what_changed(qtbot, pane, desk,
                                                                           monkeypatch):
    from civicdesk.gui.dialogs.request_intake import RequestIntakeDialog

    def edit(parent, context, record=None):
        dialog = RequestIntakeDialog(context, parent)
        dialog.load(record)
        dialog.ui.details_edit.setPlainText("Needs a wheelchair taxi")
        return dialog.save()

    monkeypatch.setattr(RequestIntakeDialog, "ask", edit)
    pane.tabs.setCurrentIndex(0)
    pane.select(desk["new"])
    qtbot.keyClick(pane.queue_view, Qt.Key.Key_Return)
    assert requests.get_request(pane.context.actor, desk["new"]).details == \
        "Needs a wheelchair taxi"
    history = pane.detail.history_model
    assert history.index(history.rowCount() - 1, 2).data() == "Changed: Details"


def test_the_job_ticket_prints_from_the_request_without_its_private_notes(
        qtbot, db, db_path, desk, monkeypatch):
    import io

    import pypdf

    from civicdesk.gui.reports import preview

    monkeypatch.setattr(preview.ReportPreviewDialog, "show", lambda self: None)
    context = make_context(db, db_path, Actor("Cora", "coordinator"))
    view = RequestView(context)
    qtbot.add_widget(view)
    connect_actions(view, RequestActions(context, view))
    view.show_request(desk["assigned"])
    view.ticket_requested.emit(desk["assigned"])  # what the "Print job ticket" button sends
    (shown,) = view.findChildren(preview.ReportPreviewDialog)
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(shown.pdf)).pages)
    assert "Ride to the market" in pdf_text and "Money is tight" not in pdf_text


def test_the_queue_exports_what_it_shows_in_its_order(qtbot, pane, monkeypatch, tmp_path):
    import csv
    import io

    from civicdesk.gui import list_export

    target = tmp_path / "requests.csv"
    monkeypatch.setattr(list_export, "choose_file", lambda parent, name: target)
    shown = [pane.queue_model.index(r, 0).data() for r in range(pane.queue_model.rowCount())]
    pane.export_action.trigger()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["No.", "Urgency", "Summary"]
    assert "Area" not in rows[0]  # hidden in the queue, so not in the file
    assert [r[0] for r in rows[1:]] == [str(s) for s in shown]

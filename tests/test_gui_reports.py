"""The Reports pane and the preview (pytest-qt, real widgets, a real demo database)."""

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from civicdesk.data import models
from civicdesk.demo import generate
from civicdesk.reports import catalog
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext
from civicdesk.gui.panes.reports import ReportsPane
from civicdesk.gui.reports import launch
from civicdesk.gui.reports.preview import ReportPreviewDialog
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

from report_helpers import reader, text

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def _demo(actor):
    generate.generate(200, seed=5, actor=actor)


@pytest.fixture
def context(db, db_path, actor, from_template):
    from_template(_demo, actor)  # generated once for this file, copied into each test's db
    return AppContext(db_path=db_path, actor=Actor("Tess Tester"),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def pane(qtbot, context):
    widget = ReportsPane(context)
    qtbot.add_widget(widget)
    widget.show()
    return widget


def test_the_pane_lists_every_report_with_its_options(pane):
    titles = [pane.report_list.item(i).text() for i in range(pane.report_list.count())]
    assert titles == [spec.title for spec in catalog.REPORTS.values()]
    form = pane.select_report("labels")
    assert pane.title_label.text() == "Mailing labels"
    assert set(form.editors) == {"status", "layout", "start_at"}
    assert form.values() == {"status": "current", "layout": "avery5160", "start_at": 1}


def test_preview_shows_the_pages_and_save_writes_the_pdf(pane, qtbot, tmp_path, monkeypatch):
    form = pane.select_report("directory")
    form.set_value("paper", "a4")
    job = pane.preview()
    dialog = job.preview
    qtbot.add_widget(dialog)
    assert dialog.isVisible() and dialog.page_count() == len(reader(dialog.pdf).pages) >= 1
    assert dialog.ui.pdf_view.document() is dialog.document
    assert str(dialog.page_count()) in dialog.ui.pages_label.text()
    target = tmp_path / "directory"
    monkeypatch.setattr(ReportPreviewDialog, "ask_save_path",
                        staticmethod(lambda parent, suggested: str(target)))
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == dialog.pdf
    assert "Member directory" in text(saved.read_bytes())
    width, height = reader(dialog.pdf).pages[0].mediabox[2:]
    assert round(float(width)) == 595 and round(float(height)) == 842  # A4


def test_print_sends_every_page_to_the_printer(pane, qtbot, tmp_path, monkeypatch):
    pane.select_report("schedule").set_value("period", "month")
    dialog = pane.preview().preview
    qtbot.add_widget(dialog)
    out = tmp_path / "printed.pdf"

    def fake_print_dialog(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(ReportPreviewDialog, "ask_printer", staticmethod(fake_print_dialog))
    qtbot.mouseClick(dialog.ui.print_button, Qt.MouseButton.LeftButton)
    assert len(reader(out.read_bytes()).pages) == dialog.page_count() > 1


def test_open_in_viewer_hands_a_private_file_to_the_system(pane, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("civicdesk.gui.reports.preview.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    dialog = pane.preview().preview
    qtbot.add_widget(dialog)
    path = dialog.open_externally()
    assert opened == [str(path)] and path.read_bytes() == dialog.pdf
    assert (path.parent.stat().st_mode & 0o077) == 0  # only we may read it


def test_open_report_from_another_pane_with_options(qtbot, context):
    A = models.Assignment
    shift_id = A.select(A.shift).where(A.status.in_(("signed_up", "confirmed"))).first().shift_id
    host = ReportsPane(context)
    qtbot.add_widget(host)
    job = launch.open_report(context, host, "signin", {"shift": shift_id})
    qtbot.add_widget(job.preview)
    content = text(job.preview.pdf)
    assert "Sign-in sheet" in content and "Signature" in content
    shift = models.Shift.get_by_id(shift_id)
    assert shift.title in content


def test_bad_options_are_shown_as_a_message(qtbot, context, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, message: shown.append((title, message)))
    host = ReportsPane(context)
    qtbot.add_widget(host)
    job = launch.open_report(context, host, "hours", {"start": date(2026, 5, 1),
                                                      "end": date(2026, 4, 1)})
    assert job.preview is None
    assert shown == [("Volunteer hours", "Until: The period ends before it starts.")]


def test_a_volunteer_is_told_they_may_not_print_the_roster(qtbot, context, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, message: shown.append(message))
    context.actor = Actor("Val", "volunteer")
    host = ReportsPane(context)
    qtbot.add_widget(host)
    assert launch.open_report(context, host, "roster").preview is None
    assert "not allowed" in shown[0]


def test_exercise_renders_a_report_into_the_preview(pane):
    pane.exercise()
    assert pane.last_job.preview is not None and pane.last_job.preview.page_count() >= 1


def test_new_events_appear_in_the_options_after_a_change(pane, actor):
    from civicdesk.services import shifts

    form = pane.select_report("schedule")
    before = form.editors["event"].count()
    changes = shifts.create_event(actor, {"name": "Winter coat drive"})
    pane.apply_changes(changes)
    events = pane.forms["schedule"].editors["event"]
    assert events.count() == before + 1 and events.findText("Winter coat drive") >= 0


def test_the_hours_statement_without_a_volunteer_says_so_before_any_progress(
        qtbot, context, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, message: shown.append((title, message)))
    context.tasks = TaskRunner()  # the real task thread: a refusal there looked hung
    pane = ReportsPane(context)
    qtbot.add_widget(pane)
    pane.select_report("statement")
    job = pane.preview()
    assert job.task is None and job.preview is None  # no "Preparing…" dialog at all
    assert shown and "Volunteer" in shown[0][1]
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]
    context.tasks.shutdown()


def test_enter_in_the_person_picker_picks_the_person_not_the_preview(qtbot, context,
                                                                    monkeypatch):
    pane = ReportsPane(context)
    qtbot.add_widget(pane)
    pane.show()
    pane.activateWindow()  # for the pane's Enter shortcut
    qtbot.waitUntil(pane.isActiveWindow)
    form = pane.select_report("statement")
    picker = form.editors["person"]
    person = next(p for p in models.Person.select().where(
        models.Person.archived == False) if p.last_name.isascii())  # noqa: E712 - typed keys
    picker.setFocus()
    qtbot.keyClicks(picker, person.last_name)
    assert picker.suggestions()
    started = []
    monkeypatch.setattr(launch, "open_report", lambda *args, **kw: started.append(args))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.person_id() is not None and started == []
    assert person.last_name in picker.text()
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # with the person picked, Enter previews
    assert len(started) == 1 and started[0][3]["person"] == picker.person_id()

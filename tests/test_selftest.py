"""`civicdesk --self-test`: passes on a working copy, names what failed otherwise."""

import io
import time

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from civicdesk import paths

from civicdesk.gui import panes, selftest, tasks
from civicdesk.gui.panes.base import Pane

from conftest import run_civicdesk

pytestmark = pytest.mark.gui


def _run() -> tuple[int, str]:
    out = io.StringIO()
    code = selftest.run(out)
    return code, out.getvalue()


def _pane(name: str, exercise) -> type[Pane]:
    """A pane class whose exercise() is *exercise(pane)*."""
    return type(name, (Pane,), {"title": classmethod(lambda cls: name),
                                "exercise": lambda self: exercise(self)})


def test_every_pane_is_exercised_and_it_prints_ok(qtbot, data_dir):
    code, output = _run()
    assert code == 0, output
    lines = output.splitlines()
    assert lines[-1] == "OK"
    for pane_class in panes.PANES:
        assert any(line.startswith(f"ok    {pane_class.title()} pane") for line in lines)
    assert any(line.startswith("ok    PDF preview") for line in lines)


def test_it_leaves_the_users_data_folder_alone(qtbot, data_dir):
    code, _ = _run()
    assert code == 0
    assert list(data_dir.iterdir()) == []
    assert paths.data_dir() == data_dir


def test_a_failing_pane_is_named_with_its_error_and_the_others_still_run(qtbot, data_dir,
                                                                        monkeypatch):
    def broken(pane):
        raise ValueError("the table has no rows")

    monkeypatch.setattr(panes, "PANES", [_pane("Broken", broken), *panes.PANES])
    code, output = _run()
    assert code == 1
    assert "FAIL  Broken pane (Broken)" in output
    assert "ValueError: the table has no rows" in output
    assert f"ok    {panes.PANES[1].title()} pane" in output
    assert output.splitlines()[-1] == "FAILED: Broken pane (Broken)"


def test_an_error_in_a_qt_callback_after_exercise_returned_counts(qtbot, data_dir, monkeypatch):
    def later(pane):
        QTimer.singleShot(0, lambda: 1 / 0)

    monkeypatch.setattr(panes, "PANES", [_pane("Later", later)])
    code, output = _run()
    assert code == 1
    assert "ZeroDivisionError" in output


def test_background_work_is_awaited_and_its_failure_counts(qtbot, data_dir, monkeypatch):
    finished = []

    def slow(context):
        time.sleep(0.3)
        finished.append("slow")

    def failing(context):
        raise RuntimeError("the report could not be drawn")

    monkeypatch.setattr(panes, "PANES", [
        _pane("Slow", lambda pane: pane.context.tasks.run(slow)),
        _pane("Failing", lambda pane: pane.context.tasks.run(failing))])
    code, output = _run()
    assert finished == ["slow"]
    assert "ok    Slow pane" in output
    assert "FAIL  Failing pane" in output and "the report could not be drawn" in output


def test_a_dialog_waiting_for_an_answer_is_closed_and_reported(qtbot, data_dir, monkeypatch):
    def asks(pane):
        QMessageBox.question(pane, "Delete everyone?", "Really?")

    monkeypatch.setattr(panes, "PANES", [_pane("Asks", asks)])
    code, output = _run()
    assert code == 1
    assert "a dialog opened and waited for an answer: 'Delete everyone?'" in output


def test_a_progress_dialog_for_slow_work_is_not_a_question(qtbot, data_dir, monkeypatch):
    def render(context):
        for page in range(8):  # with_progress shows its dialog after 400 ms of progress
            context.progress(page, 8)
            time.sleep(0.1)
        return "rendered"

    results = []

    def previews(pane):
        task = pane.context.tasks.run(render, on_success=results.append)
        tasks.with_progress(task, pane, pane.tr("Rendering"))

    monkeypatch.setattr(panes, "PANES", [_pane("Previews", previews)])
    code, output = _run()
    assert code == 0, output
    assert results == ["rendered"]


@pytest.mark.e2e
def test_the_command_prints_ok_and_exits_0(tmp_path):
    result = run_civicdesk("--data-dir", str(tmp_path), "--self-test", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "OK"
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # the self-test used its own throw-away folder

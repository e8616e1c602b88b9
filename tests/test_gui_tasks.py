"""Background tasks: results, errors and progress arrive on the GUI thread; cancel works."""

import threading

import pytest

from civicdesk.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_the_result_comes_back_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(ctx):
        seen["worker"] = threading.current_thread()
        return 42

    def done(value):
        seen["value"], seen["callback"] = value, threading.current_thread()

    task = runner.run(work, on_success=done)
    with qtbot.wait_signal(task.finished, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_errors_go_to_on_error(qtbot, runner):
    errors = []
    task = runner.run(lambda ctx: 1 / 0, on_error=errors.append)
    with qtbot.wait_signal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ZeroDivisionError)


def test_progress_is_reported_and_cancel_stops_the_work(qtbot, runner):
    started, steps = threading.Event(), []
    release = threading.Event()

    def work(ctx):
        started.set()
        release.wait(5)
        for i in range(1000):
            ctx.progress(i, 1000)
            steps.append(i)
        return "finished"

    task = runner.run(work)
    progress = []
    task.progressed.connect(lambda done, total, text: progress.append(done))
    started.wait(5)
    task.cancel()
    release.set()
    with qtbot.wait_signal(task.cancelled, timeout=5000):
        pass
    assert task.result is None and len(steps) < 1000

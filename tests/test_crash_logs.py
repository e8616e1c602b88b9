"""Crash logs and civicdesk.log hold no field values (what someone typed), and old crash logs
are pruned: at most 20, none older than 30 days."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from PySide6.QtWidgets import QMessageBox

from civicdesk.services import people, validation

from civicdesk.gui import crash

pytestmark = pytest.mark.gui

TYPED = "call Zoë Müller after 6"


@pytest.fixture
def logging_to_file(data_dir):
    """`crash.setup_logging` as the window calls it at startup (taken off after the test)."""
    before = list(crash.log.handlers)
    folder = crash.setup_logging()
    yield folder
    for handler in crash.log.handlers[:]:
        if handler not in before:
            crash.log.removeHandler(handler)
            handler.close()


@pytest.fixture
def handler(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    found = crash.CrashHandler()
    found.shown = shown
    return found


def _save_form(values):
    return int(values["phone"])  # the bug: int() quotes what was typed in its message


def _on_save(values):
    try:
        _save_form(values)
    except ValueError as exc:
        raise RuntimeError(f"could not save the form: {values}") from exc


def _raised(call, *args):
    try:
        call(*args)
    except Exception as exc:  # noqa: BLE001 - the test hands it to the crash handler
        return type(exc), exc, exc.__traceback__
    raise AssertionError("nothing was raised")


def test_a_crash_log_keeps_where_it_happened_but_not_what_was_typed(
        logging_to_file, handler):
    handler.handle(*_raised(_on_save, {"phone": TYPED}))
    written = handler.last_log.read_text(encoding="utf-8")
    logged = (logging_to_file / "civicdesk.log").read_text(encoding="utf-8")
    (dialog,) = handler.shown
    for text in (written, logged, dialog.ui.details_edit.toPlainText()):
        assert "Zoë" not in text and "after 6" not in text
        assert "ValueError" in text and "RuntimeError" in text  # the types
        assert "The above exception was the direct cause" in text  # the chain
        assert "in _save_form" in text and "in _on_save" in text  # the frames
        assert 'return int(values["phone"])' in text  # the code lines
        assert f'{__file__}", line' in text


def test_a_user_error_is_logged_without_its_text(logging_to_file, handler, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    exc_info = _raised(validation.clean, people.PERSON_FIELDS, {"email": "zoe.mueller@home"})
    handler.handle(*exc_info)
    assert "zoe.mueller@home" in warnings[0]  # the user is told what is wrong with it
    logged = (logging_to_file / "civicdesk.log").read_text(encoding="utf-8")
    assert "user error: ValidationError" in logged and "zoe.mueller" not in logged


def test_an_error_in_a_thread_is_logged_without_its_message(logging_to_file, handler,
                                                            monkeypatch):
    import threading

    monkeypatch.setattr(threading, "excepthook", handler._handle_thread)  # as install() does
    thread = threading.Thread(target=_save_form, args=({"phone": TYPED},), name="worker")
    thread.start()
    thread.join()
    logged = (logging_to_file / "civicdesk.log").read_text(encoding="utf-8")
    assert "ValueError" in logged and "Zoë" not in logged
    assert "Zoë" not in handler.last_log.read_text(encoding="utf-8")


def _crash_logs(folder, ages, clock):
    """One crash log per age (a timedelta before the association's now), by its mtime."""
    now = clock.now()
    made = {}
    for age in ages:
        path = folder / f"crash-{now - age:%Y%m%d-%H%M%S-%f}.log"
        path.write_text("old crash\n")
        stamp = (now - age).timestamp()
        os.utime(path, (stamp, stamp))
        made[age] = path.name
    return made


def _left(folder):
    return sorted(p.name for p in folder.glob("crash-*.log"))


@pytest.fixture
def folder(data_dir):
    path = data_dir / "logs"
    path.mkdir(exist_ok=True)
    return path


def test_at_most_20_crash_logs_are_kept(folder, clock):
    clock.pin(datetime(2026, 3, 1, 12, 0))
    made = _crash_logs(folder, [timedelta(hours=h) for h in range(25)], clock)
    crash.prune_crash_logs(folder)
    assert _left(folder) == sorted(made[timedelta(hours=h)] for h in range(20))


def test_startup_removes_crash_logs_older_than_30_days(folder, clock, data_dir):
    clock.pin(datetime(2026, 3, 1, 12, 0))
    made = _crash_logs(folder, [timedelta(days=d) for d in (0, 29, 30, 31, 400)], clock)
    before = list(crash.log.handlers)
    try:
        assert crash.setup_logging() == folder
    finally:
        for added in crash.log.handlers[len(before):]:
            crash.log.removeHandler(added)
            added.close()
    assert _left(folder) == sorted(made[timedelta(days=d)] for d in (0, 29, 30))


def test_a_new_crash_log_pushes_out_the_oldest(folder, clock):
    clock.pin(datetime(2026, 3, 1, 12, 0))
    made = _crash_logs(folder, [timedelta(days=d, hours=1) for d in range(20)], clock)
    clock.advance(timedelta(days=2))  # two days later, it happens again
    new = crash.write_crash_log("details")
    assert new.name in _left(folder) and len(_left(folder)) == 20
    assert made[timedelta(days=19, hours=1)] not in _left(folder)


def test_the_crash_log_just_written_is_kept_whatever_its_time(folder, clock):
    clock.pin(datetime(2040, 1, 1))  # the file's own time is long before "now"
    new = crash.write_crash_log("details")
    assert _left(folder) == [new.name]

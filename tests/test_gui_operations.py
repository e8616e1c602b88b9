"""One way for the window to write: an Operation runs the service call, publishes its
Changes exactly once and shows refusals; nothing in civicdesk/gui writes around it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from civicdesk.data import models
from civicdesk.services import people, rows
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui import operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner
from civicdesk.gui.widgets.field_errors import FieldErrors

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parent.parent / "civicdesk" / "gui"


@pytest.fixture
def context(db, db_path):
    return AppContext(db_path=db_path, actor=Actor("Olga Operator", "coordinator"),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def published(context):
    seen: list[Changes] = []
    context.bus.changed.connect(seen.append)
    return seen


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.add_widget(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def test_a_write_is_published_once_and_names_who_acted(parent, context, published):
    changes = operations.run(parent, context,
                             lambda actor: people.create_person(actor, {"first_name": "Ada"}))
    assert published == [changes]
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first()
    assert (entry.actor, entry.table_name, entry.row_id) == ("Olga Operator", "person",
                                                             changes.id)


def test_a_refusal_is_shown_changes_nothing_and_publishes_nothing(parent, context, published,
                                                                   warnings):
    assert operations.run(parent, context, lambda actor: people.create_person(
        actor, {"first_name": "", "last_name": ""})) is None
    assert published == [] and models.Person.select().count() == 0
    assert warnings == ["First name: Give at least a first or a last name."]


def test_a_conflict_is_the_standard_message(parent, context, published, warnings, actor):
    pid = people.create_person(actor, {"first_name": "Ada"}).id
    people.update_person(actor, pid, 1, {"last_name": "Lovelace"})  # someone else, first
    assert operations.run(parent, context, lambda who: people.update_person(
        who, pid, 1, {"phone": "555 0100"})) is None
    assert published == []
    assert warnings and "Tess Tester changed this record" in warnings[0]
    assert models.Person.get_by_id(pid).phone == ""


def test_an_edit_of_the_audit_log_is_refused_with_a_message_not_a_crash(
        parent, context, published, warnings, actor, monkeypatch):
    crashes = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: crashes.append(exc))
    people.create_person(actor, {"first_name": "Ada"})

    def rewrite_history(who):  # what a careless bulk edit or an old plug-in might do
        with rows.transaction():
            models.AuditEntry.update(actor=who.name).execute()
        return Changes("audit_entry", None)

    assert operations.run(parent, context, rewrite_history) is None
    assert crashes == [] and published == []
    assert warnings and "cannot be changed or deleted" in warnings[0]
    assert [e.actor for e in models.AuditEntry.select()] == ["Tess Tester"]


def test_a_form_shows_problems_beside_its_fields(qtbot, parent, context, warnings, actor):
    name, summary = QLineEdit(parent), QLabel(parent)
    errors = FieldErrors({"first_name": name}, {}, summary)
    operations.run(parent, context, lambda who: people.create_person(who, {"first_name": ""}),
                   errors=errors)
    assert "Give at least a first or a last name" in name.toolTip()
    assert warnings == []
    # Anything else than bad input goes in the form's summary line.
    pid = people.create_person(actor, {"first_name": "Ada"}).id
    people.update_person(actor, pid, 1, {"last_name": "Lovelace"})
    operations.run(parent, context, lambda who: people.update_person(
        who, pid, 1, {"phone": "555 0100"}), errors=errors)
    assert "changed this record" in summary.text() and name.toolTip() == ""
    assert warnings == []


def test_a_long_write_runs_on_the_task_thread_and_publishes_once(qtbot, parent, db, db_path,
                                                                  published):
    context = AppContext(db_path=db_path, actor=Actor("Olga"), tasks=TaskRunner())
    context.bus.changed.connect(published.append)
    seen_progress = []

    def call(actor):
        operation.progress(1, 2)
        seen_progress.append(True)
        return people.create_person(actor, {"first_name": "Bea"})

    operation = operations.Operation(parent, context, call).with_progress("Working\u2026")
    changes = operation.run()
    context.tasks.shutdown()
    assert changes is not None and published == [changes] and seen_progress == [True]
    assert models.Person.get_by_id(changes.id).first_name == "Bea"


def test_a_call_must_say_what_it_changed(parent, context):
    with pytest.raises(TypeError, match="must return Changes"):
        operations.run(parent, context, lambda actor: 42)


def test_an_operation_cannot_start_another(parent, context):
    def nested(actor):
        return operations.run(parent, context, lambda who: people.create_person(
            who, {"first_name": "Inner"}))

    with pytest.raises(RuntimeError, match="started another operation"):
        operations.run(parent, context, nested)
    assert models.Person.select().count() == 0


def window_code(source: str):
    """A function as if written in a module of civicdesk/gui."""
    namespace = {"__name__": "civicdesk.gui.example", "people": people, "Actor": Actor}
    exec(compile(source, "civicdesk/gui/example.py", "exec"), namespace)
    return namespace["save"]


def test_window_code_that_writes_around_an_operation_is_stopped(db, actor):
    save = window_code("def save():\n"
                       "    return people.create_person(Actor('X'), {'first_name': 'Y'})\n")
    with pytest.raises(operations.WriteOutsideOperation, match="civicdesk.gui.example.save"):
        save()
    assert models.Person.select().count() == 0
    people.create_person(actor, {"first_name": "Set-up"})  # tests and the CLI may write


def test_the_same_write_through_an_operation_goes_through(parent, context, published):
    save = window_code("def save(actor):\n"
                       "    return people.create_person(actor, {'first_name': 'Y'})\n")
    assert operations.run(parent, context, save) is not None and len(published) == 1


# What the sources must not do -------------------------------------------------------------

def _calls_and_imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            yield "call", node.func.attr, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield "import", node.module, node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield "import", alias.name, node.lineno


def _gui_sources():
    return [p for p in sorted(GUI.rglob("*.py")) if p.parent.name != "forms"]


def _publishes(path: Path) -> list[int]:
    """Lines that publish Changes: `.publish(...)` or `<...>bus.changed.emit(...)`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        func = node.func
        bus_emit = (func.attr == "emit" and isinstance(func.value, ast.Attribute)
                    and func.value.attr == "changed"
                    and ast.unparse(func.value.value).endswith("bus"))
        if func.attr in ("publish", "publish_from_elsewhere") or bus_emit:
            found.append(node.lineno)
    return found


def test_the_check_finds_a_publication():
    path = GUI / "operations.py"
    assert _publishes(path), "operations.py publishes: the check must see it"


def test_only_operations_publish_changes():
    # context.py defines `publish` (the bus's one sender); operations.py is its one caller
    # for this window's writes, live_updates.py for other PCs' (`publish_from_elsewhere`).
    found = [f"{p.relative_to(GUI)}:{line}" for p in _gui_sources()
             if p.name not in ("operations.py", "context.py", "live_updates.py")
             for line in _publishes(p)]
    assert found == []
    assert _publishes(GUI / "live_updates.py")


# Opening and closing the database is the composition root's; the About box shows peewee's
# version. Nothing else in the window reads or writes but through the services.
ALLOWED_DATA_IMPORTS = {"application.py": {"civicdesk.data"}, "selftest.py": {"civicdesk.data"},
                        "about.py": {"peewee"}}


def test_the_window_reaches_the_data_only_through_the_services():
    found = []
    for path in _gui_sources():
        allowed = ALLOWED_DATA_IMPORTS.get(path.name, set())
        for kind, name, line in _calls_and_imports(path):
            if kind == "import" and (name == "peewee" or name.startswith("peewee.")
                                     or name.startswith("civicdesk.data")) \
                    and name.split(".")[0] not in allowed and name not in allowed:
                found.append(f"{path.relative_to(GUI)}:{line} imports {name}")
    assert found == []

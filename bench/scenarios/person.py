"""The person page: opening someone from the members list, and saving one field (#11).

Both are timed on the real Members pane (offscreen Qt) from the action until the page has
repainted. Meanwhile every statement the app sends is recorded with its parameters, and
so are the write's BEGIN and COMMIT. The baseline is the issue's "same reads and writes in
raw sqlite3, in the same run": the recorded statements replayed on a plain sqlite3
connection to a second copy of the database (same settings: WAL, synchronous=FULL, the
search index's fold function), so the replayed writes find the rows as the app did and
the two copies stay alike. `sql_statements` is the count the tests budget (BEGIN and
COMMIT not counted; tests/test_query_budgets.py).

The goal is the window's: under 100 ms, after which a volunteer notices a wait. The ratio
says how much of that is the app's own work beyond the database's.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from bench.runner import Env, Scenario
from bench.scenarios import members

TARGET_MS = 100.0
PHONES = ("555 0100", "555 0199")


class _PersonBench:
    """The Members pane on its own copy of the demo database, and a raw twin to replay on."""

    def __init__(self, demo: Path, server=None) -> None:
        """On a copy of the file *demo*; or on the database at the address *server* (which
        holds the demo's data; only opening is timed there, and the baseline replays its
        reads on a plain psycopg connection to it)."""
        work = demo.parent
        if server is None:
            self.app_path, raw_path = work / "person-app.db", work / "person-raw.db"
            for target in (self.app_path, raw_path):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                shutil.copyfile(demo, target)
            raw = _raw_connection(raw_path)
            self.bench = members._Bench(self.app_path)
            self.bench.raw = raw  # replays go to the twin copy
        else:
            self.bench = members._Bench(server, work=work)
            raw = self.bench.raw
        self.people = _two_busy_volunteers(raw)
        self.recording, self.replay = self.bench.recording, self.bench.replay
        self.bench.first_screen()
        self.pane = self.bench.pane
        page = self.pane.person_page
        for widget in (page.ui.title_label, page.ui.save_button):
            widget.installEventFilter(self.bench.paint_counter)
        self.statements = self.bench.statements
        self.turn = 0

    def sql_statements(self, name: str) -> dict:
        counted = [s for s, _ in self.statements[name] if s not in (members.BEGIN, members.COMMIT)]
        return {"sql_statements": len(counted),
                "transaction_statements": len(self.statements[name]) - len(counted)}

    def _painted(self, widget, before: int) -> None:
        deadline = time.perf_counter() + 5
        while self.bench.paints.get(widget, 0) == before:
            self.bench.app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{widget.objectName()} was not painted within 5 s")

    # Actions ------------------------------------------------------------------------------
    def open_person(self) -> float:
        """From the list, open the next of two people (so the page shows someone else)."""
        self.bench.bind()
        self.pane.show_people()
        self.bench.settle()
        person = self.people[self.turn % 2]
        self.turn += 1
        title = self.pane.person_page.ui.title_label
        before = self.bench.paints.get(title, 0)
        started = time.perf_counter()
        with self.recording("open"):
            self.pane.open_person(person)
        self._painted(title, before)
        return (time.perf_counter() - started) * 1000

    def save_phone(self) -> float:
        """Change the phone number of the person shown, and Save."""
        self.bench.bind()
        page = self.pane.person_page
        if page.person_id() not in self.people:
            self.pane.open_person(self.people[0])
        editor = page.editor.ui.phone_edit
        editor.setText(PHONES[0] if editor.text() != PHONES[0] else PHONES[1])
        self.bench.settle()
        button = page.ui.save_button
        before = self.bench.paints.get(button, 0)
        started = time.perf_counter()
        with self.recording("save"):
            if not page.save():
                raise RuntimeError("the save was refused")
        self._painted(button, before)
        return (time.perf_counter() - started) * 1000


def _raw_connection(path: Path) -> sqlite3.Connection:
    from civicdesk.data import database, fields, search

    raw = sqlite3.connect(path, isolation_level=None)  # BEGIN and COMMIT come recorded
    for name, value in database.PRAGMAS.items():
        raw.execute(f"PRAGMA {name} = {value}")
    raw.create_function(search.FOLD, 1, fields.fold, deterministic=True)
    return raw


def _two_busy_volunteers(raw) -> list[int]:
    """Two volunteers in a household with sign-ups and requests they help with: a page with
    something in every part."""
    found = [pid for (pid,) in raw.execute(
        "SELECT p.id FROM person p WHERE p.household_id IS NOT NULL AND p.is_volunteer "
        "AND NOT p.archived AND EXISTS (SELECT 1 FROM assignment a WHERE a.person_id = p.id) "
        "AND EXISTS (SELECT 1 FROM support_request r WHERE r.assignee_id = p.id) "
        "ORDER BY p.id LIMIT 2")]
    if len(found) < 2:
        raise RuntimeError("the demo data has no two busy volunteers")
    return found


def scenarios(env: Env) -> list[Scenario]:
    return person_scenarios("members", lambda: _PersonBench(env.demo_db()), env.demo_db)


def person_scenarios(prefix: str, make, setup, *, saving: bool = True) -> list[Scenario]:
    """*prefix*_open_person (and *prefix*_save_person when *saving*) on the bench *make()*
    makes once."""
    state: dict[str, _PersonBench] = {}

    def bench() -> _PersonBench:
        if "bench" not in state:
            state["bench"] = make()
        return state["bench"]

    def scenario(name: str, action, recorded: str) -> Scenario:
        def baseline() -> float:
            if recorded not in bench().statements:
                action(bench())  # once, to learn what it sends (the raw copy replays it next)
            return bench().replay(recorded)

        return Scenario(name, measure=lambda: action(bench()), baseline=baseline,
                        target_ratio=None, target_ms=TARGET_MS, repeat=9,
                        setup=setup, extras=lambda: bench().sql_statements(recorded))

    found = [scenario(f"{prefix}_open_person", _PersonBench.open_person, "open")]
    if saving:
        found.append(scenario(f"{prefix}_save_person", _PersonBench.save_phone, "save"))
    return found

"""Members pane scenarios: first screen, search keystrokes, sorting, scrolling to the end.

Each is timed in this process on the real pane (offscreen Qt), from the action until the
volunteer sees the result painted. While the pane works, every statement it sends through
peewee is recorded with its parameters, and so are the cells it ends up showing.

The baseline is the issue's "same query run directly on sqlite3", shown: the recorded
statements replayed on a plain sqlite3 connection, and the cells the pane showed put in a
plain QTableView of the same size over Qt's own C++ QStandardItemModel (no Python per
cell), painted. That is the least any program can do to show the same result, so the
ratio is the pane's own cost (Python, peewee, the paged model, the pane's other widgets).

A bare query cannot be the whole baseline: Qt alone needs 3-5 ms to paint a screen of
cells on the 2-core test machine, while most of these queries take 0.5-2 ms, so against
the query alone no list that paints could reach 3x. That figure is still reported for each
scenario (`query_ms`, `query_ratio`), as are the pane's split into the time until its
model is updated (`before_paint_ms`) and the repaint after it (`paint_ms`, which fetches
the visible page).

Peak memory of the whole app with the pane open (searching, sorting, scrolling, opening
someone) is measured in a child process from its own VmHWM, as in `core`.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from bench.runner import Env, Scenario
from bench.scenarios import core

TARGET_RATIO = 3.0
TARGET_MS = 30.0  # first screen and each keystroke (issue #3)
MEMORY_TARGET_MB = 200
# Typing "müller" letter by letter (names in ASCII for the results table).
BEGIN, COMMIT = "BEGIN IMMEDIATE", "COMMIT"  # as recorded around a write
KEYSTROKES = (("m", "m"), ("mü", "mu"), ("mül", "mul"), ("müll", "mull"), ("müller", "muller"))

APP_WITH_PANE = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from civicdesk.data import database
from civicdesk.services import actors
from civicdesk.gui.application import create_app
from civicdesk.gui.context import AppContext
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import TaskRunner
app = create_app()
path = Path(sys.argv[1])
db = database.open_database(path)
context = AppContext(db_path=path, actor=actors.local_actor(), tasks=TaskRunner())
window = MainWindow(context)
window.show()
pane = window.pane(0)
app.processEvents()
for typed in ("m", "mu", "mul", ""):
    pane.people_list.ui.search_edit.setText(typed)
    app.processEvents()
header = pane.people_list.ui.table_view.horizontalHeader()
header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
app.processEvents()
pane.people_list.ui.table_view.scrollToBottom()
app.processEvents()
pane.people_list.open_current()
app.processEvents()
pane.show_households()
app.processEvents()
window.close()
context.tasks.shutdown()
database.close_database(db)
"""


class _PaintCounter:
    """Counts the paint events of the viewports it watches, into *paints*."""

    def __new__(cls, paints: dict):
        from PySide6.QtCore import QEvent, QObject

        class Counter(QObject):
            def eventFilter(self, watched, event) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    paints[watched] = paints.get(watched, 0) + 1
                return False

        return Counter()


class _Bench:
    """The pane on a demo database, plus the recorded statements of the last action."""

    def __init__(self, path, work: Path | None = None) -> None:
        """On the file *path*, or on the database of a server at the address *path* (then
        the baseline replays on a plain psycopg connection; *work* holds the data folder)."""
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["QT_QPA_UPDATE_IDLE_TIME"] = "0"  # see `painted`
        from PySide6.QtWidgets import QApplication

        from civicdesk import paths
        from civicdesk.data import database
        from civicdesk.services.actors import Actor

        from civicdesk.gui.context import AppContext
        from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

        self.app = QApplication.instance() or QApplication([])
        on_file = isinstance(path, Path)
        data = (path.parent if on_file else work) / "members-bench-data"
        paths.set_data_dir(data)  # window-state.ini goes here
        self.db = database.open_database(path)
        self.context = AppContext(db_path=path, actor=Actor("bench"),
                                  tasks=TaskRunner(SynchronousExecutor()))
        if on_file:
            self.raw = sqlite3.connect(path)
            self.raw.execute(f"PRAGMA cache_size = {database.PRAGMAS['cache_size']}")
        else:
            import psycopg

            self.raw = psycopg.connect(**path.connect_params(), autocommit=True)
        self.statements: dict[str, list[tuple[str, tuple]]] = {}
        self.splits: dict[str, list[tuple[float, float]]] = {}
        self.cells: dict[str, tuple] = {}  # what the pane showed after each action
        self.queries: dict[str, list[float]] = {}
        self.plain_view = None
        self.paints: dict = {}  # paint events per list viewport (see `painted`)
        self.paint_counter = _PaintCounter(self.paints)
        self.pane = None

    @contextmanager
    def recording(self, name: str):
        """Record every statement the pane runs inside the block under *name*, and the
        BEGIN and COMMIT of any write (so a replay writes as the app did)."""
        seen: list[tuple[str, tuple]] = []
        db = self.db
        execute_sql, begin, commit = db.execute_sql, db.begin, db.commit

        def recorded_sql(sql, params=None):
            # None kept: psycopg then takes the statement literally, as the app's was
            seen.append((sql, None if params is None else tuple(params)))
            return execute_sql(sql, params)

        def recorded_begin(*args, **kwargs):
            seen.append((BEGIN, ()))
            return begin(*args, **kwargs)

        def recorded_commit(*args, **kwargs):
            seen.append((COMMIT, ()))
            return commit(*args, **kwargs)

        db.execute_sql, db.begin, db.commit = recorded_sql, recorded_begin, recorded_commit
        try:
            yield
        finally:
            del db.execute_sql, db.begin, db.commit
        self.statements[name] = seen

    def replay(self, name: str) -> float:
        """The recorded statements of *name*, straight on sqlite3 or psycopg (the bare
        query)."""
        started = time.perf_counter()
        self._replayed(name)
        return (time.perf_counter() - started) * 1000

    def _replayed(self, name: str) -> None:
        file = isinstance(self.raw, sqlite3.Connection)
        for sql, params in self.statements[name]:
            cursor = self.raw.execute(sql, () if file and params is None else params)
            if cursor.description is not None:
                cursor.fetchall()

    def bind(self) -> None:
        """The models on this bench's database (a run may hold a file's and a server's)."""
        from civicdesk.data import models

        models.database.initialize(self.db)

    def plain(self, name: str) -> float:
        """Baseline: the bare query, then its result shown by plain Qt: the cells the pane
        showed, in a QTableView of the same size over a QStandardItemModel. For the first
        screen the plain view is made anew, as the pane is."""
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QTableView

        headers, widths, cells = self.cells[name]
        fresh = name == "first_screen" or self.plain_view is None
        if fresh and self.plain_view is not None:
            self.plain_view.deleteLater()
            self.settle()
        started = time.perf_counter()
        self._replayed(name)
        if fresh:
            self.plain_view = QTableView()
            self.plain_view.setModel(QStandardItemModel(self.plain_view))
            self.plain_view.viewport().installEventFilter(self.paint_counter)
        model = self.plain_view.model()
        model.setRowCount(0)
        model.setColumnCount(len(headers))
        model.setHorizontalHeaderLabels(headers)
        model.setRowCount(len(cells))
        for row, texts in enumerate(cells):
            for column, text in enumerate(texts):
                model.setItem(row, column, QStandardItem(text))
        if fresh:
            ours = self.pane.people_list.ui.table_view
            self.plain_view.verticalHeader().setDefaultSectionSize(
                ours.verticalHeader().defaultSectionSize())
            for column, width in enumerate(widths):
                self.plain_view.setColumnWidth(column, width)
            self.plain_view.resize(ours.size())
            self.plain_view.show()
        self.painted(self.plain_view)
        return (time.perf_counter() - started) * 1000

    def shown_cells(self) -> tuple[list[str], list[int], list[list[str]]]:
        """The headers, column widths and texts of the cells the pane's list shows now."""
        from PySide6.QtCore import Qt

        view = self.pane.people_list.ui.table_view
        model = view.model()
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        horizontal = Qt.Orientation.Horizontal
        return ([model.headerData(c, horizontal) for c in columns],
                [view.columnWidth(c) for c in columns],
                [[model.index(r, c).data() or "" for c in columns]
                 for r in range(first, last + 1)])

    def timed(self, name: str, change) -> float:
        """Time *change* up to the painted result, recording its statements under *name*;
        keep apart the time until the pane has updated its model and the paint after."""
        self.bind()
        started = time.perf_counter()
        with self.recording(name):
            change()
            changed = time.perf_counter()
            self.painted()
        done = time.perf_counter()
        self.splits.setdefault(name, []).append(((changed - started) * 1000,
                                                 (done - changed) * 1000))
        self.cells.setdefault(name, self.shown_cells())
        return (done - started) * 1000

    def split(self, name: str) -> dict:
        before = statistics.median(b for b, _ in self.splits[name])
        paint = statistics.median(p for _, p in self.splits[name])
        return {"before_paint_ms": round(before, 2), "paint_ms": round(paint, 2)}

    def query_only(self, name: str, value_ms: float) -> dict:
        """The bare query's time and the pane's time as a multiple of it."""
        query = statistics.median(self.queries[name])
        return {"query_ms": round(query, 2), "query_ratio": round(value_ms / query, 2)}

    def painted(self, view=None) -> None:
        """Run Qt's event loop until the list (*view*, by default the pane's) has been
        painted: the volunteer sees the result then.

        Qt paints on its next frame tick, not when `processEvents` returns: a change that
        takes under the tick's 5 ms would otherwise be timed without its paint.
        QT_QPA_UPDATE_IDLE_TIME=0 (set in `_Bench`) makes the tick come at once, so no
        idle waiting is timed either.
        """
        view = view or self.pane.people_list.ui.table_view
        painted = self.paints.get(view.viewport(), 0)
        deadline = time.perf_counter() + 5
        while self.paints.get(view.viewport(), 0) == painted:
            self.app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the list was not painted within 5 s")

    def settle(self) -> None:
        """Between timed actions: let every pending event and paint happen."""
        deadline = time.perf_counter() + 0.03
        while time.perf_counter() < deadline:
            self.app.processEvents()

    # Actions --------------------------------------------------------------------------------
    def first_screen(self) -> float:
        from civicdesk.gui.panes import members

        if self.pane is not None:
            self.pane.deleteLater()
            self.settle()
        def build() -> None:
            self.pane = members.MembersPane(self.context)
            self.pane.people_list.ui.table_view.viewport().installEventFilter(
                self.paint_counter)
            self.pane.resize(1000, 700)
            self.pane.show()

        return self.timed("first_screen", build)

    def _ensure_pane(self) -> None:
        if self.pane is None:
            self.first_screen()

    def keystroke(self, before: str, after: str) -> float:
        self._ensure_pane()
        search = self.pane.people_list.ui.search_edit
        search.setText(before)
        self.settle()
        return self.timed(f"key_{after}", lambda: search.setText(after))

    def sort(self, column: int, descending: bool) -> float:
        from PySide6.QtCore import Qt

        self._ensure_pane()
        self.pane.people_list.ui.search_edit.setText("")
        header = self.pane.people_list.ui.table_view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.settle()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return self.timed(f"sort_{column}_{descending}",
                          lambda: header.setSortIndicator(column, order))

    def scroll_to_end(self) -> float:
        from PySide6.QtCore import Qt

        self._ensure_pane()
        page = self.pane.people_list
        page.ui.search_edit.setText("")
        page.ui.table_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        page.model.reload()  # forget cached pages: the end has not been seen yet
        page.ui.table_view.scrollToTop()
        self.settle()
        return self.timed("scroll_end", page.ui.table_view.scrollToBottom)


def scenarios(env: Env) -> list[Scenario]:
    return pane_scenarios("members", lambda: _Bench(env.demo_db()), env.demo_db, env=env)


def pane_scenarios(prefix: str, make: Callable[[], _Bench], setup: Callable[[], object], *,
                   env: Env | None = None) -> list[Scenario]:
    """The pane's scenarios named *prefix*_..., on the bench *make()* makes once. With *env*
    (a file's run) also the peak memory, the sorts and the scroll to the end."""
    state: dict[str, _Bench] = {}
    app = core._Process()

    def bench() -> _Bench:
        if "bench" not in state:
            state["bench"] = make()
        return state["bench"]

    def memory() -> dict:
        app.run([sys.executable, "-c", APP_WITH_PANE, str(env.demo_db())])
        return {"peak_rss_mb": round(max(app.peak_kb) / 1024, 1),
                "memory_target_mb": MEMORY_TARGET_MB}

    def scenario(name, action, recorded, target_ms=None, memory_too=False) -> Scenario:
        values: list[float] = []

        def measure() -> float:
            values.append(action(bench()))
            return values[-1]

        def baseline() -> float:
            if recorded not in bench().statements:
                action(bench())  # once, to learn which statements it runs and what it shows
                bench().splits.pop(recorded)
            bench().queries.setdefault(recorded, []).append(bench().replay(recorded))
            return bench().plain(recorded)

        def extras() -> dict:
            more = memory() if memory_too else {}
            return (bench().split(recorded) | more
                    | bench().query_only(recorded, statistics.median(values)))

        return Scenario(name, measure=measure, baseline=baseline,
                        target_ratio=TARGET_RATIO, target_ms=target_ms, repeat=9,
                        setup=setup, extras=extras)

    found = [scenario(f"{prefix}_first_screen", _Bench.first_screen, "first_screen",
                      TARGET_MS, memory_too=env is not None)]
    previous = ""
    for typed, label in KEYSTROKES:
        found.append(scenario(f"{prefix}_keystroke_{label}",
                              lambda b, p=previous, t=typed: b.keystroke(p, t),
                              f"key_{typed}", TARGET_MS))
        previous = typed
    if env is None:
        return found
    for column, descending, label in ((0, True, "name_desc"), (2, False, "phone"),
                                      (5, True, "dues_desc")):
        found.append(scenario(f"{prefix}_sort_{label}",
                              lambda b, c=column, d=descending: b.sort(c, d),
                              f"sort_{column}_{descending}"))
    found.append(scenario(f"{prefix}_scroll_to_end", _Bench.scroll_to_end, "scroll_end"))
    return found

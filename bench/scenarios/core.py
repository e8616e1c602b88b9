"""Foundation scenarios: demo generation, opening + check, and startup to the main window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.runner import Env, Scenario, make_demo, timed

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1180, 760)
w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _compiled() -> None:
    """Byte-compile civicdesk first, as an installed copy is: PySide6 (the baseline) comes
    compiled from pip, and with PYTHONDONTWRITEBYTECODE set (as on some CI machines) every
    start would compile all of civicdesk again, ~100 ms that no user waits for."""
    import compileall

    compileall.compile_dir(Path(__file__).resolve().parents[2] / "civicdesk", quiet=1)


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


RAW_INSERT = """
import random, sqlite3, sys
path, people = sys.argv[1], int(sys.argv[2])
rng = random.Random(1)
conn = sqlite3.connect(path)
conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, first TEXT, last TEXT, "
             "email TEXT, phone TEXT)")
rows = [(f"First{rng.randint(0, 999)}", f"Last{i}", f"p{i}@example.org", f"555-{i:07d}")
        for i in range(people)]
with conn:
    conn.executemany("INSERT INTO person (first, last, email, phone) VALUES (?,?,?,?)", rows)
conn.close()
"""


def _raw_people_insert(path: Path, people: int) -> None:
    """Baseline: the same number of person rows into a plain table, one transaction, in a
    child process like the real command."""
    subprocess.run([sys.executable, "-c", RAW_INSERT, str(_fresh(path)), str(people)],
                   check=True)


def _open_and_check(path: Path) -> None:
    from civicdesk.data import database, integrity

    db = database.open_database(path)
    try:
        report = integrity.check(db)
        assert report.ok, report.problems
    finally:
        database.close_database(db)


def _raw_check(path: Path) -> None:
    """Baseline: the same checks straight on sqlite3 (integrity, foreign keys, FTS5's own
    check, a count per table), without CivicDesk's index-against-table comparison."""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not conn.execute("PRAGMA foreign_key_check").fetchall()
    conn.execute("INSERT INTO person_search(person_search) VALUES ('integrity-check')")
    conn.execute("INSERT INTO household_search(household_search) VALUES ('integrity-check')")
    tables = [t for (t,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%' "
        "AND name NOT LIKE '%_search%' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    conn.close()


def _peak_kb(pid: int) -> int | None:
    """VmHWM of a running process. (rusage's maxrss would include the parent's memory from
    before the child's exec, so it cannot be trusted for a child of a big process.)"""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class _Process:
    """Start a process, wait for it; keep its wall time and its peak memory (polled)."""

    def __init__(self) -> None:
        self.peak_kb: list[int] = []

    def run(self, args: list[str]) -> float:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _peak_kb(proc.pid) or 0)
            time.sleep(0.002)
        elapsed = (time.perf_counter() - started) * 1000
        if proc.returncode != 0:
            raise RuntimeError(f"{args} exited with {proc.returncode}")
        self.peak_kb.append(peak)
        return elapsed


def scenarios(env: Env) -> list[Scenario]:
    gen_path, raw_path = env.work / "gen.db", env.work / "raw.db"
    app, bare = _Process(), _Process()
    return [
        Scenario(
            f"demo_generate_{env.people}",
            measure=lambda: timed(lambda: make_demo(_fresh(gen_path), env.people, env.seed)),
            baseline=lambda: timed(lambda: _raw_people_insert(raw_path, env.people)),
            target_ratio=60.0, target_ms=20_000, repeat=3),
        Scenario(
            "open_and_check",
            setup=lambda: env.demo_db(),
            measure=lambda: timed(lambda: _open_and_check(env.demo_db())),
            baseline=lambda: timed(lambda: _raw_check(env.demo_db())),
            # The check compares every index row with the row it came from (CivicDesk's own
            # consistency test) on top of what the baseline does; 3x allows for that.
            target_ratio=3.0, repeat=5),
        Scenario(
            "startup_to_main_window",
            setup=lambda: (_compiled(), env.demo_db()),
            measure=lambda: app.run([sys.executable, "-m", "civicdesk", "--db",
                                     str(env.demo_db()), "--quit-after-show"]),
            baseline=lambda: bare.run([sys.executable, "-c", BARE_WINDOW]),
            target_ratio=2.0, repeat=7,
            extras=lambda: {"peak_rss_mb": max(app.peak_kb) / 1024,
                            "baseline_peak_rss_mb": max(bare.peak_kb) / 1024}),
    ]

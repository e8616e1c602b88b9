"""The file itself (#12): backing up the 100,000-person database, and opening it after a kill.

`backup_<N>`: `storage.back_up()`, what File > Back up now and the routine backups run (the
online backup, fsynced, then verified: integrity_check, the foreign keys, every table's
count; the record beside it, the renames), against the issue's baseline on the same file in
the same run: Python's sqlite3 `backup` into a new file, then `PRAGMA integrity_check` of
that file. Goal: at most 2x.

`open_after_crash_<N>`: `open_database` on a copy of the file whose -wal (and -shm) a killed
CivicDesk left: a child opened it, turned the automatic checkpoint off, saved
`CRASH_WRITES` people one service call (one transaction) at a time, and was SIGKILLed. That
leaves about as many -wal pages as the automatic checkpoint lets pile up in normal use
(`wal_autocheckpoint`, 1000 pages), all of them for SQLite to read back when the file is
opened. Against `open_database` on a clean copy of the same file. Goal: at most 2x.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench.runner import Env, Scenario, timed

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 2.0
CRASH_WRITES = 200

# Saves people one at a time with checkpoints off, says so, then waits to be killed.
CRASH_WRITER = """
import sys, time
from civicdesk.data import database, models
from civicdesk.services import people
from civicdesk.services.actors import Actor
db = database.open_database(sys.argv[1])
db.execute_sql("PRAGMA wal_autocheckpoint = 0")
actor = Actor("Bench", "admin")
P = models.Person
for pid, version in P.select(P.id, P.version).order_by(P.id).limit(int(sys.argv[2])).tuples():
    people.update_person(actor, pid, version, {"notes": f"Called on the phone, #{pid}."})
print("written", flush=True)
time.sleep(600)
"""


def _files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]


def _remove(path: Path) -> None:
    for part in _files(path):
        part.unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> None:
    """*source* with its -wal and -shm, as they are, to *target* (replacing what was there)."""
    _remove(target)
    for part, copied in zip(_files(source), _files(target), strict=True):
        if part.exists():
            shutil.copyfile(part, copied)


class _Backup:
    """The demo file open in this process as CivicDesk has it; a plain connection beside."""

    def __init__(self, demo: Path) -> None:
        from civicdesk.data import database

        self.path = demo.parent / "backup-source.db"
        self.raw_copy = demo.parent / "backup-raw.db"
        _copy(demo, self.path)
        self.db = database.open_database(self.path)
        self.raw = sqlite3.connect(self.path)

    def back_up(self) -> float:
        from civicdesk.data import models
        from civicdesk.services import storage

        models.database.initialize(self.db)  # other scenarios bind the models elsewhere
        shutil.rmtree(storage.backup_folder(), ignore_errors=True)  # no rotation to time
        return timed(lambda: storage.back_up())

    def baseline(self) -> float:
        _remove(self.raw_copy)

        def backup_and_check() -> None:
            target = sqlite3.connect(self.raw_copy)
            try:
                self.raw.backup(target)
            finally:
                target.close()
            check = sqlite3.connect(self.raw_copy)
            try:
                assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                check.close()
        return timed(backup_and_check)


class _CrashOpen:
    """The demo file as a killed CivicDesk left it (with its -wal and -shm), and clean."""

    def __init__(self, demo: Path) -> None:
        work = demo.parent
        self.clean = work / "crash-clean.db"
        self.crashed = work / "crash-left.db"
        self.opened = work / "crash-open.db"
        _copy(demo, self.clean)
        _copy(demo, self.crashed)
        child = subprocess.Popen([sys.executable, "-c", CRASH_WRITER, str(self.crashed),
                                  str(CRASH_WRITES)], cwd=ROOT, stdout=subprocess.PIPE,
                                 text=True)
        try:
            if child.stdout.readline().strip() != "written":
                raise RuntimeError("the crash writer failed")
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            child.stdout.close()
        wal = Path(f"{self.crashed}-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            raise RuntimeError("the kill left no -wal")
        self.wal_mb = wal.stat().st_size / 2**20

    def _open(self, source: Path) -> float:
        from civicdesk.data import database

        _copy(source, self.opened)  # a fresh copy each time: opening replays the -wal
        db = None

        def open_it() -> None:
            nonlocal db
            db = database.open_database(self.opened)
        took = timed(open_it)
        database.close_database(db)
        return took

    def after_crash(self) -> float:
        return self._open(self.crashed)

    def clean_open(self) -> float:
        return self._open(self.clean)


def scenarios(env: Env) -> list[Scenario]:
    state: dict[str, object] = {}

    def backup() -> _Backup:
        if "backup" not in state:
            state["backup"] = _Backup(env.demo_db())
        return state["backup"]

    def crash() -> _CrashOpen:
        if "crash" not in state:
            state["crash"] = _CrashOpen(env.demo_db())
        return state["crash"]

    return [
        Scenario(f"backup_{env.people}", measure=lambda: backup().back_up(),
                 baseline=lambda: backup().baseline(), target_ratio=TARGET_RATIO,
                 setup=backup, repeat=5),
        Scenario(f"open_after_crash_{env.people}", measure=lambda: crash().after_crash(),
                 baseline=lambda: crash().clean_open(), target_ratio=TARGET_RATIO,
                 setup=crash, repeat=9,
                 extras=lambda: {"wal_mb": round(crash().wal_mb, 1)}),
    ]

"""Kill tests (#12): `civicdesk demo` and a loop of service writes, each SIGKILLed at 20
random moments. After every kill the file opens (no DatabaseDamaged), `civicdesk check`
says ok, every transaction is all or nothing, and every change has its audit entry. And
`civicdesk restore`, killed at 10 moments: the old data or the backup's, never a mix.

Marked `slow` (about a minute together): `make test` leaves them out, `make test-slow` (in
CI) runs them. The moments come from a seeded random generator; each run is bounded by a timeout.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from civicdesk.data import database, models

import kill_writer as plan
from conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only("SIGKILL during writes to a SQLite file")]

KILLS = 20
SEED = 20260612
DEMO_PEOPLE = 20_000  # ~3 s: one transaction, committed as a ~25 MB -wal, then checkpointed
COMMITTING = 1 << 20  # a -wal this big: the demo's transaction is being written out
RUN_TIMEOUT_S = 60  # one demo or writer run, however slow the machine
WRITE_FOR_S = 1.0  # the writer is killed within this long after it is ready
# What the demo inserts depends only on the seed, except the sign-ups (whether a shift is
# past depends on today) and what is drawn after them: those are checked against the demo's
# own audit entry only (the test may run across midnight).
DAY_DEPENDENT = {"assignment", "request_update"}


def _env() -> dict[str, str]:
    """Children import this worktree's civicdesk, whatever the venv has installed."""
    found = os.environ.get("PYTHONPATH")
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                PYTHONPATH=os.pathsep.join([str(ROOT), *([found] if found else [])]))


def _start(args: list[str], log: Path, **kwargs) -> subprocess.Popen:
    with log.open("w") as errors:
        return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=_env(), stderr=errors,
                                **kwargs)


def _kill(proc: subprocess.Popen, log: Path) -> bool:
    """SIGKILL *proc*; False if it had already finished (then it must have succeeded)."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    if proc.returncode == -signal.SIGKILL:
        return True
    assert proc.returncode == 0, f"exited with {proc.returncode} before the kill:\n" \
                                 f"{log.read_text()}"
    return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in models.ALL_MODELS}


def _check(db_path: Path) -> subprocess.Popen:
    """`civicdesk check` on *db_path*, started (see `_says_ok`)."""
    return subprocess.Popen([sys.executable, "-m", "civicdesk", "--db", str(db_path), "check"],
                            cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _says_ok(check: subprocess.Popen) -> None:
    printed, _ = check.communicate(timeout=RUN_TIMEOUT_S)
    assert check.returncode == 0, printed
    assert printed.strip().endswith("ok"), printed


# `civicdesk demo` ---------------------------------------------------------------------------

def _demo(db_path: Path, log: Path) -> subprocess.Popen:
    return _start(["-m", "civicdesk", "--db", str(db_path), "demo", "--people",
                   str(DEMO_PEOPLE)], log, stdout=subprocess.DEVNULL)


def _wait_until(proc: subprocess.Popen, file: Path, size: int, deadline: float) -> bool:
    """Poll until *file* holds at least *size* bytes (False: the demo exited first)."""
    while _size(file) < size:
        if proc.poll() is not None:
            return False
        assert time.perf_counter() < deadline, f"{file.name} did not grow in time"
        time.sleep(0.0005)
    return True


@dataclass
class Timeline:
    """A demo run as seen from outside: it builds every row in memory (`building` s), then
    commits, writing a -wal of `wal` bytes, and checkpoints it into the main file, which
    ends with `file` bytes. The fastest run seen so far counts."""

    building: float
    wal: int
    file: int


def _full_run(db_path: Path, log: Path) -> Timeline:
    started = time.perf_counter()
    proc = _demo(db_path, log)
    wal, wal_size = Path(f"{db_path}-wal"), 0
    assert _wait_until(proc, wal, COMMITTING, started + RUN_TIMEOUT_S)
    building = time.perf_counter() - started
    while proc.poll() is None:
        wal_size = max(wal_size, _size(wal))
        time.sleep(0.0005)
    assert proc.wait(timeout=RUN_TIMEOUT_S) == 0, log.read_text()
    return Timeline(building, wal_size, _size(db_path))


def _demo_outcome(complete: dict[str, int], empty: dict[str, int]) -> str:
    """Is the open file without the demo's transaction or with all of it? (Asserted.)"""
    counts = _counts()
    entries = list(models.AuditEntry.select())
    if counts == empty:
        assert not entries
        return "none"
    assert [e.action for e in entries] == ["demo"], counts
    recorded = {table: new for table, (_, new) in entries[0].changes.items()}
    assert {table: counts[table] for table in recorded} == recorded, "not what the demo wrote"
    seeded = {t: n for t, n in counts.items() if t not in DAY_DEPENDENT}
    assert seeded == {t: n for t, n in complete.items() if t not in DAY_DEPENDENT}
    assert counts["person"] == DEMO_PEOPLE
    assert not models.Person.select().where(models.Person.household.is_null()).exists()
    return "all"


# When the demo is killed: 8 times while it builds its rows (by the clock), 6 while it
# writes its transaction to the -wal (by the -wal's size), 6 while it checkpoints the -wal
# into the main file and closes (by the main file's size). Each group's moments are spread
# over its span, one in each equal slice of it.
PHASES = ("building",) * 8 + ("committing",) * 6 + ("checkpointing",) * 6


def test_a_killed_demo_leaves_all_of_its_data_or_none(tmp_path):
    rng = random.Random(SEED)
    db = database.open_database(tmp_path / "empty.db")  # what a new file holds
    empty = _counts()
    database.close_database(db)
    full = tmp_path / "full" / "civicdesk.db"
    full.parent.mkdir()
    timeline = _full_run(full, full.parent / "demo.log")  # uninterrupted: how long it takes
    db = database.open_database(full)
    complete = _counts()
    database.close_database(db)
    assert complete["person"] == DEMO_PEOPLE

    kills, checking = [], None
    for k, phase in enumerate(PHASES):
        folder = tmp_path / f"kill-{k}"  # a new file each time
        folder.mkdir()
        db_path, log = folder / "civicdesk.db", folder / "demo.log"
        wal = Path(f"{db_path}-wal")
        slices = PHASES.count(phase)
        at = (PHASES[:k].count(phase) + rng.random()) / slices  # 0..1 across the phase
        started = time.perf_counter()
        deadline = started + RUN_TIMEOUT_S
        proc = _demo(db_path, log)
        if phase == "building":
            moment = started + at * timeline.building * 0.95
            while proc.poll() is None and time.perf_counter() < moment:
                time.sleep(0.0005)
        elif _wait_until(proc, wal, COMMITTING, deadline):
            timeline.building = min(timeline.building, time.perf_counter() - started)
            if phase == "committing":
                _wait_until(proc, wal, int(COMMITTING + at * (timeline.wal - COMMITTING)),
                            deadline)
            else:
                _wait_until(proc, db_path, int(at * timeline.file), deadline)
        killed = _kill(proc, log)
        left = _size(wal)
        if checking is not None:  # the previous file's check ran beside this demo
            _says_ok(checking)
            shutil.rmtree(folder.parent / f"kill-{k - 1}")

        db = database.open_database(db_path)  # DatabaseDamaged or any other error: fails
        try:
            kills.append((phase, killed, left, _demo_outcome(complete, empty)))
        finally:
            database.close_database(db)
        checking = _check(db_path)
    _says_ok(checking)

    print(f"\ndemo: {timeline}; (phase, killed, -wal left, outcome): {kills}")
    # The moments must reach both sides of the commit, and into the checkpoint.
    assert sum(killed for _, killed, _, _ in kills) >= KILLS - 2, kills
    outcomes = [outcome for *_, outcome in kills]
    assert "none" in outcomes and "all" in outcomes, kills
    assert any(left >= COMMITTING and outcome == "all" for _, _, left, outcome in kills), \
        "no kill left a committed -wal to replay"


# A loop of service writes -------------------------------------------------------------------

@dataclass
class Expected:
    """What the file holds after writes 0..last of the plan (tests/kill_writer.py)."""

    last: int
    people: dict[int, list[int]] = field(default_factory=dict)  # created by -> edited by
    payments: dict[int, int] = field(default_factory=dict)  # write -> person's write
    requests: dict[int, int] = field(default_factory=dict)
    shifts: list[int] = field(default_factory=list)
    sign_ups: dict[int, tuple[int, int]] = field(default_factory=dict)  # -> (shift, person)

    def __post_init__(self) -> None:
        for seq in range(self.last + 1):
            kind = plan.op(seq)
            if kind == "create_person":
                self.people[seq] = []
            elif kind in ("edit_person", "edit_earlier"):
                self.people[plan.edited_by(seq)].append(seq)
            elif kind == "payment":
                self.payments[seq] = plan.person_of(seq)
            elif kind == "request":
                self.requests[seq] = plan.person_of(seq)
            elif kind == "shift":
                self.shifts.append(seq)
            elif kind == "sign_up":
                self.sign_ups[seq] = (plan.shift_of(seq), plan.person_of(seq))


def _by_marker(model, column) -> dict[int, object]:
    return {int(getattr(row, column.name)[1:]): row
            for row in model.select().where(column.startswith("W"))}


def _writer_outcome(reported: int) -> int:
    """Check the open file against the plan; returns how many writes it holds."""
    M = models
    entries = list(M.AuditEntry.select().order_by(M.AuditEntry.id))
    assert all(e.actor == plan.ACTOR_NAME for e in entries)
    # Every reported write is in, and at most the one in flight beyond it.
    assert reported + 1 <= len(entries) <= reported + 2, (reported, len(entries))
    want = Expected(len(entries) - 1)

    people = _by_marker(M.Person, M.Person.last_name)
    assert sorted(people) == sorted(want.people)
    for seq, edits in want.people.items():
        row = people[seq]
        assert row.version == 1 + len(edits)
        assert row.notes == (plan.note(edits[-1]) if edits else "")
        languages = M.PersonLanguage.select().where(M.PersonLanguage.person == row.id)
        assert sorted(lang.language for lang in languages) == [f"L{seq}", "Spanish"]
        paid = [plan.period_end(s) for s, p in want.payments.items() if p == seq]
        assert row.dues_paid_until == max(paid, default=None)
    assert M.PersonLanguage.select().count() == 2 * len(people)

    payments = _by_marker(M.Payment, M.Payment.note)
    assert {s: people_seq(people, p.person_id) for s, p in payments.items()} == want.payments
    requests = _by_marker(M.SupportRequest, M.SupportRequest.summary)
    assert {s: people_seq(people, r.requester_id) for s, r in requests.items()} == want.requests
    for request in requests.values():
        assert [u.kind for u in request.updates] == ["created"]
    assert M.RequestUpdate.select().count() == len(requests)
    shifts = _by_marker(M.Shift, M.Shift.title)
    assert sorted(shifts) == want.shifts
    shift_seq = {row.id: seq for seq, row in shifts.items()}
    sign_ups = _by_marker(M.Assignment, M.Assignment.note)
    assert {s: (shift_seq[a.shift_id], people_seq(people, a.person_id))
            for s, a in sign_ups.items()} == want.sign_ups
    assert M.Event.select().count() == (1 if entries else 0)
    for model, rows in ((M.Person, people), (M.Payment, payments),
                        (M.SupportRequest, requests), (M.Shift, shifts),
                        (M.Assignment, sign_ups)):
        assert model.select().count() == len(rows), model.__name__  # nothing else was written

    # Each write has exactly its audit entry, in order, naming its row.
    created = {"create_person": people, "payment": payments, "request": requests,
               "shift": shifts, "sign_up": sign_ups}
    versions: dict[int, int] = {}
    for seq, entry in enumerate(entries):
        kind = plan.op(seq)
        if kind == "event":
            assert (entry.action, entry.table_name) == ("create", "event")
            assert entry.changes["name"] == [None, plan.EVENT]
        elif kind in created:
            row = created[kind][seq]
            assert (entry.action, entry.table_name, entry.row_id) == \
                ("create", row._meta.table_name, row.id)
            assert plan.marker(seq) in entry.changes.get(
                {"create_person": "last_name", "request": "summary", "shift": "title"}.get(
                    kind, "note"))
        else:
            row = people[plan.edited_by(seq)]
            versions[row.id] = versions.get(row.id, 1) + 1
            assert (entry.action, entry.table_name, entry.row_id, entry.row_version) == \
                ("update", "person", row.id, versions[row.id])
            assert entry.changes["notes"][1] == plan.note(seq)
    return len(entries)


def people_seq(people: dict[int, object], person_id: int) -> int:
    return next(seq for seq, row in people.items() if row.id == person_id)


class _Lines:
    """What a child prints, read as it comes (a kill leaves the pipe's last lines readable)."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            if not line.endswith("\n"):
                break  # cut off by the kill: not reported
            self.lines.append(line.rstrip("\n"))
            self.ready.set()

    def finish(self) -> list[str]:
        self._thread.join(timeout=30)
        assert not self._thread.is_alive()
        return self.lines


def test_a_killed_writer_loses_no_reported_write_and_half_writes_nothing(tmp_path):
    rng = random.Random(SEED + 1)
    db_path, log = tmp_path / "civicdesk.db", tmp_path / "writer.log"
    writer = Path(plan.__file__)
    reported, held, killed, max_wal, in_flight, amid_writes = -1, 0, 0, 0, 0, 0
    for k in range(KILLS):
        proc = _start([str(writer), str(db_path)], log, stdout=subprocess.PIPE, text=True)
        lines, deadline = _Lines(proc.stdout), time.perf_counter() + RUN_TIMEOUT_S
        while not lines.ready.wait(0.05):
            if proc.poll() is not None or time.perf_counter() > deadline:
                _kill(proc, log)
                pytest.fail(f"the writer did not start:\n{log.read_text()}")
        time.sleep((k + rng.random()) / KILLS * WRITE_FOR_S)
        killed += _kill(proc, log)
        max_wal = max(max_wal, _size(Path(f"{db_path}-wal")))
        printed = lines.finish()
        proc.stdout.close()
        assert printed[0] == f"ready {ROOT / 'civicdesk' / '__init__.py'}"
        seqs = [int(line) for line in printed[1:]]
        assert seqs == list(range(held, held + len(seqs)))  # it went on where the file was
        reported = seqs[-1] if seqs else held - 1
        amid_writes += bool(seqs)

        database.open_database(db_path)  # DatabaseDamaged or any other error: fails
        try:
            held = _writer_outcome(reported)
            in_flight += held == reported + 2  # committed, killed before it could say so
        finally:
            database.close_database(models.database.obj)
        _says_ok(_check(db_path))

    print(f"writer: {held} writes in {KILLS} runs, {killed} kills, {in_flight} committed but "
          f"not reported, -wal up to {max_wal} bytes")
    assert killed == KILLS
    assert amid_writes >= KILLS - 2  # the kills came amid writes, not before the first


# `civicdesk restore` ------------------------------------------------------------------------

RESTORE_KILLS = 10
CURRENT_PEOPLE, BACKUP_PEOPLE = 12_000, 9_000


def _demo_file(path: Path, people: int, seed: int) -> None:
    done = subprocess.run([sys.executable, "-m", "civicdesk", "--db", str(path), "demo",
                           "--people", str(people), "--seed", str(seed)], cwd=ROOT,
                          env=_env(), capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    assert done.returncode == 0, done.stderr


def _restore(db_path: Path, backup: Path, log: Path) -> subprocess.Popen:
    return _start(["-m", "civicdesk", "--db", str(db_path), "restore", str(backup)], log,
                  stdout=subprocess.DEVNULL)


def test_a_killed_restore_leaves_the_old_data_or_the_backup_whole(tmp_path):
    """Killed at 10 moments across a restore (backing up the current file, copying the
    backup in, recording it, swapping): the file opens and checks ok, and holds either the
    old data or the backup's with the audit entry of its restore, never a mix."""
    rng = random.Random(SEED + 2)
    original = tmp_path / "original.db"
    _demo_file(original, CURRENT_PEOPLE, 1)
    backup = tmp_path / "backup.db"
    _demo_file(backup, BACKUP_PEOPLE, 2)
    spans = []  # the quicker of two runs: the first pays for cold caches, and kill moments
    for run in range(2):  # past a warm run's end would find the restore already done
        timing = tmp_path / f"timing-{run}" / "civicdesk.db"
        timing.parent.mkdir()
        shutil.copyfile(original, timing)
        started = time.perf_counter()
        assert _restore(timing, backup, tmp_path / f"timing-{run}.log").wait(RUN_TIMEOUT_S) == 0
        spans.append(time.perf_counter() - started)
    span = min(spans)

    def kill_at(k: int, moment: float) -> tuple[str, bool]:
        folder = tmp_path / f"kill-{k}"
        folder.mkdir()
        db_path, log = folder / "civicdesk.db", folder / "restore.log"
        shutil.copyfile(original, db_path)
        proc = _restore(db_path, backup, log)
        time.sleep(moment)
        killed = _kill(proc, log)
        db = database.open_database(db_path)  # DatabaseDamaged or any other error: fails
        try:
            people = models.Person.select().count()
            restores = models.AuditEntry.select().where(
                models.AuditEntry.action == "restore").count()
        finally:
            database.close_database(db)
        assert (people, restores) in ((CURRENT_PEOPLE, 0), (BACKUP_PEOPLE, 1)), \
            (k, killed, people, restores)
        _says_ok(_check(db_path))
        listed = run_backups(db_path)
        assert ".partial" not in listed and "restoring" not in listed
        shutil.rmtree(folder)
        return ("old" if people == CURRENT_PEOPLE else "restored", killed)

    outcomes = [kill_at(k, (k + rng.random()) / RESTORE_KILLS * span)
                for k in range(RESTORE_KILLS)]
    print(f"\nrestore: {span:.2f} s; (outcome, killed): {outcomes}")
    assert sum(killed for _, killed in outcomes) >= RESTORE_KILLS - 2, outcomes
    # A loaded machine can make every timed kill land before the swap: a few later ones
    # show that the restored side is reached too (and is whole when killed late).
    for extra in range(6):
        if "restored" in {outcome for outcome, _ in outcomes}:
            break
        outcomes.append(kill_at(RESTORE_KILLS + extra, span * (1.0 + 0.15 * extra)))
    assert {"old", "restored"} <= {outcome for outcome, _ in outcomes}, outcomes


def run_backups(db_path: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "civicdesk", "--db", str(db_path),
                           "backups"], cwd=ROOT, env=_env(), capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    return done.stdout


# `civicdesk import people` (#14) ------------------------------------------------------------

IMPORT_ROWS = 20_000
IMPORT_KILLS = 10


def _import_file(path: Path) -> None:
    lines = ["First name,Last name,Email,Phone,Address,City"]
    lines += [f"Ann{i},Lee{i % 500},ann{i}@example.org,555 {i // 1000:03d} {i % 1000:04d},"
              f"{i} Elm St,Springfield" for i in range(IMPORT_ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _import_outcome() -> str:
    """None of the import, or all of it: its people, households, batch and audit entry."""
    people = models.Person.select().count()
    entries = [e.action for e in models.AuditEntry.select()]
    batches = models.ImportBatch.select().count()
    if people == 0:
        assert (entries, batches, models.Household.select().count()) == ([], 0, 0)
        assert not models.ImportRow.select().exists()
        return "none"
    assert (people, entries, batches) == (IMPORT_ROWS, ["import"], 1)
    assert models.Household.select().count() == IMPORT_ROWS
    assert models.ImportRow.select().count() == 2 * IMPORT_ROWS
    return "all"


def test_a_killed_import_leaves_all_of_it_or_none(tmp_path):
    rng = random.Random(SEED + 14)
    source = tmp_path / "people.csv"
    _import_file(source)
    empty = tmp_path / "empty.db"
    database.close_database(database.open_database(empty))

    def start(folder: Path) -> tuple[subprocess.Popen, Path]:
        folder.mkdir()
        db_path = folder / "civicdesk.db"
        shutil.copyfile(empty, db_path)
        proc = _start(["-m", "civicdesk", "--db", str(db_path), "import", "people",
                       str(source)], folder / "import.log", stdout=subprocess.DEVNULL)
        return proc, db_path

    started = time.perf_counter()
    proc, _ = start(tmp_path / "full")
    assert proc.wait(timeout=RUN_TIMEOUT_S) == 0
    took = time.perf_counter() - started
    outcomes = []
    for k in range(IMPORT_KILLS):
        proc, db_path = start(tmp_path / f"kill-{k}")
        moment = time.perf_counter() + (k + rng.random()) / IMPORT_KILLS * took
        while proc.poll() is None and time.perf_counter() < moment:
            time.sleep(0.0005)
        _kill(proc, db_path.parent / "import.log")
        db = database.open_database(db_path)
        try:
            outcomes.append(_import_outcome())
        finally:
            database.close_database(db)
        _says_ok(_check(db_path))
    print(f"\nimport: {took:.1f} s uninterrupted; outcomes {outcomes}")
    assert "none" in outcomes, outcomes


# `civicdesk import signups` (#14) -----------------------------------------------------------

SIGNUP_ROWS = 4_000  # 40 events, 400 shifts, 1,000 people
SIGNUP_HEADER = ("Sign Up,Start Date/Time (mm/dd/yyyy),End Date/Time (mm/dd/yyyy),Location,"
                 "Qty,Item,First Name,Last Name,Email,Sign Up Comment,Sign Up Coleader,"
                 "Sign Up Timestamp")


def _signups_file(path: Path) -> None:
    lines = ["Spring sign-ups", "Created by: Maple Street Association", SIGNUP_HEADER]
    for i in range(SIGNUP_ROWS):
        shift, person = i % 100 + 100 * (i // 1000), i % 1000  # each on four shifts
        day, hour = 1 + shift % 28, 8 + (shift // 28) % 10
        lines.append(f"Event {shift // 10},03/{day:02d}/2024 {hour:02d}:00,03/{day:02d}/2024 "
                     f"{hour + 2:02d}:00,Hall,1,Item {shift % 10},Ann{person},Lee{person},"
                     f"ann{person}@example.org,,,02/20/2024 18:04")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _signups_outcome() -> str:
    """None of the import, or all of it: its events, shifts, people, sign-ups, batch and
    audit entry."""
    M = models
    counts = tuple(m.select().count() for m in (M.Event, M.Shift, M.Person, M.Assignment,
                                                 M.ImportBatch))
    entries = [e.action for e in M.AuditEntry.select()]
    if counts[0] == 0:
        assert (counts, entries) == ((0, 0, 0, 0, 0), [])
        assert not M.ImportRow.select().exists()
        return "none"
    assert (counts, entries) == ((40, 400, 1000, SIGNUP_ROWS, 1), ["import"])
    assert M.ImportRow.select().count() == 40 + 400 + 1000 + SIGNUP_ROWS
    return "all"


def test_a_killed_signups_import_leaves_all_of_it_or_none(tmp_path):
    rng = random.Random(SEED + 141)
    source = tmp_path / "signups.csv"
    _signups_file(source)
    empty = tmp_path / "empty.db"
    database.close_database(database.open_database(empty))

    def start(folder: Path) -> tuple[subprocess.Popen, Path]:
        folder.mkdir()
        db_path = folder / "civicdesk.db"
        shutil.copyfile(empty, db_path)
        proc = _start(["-m", "civicdesk", "--db", str(db_path), "import", "signups",
                       str(source)], folder / "import.log", stdout=subprocess.DEVNULL)
        return proc, db_path

    started = time.perf_counter()
    proc, db_path = start(tmp_path / "full")
    assert proc.wait(timeout=RUN_TIMEOUT_S) == 0
    took = time.perf_counter() - started
    db = database.open_database(db_path)
    try:
        assert _signups_outcome() == "all"  # the control: the file is imported whole
    finally:
        database.close_database(db)

    def kill_at(k: int, after: float) -> str:
        proc, db_path = start(tmp_path / f"kill-{k}")
        moment = time.perf_counter() + after
        while proc.poll() is None and time.perf_counter() < moment:
            time.sleep(0.0005)
        _kill(proc, db_path.parent / "import.log")
        db = database.open_database(db_path)
        try:
            outcome = _signups_outcome()
        finally:
            database.close_database(db)
        _says_ok(_check(db_path))
        return outcome

    outcomes = [kill_at(k, (k + rng.random()) / IMPORT_KILLS * took)
                for k in range(IMPORT_KILLS)]
    # The write is the last part of the run: a few kills near its end reach the other side.
    for extra in range(6):
        if "all" in outcomes:
            break
        outcomes.append(kill_at(IMPORT_KILLS + extra, took * (0.9 + 0.06 * extra)))
    print(f"\nsign-ups import: {took:.1f} s uninterrupted; outcomes {outcomes}")
    assert "none" in outcomes, outcomes

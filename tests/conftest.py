"""Shared fixtures: a data folder and a real, migrated SQLite file per test; Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from civicdesk import paths  # noqa: E402
from civicdesk.data import database  # noqa: E402
from civicdesk.services.actors import Actor  # noqa: E402

pytest_plugins = ["shift_data"]  # fixtures of the shifts GUI tests (context, plan)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A fresh data folder used by paths.data_dir() (and by child processes via the env)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def db_path(data_dir) -> Path:
    return data_dir / "civicdesk.db"


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory) -> Path:
    """One empty CivicDesk file at the current schema, made once per session by
    `open_database` itself and closed cleanly: the last close checkpoints the WAL into the
    file and removes the -wal and -shm files, so the file alone is the whole database, as a
    user's file is after CivicDesk quit. The `db` fixture copies it for every test (creating
    the tables, search indexes and triggers costs ~25 ms; the copy ~1 ms)."""
    folder = tmp_path_factory.mktemp("schema-template")
    path = folder / "civicdesk.db"
    made = database.open_database(path)
    try:
        made.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close_database(made)
    leftovers = sorted(p.name for p in folder.iterdir() if p != path)
    assert not leftovers, f"the schema template was not closed cleanly: {leftovers}"
    return path


@pytest.fixture
def new_db(db_path):
    """A CivicDesk database created from nothing by `open_database`, for the tests of
    creating a file (the real creation path, never the template)."""
    database_ = database.open_database(db_path)
    yield database_
    database.close_database(database_)


@pytest.fixture
def db(db_path, schema_template):
    """An open, migrated CivicDesk database of the test's own in its data folder (closed
    afterwards): a copy of the session's empty template, opened by `open_database` like any
    user's file (identity check, WAL and the other settings; already at the current schema
    version, so nothing to migrate)."""
    shutil.copyfile(schema_template, db_path)
    database_ = database.open_database(db_path)
    yield database_
    database.close_database(database_)


@pytest.fixture
def actor() -> Actor:
    return Actor("Tess Tester", "admin")


@pytest.fixture
def coordinator() -> Actor:
    return Actor("Cora Coordinator", "coordinator")


@pytest.fixture
def volunteer() -> Actor:
    return Actor("Val Volunteer", "volunteer")


def run_civicdesk(*args: str, env: dict | None = None, timeout: int = 120,
                  prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """Run `python -m civicdesk ARGS` in a child process and capture its output."""
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([*(prefix or []), sys.executable, "-m", "civicdesk", *args],
                          capture_output=True, text=True, timeout=timeout, env=full_env,
                          cwd=ROOT)


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply, even when the tests run as root
    (CI does): root without CAP_DAC_OVERRIDE is refused like anyone else."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot take away root's file powers")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]

"""Shared fixtures: a data folder and a real, migrated SQLite file per test; Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import copy  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import peewee as pw  # noqa: E402
import pytest  # noqa: E402

from civicdesk import clock as association_clock  # noqa: E402
from civicdesk import paths, settings  # noqa: E402
from civicdesk.data import database, models  # noqa: E402
from civicdesk.services.actors import Actor  # noqa: E402

# fixtures of the shifts GUI tests (context, plan); a PostgreSQL database (server_db); a
# server's user, databases and keyring (server_data)
pytest_plugins = ["shift_data", "server_db", "server_data"]

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def quick_argon2(monkeypatch):
    """argon2id with its cheapest parameters: the same hashing and checks, 1 pass over 1 MiB
    instead of 3 over 64 MiB, so a test that logs in does not take 60 ms per secret. The
    real parameters are timed by `make bench` (the login scenario)."""
    import argon2

    from civicdesk.services import accounts
    monkeypatch.setattr(accounts, "HASHER", argon2.PasswordHasher(
        time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def us_locale(monkeypatch):
    """This computer's locale says the United States (Letter paper), whatever the machine
    running the tests says, and CivicDesk speaks English; a test of another locale sets
    its own."""
    from civicdesk import localformat, settings

    monkeypatch.setattr(settings, "_locale_country", "US")
    # In the US (dates, numbers, money) until a test or a database says otherwise; the
    # language is English by `english_on_a_computer_of_its_own`
    monkeypatch.setattr(localformat, "_country", "US")
    monkeypatch.setattr(localformat, "_currency", "USD")


@pytest.fixture(autouse=True)
def english_on_a_computer_of_its_own(tmp_path_factory, monkeypatch):
    """Every test starts in English, with no language saved: this computer's choices (the
    user's settings folder) are in a folder of the test's own, and the system says no
    language, whatever the machine running the tests says; a test of another sets its own."""
    from civicdesk import i18n

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


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


def make_template(folder: Path, fill: Callable[[], Any] | None = None) -> tuple[Path, Any]:
    """Create a CivicDesk file in *folder* with `open_database` (the real creation path), let
    *fill()* write to it, and close it cleanly: the last close checkpoints the WAL into the
    file and removes the -wal and -shm files, so the file alone is the whole database, as a
    user's file is after CivicDesk quit. Returns the file and what *fill* returned. The
    models are bound again to whatever database they were bound to before (a test's own)."""
    path = folder / "civicdesk.db"
    bound = models.database.obj
    made = database.open_database(path)
    try:
        filled = fill() if fill else None
        made.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close_database(made)
        models.database.initialize(bound)
    leftovers = sorted(p.name for p in folder.iterdir() if p != path)
    assert not leftovers, f"the template {path} was not closed cleanly: {leftovers}"
    return path, filled


def open_copy(template: Path, db_path: Path) -> pw.SqliteDatabase:
    """Copy *template* to *db_path* (the test's own file) and open it with `open_database`
    like any user's file: identity check, WAL and the other settings, and no migration, as it
    is already at the current schema version."""
    shutil.copyfile(template, db_path)
    return database.open_database(db_path)


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory) -> Path:
    """One empty CivicDesk file at the current schema, made once per session (see
    `make_template`). The `db` fixture copies it for every test: creating the tables, search
    indexes and triggers takes ~25 ms, copying the file and opening the copy ~5 ms."""
    return make_template(tmp_path_factory.mktemp("schema-template"))[0]


@pytest.fixture
def new_db(db_path):
    """A CivicDesk database created from nothing by `open_database`, for the tests of
    creating a file (the real creation path, never the template)."""
    database_ = database.open_database(db_path)
    yield database_
    database.close_database(database_)


@pytest.fixture
def db(db_path, schema_template):
    """An open, migrated, empty CivicDesk database of the test's own in its data folder
    (closed afterwards): a copy of the session's schema template (`open_copy`)."""
    database_ = open_copy(schema_template, db_path)
    yield database_
    database.close_database(database_)


def load_template(db: pw.SqliteDatabase, template: Path) -> None:
    """Make the open database *db* a page-for-page copy of *template* (SQLite's online
    backup), as if the template had been copied to its file before it was opened. The
    template is read as immutable: no lock, no -wal or -shm beside it."""
    source = sqlite3.connect(f"{template.resolve().as_uri()}?immutable=1", uri=True)
    try:
        source.backup(db.connection())
    finally:
        source.close()


@pytest.fixture(scope="module")
def _templates() -> dict:
    """The data set-ups `from_template` made for this test file: (build, args) -> (file, result)."""
    return {}


@pytest.fixture
def from_template(db, _templates, tmp_path_factory):
    """`from_template(build, *args)` fills the test's `db` with the rows `build(*args)` writes
    and returns (a deep copy of) what it returned. *build* runs once per test file, through
    the services as before, on a template file of its own (`make_template`); each test then
    gets a copy of that file in its own database (`load_template`, ~2 ms instead of a
    service call per row)."""
    loaded = []

    def load(build: Callable[..., Any], *args: Any) -> Any:
        # Loading replaces the whole file: refuse to drop rows written before, or a template.
        assert not loaded, f"{build.__name__}: this test's db was already filled by {loaded[0]}"
        assert db.connection().total_changes == 0, \
            f"{build.__name__}: this test's db was written to before its template was loaded"
        key = (build, args)
        if key not in _templates:
            folder = tmp_path_factory.mktemp(build.__name__.strip("_"))
            _templates[key] = make_template(folder, lambda: build(*args))
        template, result = _templates[key]
        load_template(db, template)
        settings.apply_timezone()  # the template's zone setting, as opening its file would
        loaded.append(build.__name__)
        return copy.deepcopy(result)
    return load


class StatementLog:
    """The SQL statements a block sent to the database, in order (see `count_sql`)."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def __len__(self) -> int:
        return len(self.statements)

    def __str__(self) -> str:
        return "\n".join(f"{i}. {sql}" for i, sql in enumerate(self.statements, 1))


@contextmanager
def counting_sql() -> Iterator[StatementLog]:
    """Record every statement CivicDesk sends through peewee while the block runs (reads,
    writes, raw SQL; the BEGIN and COMMIT around a write are not counted: they are the
    transaction, not its work)."""
    log = StatementLog()
    hooks = models.database.obj.query_hooks

    def hook(event) -> None:
        log.statements.append(event.sql)

    hooks.append(hook)
    try:
        yield log
    finally:
        hooks.remove(hook)


@pytest.fixture
def count_sql():
    """`with count_sql() as log:` records the SQL statements the block sends (see
    `counting_sql`); `len(log)` is how many, `str(log)` lists them."""
    return counting_sql


@pytest.fixture
def clock():
    """The association's clock, to pin: `clock.pin(datetime(2028, 2, 29, 23, 30))` stops it
    there (a naive time is a wall time in the association's zone); `clock.advance(...)`
    moves it on. It runs again after the test."""
    yield association_clock
    association_clock.pin(None)


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


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory) -> Path:
    """Our .qm files compiled from the shipped .ts into a folder of the session's own (the
    checkout need not have run `make translations`)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted(translations.TS_DIR.glob("civicdesk_*.ts")):
        subprocess.run([translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(folder / ts.with_suffix(".qm").name)], check=True)
    return folder


@pytest.fixture
def speak(qapp, qm_folder):
    """`speak("es")`: Qt's and our translators for a language, as the app installs them at
    start; English again afterwards (with the default locale put back)."""
    from PySide6.QtCore import QLocale

    from civicdesk.gui import application

    def install(code: str) -> None:
        application.install_translators(qapp, code, qm_folder)

    yield install
    application.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())

"""Shared fixtures: a data folder and a real, migrated database per test; Qt offscreen.

The database is a SQLite file, or, when CIVICDESK_TEST_DB names a PostgreSQL server
(postgresql://USER[:PASSWORD]@HOST[:PORT]/DB, a user who may create databases), a database
of the test's own on that server, made from a template in milliseconds (#17). Tests about
SQLite files by nature are marked `sqlite_only("why")` and skipped there; tests that need a
server are marked `postgres_only` and skipped without one. `make test` runs both."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import copy  # noqa: E402
import itertools  # noqa: E402
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
from civicdesk.data import address, database, models  # noqa: E402
from civicdesk.services import shared_database  # noqa: E402
from civicdesk.services.actors import Actor  # noqa: E402

# fixtures of the shifts GUI tests (context, plan); a PostgreSQL database (server_db); a
# server's user, databases and keyring (server_data)
pytest_plugins = ["shift_data", "server_db", "server_data"]

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

TEST_DB_ENV = "CIVICDESK_TEST_DB"
TEST_DB = os.environ.get(TEST_DB_ENV, "").strip()
ON_POSTGRES = bool(TEST_DB)  # this run's databases are on the server TEST_DB names
NO_SERVER = (f"needs a PostgreSQL server: set {TEST_DB_ENV}=postgresql://USER:PASSWORD@HOST"
             f"[:PORT]/postgres (make test starts a throw-away one when PostgreSQL is installed)")


def pytest_configure(config):
    if ON_POSTGRES:
        try:
            server = address.parse(TEST_DB)
        except address.BadAddress as exc:
            raise pytest.UsageError(f"{TEST_DB_ENV}: {exc}") from exc
        _know_the_password(config, server)


def _know_the_password(config, server: address.ServerAddress) -> None:
    """The test server's password in a password file of the session's own (PGPASSFILE, read
    by libpq as a user's ~/.pgpass is), so an address written without it, as `str()` and
    `--db` show one, connects in the tests and in the commands they start."""
    if server.password is None:
        return  # the user's own PGPASSWORD or ~/.pgpass, if any
    import tempfile

    def escaped(value: object) -> str:
        return str(value).replace("\\", "\\\\").replace(":", "\\:")

    folder = Path(tempfile.mkdtemp(prefix="civicdesk-pgpass-"))
    passfile = folder / "pgpass"
    passfile.write_text(":".join(escaped(v) for v in (
        server.host, server.port, "*", server.user, server.password)) + "\n")
    passfile.chmod(0o600)  # libpq ignores a password file others can read
    os.environ["PGPASSFILE"] = str(passfile)
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


_CHECKOUT_BEFORE: set[str] = set()


def pytest_sessionstart(session):
    _CHECKOUT_BEFORE.update(os.listdir(ROOT))


def pytest_terminal_summary(terminalreporter):
    """Files a test (or the code it ran) wrote into the checkout instead of its own folder:
    e.g. a server database's name taken for a file's, relative to the working folder."""
    left = sorted(name for name in set(os.listdir(ROOT)) - _CHECKOUT_BEFORE
                  if not name.startswith("."))  # .pytest_cache, .hypothesis ...: ignored
    if left:
        terminalreporter.write_sep("=", "left in the checkout by this run", yellow=True)
        terminalreporter.write_line(", ".join(left))


def pytest_report_header(config):
    if ON_POSTGRES:
        return (f"databases: PostgreSQL, one per test on {address.parse(TEST_DB).url()} "
                f"({TEST_DB_ENV}); sqlite_only tests skipped")
    return f"databases: SQLite files ({TEST_DB_ENV} not set: postgres_only tests skipped)"


def pytest_collection_modifyitems(config, items):
    """`sqlite_only("why")` tests are skipped on a PostgreSQL run, saying why; `postgres_only`
    ones without a server."""
    for item in items:
        only_sqlite = item.get_closest_marker("sqlite_only")
        if only_sqlite is not None:
            why = " ".join(str(arg) for arg in only_sqlite.args).strip()
            if not why:
                raise pytest.UsageError(f"{item.nodeid}: sqlite_only needs its reason, "
                                        f"e.g. @pytest.mark.sqlite_only(\"the WAL file\")")
            if ON_POSTGRES:
                item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))
        if not ON_POSTGRES and item.get_closest_marker("postgres_only") is not None:
            item.add_marker(pytest.mark.skip(reason=NO_SERVER))


class TestServer:
    """The PostgreSQL server CIVICDESK_TEST_DB names, and the databases this session made on
    it (named `cdt<pid>_...`, all dropped at the end), through one admin connection in
    autocommit (CREATE and DROP DATABASE cannot run in a transaction)."""

    __test__ = False  # not a test class, whatever its name

    def __init__(self, url: str) -> None:
        import psycopg

        self.address = address.parse(url)
        params = self.address.connect_params() | {"application_name": "CivicDesk tests"}
        self.admin = psycopg.connect(**params, autocommit=True)
        # FILE_COPY copies the template's files (~40 ms) where PostgreSQL 15's default,
        # WAL_LOG, writes them through the WAL (~110 ms); older servers only copy files.
        self._strategy = " STRATEGY FILE_COPY" if self.admin.info.server_version >= 150000 else ""
        self._names = itertools.count(1)
        self._prefix = f"cdt{os.getpid()}_"
        self.made: set[str] = set()

    def name(self, kind: str = "t") -> str:
        """A database name of this session's own, not used yet."""
        return f"{self._prefix}{kind}{next(self._names)}"

    def create(self, name: str, template: str | None = None) -> address.ServerAddress:
        """Database *name*, empty or a copy of *template* (dropped first if it exists);
        returns its address (with the password, to connect)."""
        from psycopg import sql

        self.drop(name)
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            # A template must have no connection while it is copied: leftovers of its maker.
            self.disconnect(template)
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
            statement += sql.SQL(self._strategy)
        self.admin.execute(statement)
        self.made.add(name)
        return self.address.with_database(name)

    def disconnect(self, name: str) -> None:
        """End every connection to database *name* (but the admin's)."""
        self.admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))

    def drop(self, name: str) -> None:
        """Drop database *name*, ending the connections left to it first (FORCE)."""
        from psycopg import sql

        self.admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))
        self.made.discard(name)

    def close(self) -> None:
        for name in sorted(self.made):
            self.drop(name)
        self.admin.close()


@pytest.fixture(scope="session")
def test_server() -> Iterator[TestServer | None]:
    """The PostgreSQL server of this run (None: the run is on SQLite files)."""
    if not ON_POSTGRES:
        yield None
        return
    try:
        server = TestServer(TEST_DB)
    except Exception as exc:  # noqa: BLE001 - the run cannot go on; say why, once
        pytest.exit(f"{TEST_DB_ENV}={address.parse(TEST_DB).url()}: cannot connect: {exc}",
                    returncode=3)
    yield server
    server.close()


@pytest.fixture
def pg_server(test_server) -> TestServer:
    """The test's PostgreSQL server (see `TestServer`); a test without one is skipped."""
    if test_server is None:
        pytest.skip(NO_SERVER)
    return test_server


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


def db_location() -> Path | address.ServerAddress:
    """Where the open database is: its file, or its server's address."""
    from civicdesk.data import backend

    return backend.address_of() or Path(models.database.database)


def db_folder() -> Path:
    """The folder of the open database's file, for the files a test writes beside it; on a
    PostgreSQL run the data folder."""
    found = db_location()
    return found.parent if isinstance(found, Path) else paths.data_dir()


@pytest.fixture
def db_path(data_dir, test_server, request) -> Iterator[Path | address.ServerAddress]:
    """Where the test's database is: civicdesk.db in its data folder, or on a PostgreSQL run
    the address of a database of its own on the server, dropped afterwards. That database is
    made empty (what a new file is), unless conftest's `db` makes it from the template; and
    this computer (the data folder) is connected to it, so the commands and the window find
    it without --db, as they find the data folder's file."""
    if test_server is None:
        yield data_dir / "civicdesk.db"
        return
    name = test_server.name()
    where = test_server.address.with_database(name)
    if "schema_template" not in request.fixturenames:  # conftest's `db` copies that
        test_server.create(name)
    shared_database.remember(where.with_password(None))
    yield where
    test_server.drop(name)


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


def make_server_template(server: TestServer, fill: Callable[[], Any] | None = None,
                         template: str | None = None) -> tuple[address.ServerAddress, Any]:
    """`make_template` on a PostgreSQL run: a database on *server* made by `open_database`
    (the real creation path; or a copy of the database *template*, already made so), filled
    by *fill()* and closed, to copy (CREATE DATABASE ... TEMPLATE)."""
    made_at = server.create(server.name("tpl"), template)
    bound = models.database.obj
    made = database.open_database(made_at)
    try:
        filled = fill() if fill else None
    finally:
        database.close_database(made)
        models.database.initialize(bound)
    return made_at, filled


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory, test_server) -> Path | address.ServerAddress:
    """One empty CivicDesk file at the current schema, made once per session (see
    `make_template`). The `db` fixture copies it for every test: creating the tables, search
    indexes and triggers takes ~25 ms, copying the file and opening the copy ~5 ms. On a
    PostgreSQL run, a template database (`make_server_template`)."""
    if test_server is not None:
        return make_server_template(test_server)[0]
    return make_template(tmp_path_factory.mktemp("schema-template"))[0]


@pytest.fixture
def new_db(db_path):
    """A CivicDesk database created from nothing by `open_database`, for the tests of
    creating a file (the real creation path, never the template)."""
    database_ = database.open_database(db_path)
    yield database_
    database.close_database(database_)


@pytest.fixture
def db(db_path, schema_template, test_server):
    """An open, migrated, empty CivicDesk database of the test's own in its data folder
    (closed afterwards): a copy of the session's schema template (`open_copy`). On a
    PostgreSQL run a copy of the template database, opened by its address."""
    if test_server is None:
        database_ = open_copy(schema_template, db_path)
    else:
        test_server.create(db_path.database, schema_template.database)
        database_ = database.open_database(db_path)
        _count_writes(database_)
    yield database_
    database.close_database(database_)


_WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE", "CREATE", "DROP", "ALTER")


def _count_writes(db: pw.Database) -> None:
    """Count on *db* the statements that change it (`from_template` asks: on SQLite the
    connection's total_changes says it)."""
    db.test_writes = 0

    def hook(event) -> None:
        if event.sql.lstrip().split(None, 1)[0].upper() in _WRITES:
            db.test_writes += 1

    db.query_hooks.append(hook)


def written(db: pw.Database) -> bool:
    """Has the test written to its database *db* yet?"""
    if hasattr(db, "test_writes"):
        return db.test_writes > 0
    return db.connection().total_changes > 0


def load_template(db: pw.SqliteDatabase, template: Path) -> None:
    """Make the open database *db* a page-for-page copy of *template* (SQLite's online
    backup), as if the template had been copied to its file before it was opened. The
    template is read as immutable: no lock, no -wal or -shm beside it."""
    source = sqlite3.connect(f"{template.resolve().as_uri()}?immutable=1", uri=True)
    try:
        source.backup(db.connection())
    finally:
        source.close()


def load_server_template(db: pw.Database, server: TestServer,
                         template: address.ServerAddress) -> None:
    """`load_template` on a PostgreSQL run: the test's database made again as a copy of the
    database *template*, and *db* connected to it again (the same object the test holds)."""
    db.close()
    server.create(db.address.database, template.database)
    db.connect()


@pytest.fixture(scope="module")
def _templates(test_server) -> Iterator[dict]:
    """The data set-ups `from_template` made for this test file: (build, args) -> (file, result)
    (on a PostgreSQL run a template database, dropped after the file's tests)."""
    made: dict = {}
    yield made
    if test_server is not None:
        for template, _ in made.values():
            test_server.drop(template.database)


@pytest.fixture
def from_template(db, _templates, tmp_path_factory, test_server, schema_template):
    """`from_template(build, *args)` fills the test's `db` with the rows `build(*args)` writes
    and returns (a deep copy of) what it returned. *build* runs once per test file, through
    the services as before, on a template file of its own (`make_template`); each test then
    gets a copy of that file in its own database (`load_template`, ~2 ms instead of a
    service call per row). On a PostgreSQL run the template is a database on the server
    and the test's database is made again from it (`load_server_template`, ~40 ms)."""
    loaded = []

    def load(build: Callable[..., Any], *args: Any) -> Any:
        # Loading replaces the whole file: refuse to drop rows written before, or a template.
        assert not loaded, f"{build.__name__}: this test's db was already filled by {loaded[0]}"
        assert not written(db), \
            f"{build.__name__}: this test's db was written to before its template was loaded"
        key = (build, args)
        if key not in _templates:
            if test_server is not None:
                _templates[key] = make_server_template(test_server, lambda: build(*args),
                                                       schema_template.database)
            else:
                folder = tmp_path_factory.mktemp(build.__name__.strip("_"))
                _templates[key] = make_template(folder, lambda: build(*args))
        template, result = _templates[key]
        if test_server is not None:
            load_server_template(db, test_server, template)
        else:
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

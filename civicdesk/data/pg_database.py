"""Opening a CivicDesk database on a PostgreSQL server (#17): connecting, the identity and
schema version, creating the schema in an empty database, upgrading an older one.

The schema is the same as in a file (one set of models and migrations, `migrations.py`);
the version lives in the table `civicdesk_schema` (application id, version), where a file
keeps it in its header (`PRAGMA application_id`, `user_version`). The same refusals apply: a
database that holds other tables is not ours, a newer version is not opened, and nothing is
changed in either.

Creating and upgrading run in one transaction each (PostgreSQL's DDL is transactional)
under an advisory lock, so two PCs opening a new database at once set it up once.
"""

from __future__ import annotations

import peewee as pw

from civicdesk.data import migrations, models, pg_errors
from civicdesk.data.address import ServerAddress
from civicdesk.data.errors import DatabaseTooNew

VERSION_TABLE = "civicdesk_schema"
SETUP_LOCK = 0x43495644_0001  # pg_advisory_xact_lock key: creating or upgrading the schema


class ServerDatabase(pw.PostgresqlDatabase):
    """peewee's PostgreSQL database (psycopg 3) that knows its address and connects again
    by itself, between transactions, after the connection was lost (a server restart, a
    network cut, `pg_terminate_backend`). A transaction that the loss cut short fails with
    `ConnectionLost` and the server keeps nothing of it."""

    def __init__(self, address: ServerAddress, **kwargs) -> None:
        params = address.connect_params()
        name = params.pop("dbname")
        super().__init__(name, prefer_psycopg3=True, **params, **kwargs)
        self.address = address
        self.read_only_for = None  # a server has no file lock (see database.read_only_for)

    def _reconnect_if_broken(self) -> None:
        conn = None if self.is_closed() else self._state.conn
        if conn is not None and (conn.broken or conn.closed) and not self.in_transaction():
            try:
                self.close()
            except pw.PeeweeException:
                self._state.reset()
            self.connect()

    def execute_sql(self, sql, params=None, *args, **kwargs):
        """As peewee's; raw SQL given without parameters (None) is taken literally, as on
        SQLite: psycopg would read its `%` as the start of a placeholder."""
        self._reconnect_if_broken()
        if params is None:
            sql = sql.replace("%", "%%")
        return super().execute_sql(sql, params, *args, **kwargs)

    def begin(self, *args, **kwargs):
        self._reconnect_if_broken()
        return super().begin(*args, **kwargs)

    def rollback(self):
        conn = None if self.is_closed() else self._state.conn
        if conn is not None and (conn.broken or conn.closed):
            return None  # the server already dropped the transaction with the connection
        return super().rollback()


def connect(address: ServerAddress) -> ServerDatabase:
    """An open connection to *address* (a `ServerError` saying why not)."""
    db = ServerDatabase(address)
    try:
        db.connect()
    except Exception as exc:  # noqa: BLE001 - explained, or a bug raised as it is
        found = pg_errors.when_connecting(exc, address)
        if found is None:
            raise
        raise found from exc
    return db


def open_server(address: ServerAddress, *, migrate: bool = True) -> ServerDatabase:
    """Connect to *address*, check it is ours and not newer, create or upgrade the schema
    (*migrate*), and bind the models to it."""
    db = connect(address)
    try:
        found = schema_version(db)
        if found != migrations.SCHEMA_VERSION and migrate:
            _set_up(db)
    except pg_errors.ServerError:
        db.close()
        raise
    except Exception as exc:  # noqa: BLE001
        db.close()
        found = pg_errors.while_working(exc, address)
        if found is None:
            raise
        raise found from exc
    except BaseException:
        db.close()
        raise
    models.database.initialize(db)
    return db


def schema_version(db: ServerDatabase) -> int:
    """The version of the CivicDesk schema in *db* (0: an empty database); refuses one that
    is not ours or is newer than this CivicDesk."""
    tables = set(db.get_tables())
    if VERSION_TABLE not in tables:
        if tables:
            raise pg_errors.make(pg_errors.ForeignServerDatabase, db.address)
        return 0
    row = db.execute_sql(f"SELECT application_id, version FROM {VERSION_TABLE}").fetchone()
    if row is None or row[0] != migrations.APPLICATION_ID:
        raise pg_errors.make(pg_errors.ForeignServerDatabase, db.address)
    if row[1] > migrations.SCHEMA_VERSION:
        raise DatabaseTooNew(path=db.address.url(), found=row[1],
                             supported=migrations.SCHEMA_VERSION)
    return row[1]


def _set_up(db: ServerDatabase) -> None:
    """Create the schema in an empty database or run the pending steps, in one transaction
    under the set-up lock (checked again once it is held: another PC may have done it)."""
    bound = models.database.obj
    models.database.initialize(db)
    try:
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (SETUP_LOCK,))
            found = schema_version(db)
            if found == migrations.SCHEMA_VERSION:
                return
            if found == 0:
                migrations.create_schema(db)
                db.execute_sql(f"CREATE TABLE {VERSION_TABLE} (application_id BIGINT NOT NULL, "
                               f"version INTEGER NOT NULL)")
                db.execute_sql(f"INSERT INTO {VERSION_TABLE} VALUES (%s, %s)",
                               (migrations.APPLICATION_ID, migrations.SCHEMA_VERSION))
                return
            for version, step in migrations.pending_steps(found):
                step(db)
                db.execute_sql(f"UPDATE {VERSION_TABLE} SET version = %s", (version,))
    finally:
        models.database.initialize(bound)


def set_version(db: ServerDatabase, version: int) -> None:
    """Write *version* as the schema's (tests of older and newer schemas use it)."""
    db.execute_sql(f"UPDATE {VERSION_TABLE} SET version = %s", (version,))

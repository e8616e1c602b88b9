"""Telling the other PCs what was saved, on a PostgreSQL server (#17): NOTIFY and LISTEN.

Every CivicDesk on one server database listens on the channel `CHANNEL`. A notice's payload
is text (JSON, made and read by `services.live`); this module only carries it.

Two ways a write is announced, never both for one write:

- the window announces the `Changes` each of its operations returns (`announce`, right
  after the write's transaction, on the connection that wrote), and marks its connections
  (`announce_own_writes`) so that
- the trigger on `audit_entry` (`create`) stays quiet for them. For every other writer (a
  command on another PC, an import from the command line, a script through the services)
  the trigger announces what the statement's audit entries name: every write has one.
  PostgreSQL delivers the notices of a transaction when it commits, none if it rolls back.

A listener (`Listener`) has a connection of its own (autocommit, LISTEN) and yields the
payloads it receives; when the connection is lost it connects again, backing off, and then
yields `RECONNECTED`: notices sent meanwhile were missed.

On SQLite there is one writer per file (`lockfile`) and nothing to tell: every function
here does nothing there.
"""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator

import peewee as pw
import psycopg

from civicdesk.data import backend
from civicdesk.data.errors import DATABASE_ERRORS

CHANNEL = "civicdesk_changes"
# PostgreSQL refuses a payload of 8000 bytes or more (in the server's encoding, UTF-8 here).
MAX_PAYLOAD = 7999
# A session setting of the window's connections: it announces its writes itself.
ANNOUNCES = "civicdesk.announces"
# An audit statement naming more rows than this is announced as "everything changed".
TRIGGER_ROWS = 100

FUNCTION_NAME = "civicdesk_announce"
TRIGGER_NAME = "audit_entry_announce"
# The trigger's payload: {"v": 1, "r": [[table, id, version], ...], "w": who, "at": when}, or
# {"v": 1, "e": 1, ...} (everything) for an import, a restore or a long statement.
FUNCTION = f"""CREATE OR REPLACE FUNCTION {FUNCTION_NAME}() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    payload text;
BEGIN
    IF coalesce(current_setting('{ANNOUNCES}', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    SELECT CASE
        WHEN count(*) = 0 THEN NULL
        WHEN count(*) > {TRIGGER_ROWS}
             OR bool_or(table_name IN ('import_batch', 'database'))
        THEN json_build_object('v', 1, 'e', 1, 'w', min(actor),
                               'at', to_char(max(at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text
        ELSE json_build_object('v', 1,
                               'r', json_agg(json_build_array(table_name, row_id, row_version)
                                             ORDER BY id),
                               'w', min(actor),
                               'at', to_char(max(at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text
        END INTO payload FROM added;
    IF payload IS NOT NULL THEN
        PERFORM pg_notify('{CHANNEL}', payload);
    END IF;
    RETURN NULL;
END $$"""
TRIGGER = (f"CREATE TRIGGER {TRIGGER_NAME} AFTER INSERT ON audit_entry "
           f"REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
           f"EXECUTE FUNCTION {FUNCTION_NAME}()")


def create(db: pw.Database) -> None:
    """Add (or put back) the trigger that announces writes (PostgreSQL; nothing on SQLite).
    Part of the schema: `migrations.create_schema` calls it."""
    if not backend.is_postgres(db):
        return
    db.execute_sql(FUNCTION)
    db.execute_sql(f"DROP TRIGGER IF EXISTS {TRIGGER_NAME} ON audit_entry")
    db.execute_sql(TRIGGER)


def announce_own_writes(db: pw.Database) -> None:
    """*db*'s connections announce their writes themselves (the window's operations do):
    the trigger stays quiet for them. For the connection open in this thread at once, for
    every connection made from now on (another thread's, one made again after a loss) as
    it connects. A thread that connected before asks `mark_connection` itself."""
    if not backend.is_postgres(db):
        return
    option = f"-c {ANNOUNCES}=on"
    options = db.connect_params.get("options", "")
    if option not in options:
        db.connect_params["options"] = f"{options} {option}".strip()
    mark_connection(db)


def mark_connection(db: pw.Database) -> None:
    """This thread's connection to *db*, if open, announces its writes itself."""
    if backend.is_postgres(db) and not db.is_closed():
        db.execute_sql(f"SET {ANNOUNCES} = 'on'")


def announce(db: pw.Database, payload: str) -> bool:
    """Send *payload* to every listener on *db*'s server database (PostgreSQL: delivered
    when the transaction commits, at once outside one). False on SQLite, for a payload too
    long to send, and when the server cannot be told (the write it describes is saved; the
    others see it at their next notice or reconnection)."""
    if not backend.is_postgres(db) or len(payload.encode("utf-8")) > MAX_PAYLOAD:
        return False
    try:
        db.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
    except DATABASE_ERRORS:
        return False
    return True


def connect_params(db: pw.Database) -> dict:
    """What *db* connects with (address, user, password, TLS), for a connection of one's own."""
    params = dict(db.connect_params)
    params.pop("options", None)
    params["dbname"] = db.database
    return params


class _Reconnected:
    def __repr__(self) -> str:
        return "RECONNECTED"


RECONNECTED = _Reconnected()  # yielded after the listener connected again: notices were missed


class Listener:
    """Yields the payloads sent on `CHANNEL` (and `RECONNECTED`), on a connection of its
    own, until `stop()` (from any thread). Iterate it on a thread of its own: it blocks.

    `ready` is set while it listens (after the LISTEN, each time it connected again),
    `connected` says whether it is connected now."""

    HEARTBEAT_S = 10.0  # with nothing received for this long, ask the server if it is there
    RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)  # waits between attempts to connect again, then 5 s

    def __init__(self, params: dict, channel: str = CHANNEL) -> None:
        self.params = {**params, "autocommit": True}
        self.params.setdefault("connect_timeout", 5)
        self.channel = channel
        self.ready = threading.Event()
        self.connected = False
        self._stopped = threading.Event()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._conn: psycopg.Connection | None = None

    @classmethod
    def of(cls, db: pw.Database) -> Listener | None:
        """A listener on *db*'s server database (None on SQLite)."""
        return cls(connect_params(db)) if backend.is_postgres(db) else None

    def stop(self) -> None:
        """End the iteration soon (it closes its connection on its way out)."""
        self._stopped.set()
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def __iter__(self) -> Iterator[str | _Reconnected]:
        attempt, lost = 0, False
        try:
            while not self.stopped:
                try:
                    self._connect()
                except psycopg.Error:
                    self._wait(self.RETRY_S[min(attempt, len(self.RETRY_S) - 1)])
                    attempt, lost = attempt + 1, True
                    continue
                attempt = 0
                if lost:
                    yield RECONNECTED
                try:
                    yield from self._receive()
                except psycopg.Error:
                    lost = True
                finally:
                    self._close()
        finally:
            self._close()
            self._wake_r.close()
            self._wake_w.close()

    def _connect(self) -> None:
        conn = psycopg.connect(**self.params)
        try:
            conn.execute(f"LISTEN {self.channel}")
        except BaseException:
            conn.close()
            raise
        self._conn, self.connected = conn, True
        self.ready.set()

    def _receive(self) -> Iterator[str]:
        conn = self._conn
        quiet_since = time.monotonic()
        while not self.stopped:
            wait = max(0.0, self.HEARTBEAT_S - (time.monotonic() - quiet_since))
            readable, _, _ = select.select([conn.fileno(), self._wake_r], [], [], wait)
            if self.stopped:
                return
            if conn.fileno() in readable:
                quiet_since = time.monotonic()
                for notice in conn.notifies(timeout=0):
                    yield notice.payload
            elif not readable:  # quiet for a while: is the server still there?
                conn.execute("SELECT 1")
                quiet_since = time.monotonic()
            if conn.broken or conn.closed:
                raise psycopg.OperationalError("the connection was lost")

    def _wait(self, seconds: float) -> None:
        select.select([self._wake_r], [], [], seconds)

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        self.connected = False
        self.ready.clear()
        if conn is not None:
            try:
                conn.close()
            except psycopg.Error:
                pass

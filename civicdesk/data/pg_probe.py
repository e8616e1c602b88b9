"""Trying a server's database before switching to it (#17): File > Connect to a shared
database…, Test connection. Connects, checks that the database is CivicDesk's (or empty)
and not newer, that the user may create tables where CivicDesk still has to, and counts
the people on file; then disconnects. Nothing is written, and the models stay bound to
the database the window has open.
"""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk.data import migrations, pg_database, pg_errors
from civicdesk.data.address import ServerAddress


@dataclass(frozen=True)
class Probe:
    """What Test connection found: the schema version (0: an empty database, which
    CivicDesk sets up when it connects), and how many people are on file."""

    address: ServerAddress
    version: int
    people: int = 0

    @property
    def empty(self) -> bool:
        return self.version == 0

    @property
    def older(self) -> bool:
        """Saved by an older CivicDesk: upgraded when this one connects."""
        return 0 < self.version < migrations.SCHEMA_VERSION


def probe(address: ServerAddress) -> Probe:
    """Look at the database of *address* without changing it: a `ServerError` (the server
    down, a wrong password, not our database, no rights) or `DatabaseTooNew` says what
    stands in the way of opening it."""
    db = pg_database.connect(address)
    try:
        version = pg_database.schema_version(db)
        if version < migrations.SCHEMA_VERSION and not _may_create_tables(db):
            raise pg_errors.make(pg_errors.NoCreateRights, address)
        people = 0
        if version:
            people = db.execute_sql("SELECT count(*) FROM person").fetchone()[0]
        return Probe(address, version, people)
    except pg_errors.ServerError:
        raise
    except Exception as exc:  # noqa: BLE001 - explained, or a bug raised as it is
        found = pg_errors.while_working(exc, address)
        if found is None:
            raise
        raise found from exc
    finally:
        db.close()


def _may_create_tables(db: pg_database.ServerDatabase) -> bool:
    """May the user create tables where CivicDesk would (the first schema of the search
    path)? Setting up or upgrading the database needs it."""
    row = db.execute_sql("SELECT current_schema() IS NOT NULL AND "
                         "has_schema_privilege(current_schema(), 'CREATE')").fetchone()
    return bool(row and row[0])

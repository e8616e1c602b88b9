"""What a PostgreSQL server's refusals and failures mean for the user (#17): the server's
counterpart of the storage errors in `errors.py`.

psycopg raises `psycopg.OperationalError` (peewee wraps it as `peewee.OperationalError`, the
original as `orig`); the server's own errors carry a SQLSTATE, libpq's (no server, a timeout,
no password given) only a message. Each becomes one `DataError` naming the server, never a
traceback, and never with the password.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg

from civicdesk.data.address import ServerAddress
from civicdesk.data.errors import DataError, one_line
from civicdesk.i18n import QT_TRANSLATE_NOOP


class ServerError(DataError):
    """A failure of or refusal by the server (`server`: host:port, `database`, `user`)."""

    address: ServerAddress | None = None


class ServerUnreachable(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "CivicDesk cannot reach the database server {server} ({detail}). Check "
                     "that the server is running and that this computer is on its network, "
                     "then try again.")


class PasswordNeeded(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The database server {server} asks for the password of {user}.")


class WrongPassword(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The database server {server} did not accept the user name {user} with "
                     "this password. Type the password again, or ask whoever runs the server.")


class NoSuchServerDatabase(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The database server {server} has no database named {database}. Ask "
                     "whoever runs the server to create it (README, “Several PCs”).")


class NoCreateRights(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The user {user} may not create tables in the database {database} on "
                     "{server}, so CivicDesk cannot set it up; nothing was changed. Ask whoever "
                     "runs the server to make {user} the owner of {database} (README, "
                     "“Several PCs”).")


class ConnectionLost(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The connection to the database server {server} was lost, so nothing "
                     "of this change was saved. Check the network and try again: CivicDesk "
                     "connects again by itself.")


class ServerRefused(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The database server {server} refused: {detail}")


class ForeignServerDatabase(ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The database {database} on {server} is not a CivicDesk database (it "
                     "holds tables of another program). CivicDesk did not change it. Connect "
                     "to an empty database, or to the association's.")


def server_of(address: ServerAddress) -> str:
    host = f"[{address.host}]" if ":" in address.host else address.host
    return f"{host}:{address.port}"


def make(kind: type[ServerError], address: ServerAddress, **params) -> ServerError:
    error = kind(server=server_of(address), database=address.database, user=address.user,
                 **params)
    error.address = address
    return error


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen, todo = set(), [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]


def psycopg_error(exc: BaseException) -> psycopg.Error | None:
    """The psycopg error behind *exc* (None: none)."""
    return next((e for e in _chain(exc) if isinstance(e, psycopg.Error)), None)


_LOST_STATES = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}
_UNREACHABLE_WORDS = ("connection refused", "could not connect", "timeout expired",
                      "could not translate host name", "no route to host",
                      "network is unreachable", "name or service not known",
                      "connection timed out", "server closed the connection")


def _detail(error: BaseException) -> str:
    """libpq's first line, without the address it already names."""
    text = one_line(str(error).strip().splitlines()[0] if str(error).strip() else "")
    if "failed: " in text:
        text = text.rsplit("failed: ", 1)[1]
    return text[:200]


def when_connecting(exc: BaseException, address: ServerAddress) -> ServerError | None:
    """The error for a failure to connect (None: not a psycopg failure)."""
    error = psycopg_error(exc)
    if error is None:
        return None
    state = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    if state == "28P01" or "password authentication failed" in text:
        return make(WrongPassword, address)
    if "no password supplied" in text or "password is required" in text:
        return make(PasswordNeeded, address)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return make(NoSuchServerDatabase, address)
    if state in ("28000", "42501"):
        return make(ServerRefused, address, detail=_detail(error))
    if any(word in text for word in _UNREACHABLE_WORDS) or isinstance(
            error, psycopg.OperationalError):
        return make(ServerUnreachable, address, detail=_detail(error))
    return make(ServerRefused, address, detail=_detail(error))


def while_working(exc: BaseException, address: ServerAddress) -> ServerError | None:
    """The error for a failure while using an open connection (None: something else, such
    as a constraint our code should have checked, which is a bug)."""
    error = psycopg_error(exc)
    if error is None:
        return None
    state = getattr(error, "sqlstate", None) or ""
    if state == "42501":
        return make(NoCreateRights if "schema" in str(error).lower() else ServerRefused,
                    address, detail=_detail(error))
    broken = getattr(getattr(error, "pgconn", None), "status", 0) != 0
    if state in _LOST_STATES or state.startswith("08") or broken or (
            isinstance(error, psycopg.OperationalError) and not state):
        return make(ConnectionLost, address)
    if isinstance(error, psycopg.OperationalError):
        return make(ServerRefused, address, detail=_detail(error))
    return None


def is_server_error(exc: BaseException) -> bool:
    return psycopg_error(exc) is not None

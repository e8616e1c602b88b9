"""Where a database is: a file, or a PostgreSQL server's database (#17).

`--db`, the settings of File > Connect to a shared database… and `CIVICDESK_TEST_DB` all
name a database as text. A value with a scheme (`postgresql://…`) is the address of a server
and never a file name; `parse` reads it into a `ServerAddress`:

    postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=require]

The password, when the address holds one, is used to connect and never shown or stored:
`str()` and `url()` leave it out. Without one, libpq's own ways apply (PGPASSWORD,
~/.pgpass), then the keyring (`gui/shared_database.py`), then the user is asked.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from civicdesk.data.errors import DataError
from civicdesk.i18n import QT_TRANSLATE_NOOP

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


class BadAddress(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "“{value}” is not the address of a PostgreSQL database: {why}. Write it "
                     "as postgresql://USER@HOST[:PORT]/DATABASE")


_WRONG_SCHEME = QT_TRANSLATE_NOOP("DataError", "CivicDesk connects to PostgreSQL servers "
                                               "only (postgresql://…)")
_NO_HOST = QT_TRANSLATE_NOOP("DataError", "the server's name is missing")
_NO_USER = QT_TRANSLATE_NOOP("DataError", "the user name is missing")
_NO_NAME = QT_TRANSLATE_NOOP("DataError", "the database's name is missing")
_BAD_PORT = QT_TRANSLATE_NOOP("DataError", "the port must be a number from 1 to 65535")
_BAD_SSL = QT_TRANSLATE_NOOP("DataError", "sslmode must be one of disable, allow, prefer, "
                                          "require, verify-ca, verify-full")
_BAD_OPTION = QT_TRANSLATE_NOOP("DataError", "only sslmode can follow the “?”")


def is_address(text: str | os.PathLike | None) -> bool:
    """Is *text* the address of a server (it has a scheme: `something://`)?"""
    return isinstance(text, str) and bool(_SCHEME.match(text.strip()))


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = ""  # "" = libpq's default (prefer)
    password: str | None = field(default=None, compare=False, repr=False)

    def url(self) -> str:
        """The address as text, without the password (what settings keep and lists show)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        query = f"?sslmode={self.sslmode}" if self.sslmode else ""
        return (f"postgresql://{quote(self.user, safe='')}@{host}{port}/"
                f"{quote(self.database, safe='')}{query}")

    def __str__(self) -> str:
        return self.url()

    def with_password(self, password: str | None) -> ServerAddress:
        return replace(self, password=password)

    def with_database(self, name: str) -> ServerAddress:
        return replace(self, database=name)

    def connect_params(self) -> dict:
        """Keyword arguments for psycopg.connect / peewee's PostgresqlDatabase."""
        params = {"host": self.host, "port": self.port, "user": self.user,
                  "dbname": self.database, "application_name": "CivicDesk",
                  "connect_timeout": 5}
        if self.sslmode:
            params["sslmode"] = self.sslmode
        if self.password is not None:
            params["password"] = self.password
        return params

    @property
    def key(self) -> str:
        """What the keyring files the password under: user@host:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def parse(text: str) -> ServerAddress:
    """The server address written as *text* (BadAddress, saying what is wrong, if it is not one)."""
    value = text.strip()
    shown = _shown(value)
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:
        raise BadAddress(value=shown, why=_why(_BAD_PORT)) from exc
    if parts.scheme.lower() not in SCHEMES:
        raise BadAddress(value=shown, why=_why(_WRONG_SCHEME))
    if not parts.hostname:
        raise BadAddress(value=shown, why=_why(_NO_HOST))
    if not parts.username:
        raise BadAddress(value=shown, why=_why(_NO_USER))
    name = unquote(parts.path.lstrip("/"))
    if not name or "/" in name:
        raise BadAddress(value=shown, why=_why(_NO_NAME))
    if port is not None and not 0 < port < 65536:
        raise BadAddress(value=shown, why=_why(_BAD_PORT))
    sslmode = ""
    for key, option in parse_qsl(parts.query, keep_blank_values=True):
        if key != "sslmode":
            raise BadAddress(value=shown, why=_why(_BAD_OPTION))
        if option not in SSL_MODES:
            raise BadAddress(value=shown, why=_why(_BAD_SSL))
        sslmode = option
    password = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(host=parts.hostname, database=name, user=unquote(parts.username),
                         port=port or DEFAULT_PORT, sslmode=sslmode, password=password)


def location(value: str | os.PathLike) -> Path | ServerAddress:
    """A file's path, or a server's address (BadAddress if it has a scheme but is not one)."""
    if isinstance(value, ServerAddress):
        return value
    if is_address(value):
        return parse(str(value))
    return Path(value).expanduser()


def _why(text: str):
    from civicdesk.i18n import Message
    return Message("DataError", text)


def _shown(value: str) -> str:
    """*value* as an error may quote it: without its password."""
    return re.sub(r"(://[^/@:]*):[^/@]*@", r"\1:…@", value)

"""A database on a server, shared by several PCs (#17), as the window deals with it: the
connection typed in File > Connect to a shared database…, trying it (Test connection),
and the one this computer opens at start.

This computer remembers the connection (the address, never the password) in its own
choices (`this_computer`, key "shared_database"), so the next start opens it again; File >
Use the database on this computer forgets it. `--db` on the command line still wins.
The password is the keyring's or asked (`civicdesk.passwords`).
"""

from __future__ import annotations

from pathlib import Path

from civicdesk import paths, this_computer
from civicdesk.data import address, pg_probe
from civicdesk.data.address import DEFAULT_PORT, BadAddress, ServerAddress
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import validation
from civicdesk.services.errors import ValidationError

__all__ = ["DEFAULT_PORT", "SSL_MODES", "BadAddress", "Probe", "ServerAddress", "address_from",
           "forget", "is_server", "local_file", "parse", "probe", "remember", "remembered",
           "short_name"]

KEY = "shared_database"
# The choices of the connect dialog: TLS when the server offers it (libpq's default),
# always, always with the server's certificate checked against its name.
SSL_MODES = ("prefer", "require", "verify-full")

Probe = pg_probe.Probe
parse = address.parse

FIELDS = {
    "host": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Server"), required=True,
                                 max_len=253),
    "port": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Port"), "int", required=True,
                                 minimum=1, maximum=65535),
    "database": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Database"), required=True,
                                     max_len=63),
    "user": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "User name"), required=True,
                                 max_len=63),
    "sslmode": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Encryption (TLS)"), "choice",
                                    choices=SSL_MODES),
}
_NO_SPACES = QT_TRANSLATE_NOOP("Validation", "This cannot hold spaces.")


def address_from(values: dict) -> ServerAddress:
    """The address the connect dialog's fields make (ValidationError naming every bad one).
    TLS "prefer" is libpq's default, so it is left out of the address, as when typed."""
    problems, cleaned = [], {}
    try:
        cleaned = validation.clean(FIELDS, values)
    except ValidationError as exc:
        problems = list(exc.problems)
    host = str(values.get("host") or "").strip()
    if any(c.isspace() for c in host):
        problems.append(validation.problem("host", FIELDS["host"].label, _NO_SPACES, host))
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: list(FIELDS).index(p.field)))
    sslmode = cleaned.get("sslmode") or ""
    return ServerAddress(host=cleaned["host"].removeprefix("[").removesuffix("]"),
                         port=cleaned["port"], database=cleaned["database"],
                         user=cleaned["user"], sslmode="" if sslmode == "prefer" else sslmode)


def probe(where: ServerAddress) -> Probe:
    """Test connection: connect to *where* and look, without changing anything (a
    ServerError or DatabaseTooNew says what stands in the way)."""
    return pg_probe.probe(where)


def is_server(where: object) -> bool:
    return isinstance(where, ServerAddress)


def short_name(where: Path | ServerAddress) -> str:
    """The database as a window title names it: the file's name, or "DATABASE (HOST)"."""
    if isinstance(where, ServerAddress):
        return f"{where.database} ({where.host})"
    return Path(where).name


# This computer's choice --------------------------------------------------------------------------

def remembered() -> ServerAddress | None:
    """The shared database this computer opens at start (None: the file in the data
    folder). A choice that no longer reads as an address is no choice."""
    text = this_computer.get(KEY)
    if not isinstance(text, str) or not address.is_address(text):
        return None
    try:
        found = address.parse(text)
    except BadAddress:
        return None
    return found.with_password(None)


def remember(where: ServerAddress) -> None:
    """Open *where* at the next start on this computer (its address only, never a
    password; CannotSaveChoice if the choice cannot be written)."""
    this_computer.save(KEY, where.url())


def forget() -> None:
    """Open the database file in the data folder at the next start again."""
    this_computer.save(KEY, None)


def local_file() -> Path:
    """The database on this computer: civicdesk.db in the data folder."""
    return paths.default_db_path()

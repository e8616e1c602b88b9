"""What every command shares: exit codes, finding and opening the database, writing output,
and `Cli.tr`, which translates the command line's texts (context "Cli")."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee as pw

from civicdesk import i18n, paths, plaintext
from civicdesk.data import address, database, lockfile
from civicdesk.data.address import ServerAddress
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services import actors, errors, shared_database
from civicdesk.services.actors import Actor

EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = 0, 1, 2
NOT_A_NAME = QT_TRANSLATE_NOOP("Errors", "no file name can hold one of its characters")


class Cli(i18n.Context):
    """`Cli.tr(text)`: a text the command line shows people, in their language. Values go
    in afterwards (`Cli.tr("... {path}").format(path=...)`); a count with `%n` chooses
    the plural form: `Cli.tr("%n problem(s):", "", count)` (lupdate needs the "")."""


def not_a_name() -> Message:
    return Message("Errors", NOT_A_NAME)


class FilesOnly(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{command} works on database files, and {address} is a database on a "
                  "server. {advice}")


class NoServerPassword(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "no password for {address}: {why}")


class NoDatabase(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "there is no database at {path}")


class CannotWrite(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}")


class CannotOpen(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "cannot open {path}: {reason}")


class LoginNeeded(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "this database has user accounts: say who you are with --as NAME before "
                  "the command, for example: civicdesk --as NAME {command} ...")


class NoAccountsYet(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "--as {name}: this database has no user accounts yet; leave out --as, or "
                  "add the first admin with: civicdesk user add NAME --role admin")


class NoSecret(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "no PIN or password for {whose}: {why}")


class SecretsDiffer(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "the two PINs or passwords typed for {whose} are not the same; nothing "
                  "was changed")


_NO_LINE = QT_TRANSLATE_NOOP("Errors", "standard input has no more lines "
                                       "(--password-stdin reads one line for each)")
_EMPTY_LINE = QT_TRANSLATE_NOOP("Errors", "its line on standard input is empty")
_NOTHING_TYPED = QT_TRANSLATE_NOOP("Errors", "nothing was typed")


def location(args: argparse.Namespace) -> Path | ServerAddress:
    """The database a command or the window works on: --db, a file or the address of a
    server's database (`postgresql://USER@HOST[:PORT]/DATABASE`; BadAddress says what is
    wrong with one), else the shared database this computer was connected to (File >
    Connect to a shared database…: the commands work where the window does), else the
    data folder's file. A value with a scheme is never taken for a file name (it once made
    a folder named "postgresql:")."""
    given = getattr(args, "db", None)
    if given and address.is_address(given):
        return address.parse(given)
    if not given:
        chosen = shared_database.remembered()
        if chosen is not None:
            return chosen
    try:
        return Path(file_name(given)).expanduser() if given else paths.default_db_path()
    except RuntimeError as exc:  # ~someone who has no home folder here
        raise CannotOpen(path=given or f"${paths.DATA_DIR_ENV}", reason=str(exc)) from exc


def db_path(args: argparse.Namespace, command: str = "", advice: str = "") -> Path:
    """The database file of a command that works on files only (FilesOnly, with *advice*,
    for a server's database)."""
    found = location(args)
    if isinstance(found, ServerAddress):
        raise FilesOnly(command=f"civicdesk {command}".strip(), address=found.url(),
                        advice=advice)
    return found


def is_server(where: Path | ServerAddress) -> bool:
    return isinstance(where, ServerAddress)


def file_name(text: str) -> str:
    """*text*, if the system can take it as a file name (no NUL, no character it cannot
    encode), else CannotOpen. Names from the real command line always can, except for NUL
    on no system; names from elsewhere (an environment, a test) may not."""
    try:
        if "\x00" not in text:
            os.fsencode(text)
            return text
    except UnicodeError:
        pass
    raise CannotOpen(path=text, reason=not_a_name())


def is_empty_file(path: Path | ServerAddress) -> bool:
    if is_server(path):
        return False
    try:
        return path.is_file() and path.stat().st_size == 0
    except OSError:  # a name the system refuses: opening it says so
        return False


@contextmanager
def opened(args: argparse.Namespace, *, must_exist: bool = True,
           writes: bool = True) -> Iterator[pw.Database]:
    """The database chosen on the command line, open for the block, closed after.

    A file: a command that *writes* takes the file's lock and is refused (`FileInUse`,
    naming who) while a CivicDesk window has it open; one that only reads opens it
    read-only then. A server's database: no lock (the server lets many PCs in at once), and
    the password found as `passwords.connect` says, asked on the terminal last."""
    where = location(args)
    if is_server(where):
        with opened_server(args, where) as db:
            yield db
        return
    path = where
    try:
        missing = must_exist and not path.exists()
    except OSError as exc:  # the name itself is refused (too long, say)
        raise CannotOpen(path=str(path), reason=exc.strerror or str(exc)) from exc
    if missing:
        raise NoDatabase(path=str(path))
    with locked(path, writes=writes) as holder:
        try:
            db = database.open_database(path, read_only=holder)
        except OSError as exc:  # the name itself is refused (too long, say)
            raise CannotOpen(path=str(path), reason=exc.strerror or str(exc)) from exc
        try:
            yield db
        finally:
            database.close_database(db)


@contextmanager
def opened_server(args: argparse.Namespace, where: ServerAddress) -> Iterator[pw.Database]:
    """The server's database *where*, open for the block (its schema made in an empty
    database), closed after. A password typed and refused ends the command (WrongPassword)."""
    from civicdesk import passwords

    stdin = getattr(args, "as_password_stdin", False)
    connected = passwords.connect(where, database.open_database,
                                  lambda address, problem: passwords.Typed(
                                      read_server_password(address, problem, stdin=stdin)),
                                  again=False)
    db = connected.opened
    try:
        yield db
    finally:
        database.close_database(db)


@contextmanager
def locked(path: Path, *, writes: bool = True) -> Iterator[lockfile.Holder | None]:
    """Hold the lock of *path* for the block. Yields None, or, for a command that only
    reads while another copy holds the lock, who holds it (open read-only then)."""
    try:
        lock = lockfile.acquire(path)
    except lockfile.FileInUse as exc:
        if writes:
            raise
        yield exc.holder
        return
    with lock:
        yield None


def user_error(message: object) -> int:
    """Print `civicdesk: MESSAGE` on one line on stderr (whatever the message quotes:
    line breaks, control or broken characters), a Message in the user's language; the exit
    code for a user error."""
    print(f"civicdesk: {plaintext.one_line(str(message))}", file=sys.stderr)
    return EXIT_USER_ERROR


def shown(path: str | Path | ServerAddress) -> str:
    """*path* as a line of output shows it: a name with bytes that are not UTF-8 (which
    Python hands over as lone surrogates) shows U+FFFD there instead of failing to print
    on a strict UTF-8 console; a server's address without its password."""
    if is_server(path):
        return plaintext.shown(path.url(), limit=4096)
    return plaintext.shown(str(path), limit=4096)


def write_file(path: Path, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except (OSError, ValueError) as exc:  # ValueError: a NUL or a lone surrogate in the name
        raise CannotWrite(path=str(path), reason=write_failure(exc)) from exc


def write_failure(exc: OSError | ValueError) -> str | Message:
    """Why a file could not be written, for CannotWrite."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return not_a_name()


# Logging in ----------------------------------------------------------------------------------
# On a database with accounts, a command that changes or exports data runs as the user named
# by the global --as NAME, who logs in with a PIN or password: typed at a prompt that does
# not echo, or, with --password-stdin, the next line of standard input. Secrets are read in
# the order they are used, so the acting user's comes first, then a new one (user add/reset).

def read_secret(whose: str, *, stdin: bool, confirm: bool = False) -> str:
    """A PIN or password for *whose*: the next line of standard input, or asked without
    echo (twice with *confirm*). NoSecret when there is none; never an empty one."""
    if stdin:
        return _next_line(lambda why: NoSecret(whose=whose, why=why))
    try:
        secret = getpass.getpass(Cli.tr("PIN or password for {name}: ").format(name=whose))
        if secret and confirm:
            from civicdesk.services import accounts

            if accounts.secret_problem(secret) is None \
                    and getpass.getpass(Cli.tr("The same again, to be sure: ")) != secret:
                raise SecretsDiffer(whose=whose)
    except EOFError:
        raise NoSecret(whose=whose, why=Message("Errors", _NO_LINE)) from None
    if not secret:
        raise NoSecret(whose=whose, why=Message("Errors", _NOTHING_TYPED))
    return secret


def read_server_password(where: ServerAddress, problem: UserError | None, *,
                         stdin: bool) -> str:
    """The password of the server's user for *where*, which the server asks for: the next
    line of standard input (the first secret a command reads, since it connects first), or
    asked without echo. *problem*: why a password found elsewhere (PGPASSWORD, the keyring)
    did not do, said first."""
    def missing(why: Message) -> NoServerPassword:
        return NoServerPassword(address=where.url(), why=why)

    if problem is not None:
        print(f"civicdesk: {plaintext.one_line(str(problem.message))}", file=sys.stderr)
    if stdin:
        return _next_line(missing)
    try:
        secret = getpass.getpass(Cli.tr("Password of {user} on the database server {server}: "
                                        ).format(user=where.user, server=where.host))
    except EOFError:
        raise missing(Message("Errors", _NO_LINE)) from None
    if not secret:
        raise missing(Message("Errors", _NOTHING_TYPED))
    return secret


def _next_line(error) -> str:
    """The next line of standard input, without its line break (else `error(why)`)."""
    line = sys.stdin.readline()
    if not line:
        raise error(Message("Errors", _NO_LINE))
    secret = line.removesuffix("\n").removesuffix("\r")
    if not secret:
        raise error(Message("Errors", _EMPTY_LINE))
    return secret


def acting(args: argparse.Namespace) -> Actor:
    """Who runs the command, in the database now open: the user of --as, logged in (the
    attempt is audited, and a wrong secret counts, by `accounts.login`), or, on a database
    without accounts, the operating system's user as an admin, as before logins."""
    from civicdesk.services import accounts

    name = getattr(args, "as_user", None)
    if not accounts.any_accounts():
        if name:
            raise NoAccountsYet(name=name)
        return actors.local_actor()
    if not name:
        raise LoginNeeded(command=getattr(args, "command_name", None) or "COMMAND")
    secret = read_secret(name, stdin=getattr(args, "as_password_stdin", False))
    return accounts.login(name, secret)


def require(actor: Actor, permission: str, service: str) -> None:
    """Refuse (PermissionDenied, audited like the services' guard) unless *actor* may."""
    from civicdesk.services import guard

    try:
        actor.require(permission)
    except errors.PermissionDenied as exc:
        guard.record_refusal(actor, service, exc)
        raise

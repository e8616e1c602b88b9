"""The passwords of database servers (#17): where CivicDesk finds one, and the keyring.

A password is never written to a settings file. To connect to a server's database
CivicDesk tries, in this order:

1. the address's own password (`postgresql://USER:PASSWORD@HOST/DB`): then only that one;
2. libpq's own ways, by connecting without one: PGPASSWORD, ~/.pgpass (or a server that
   asks for none);
3. the password this computer's keyring keeps for the address (service "CivicDesk", user
   name `ServerAddress.key`, user@host:port/database);
4. asking: the command line on the terminal without echo (or the next line of standard
   input with --password-stdin), the window in a dialog that may remember it in the
   keyring.

`connect` runs that order around any way of opening (`database.open_database`, the
connect dialog's test); the keyring is asked only when libpq had no password that worked,
and a password found wrong there is forgotten once a typed one works. No Qt here: the
command line and the window share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from civicdesk.data import pg_errors
from civicdesk.data.address import ServerAddress
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP

SERVICE = "CivicDesk"

# The server's two answers about passwords: none was given, or the one given is wrong.
PasswordNeeded = pg_errors.PasswordNeeded
WrongPassword = pg_errors.WrongPassword

T = TypeVar("T")


class CannotRemember(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "this computer's keyring did not keep the password of {key} ({reason}); "
                  "it will be asked again next time")


class NotGiven(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "no password was typed for {key}, so CivicDesk did not connect to it")


def needed(where: ServerAddress) -> UserError:
    """The server's request for the password of *where*'s user, as a message."""
    return pg_errors.make(PasswordNeeded, where)


@dataclass(frozen=True)
class Typed:
    """A password typed by the user, and whether to keep it in the keyring once it works."""

    password: str
    remember: bool = False


# Asked for a password: (the address, why it is asked again: the refusal of the one before,
# or None) -> what was typed, or None when the user would rather not (cancelled).
Ask = Callable[[ServerAddress, UserError | None], Typed | None]


@dataclass(frozen=True)
class Connected:
    """What `connect`'s opener returned, and the password typed for it (None: none was)."""

    opened: object
    typed: Typed | None = None


def connect(address: ServerAddress, opener: Callable[[ServerAddress], T], ask: Ask, *,
            again: bool = True) -> Connected | None:
    """`opener(address)` with the first password that works, in the order above: the
    address's own, libpq's, the keyring's, then `ask`ed (None: the user cancelled).

    *again*: after a typed password is refused, ask again (the window); otherwise the
    refusal (`WrongPassword`) is raised (the command line). Whatever else the opener
    raises (the server is down, not our database) is raised as it is."""
    if address.password is not None:  # given with the address: that one only
        return Connected(opener(address))
    problem: UserError | None = None
    try:
        return Connected(opener(address))
    except PasswordNeeded:
        pass
    except WrongPassword as exc:  # PGPASSWORD or ~/.pgpass holds an old one
        problem = exc
    kept = saved(address)
    if kept is not None:
        try:
            return Connected(opener(address.with_password(kept)))
        except WrongPassword as exc:  # changed on the server since it was kept
            problem = exc
    while True:
        typed = ask(address, problem)
        if typed is None:
            return None
        try:
            opened = opener(address.with_password(typed.password))
        except WrongPassword as exc:
            if not again:
                raise
            problem = exc
            continue
        if kept is not None and not typed.remember:
            forget(address)  # the kept one no longer works
        return Connected(opened, typed)


# The keyring ----------------------------------------------------------------------------------

def keyring_usable() -> bool:
    """Does this computer have a keyring CivicDesk can keep passwords in? (Not keyring's
    "fail" or "null" stand-ins, nor a chain of no keyrings.)"""
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        ring = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a keyring that cannot even start is no keyring
        return False
    if isinstance(ring, fail.Keyring | null.Keyring):
        return False
    return not isinstance(ring, chainer.ChainerBackend) or bool(ring.backends)


def keyring_name() -> str:
    """The keyring in use, as keyring names it ("SecretService Keyring"), for the self-test."""
    import keyring

    return keyring.get_keyring().name


def saved(address: ServerAddress) -> str | None:
    """The password this computer's keyring keeps for *address* (None: none, or the keyring
    cannot be asked, which is not worth stopping for: the password is asked instead)."""
    if not keyring_usable():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, address.key)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        return None


def remember(address: ServerAddress, password: str) -> None:
    """Keep *password* for *address* in this computer's keyring (CannotRemember if not)."""
    import keyring

    try:
        keyring.set_password(SERVICE, address.key, password)
    except Exception as exc:  # noqa: BLE001 - every backend fails its own way
        raise CannotRemember(key=address.key, reason=str(exc) or type(exc).__name__) from exc


def forget(address: ServerAddress) -> None:
    """Take the password of *address* out of the keyring (nothing if none is kept there)."""
    if not keyring_usable():
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, address.key)
    except Exception:  # noqa: BLE001 - none kept, or the keyring refuses: nothing to undo
        pass

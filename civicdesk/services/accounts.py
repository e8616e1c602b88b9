"""Personal logins: the accounts, their secrets (a PIN or a password, argon2), logging in
with a lockout that waits longer after each wrong secret, and the admins' account tools.

A database without accounts is a new one: the first admin is created without anyone
logged in (`create_first_admin`); from then on every actor is a logged-in user
(`login` returns the `Actor` every service call is given).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import argon2

from civicdesk import clock, plaintext
from civicdesk.data import models
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services import actors, audit, errors, references, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.errors import Problem
from civicdesk.services.guard import ANYONE, allowed, record_refusal

ROLES = ("admin", "coordinator", "volunteer")
ROLE_TEXT = {
    "admin": QT_TRANSLATE_NOOP("Role", "Admin"),
    "coordinator": QT_TRANSLATE_NOOP("Role", "Coordinator"),
    "volunteer": QT_TRANSLATE_NOOP("Role", "Volunteer"),
}
PIN_DIGITS = 4  # a secret of digits only is a PIN, and has at least this many
PASSWORD_CHARS = 8  # any other secret is a password, and has at least this many
FREE_ATTEMPTS = 5  # wrong secrets in a row before the account has to wait
FIRST_WAIT = timedelta(seconds=30)  # after the 5th; doubled after each further one
LONGEST_WAIT = timedelta(minutes=15)

# argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile: 3 passes, 64 MiB,
# 4 lanes): about 50 ms on an office PC, and old hashes are upgraded at the next login.
HASHER = argon2.PasswordHasher()

USER_FIELDS = {
    "username": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Name"), required=True,
                                     max_len=80),
    "display_name": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Display name"),
                                         max_len=80),
    "role": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Role"), "choice", choices=ROLES),
    "person": validation.FieldSpec(QT_TRANSLATE_NOOP("Field", "Linked person"), "ref"),
}
SECRET_LABEL = QT_TRANSLATE_NOOP("Field", "PIN or password")


class NoSuchUser(UserError):
    context = "Login"
    template = QT_TRANSLATE_NOOP("Login", "There is no active user named \u201c{name}\u201d.")


class WrongSecret(UserError):
    context = "Login"
    template = QT_TRANSLATE_NOOP(
        "Login", "That PIN or password is not right for {name}. {left}")


class MustWait(UserError):
    context = "Login"
    template = QT_TRANSLATE_NOOP(
        "Login", "Too many wrong attempts for {name}: try again in {seconds} seconds, or ask "
                 "an admin to reset the PIN or password.")

    def __init__(self, *, name: str, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(name=name, seconds=seconds)


class AccountsExist(UserError):
    context = "Login"
    template = QT_TRANSLATE_NOOP(
        "Login", "This database has user accounts already; log in as an admin to add one.")


class LastAdmin(UserError):
    context = "Login"
    template = QT_TRANSLATE_NOOP(
        "Login", "{name} is the last active admin: make someone else an admin first, or "
                 "nobody could manage the accounts any more.")


class NameTaken(UserError):
    context = "Login"
    template = QT_TRANSLATE_NOOP("Login", "There is already a user named \u201c{name}\u201d.")


_ATTEMPTS_LEFT = QT_TRANSLATE_NOOP("Login", "Wrong attempts left before the account has to "
                                            "wait: {count}.")
_NOW_WAITS = QT_TRANSLATE_NOOP("Login", "The account now has to wait {seconds} seconds.")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    person_id: int | None
    person_name: str
    last_login_at: datetime | None
    failed_attempts: int

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username


# --- secrets --------------------------------------------------------------------------

def secret_problem(secret: str | None) -> str | None:
    """Why *secret* cannot be a PIN or password (a translatable text), or None."""
    secret = secret or ""
    if not secret.strip():
        return QT_TRANSLATE_NOOP("Login", "Enter a PIN or a password.")
    if secret.isdigit() and secret.isascii():
        if len(secret) < PIN_DIGITS:
            return QT_TRANSLATE_NOOP("Login", "A PIN has at least 4 digits.")
        return None
    if len(secret) < PASSWORD_CHARS:
        return QT_TRANSLATE_NOOP("Login", "A password has at least 8 characters "
                                          "(or use a PIN of at least 4 digits).")
    return plaintext.problem(secret, multiline=False) and QT_TRANSLATE_NOOP(
        "Login", "A password cannot hold line breaks or control characters.")


def _check_secret(secret: str | None) -> str:
    problem = secret_problem(secret)
    if problem:
        raise errors.ValidationError([Problem("secret", SECRET_LABEL,
                                              Message("Login", problem, {}))])
    return secret


def hash_secret(secret: str) -> str:
    return HASHER.hash(_check_secret(secret))


# --- reading --------------------------------------------------------------------------

def any_accounts() -> bool:
    """Whether this database has user accounts (then everyone logs in)."""
    return models.User.select().exists()


def _row(user: models.User) -> UserRow:
    person = user.person
    name = " ".join(p for p in (person.first_name, person.last_name) if p) if person else ""
    return UserRow(user.id, user.username, user.display_name, user.role, user.active,
                   user.person_id, name, user.last_login_at, user.failed_attempts)


def list_users(*, active_only: bool = False) -> list[UserRow]:
    """Every account, by display name (the login screen lists the active ones)."""
    query = models.User.select()
    if active_only:
        query = query.where(models.User.active == True)  # noqa: E712 - peewee expression
    found = [_row(u) for u in query]
    return sorted(found, key=lambda u: (u.shown_name.casefold(), u.id))


def find_user(name: str) -> models.User | None:
    """The account named *name* (its user name or display name, any case)."""
    wanted = (name or "").strip().casefold()
    for user in models.User.select():
        if wanted in (user.username.casefold(), (user.display_name or "").casefold()):
            return user
    return None


def actor_of(user: models.User) -> Actor:
    return Actor(user.display_name or user.username, user.role, user.id)


# --- logging in -----------------------------------------------------------------------

def wait_after(failed: int) -> timedelta:
    """How long an account waits after *failed* wrong secrets in a row."""
    if failed < FREE_ATTEMPTS:
        return timedelta(0)
    doublings = min(failed - FREE_ATTEMPTS, 16)  # 30 s x 2^16 is long past the longest
    return min(FIRST_WAIT * (2 ** doublings), LONGEST_WAIT)


def seconds_to_wait(user: models.User) -> int:
    """Seconds before *user* may try again (0: now)."""
    if user.failed_at is None:
        return 0
    left = user.failed_at + wait_after(user.failed_attempts) - clock.utcnow()
    return max(0, int(left.total_seconds() + 0.999))


def login(name: str | int, secret: str) -> Actor:
    """Check *secret* for the user *name* (a user name, display name or id) and return the
    actor. Every attempt is audited; a wrong secret counts towards the lockout."""
    user = (models.User.get_or_none(models.User.id == name) if isinstance(name, int)
            else find_user(name))
    shown = str(name)
    if user is None or not user.active:
        exc = NoSuchUser(name=shown)
        _refuse(Actor(shown, "volunteer", user.id if user else None), exc, "unknown user")
        raise exc
    actor = actor_of(user)
    wait = seconds_to_wait(user)
    if wait:
        exc = MustWait(name=actor.name, seconds=wait)
        _refuse(actor, exc, "waiting")
        raise exc
    try:
        HASHER.verify(user.password_hash, secret or "")
    except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
        failed = user.failed_attempts + 1
        with rows.transaction(gated=False):
            models.User.update(failed_attempts=failed, failed_at=clock.utcnow()).where(
                models.User.id == user.id).execute()
        left = FREE_ATTEMPTS - failed
        hint = (Message("Login", _ATTEMPTS_LEFT, {"count": left}) if left > 0
                else Message("Login", _NOW_WAITS,
                                        {"seconds": int(wait_after(failed).total_seconds())}))
        exc = WrongSecret(name=actor.name, left=hint)
        exc.attempts_left = max(left, 0)
        _refuse(actor, exc, "wrong secret", attempt=failed)
        raise exc from None
    changes: dict[str, Any] = {"failed_attempts": 0, "failed_at": None,
                               "last_login_at": clock.utcnow()}
    if HASHER.check_needs_rehash(user.password_hash):
        changes["password_hash"] = HASHER.hash(secret)
    if _writable():
        with rows.transaction(gated=False):
            models.User.update(**changes).where(models.User.id == user.id).execute()
            audit.record(actor, "login", "user", user.id)
    return actor


def _writable() -> bool:
    from civicdesk.data import database
    return database.read_only_for(models.database.obj) is None


def _refuse(actor: Actor, exc: UserError, reason: str, **details: Any) -> None:
    if _writable():
        record_refusal(actor, "accounts.login", exc, table="user" if actor.user_id else "",
                       row_id=actor.user_id, why=reason, **details)


# --- managing accounts ----------------------------------------------------------------

def _unique_name(username: str, display_name: str, keep: int | None = None) -> None:
    for name in {username, display_name} - {""}:
        other = find_user(name)
        if other is not None and other.id != keep:
            raise NameTaken(name=name)


def _create(actor: Actor, values: dict[str, Any], secret: str) -> models.User:
    values = validation.clean(USER_FIELDS, values)
    references.check(models.Person, values, "person", USER_FIELDS["person"].label)
    values.setdefault("role", "volunteer")
    if not values.get("display_name"):
        values["display_name"] = values["username"]
    password_hash = hash_secret(secret)
    _unique_name(values["username"], values["display_name"])
    user = rows.create_row(actor, models.User, values | {"password_hash": password_hash},
                           masked={"password_hash"})
    return user


def create_first_admin(display_name: str, secret: str, *, username: str = "") -> Actor:
    """The first account of a database that has none: an admin, created without a login."""
    with rows.transaction(gated=False):
        if any_accounts():
            raise AccountsExist()
        name = (display_name or "").strip()
        first = Actor(name or "?", "admin")
        user = _create(first, {"username": username or name, "display_name": name,
                               "role": "admin"}, secret)
    return actor_of(user)


@allowed(actors.MANAGE_ACCOUNTS)
def add_user(actor: Actor, values: dict[str, Any], secret: str) -> Changes:
    """A new account: `username`, optional `display_name`, `role`, `person`."""
    with rows.transaction():
        user = _create(actor, values, secret)
    return Changes("user", user.id)


def _active_admins(but: int) -> int:
    U = models.User
    return U.select().where((U.role == "admin") & (U.active == True)  # noqa: E712
                            & (U.id != but)).count()


def _change(actor: Actor, user_id: int, values: dict[str, Any], action: str = "update"
            ) -> Changes:
    with rows.transaction():
        user = rows.get_row(models.User, user_id)
        references.check(models.Person, values, "person", USER_FIELDS["person"].label)
        demoted = values.get("active") is False or values.get("role", "admin") != "admin"
        if user.role == "admin" and user.active and demoted and not _active_admins(user.id):
            raise LastAdmin(name=user.display_name or user.username)
        rows.update_row(actor, models.User, user_id, None, values,
                        masked={"password_hash"}, action=action, row=user)
    return Changes("user", user_id)


@allowed(actors.MANAGE_ACCOUNTS)
def reset_secret(actor: Actor, user_id: int, secret: str) -> Changes:
    """Give the account a new PIN or password and end any wait."""
    return _change(actor, user_id, {"password_hash": hash_secret(secret), "failed_attempts": 0,
                                    "failed_at": None}, action="reset")


@allowed(ANYONE)
def change_own_secret(actor: Actor, old: str, new: str) -> Changes:
    """The logged-in user changes their own PIN or password (the old one is asked)."""
    user = rows.get_row(models.User, actor.user_id) if actor.user_id else None
    if user is None:
        raise NoSuchUser(name=actor.name)
    try:
        HASHER.verify(user.password_hash, old or "")
    except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
        raise WrongSecret(name=actor.name, left="") from None
    return _change(actor, user.id, {"password_hash": hash_secret(new)}, action="reset")


@allowed(actors.MANAGE_ACCOUNTS)
def set_active(actor: Actor, user_id: int, active: bool) -> Changes:
    return _change(actor, user_id, {"active": bool(active)})


@allowed(actors.MANAGE_ACCOUNTS)
def update_user(actor: Actor, user_id: int, values: dict[str, Any]) -> Changes:
    """Change an account's `display_name`, `role` or linked `person`."""
    values = validation.clean(USER_FIELDS, values, partial=True)
    if "display_name" in values:
        if not values["display_name"]:
            values.pop("display_name")
        else:
            _unique_name("", values["display_name"], keep=user_id)
    return _change(actor, user_id, values)


@allowed(ANYONE)
def user_for(actor: Actor) -> UserRow | None:
    """The acting user's own account (None for an actor without one)."""
    user = models.User.get_or_none(models.User.id == actor.user_id) if actor.user_id else None
    return _row(user) if user else None

"""Demo logins (`civicdesk demo --with-logins`): one account per role, each with a PIN.

Made through `services.accounts` like any other account: on a database without accounts
the demo admin is its first admin and adds the other two; otherwise *actor* (an admin,
logged in) adds all three.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import accounts
from civicdesk.services.actors import Actor

ACCOUNTS = (  # user name, display name, role
    ("admin", "Demo Admin", "admin"),
    ("coordinator", "Demo Coordinator", "coordinator"),
    ("volunteer", "Demo Volunteer", "volunteer"),
)
PIN_DIGITS = 6


class DemoNameTaken(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "--with-logins: this database already has a user named \u201c{name}\u201d; "
                  "nothing was changed")


@dataclass(frozen=True)
class DemoLogin:
    username: str
    display_name: str
    role: str
    pin: str


def check_free() -> None:
    """DemoNameTaken unless every demo name is free (asked before any demo data is made)."""
    for username, display_name, _role in ACCOUNTS:
        for name in (username, display_name):
            if accounts.find_user(name) is not None:
                raise DemoNameTaken(name=name)


def _pin() -> str:
    # Random, not from the demo's seed: a demo file that ends up in use has no known PIN.
    return "".join(secrets.choice("0123456789") for _ in range(PIN_DIGITS))


def make(actor: Actor | None = None) -> list[DemoLogin]:
    """The three demo accounts with new random PINs (*actor* adds them where accounts
    exist already; on a database without any, the demo admin is the first admin)."""
    check_free()
    made = [DemoLogin(*account, _pin()) for account in ACCOUNTS]
    rest = made
    if not accounts.any_accounts():
        first, *rest = made
        actor = accounts.create_first_admin(first.display_name, first.pin,
                                            username=first.username)
    for login in rest:
        accounts.add_user(actor, {"username": login.username, "display_name": login.display_name,
                                  "role": login.role}, login.pin)
    return made

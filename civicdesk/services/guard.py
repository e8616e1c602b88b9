"""Every service call that names an acting user is checked here: `@allowed(permission)`.

The decorator is the services' table of who may do what (`REGISTRY`, which the README's
role table and tests/test_permissions.py are made from). It refuses an actor with no known
role, checks the declared permission before anything else is done, and writes one
"refused" audit entry for every `PermissionDenied` that leaves the call (also one raised
inside it, such as an overlap override by a volunteer), in its own transaction, after the
call's own transaction was rolled back.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from civicdesk.data import database, models
from civicdesk.data import errors as data_errors
from civicdesk.services import audit, errors
from civicdesk.services.actors import ROLE_PERMISSIONS, Actor

F = TypeVar("F", bound=Callable[..., Any])

ANYONE = None  # any logged-in role
REGISTRY: dict[str, str | None] = {}  # "module.function" -> the permission it needs
CONDITIONS: dict[str, dict[str, str]] = {}  # "module.function" -> {case: permission} it checks
REFUSED = "refused"  # the audit action of a refused attempt


def allowed(permission: str | None = ANYONE, *, also: dict[str, str] | None = None
            ) -> Callable[[F], F]:
    """Declare what *permission* the decorated service function needs (None: any role);
    its first argument is the acting `Actor`. *also* names the cases in which the function
    itself checks a further permission ({"sensitive notes": VIEW_SENSITIVE}): declared
    here so that the table of roles and its test know them."""

    def wrap(func: F) -> F:
        name = f"{func.__module__.rsplit('.', 1)[-1]}.{func.__name__}"
        REGISTRY[name] = permission
        if also:
            CONDITIONS[name] = dict(also)

        @functools.wraps(func)
        def guarded(actor: Actor, *args, **kwargs):
            try:
                if not isinstance(actor, Actor) or actor.role not in ROLE_PERMISSIONS:
                    raise errors.PermissionDenied(who=getattr(actor, "name", "?"),
                                                  what=name)
                if permission is not None:
                    actor.require(permission)
                return func(actor, *args, **kwargs)
            except errors.PermissionDenied as exc:
                record_refusal(actor, name, exc)
                raise

        guarded.permission = permission  # type: ignore[attr-defined]
        guarded.service_name = name  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    return wrap


def record_refusal(actor: Any, service: str, exc: Exception, *, table: str = "",
                   row_id: int | None = None, **details: Any) -> None:
    """Write the "refused" audit entry for *exc* once (the outermost guarded call does,
    when no transaction is open any more). A file that cannot be written to (opened
    read-only, a full disk) keeps the refusal without its entry: the user still sees it."""
    if getattr(exc, "audited", False) or models.database.in_transaction():
        return
    exc.audited = True
    if models.database.is_closed() or database.read_only_for(models.database.obj) is not None:
        return
    name = actor.name if isinstance(actor, Actor) else str(actor)
    who = actor if isinstance(actor, Actor) else Actor(name, "volunteer")
    try:
        with models.database.atomic():
            audit.record(who, REFUSED, table, row_id,
                         {"service": service, "reason": str(exc)} | details)
    except data_errors.DATABASE_ERRORS:  # the refusal itself must reach the user
        pass

"""Changing association-wide settings (audited)."""

from __future__ import annotations

from typing import Any

from civicdesk import settings
from civicdesk.data import models
from civicdesk.services import actors, audit, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import ANYONE, allowed

_KINDS = {str: "text", int: "int", bool: "bool"}


@allowed(actors.MANAGE_SETTINGS)
def update_setting(actor: Actor, name: str, value: Any) -> Changes:
    return _set(actor, name, value)


@allowed(ANYONE)
def answer_demo_offer(actor: Actor) -> Changes:
    """The first-run offer of demo data was answered (by anyone: it is asked once)."""
    return _set(actor, "demo_offer_answered", True)


def _set(actor: Actor, name: str, value: Any) -> Changes:
    key = settings.KEYS[name]
    spec = validation.FieldSpec(key.label, _KINDS[key.type], max_len=500,
                                multiline=key.multiline)
    value = validation.clean({name: spec}, {name: value})[name]
    with rows.transaction():
        old = settings.get(name)
        models.Setting.insert(key=name, value=value).on_conflict_replace().execute()
        audit.record(actor, "update", "setting", None, {name: [old, value]})
    if name == "timezone":
        settings.apply_timezone()
    if name == "country":
        settings.apply_country()
    return Changes("setting")

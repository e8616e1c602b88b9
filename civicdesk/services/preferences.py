"""Changing association-wide settings (audited)."""

from __future__ import annotations

from typing import Any

from civicdesk import settings
from civicdesk.data import models
from civicdesk.services import actors, audit, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

_KINDS = {str: "text", int: "int", bool: "bool"}


def update_setting(actor: Actor, name: str, value: Any) -> Changes:
    key = settings.KEYS[name]
    if name != "demo_offer_answered":
        actor.require(actors.MANAGE_SETTINGS)
    spec = validation.FieldSpec(key.label, _KINDS[key.type], max_len=500,
                                multiline=key.multiline)
    value = validation.clean({name: spec}, {name: value})[name]
    with rows.transaction():
        old = settings.get(name)
        models.Setting.insert(key=name, value=value).on_conflict_replace().execute()
        audit.record(actor, "update", "setting", None, {name: [old, value]})
    if name == "timezone":
        settings.apply_timezone()
    return Changes("setting")

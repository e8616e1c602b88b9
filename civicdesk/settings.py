"""Association-wide settings, each declared once with its type and default.

Stored in the database's `setting` table (so every PC that opens the file agrees); changing
one goes through `civicdesk.services.preferences.update_setting` so it is audited. Per-PC
things like window layout live in the GUI's QSettings instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from civicdesk import clock, phones
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Key:
    name: str
    type: type
    default: Any
    label: str
    multiline: bool = False  # text that may hold line breaks (an address)


KEYS: dict[str, Key] = {k.name: k for k in [
    Key("association_name", str, "Neighborhood Association", QT_TRANSLATE_NOOP("Field", "Association name")),
    Key("association_address", str, "", QT_TRANSLATE_NOOP("Field", "Association address"),
        multiline=True),
    Key("logo_path", str, "", QT_TRANSLATE_NOOP("Field", "Logo for reports")),
    Key("timezone", str, "", QT_TRANSLATE_NOOP("Field", "Time zone (empty: this computer's)")),
    Key("idle_lock_minutes", int, 5, QT_TRANSLATE_NOOP("Field", "Lock after idle minutes")),
    Key("backup_folder_2", str, "", QT_TRANSLATE_NOOP(
        "Field", "Second folder for backups (a USB stick or another disk)")),
    Key("request_retention_months", int, 24, QT_TRANSLATE_NOOP("Field", "Keep closed requests (months)")),
    Key("sensitive_notes_retention_months", int, 0, QT_TRANSLATE_NOOP(
        "Field", "Purge the sensitive notes of requests closed more than this many months "
                 "ago (0: keep them)")),
    Key("dues_amount_cents", int, 2000, QT_TRANSLATE_NOOP("Field", "Yearly dues")),
    Key("currency", str, "USD", QT_TRANSLATE_NOOP("Field", "Currency")),
    Key("demo_offer_answered", bool, False, QT_TRANSLATE_NOOP("Field", "Demo data offer answered")),
]}


def get(name: str) -> Any:
    key = KEYS[name]
    row = models.Setting.get_or_none(models.Setting.key == name)
    if row is None or row.value is None:
        return key.default
    try:
        return key.type(row.value)
    except (TypeError, ValueError):
        return key.default


def apply_timezone() -> None:
    """Set the association clock's zone from the setting (empty or unknown: this computer's).
    Called when a database opens and when the setting changes."""
    clock.set_zone(get("timezone"))


def phone_country() -> str:
    """The country whose numbers are typed without a +: the `country` setting where there is
    one, else this computer's locale (`en_GB` gives GB), else the US. The one place that
    decides it."""
    chosen = get("country") if "country" in KEYS else ""
    if chosen:
        return str(chosen).strip().upper()
    return phones.locale_region()


def apply_country() -> None:
    """Read phone numbers in the association's country from now on (see `phones`). Called
    when a database opens and when the setting changes."""
    phones.set_region(phone_country())

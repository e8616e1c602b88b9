"""Association-wide settings, each declared once with its type, default and rules.

Stored in the database's `setting` table (so every PC that opens the file agrees); changing
one goes through `civicdesk.services.preferences.update_setting` so it is checked and
audited. Per-PC things like window layout live in the GUI's QSettings instead.
"""

from __future__ import annotations

import base64
import binascii
import locale
import os
import re
from dataclasses import dataclass
from typing import Any

from civicdesk import clock, localformat, phones
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP

# The groups of the Settings dialog (and of `civicdesk settings list`), in order.
IDENTITY, FORMATS, DUES, LOCKING, OTHER = "identity", "formats", "dues", "locking", "other"
GROUPS = {
    IDENTITY: QT_TRANSLATE_NOOP("Field", "The association"),
    FORMATS: QT_TRANSLATE_NOOP("Field", "Formats"),
    DUES: QT_TRANSLATE_NOOP("Field", "Dues"),
    LOCKING: QT_TRANSLATE_NOOP("Field", "Locking and backups"),
    OTHER: QT_TRANSLATE_NOOP("Field", "Keeping records"),
}

# Countries that print on US Letter; everyone else uses A4 (ISO 216).
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA",
                              "DO", "PR", "SV", "NI", "BZ", "BO"})


@dataclass(frozen=True)
class Key:
    """One setting. `kind` is how `preferences` checks it (a `validation` kind, or one of
    its own: timezone, country, currency, website, folder, image); `default` may be a
    function, for a default that depends on this computer (the paper size)."""

    name: str
    type: type
    default: Any
    label: str
    multiline: bool = False  # text that may hold line breaks (an address)
    group: str = OTHER
    kind: str = ""  # empty: from the type (text, int, bool)
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    max_len: int = 200
    hidden: bool = False  # kept by the program, not offered in the dialog or the CLI

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


_locale_country: str = ""


def set_locale_country(code: str) -> None:
    """The country of this computer's locale as the GUI knows it (QLocale), used for the
    defaults of `country` and `paper` while they are not set."""
    global _locale_country
    _locale_country = (code or "").upper()


def locale_country() -> str:
    """This computer's country ("US", "DE"...), or "" when its locale does not say."""
    if _locale_country:
        return _locale_country
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        found = re.match(r"[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", os.environ.get(name, ""))
        if found:
            return found.group(1).upper()
    found = re.match(r"[A-Za-z]{2,3}_([A-Za-z]{2})\b", locale.getlocale()[0] or "")
    return found.group(1).upper() if found else ""


def paper_for(country: str) -> str:
    """The usual paper of *country*: Letter in the Americas that use it, else A4 (also
    Letter when the country is unknown, as CivicDesk always printed)."""
    return "letter" if not country or country in LETTER_COUNTRIES else "a4"


def _default_paper() -> str:
    return paper_for(get("country"))


KEYS: dict[str, Key] = {k.name: k for k in [
    Key("association_name", str, "Neighborhood Association",
        QT_TRANSLATE_NOOP("Field", "Association name"), group=IDENTITY, max_len=120),
    Key("association_address", str, "", QT_TRANSLATE_NOOP("Field", "Association address"),
        multiline=True, group=IDENTITY, max_len=400),
    Key("association_phone", str, "", QT_TRANSLATE_NOOP("Field", "Association phone"),
        group=IDENTITY, kind="phone", max_len=40),
    Key("association_email", str, "", QT_TRANSLATE_NOOP("Field", "Association email"),
        group=IDENTITY, kind="email", max_len=200),
    Key("association_website", str, "", QT_TRANSLATE_NOOP("Field", "Association website"),
        group=IDENTITY, kind="website", max_len=200),
    Key("logo", str, "", QT_TRANSLATE_NOOP("Field", "Logo for reports"), group=IDENTITY,
        kind="image"),
    Key("paper", str, _default_paper, QT_TRANSLATE_NOOP("Field", "Paper"), group=FORMATS,
        kind="choice", choices=("letter", "a4")),
    Key("country", str, locale_country, QT_TRANSLATE_NOOP("Field", "Country (for phone "
                                                                   "numbers)"),
        group=FORMATS, kind="country", max_len=60),
    Key("currency", str, "USD", QT_TRANSLATE_NOOP("Field", "Currency"), group=FORMATS,
        kind="currency", max_len=60),
    Key("timezone", str, "", QT_TRANSLATE_NOOP("Field", "Time zone (empty: this computer's)"),
        group=FORMATS, kind="timezone", max_len=100),
    Key("dues_amount_cents", int, 2000, QT_TRANSLATE_NOOP("Field", "Dues (in cents)"),
        group=DUES, minimum=0, maximum=100_000_000),
    Key("dues_period_months", int, 12, QT_TRANSLATE_NOOP("Field", "Dues cover (months)"),
        group=DUES, minimum=1, maximum=60),
    Key("idle_lock_minutes", int, 5, QT_TRANSLATE_NOOP("Field", "Lock after idle minutes "
                                                                "(0: never)"),
        group=LOCKING, minimum=0, maximum=1440),
    Key("backup_folder_2", str, "", QT_TRANSLATE_NOOP(
        "Field", "Second folder for backups (a USB stick or another disk)"), group=LOCKING,
        kind="folder", max_len=1000),
    Key("request_retention_months", int, 24, QT_TRANSLATE_NOOP("Field", "Keep closed requests (months)"),
        minimum=0, maximum=1200),
    Key("sensitive_notes_retention_months", int, 0, QT_TRANSLATE_NOOP(
        "Field", "Purge the sensitive notes of requests closed more than this many months "
                 "ago (0: keep them)"), minimum=0, maximum=1200),
    Key("demo_offer_answered", bool, False, QT_TRANSLATE_NOOP("Field", "Demo data offer answered"),
        hidden=True),
]}


def get(name: str) -> Any:
    """The value of setting *name* (its default when not set, or when no database is open:
    `civicdesk report --list` shows the defaults)."""
    key = KEYS[name]
    if models.database.obj is None:
        return key.default_value()
    row = models.Setting.get_or_none(models.Setting.key == name)
    if row is None or row.value is None or row.value == "" and key.type is str:
        return key.default_value()
    try:
        return key.type(row.value)
    except (TypeError, ValueError):
        return key.default_value()


def is_set(name: str) -> bool:
    """Has *name* been given a value (else its default applies)?"""
    row = models.Setting.get_or_none(models.Setting.key == name)
    return row is not None and row.value not in (None, "")


def logo_png() -> bytes:
    """The association's logo as PNG bytes (checked and scaled when it was set), or b""."""
    try:
        return base64.b64decode(get("logo"), validate=True)
    except (binascii.Error, ValueError):
        return b""


def visible_keys(group: str | None = None) -> list[Key]:
    """The settings a user may see and change (in *group*), in declaration order."""
    return [k for k in KEYS.values() if not k.hidden and group in (None, k.group)]


def apply_timezone() -> None:
    """Set the association clock's zone from the setting (empty or unknown: this computer's).
    Called when a database opens and when the setting changes."""
    clock.set_zone(get("timezone"))


def phone_country() -> str:
    """The country whose numbers are typed without a +: the `country` setting (whose default
    is this computer's locale, `locale_country`), else the US. The one place that decides."""
    chosen = str(get("country") or "").strip().upper()
    return chosen if phones.known_region(chosen) else phones.DEFAULT_REGION


def apply_country() -> None:
    """Read phone numbers in the association's country from now on (see `phones`). Called
    when a database opens and when the setting changes."""
    phones.set_region(phone_country())


def apply_formats() -> None:
    """Write dates, numbers and money for the association's country and in its currency
    from now on (see `localformat`). Called when a database opens and when either changes."""
    localformat.set_region(str(get("country") or ""), str(get("currency") or ""))

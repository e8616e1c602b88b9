"""Presets: the mapping for another system's export (CiviCRM, Wild Apricot), the generic
guess, and mappings the association saved under a name (`services.imports.save_preset`).

A preset names the columns it knows; every other column of the file still gets the
generic guess, so custom fields with plain names are found too. Headers are compared
case-insensitively after trimming (shared/formats/README.md).
"""

from __future__ import annotations

from civicdesk.errors import UserError
from civicdesk.exchange import mapping
from civicdesk.exchange.mapping import Mapping
from civicdesk.exchange.tables import Table
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import imports

# CiviCRM "Export PRIMARY fields" with the membership export's columns. "Do Not Mail" and
# "Do Not Sms" have no consent of ours: a yes is kept as an interest ("do not mail"), and
# "Group(s)" become interests, like Wild Apricot's "Group participation" (#14). The
# membership export has no amount: "Membership Start Date" is a dues payment's start
# when the user maps an amount column (a contribution export's "Total Amount" is guessed).
CIVICRM = {
    "Contact ID": "external_id", "External Identifier": "member_number",
    "First Name": "first_name", "Last Name": "last_name", "Nickname": "preferred_name",
    "Household Name": "household", "Email": "email", "Phone": "phone",
    "Street Address": "street", "Supplemental Address 1": "unit", "City": "city",
    "State": "region", "Postal Code": "postal_code", "Country": "country",
    "Do Not Email": "do_not_email", "Do Not Phone": "do_not_phone",
    "Preferred Language": "languages", "Tag(s)": "skills", "Note(s)": "notes",
    "Group(s)": "interests", "Do Not Mail": "do_not_mail", "Do Not Sms": "do_not_sms",
    "Membership Start Date": "dues_from",
    "Membership Status": "membership_status", "Membership Type": "membership_level",
    "Member Since": "member_since", "Membership Expiration Date": "renewal_due",
    # Known and deliberately not imported (no generic guess for them either):
    "Display Name": None, "Sort Name": None, "Legal Name": None, "Contact Type": None,
    "Middle Name": None, "Do Not Trade": None,
    "Membership ID": None, "Source": None, "Contact Source": None,
    "Primary Member ID": None, "Location Type": None, "Phone Type": None, "Test": None,
    "County": None, "Master Address Belongs To": None,
}

# Wild Apricot contacts/members. The bundle column is the household key: every member of
# a bundle carries its coordinator's id or email. The membership level is kept as an
# interest "level: Family" (honorary also makes the status honorary). "Balance" is what
# the member owes or has in credit, and "Total donated" gifts: neither is a dues payment,
# so neither is read as one.
WILD_APRICOT = {
    "User ID": "external_id", "Member ID": "external_id", "First name": "first_name",
    "Last name": "last_name", "Email": "email", "Preferred Email": "email",
    "Phone": "phone", "Preferred Phone": "phone", "Home Address 1": "street",
    "Home Address 2": "unit", "Home City": "city", "Home Province/State": "region",
    "Home Postal Code": "postal_code", "Home Country": "country",
    "Home Cellular Phone": "mobile", "Home Phone": None,
    "Membership level": "membership_level", "Membership status": "membership_status",
    "Member since": "member_since", "Renewal due": "renewal_due",
    "Member bundle ID or email": "household_key", "Subscribed to emails": "consent_email",
    "Notes": "notes", "Group participation": "interests",
    "Organization": None, "Member role": None, "Archived": None, "Opted in": None,
    "Balance": None, "Total donated": None, "Created on": None, "Last login": None,
    "Profile last updated": None, "Updated by": None, "Work Email Address": None,
    "Home Email Address": None, "Membership enabled": None, "Level last changed": None,
    "Renewal date last changed": None, "Subscription source": None,
}

BUILT_IN = {"generic": ({}, "import"), "civicrm": (CIVICRM, "civicrm"),
            "wildapricot": (WILD_APRICOT, "wildapricot")}
ALIASES = {"wild-apricot": "wildapricot", "wild_apricot": "wildapricot", "civi": "civicrm"}


class UnknownPreset(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP("Import", "there is no preset {name}; the presets are: "
                                           "{names}")


def names() -> list[str]:
    """The built-in presets, then the saved ones."""
    return list(BUILT_IN) + [n for n in imports.saved_presets() if n not in BUILT_IN]


def mapping_for(table: Table, preset: str = "generic") -> Mapping:
    """The guess for *table*'s columns with *preset* (the wizard's mapping step starts
    from it; the user changes any of it)."""
    key = ALIASES.get(preset.strip().casefold(), preset.strip().casefold())
    if key in BUILT_IN:
        known, system = BUILT_IN[key]
        return Mapping(_apply(table.headers, known), key, system)
    saved = imports.saved_preset(preset.strip())
    if saved is None:
        raise UnknownPreset(name=preset, names=", ".join(names()))
    columns = _apply(table.headers, saved.get("columns", {}))
    return Mapping(columns, preset.strip(), saved.get("system", "import"),
                   saved.get("date_order"), decimal_mark=saved.get("decimal_mark"))


def _apply(headers: list[str], known: dict[str, str | None]) -> dict[str, str | None]:
    folded = {name.casefold().strip(): key for name, key in known.items()}
    guessed = mapping.guess([h for h in headers if h.casefold() not in folded])
    result: dict[str, str | None] = {}
    used: set[str] = set()
    for header in headers:
        key = folded[header.casefold()] if header.casefold() in folded \
            else guessed.get(header)
        if key is not None and key in mapping.TARGETS and key not in used:
            used.add(key)
            result[header] = key
        else:
            result[header] = None
    return result


def as_saved(found: Mapping) -> dict:
    """A mapping as `services.imports.save_preset` stores it."""
    return {"columns": {c: k for c, k in found.columns.items()}, "system": found.system,
            "date_order": found.date_order, "decimal_mark": found.decimal_mark}

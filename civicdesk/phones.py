"""Phone numbers by the book (libphonenumber's rules, through `phonenumbers`): the E.164 form
of what was typed, in the association's country, kept beside it so any format finds it.

The country is module state, like the clock's zone: `settings.apply_country` sets it when a
database opens and when the setting changes, so the search index, the duplicate check and
the services all read the same one.
"""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "US"
_region = DEFAULT_REGION


def set_region(code: str | None) -> None:
    """Use *code* (ISO 3166 alpha-2, any case) for numbers typed without a +; unknown or
    empty: the default."""
    global _region
    code = (code or "").strip().upper()
    _region = code if code in phonenumbers.SUPPORTED_REGIONS else DEFAULT_REGION


def known_region(code: str) -> bool:
    """Whether *code* ("GB") is a country whose numbers phonenumbers can read."""
    return code in phonenumbers.SUPPORTED_REGIONS


def region() -> str:
    return _region


def e164(text: str | None) -> str:
    """`+15552324682` for `(555) 232-4682` (in the US), or "" when *text* is not a whole
    number of a possible length (kept as typed then, and still found by its digits)."""
    if not text or not any(ch.isdigit() for ch in text):
        return ""
    try:
        number = phonenumbers.parse(text, _region)
    except phonenumbers.NumberParseException:
        return ""
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalised(values: dict) -> dict:
    """*values* (person fields) with `phone_e164`/`mobile_e164` for each number given."""
    extra = {f"{name}_e164": e164(values[name]) for name in ("phone", "mobile")
             if name in values}
    return {**values, **extra}

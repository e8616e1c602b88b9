"""Declarative field rules: each service lists its fields once; `clean` checks and normalises.

All problems are collected (not just the first), so a form can mark every bad field at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import email_validator

from civicdesk import plaintext
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services.errors import Problem, ValidationError

_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+((x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)

MSG = {
    "required": QT_TRANSLATE_NOOP("Validation", "This is required."),
    "too_long": QT_TRANSLATE_NOOP("Validation", "This is too long (at most {max} characters)."),
    "email": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not an email address; it should look like "
                      "name@example.org."),
    "phone": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not a phone number; use digits, spaces, + - ( ) "
                      "and 6 to 15 digits, for example +1 555 123 4567."),
    "date": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not a date; write it as year-month-day, "
                      "for example 2026-03-31."),
    "datetime": QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not a date and time."),
    "choice": QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not one of: {choices}."),
    "integer": QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not a whole number."),
    "min": QT_TRANSLATE_NOOP("Validation", "This must be at least {min}."),
    "max": QT_TRANSLATE_NOOP("Validation", "This must be at most {max}."),
    "bool": QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not yes or no."),
    "surrogate": QT_TRANSLATE_NOOP(
        "Validation", "This holds a broken character that cannot be saved (often left by "
                      "copying and pasting); type that part again."),
    "control": QT_TRANSLATE_NOOP(
        "Validation", "This holds an invisible control character that cannot be saved "
                      "(often left by copying and pasting); type that part again."),
    "line_break": QT_TRANSLATE_NOOP(
        "Validation", "This must be a single line: remove the line breaks and tabs."),
    "item_too_long": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{item}\u201d is too long (at most {max} characters)."),
    "item_surrogate": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{item}\u201d holds a broken character that cannot be saved; "
                      "type it again."),
    "item_control": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{item}\u201d holds an invisible control character that cannot "
                      "be saved; type it again."),
    "item_line_break": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{item}\u201d must be a single line: remove the line breaks and "
                      "tabs."),
    "number_range": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is too large a number to save."),
    "date_range": QT_TRANSLATE_NOOP(
        "Validation", "{value} is outside the dates CivicDesk keeps ({min} to {max}); check "
                      "the year."),
}

# The widest whole number SQLite stores (64 bits): a larger one is refused, never sent.
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1
# Dates (and the days of times) CivicDesk keeps: any real record, old membership papers
# to a due date typed years ahead, with room to spare from Python's limits (year 1 and
# 9999), so adding a week, a month, a year or the 366 days the calendar export adds can
# never overflow. A year like 0226 or 20260 is a typo, and is caught here.
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2999, 12, 31)


def fits_integer(value: Any) -> bool:
    """Can *value* be sent to SQLite as an integer (True for anything that is not an int:
    the database decides about those)?"""
    return not isinstance(value, int) or INT_MIN <= value <= INT_MAX


def _shown(value: Any) -> Any:
    """*value* as a message quotes it: text on one line and shortened, huge numbers cut."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return value
    try:
        text = str(value)
    except ValueError:  # an integer of more than 4,300 digits: print its first digits
        cut = 10 ** (int(abs(value).bit_length() * 0.30103) - 100)
        text = str(value // cut if value > 0 else -(-value // cut))
    return plaintext.shown(text)


def problem(field: str, label: str, key_or_template: str, value: Any = None,
            **params: Any) -> Problem:
    template = MSG.get(key_or_template, key_or_template)
    return Problem(field, Message("Field", label),
                   Message("Validation", template, {"value": _shown(value), **params}),
                   value)


def fail(field: str, label: str, key_or_template: str, value: Any = None, **params) -> None:
    """Raise a ValidationError for one field."""
    raise ValidationError([problem(field, label, key_or_template, value, **params)])


@dataclass(frozen=True)
class FieldSpec:
    """How one field is checked. `label` is marked for translation in the "Field" context."""

    label: str
    kind: str = "text"  # text, email, phone, date, datetime, bool, choice, int, ref, list
    required: bool = False
    choices: tuple[str, ...] = ()
    max_len: int = 200
    minimum: int | None = None
    maximum: int | None = None
    sensitive: bool = False  # masked in the audit log, needs VIEW_SENSITIVE to change
    masked: bool = False  # masked in the audit log only (health, mobility); sensitive implies it
    multiline: bool = False  # text that may hold line breaks and tabs (notes, details)

    def __post_init__(self) -> None:
        if self.sensitive:
            object.__setattr__(self, "masked", True)


def _text(spec: FieldSpec, value: Any) -> tuple[Any, str | None, dict]:
    value = "" if value is None else str(value).strip()
    if len(value) > spec.max_len:
        return value, "too_long", {"max": spec.max_len}
    return value, plaintext.problem(value, multiline=spec.multiline), {}


def _email(spec, value):
    value, err, params = _text(spec, value)
    if err or not value:
        return value, err, params
    return value, (None if is_email(value) else "email"), {}


def is_email(text: str) -> bool:
    """An address by the rules of email (RFC 5321/5322 and internationalised addresses), as
    `email-validator` reads them, with no look-up on the network (the office PC may be
    offline). Quoted local parts and bracketed IP addresses are refused: no neighbour has
    one, and mail programs handle them badly. What was typed is kept, not its normal form."""
    try:
        email_validator.validate_email(text, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return False
    return True


def _phone(spec, value):
    value, err, params = _text(spec, value)
    if err or not value:
        return value, err, params
    main = re.split(r"(?i)x|ext", value)[0]
    digits = sum(ch.isdigit() for ch in main)
    ok = _PHONE_CHARS.match(value) and 6 <= digits <= 15
    return value, (None if ok else "phone"), {}


def _date(spec, value):
    if value in (None, ""):
        return None, None, {}
    if isinstance(value, datetime):
        return _in_range(value.date(), value.date())
    if isinstance(value, date):
        return _in_range(value, value)
    try:
        value = date.fromisoformat(str(value).strip())
    except ValueError:
        return value, "date", {}
    return _in_range(value, value)


def _in_range(value: Any, *days: date) -> tuple[Any, str | None, dict]:
    if all(DATE_MIN <= day <= DATE_MAX for day in days):
        return value, None, {}
    return value, "date_range", {"min": DATE_MIN.isoformat(), "max": DATE_MAX.isoformat()}


def _datetime(spec, value):
    if value in (None, ""):
        return None, None, {}
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return value, "datetime", {}
    if not isinstance(value, datetime) or value.utcoffset() is None:
        return value, "datetime", {}
    try:
        utc = value.astimezone(UTC)
    except OverflowError:  # within a day of year 1 or 9999
        return _in_range(value, date.min)
    return _in_range(value, value.date(), utc.date())


def _bool(spec, value):
    if isinstance(value, bool):
        return value, None, {}
    if value in (0, 1):
        return bool(value), None, {}
    text = str(value).strip().lower()
    if text in ("yes", "y", "true", "1", "x"):
        return True, None, {}
    if text in ("no", "n", "false", "0", ""):
        return False, None, {}
    return value, "bool", {}


def _choice(spec, value):
    value = "" if value is None else str(value).strip()
    if value and value not in spec.choices:
        return value, "choice", {"choices": ", ".join(spec.choices)}
    return value, None, {}


def _int(spec, value):
    if value in (None, ""):
        return None, None, {}
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: infinity
        return value, "integer", {}
    if isinstance(value, float) and value != number:
        return value, "integer", {}
    if not fits_integer(number):
        return number, "number_range", {}
    if spec.minimum is not None and number < spec.minimum:
        return number, "min", {"min": spec.minimum}
    if spec.maximum is not None and number > spec.maximum:
        return number, "max", {"max": spec.maximum}
    return number, None, {}


def _list(spec, value):
    """Words or short phrases (languages, skills), each on one line; duplicates (ignoring
    case) dropped. One problem for the first bad item, quoting it."""
    if value is None:
        items = []
    elif isinstance(value, list | tuple | set | frozenset):
        items = list(value)
    else:
        items = [value]
    cleaned, seen = [], set()
    for item in items:
        text = "" if item is None else str(item).strip()
        err = "too_long" if len(text) > spec.max_len else plaintext.problem(text)
        if err:
            return text, f"item_{err}", {"item": plaintext.shown(text), "max": spec.max_len}
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            cleaned.append(text)
    return cleaned, None, {}


def _ref(spec, value):
    if value in (None, "", 0):
        return None, None, {}
    return _int(spec, value)


CHECKS: dict[str, Callable] = {
    "text": _text, "email": _email, "phone": _phone, "date": _date, "datetime": _datetime,
    "bool": _bool, "choice": _choice, "int": _int, "list": _list, "ref": _ref,
}


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def clean(specs: dict[str, FieldSpec], values: dict[str, Any], *, partial: bool = False) -> dict:
    """Check *values* against *specs*; return them normalised or raise ValidationError.

    Only the given fields are checked and returned; a required field must be given (unless
    `partial=True`, an update) and may never be emptied. Unknown field names are a
    programming error (KeyError).
    """
    unknown = set(values) - set(specs)
    if unknown:
        raise KeyError(f"unknown fields: {sorted(unknown)}")
    cleaned, problems = {}, []
    for name, spec in specs.items():
        if name not in values:
            if spec.required and not partial:
                problems.append(problem(name, spec.label, "required"))
            continue
        raw = values[name]
        value, err, params = CHECKS[spec.kind](spec, raw)
        if err is None and spec.required and _is_empty(value):
            err = "required"
        if err:
            problems.append(problem(name, spec.label, err, raw, **params))
        else:
            cleaned[name] = value
    if problems:
        raise ValidationError(problems)
    return cleaned

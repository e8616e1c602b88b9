"""Changing association-wide settings: each checked against its declaration in
`civicdesk.settings` (every bad value named at once, nothing saved then), written in one
transaction with one audit entry."""

from __future__ import annotations

import base64
import io
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from civicdesk import clock, settings
from civicdesk.data import models
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, audit, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.errors import ValidationError
from civicdesk.services.guard import ANYONE, allowed

_KINDS = {str: "text", int: "int", bool: "bool"}
LOGO_MAX_PIXELS = 600  # the longer side of a stored logo: sharp at 14 mm, small in the file
LOGO_MAX_BYTES = 20 * 1024 * 1024  # a bigger file is not a logo

MSG = {
    "timezone": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not a time zone; use a name like "
                      "America/New_York or Europe/Berlin (empty: this computer's)."),
    "country": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not a country code; use the two letters of "
                      "ISO 3166, like US, CA, GB or DE."),
    "currency": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not a currency code; use the three letters of "
                      "ISO 4217, like USD, CAD, EUR or GBP."),
    "website": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not a web address; it should look like "
                      "www.example.org or https://example.org."),
    "folder": QT_TRANSLATE_NOOP(
        "Validation", "There is no folder \u201c{value}\u201d; plug in the disk or choose "
                      "another folder."),
    "no_image": QT_TRANSLATE_NOOP(
        "Validation", "There is no file \u201c{value}\u201d."),
    "not_image": QT_TRANSLATE_NOOP(
        "Validation", "\u201c{value}\u201d is not a picture CivicDesk can read; use a PNG "
                      "or JPEG file."),
}

_WEBSITE = re.compile(r"^(https?://)?[^\s/@:]+\.[^\s/@:.]{2,}(:\d{1,5})?(/\S*)?$",
                      re.IGNORECASE)


@allowed(actors.MANAGE_SETTINGS)
def update_setting(actor: Actor, name: str, value: Any) -> Changes:
    """Set one setting (see `update_settings`)."""
    return _write(actor, {name: value})


@allowed(actors.MANAGE_SETTINGS)
def update_settings(actor: Actor, values: dict[str, Any]) -> Changes:
    """Set several settings at once, as the Settings dialog saves them: all checked first
    (ValidationError naming every bad one), then one transaction and one audit entry with
    the values that changed. The logo is given as the path of a picture (empty: none)."""
    return _write(actor, values)


@allowed(ANYONE)
def answer_demo_offer(actor: Actor) -> Changes:
    """The first-run offer of demo data was answered (by anyone: it is asked once)."""
    return _write(actor, {"demo_offer_answered": True})


def check(values: dict[str, Any]) -> dict[str, Any]:
    """*values* as they would be stored, or ValidationError naming every bad one. Unknown
    names are a programming error (KeyError)."""
    cleaned, problems = {}, []
    for name, value in values.items():
        try:
            cleaned[name] = _clean(settings.KEYS[name], value)
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    return cleaned


def _write(actor: Actor, values: dict[str, Any]) -> Changes:
    cleaned = check(values)
    with rows.transaction():
        changed = {}
        for name, value in cleaned.items():
            row = models.Setting.get_or_none(models.Setting.key == name)
            if row is None or row.value != value:
                old = settings.get(name)
                models.Setting.insert(key=name, value=value).on_conflict(
                    conflict_target=[models.Setting.key],
                    preserve=[models.Setting.value]).execute()
                changed[name] = [_audited(name, old), _audited(name, value)]
        if changed:
            audit.record(actor, "update", "setting", None, changed)
    if "timezone" in changed:
        settings.apply_timezone()
    if "country" in changed:
        settings.apply_country()
    if "country" in changed or "currency" in changed:
        settings.apply_formats()
    return Changes("setting")


def _audited(name: str, value: Any) -> Any:
    """What the audit log keeps of a value: a logo as its size, not its bytes."""
    if settings.KEYS[name].kind != "image" or not value:
        return value
    return f"(picture, {len(base64.b64decode(value)) // 1024 + 1} KB)"


def _clean(key: settings.Key, value: Any) -> Any:
    kind = key.kind or _KINDS[key.type]
    own = kind in _OWN
    spec = validation.FieldSpec(
        key.label, "text" if own else kind, required=key.name == "association_name",
        choices=key.choices, max_len=key.max_len, minimum=key.minimum, maximum=key.maximum,
        multiline=key.multiline)
    value = validation.clean({key.name: spec}, {key.name: value})[key.name]
    if own and value:
        value = _OWN[kind](key, value)
    return value


def _fail(key: settings.Key, message: str, value: Any) -> None:
    validation.fail(key.name, key.label, MSG[message], value)


def _timezone(key: settings.Key, value: str) -> str:
    if value not in _zones() or clock.zone_named(value) is None:
        _fail(key, "timezone", value)
    return value


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


@cache
def countries() -> dict[str, str]:
    """ISO 3166 country codes and their English names, from the time zone database."""
    text = (resources.files("tzdata") / "zoneinfo" / "iso3166.tab").read_text("utf-8")
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            found[code.strip()] = name.strip()
    return found


def _country(key: settings.Key, value: str) -> str:
    if value.upper() not in countries():
        _fail(key, "country", value)
    return value.upper()


def _currency(key: settings.Key, value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{3}", value):
        _fail(key, "currency", value)
    return value.upper()


def _website(key: settings.Key, value: str) -> str:
    if not _WEBSITE.match(value):
        _fail(key, "website", value)
    return value


def _folder(key: settings.Key, value: str) -> str:
    try:
        exists = Path(value).expanduser().is_dir()
    except (OSError, ValueError):
        exists = False
    if not exists:
        _fail(key, "folder", value)
    return value


def _image(key: settings.Key, value: str) -> str:
    """The picture at path *value*, checked and scaled to fit LOGO_MAX_PIXELS, as base64
    PNG (with its transparency)."""
    from PIL import Image, UnidentifiedImageError

    path = Path(value).expanduser()
    try:
        size = path.stat().st_size if path.is_file() else None
    except (OSError, ValueError):
        size = None
    if size is None:
        _fail(key, "no_image", value)
    try:
        if size > LOGO_MAX_BYTES:
            raise ValueError(value)
        with Image.open(path) as picture:
            picture.load()
            picture = picture.convert("RGBA")
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        _fail(key, "not_image", value)
    picture.thumbnail((LOGO_MAX_PIXELS, LOGO_MAX_PIXELS))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


_OWN = {"timezone": _timezone, "country": _country, "currency": _currency,
        "website": _website, "folder": _folder, "image": _image}

"""Translatable text outside Qt: marking it, and a catalogue that reads the shipped `.ts`.

`QT_TRANSLATE_NOOP(context, text)` returns *text* unchanged; `pyside6-lupdate` finds the
call by name and puts the text into the `.ts` files. The window translates with Qt
(`QCoreApplication.translate` and the `.qm` files); the command line, the reports it
prints and `str(Message)` translate here, with `translate(context, text)`, which reads
`resources/translations/civicdesk_<language>.ts` with ElementTree on first use. Both faces
use the language `set_language` chose (`civicdesk.languages` decides which).

A translation that is unfinished or empty falls back to the English. Plurals follow Qt:
a text with `%n` has numerus forms, the English ones in `civicdesk_en.ts` (Qt's
convention: that file holds only the plural messages). Messages keep `{placeholders}` so
the translated template is formatted after translation.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicdesk import paths

ENGLISH = "en"
LANGUAGES = ("en", "es", "fr")
# Each language named in itself, as a menu of languages shows them (never translated).
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}

_language = ENGLISH
_catalogues: dict[tuple[Path, str], dict[tuple[str, str, str], str | tuple[str, ...]]] = {}
_lock = threading.Lock()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this name
    return text


def set_language(code: str) -> None:
    """Translate into *code* ("en", "es" or "fr") from now on, in this process."""
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"no such language: {code!r} (one of {', '.join(LANGUAGES)})")
    _language = code


def language() -> str:
    """The language texts are shown in: "en", "es" or "fr"."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int | None = None) -> str:
    """*text* of *context* in the current language (else English), like Qt's
    `QCoreApplication.translate`: with *n*, the plural form for *n*, and `%n` replaced by
    *n* (`%Ln` by *n* grouped in thousands as the language writes them)."""
    found = None
    for code in dict.fromkeys((_language, ENGLISH)):
        entry = catalogue(code).get((context, text, disambiguation or ""))
        if entry:
            found = entry if isinstance(entry, str) else _plural_form(code, entry, n)
            if found:
                break
    result = found or text
    if n is None:
        return result
    return result.replace("%Ln", grouped(n)).replace("%n", str(n))


# How each language groups the digits of a large count (CLDR): Spanish leaves a
# four-digit number whole ("1234", "12.345"); French uses a narrow no-break space.
_GROUPING = {"en": (",", 1), "es": (".", 2), "fr": ("\u202f", 1)}


def grouped(n: int, code: str | None = None) -> str:
    """*n* with its thousands grouped as the language writes them (Qt's `%Ln`)."""
    separator, minimum = _GROUPING[code or _language]
    digits = f"{abs(n):,}" if len(str(abs(n))) >= 3 + minimum else str(abs(n))
    return ("-" if n < 0 else "") + digits.replace(",", separator)


def plural_index(code: str, n: int) -> int:
    """Which numerus form *n* takes in *code*: Qt's rules, one form and another for
    English and Spanish (n == 1), French counts 0 as singular too (n <= 1)."""
    singular = n <= 1 if code == "fr" else n == 1
    return 0 if singular else 1


def _plural_form(code: str, forms: tuple[str, ...], n: int | None) -> str:
    index = plural_index(code, 1 if n is None else n)
    return forms[index] if index < len(forms) else ""


def catalogue(code: str) -> dict[tuple[str, str, str], str | tuple[str, ...]]:
    """The finished translations of `civicdesk_<code>.ts`, by (context, source, comment):
    a text, or the numerus forms. Read once per folder and language."""
    key = (paths.resource_dir() / "translations", code)
    with _lock:
        if key not in _catalogues:
            _catalogues[key] = read_ts(key[0] / f"civicdesk_{code}.ts")
        return _catalogues[key]


def read_ts(path: Path) -> dict[tuple[str, str, str], str | tuple[str, ...]]:
    """The finished messages of a Qt Linguist file (none if it is missing or unreadable:
    the English is shown then)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str, str], str | tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                    "unfinished", "vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    found[key] = forms
            elif translation.text:
                found[key] = translation.text
    return found


@dataclass(frozen=True)
class Message:
    """A user-visible text: translation context, English template and its values."""

    context: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        """The text in the current language (values that are Messages translated too)."""
        params = {k: str(v) if isinstance(v, Message) else v for k, v in self.params.items()}
        return Message(self.context, self.template, params).render(
            translate(self.context, self.template))

    def english(self) -> str:
        """The text in English, whatever the language (for logs and the audit log)."""
        params = {k: v.english() if isinstance(v, Message) else v
                  for k, v in self.params.items()}
        return Message(self.context, self.template, params).render(self.template)

    def render(self, template: str) -> str:
        """Format *template* (the English one or its translation) with the values."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            return self.template.format(**self.params)


class Context:
    """`Name.tr(text)`: *text* translated in the context named like the subclass, as
    `pyside6-lupdate` reads such a call (`Cli.tr("%n problem(s)", "", count)` is the one
    form in which it sees a plural outside a QObject)."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int | None = None) -> str:
        return translate(cls.__name__, text, disambiguation, n)

"""Which language CivicDesk speaks, in this order: `--lang`, then the choice saved on this
computer, then the system's language, then English.

The saved choice is per computer (a volunteer on another PC may speak another language),
in the small JSON file of this computer's choices (`this_computer`), read and written
without Qt so the command line follows it too. The system's language is what
LC_ALL, LC_MESSAGES or LANG say (the first one set, as POSIX reads them), on Windows the
language of its user interface.
"""

from __future__ import annotations

import locale
import os
import sys

from civicdesk import i18n, this_computer

KEY = "language"


CannotSaveChoice = this_computer.CannotSaveChoice


def choose(given: str | None = None) -> str:
    """Decide the language (*given*: --lang's) and use it from now on; returns it."""
    code = given or saved() or system() or i18n.ENGLISH
    i18n.set_language(code)
    return code


def saved() -> str | None:
    """The language chosen on this computer, or None: follow the system's."""
    code = this_computer.get(KEY)
    return code if code in i18n.LANGUAGES else None


def save(code: str | None) -> None:
    """Choose *code* for this computer from the next start (None: the system's language)."""
    if code is not None and code not in i18n.LANGUAGES:
        raise ValueError(f"no such language: {code!r}")
    this_computer.save(KEY, code)


def system() -> str | None:
    """The system's language if CivicDesk speaks it ("en", "es", "fr"), else None."""
    if sys.platform == "win32":
        return code_of(_windows_ui_language())
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:  # the first one set decides, as for every program
            return code_of(value)
    return None


def code_of(name: str | None) -> str | None:
    """"es" for a locale name such as "es_MX.UTF-8", "es" or "es-ES"; None for C, POSIX
    and languages CivicDesk does not speak."""
    if not name or name in ("C", "POSIX") or name.startswith("C."):
        return None
    normalized = locale.normalize(name.replace("-", "_"))
    code = normalized.split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in i18n.LANGUAGES else None


def _windows_ui_language() -> str | None:
    """The language of Windows' own menus and dialogs for this user ("es_ES")."""
    try:
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return locale.windows_locale.get(lang_id)

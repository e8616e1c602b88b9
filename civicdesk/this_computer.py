"""What was chosen for this computer only, in a small private JSON file in the user's
settings folder (`paths.this_computer_file`): the language (`languages`) and the shared
database to open at start (`services.shared_database`). Read and written without Qt, so
the command line follows the same choices. Never a password: those go to the keyring
(`passwords`)."""

from __future__ import annotations

import contextlib
import json
import os

from civicdesk import paths
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP


class CannotSaveChoice(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "cannot save the choice for this computer in "
                                           "{path}: {reason}")


def read() -> dict:
    """Every choice saved on this computer ({} when there is no file, or it is unreadable)."""
    try:
        found = json.loads(paths.this_computer_file().read_text(encoding="utf-8"))
    except (OSError, UnicodeError, ValueError):  # none yet, or unreadable: no choice
        return {}
    return found if isinstance(found, dict) else {}


def get(key: str) -> object:
    return read().get(key)


def save(key: str, value: object) -> None:
    """Keep *value* under *key* (None: forget it), the other choices as they were. Written
    to a new private file, then renamed over the old one (CannotSaveChoice if it cannot)."""
    choices = read()
    choices.pop(key, None)
    if value is not None:
        choices[key] = value
    target = paths.this_computer_file()
    partial = target.with_name(f".{target.name}.partial")
    try:
        paths.ensure_private_dir(target.parent)
        with open(partial, "w", encoding="utf-8", opener=paths.private_opener) as fh:
            json.dump(choices, fh, indent=1)
            fh.write("\n")
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise CannotSaveChoice(path=str(target), reason=exc.strerror or str(exc)) from exc

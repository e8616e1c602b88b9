"""Where CivicDesk's files live: the data folder, the database, backups, logs, resources."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs

from civicdesk import APP_NAME

DATA_DIR_ENV = "CIVICDESK_DATA_DIR"
DB_FILENAME = "civicdesk.db"
PORTABLE_MARKER = "portable"

_override: Path | None = None

# Set by the portable build's runtime hook (scripts/pyinstaller/portable-hook.py): the data
# folder is next to the executable even without a `portable` file there.
portable_build = False


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Use *path* as the data folder for this process (the `--data-dir` option)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


@contextlib.contextmanager
def data_dir_overridden(path: str | os.PathLike) -> Iterator[Path]:
    """Use *path* as the data folder inside the `with` block, then whatever was used before
    (the self-test runs on a throw-away folder, never touching the user's)."""
    global _override
    previous = _override
    set_data_dir(path)
    try:
        yield _override
    finally:
        _override = previous


def executable_dir() -> Path:
    """The folder holding the frozen executable (or the checkout when run from source).

    In a macOS app bundle that is the folder holding CivicDesk.app, not Contents/MacOS
    inside it, so the `portable` file and the data folder sit beside the app a user sees.
    """
    if not getattr(sys, "frozen", False):
        return Path(__file__).resolve().parent.parent
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents" \
            and folder.parent.parent.suffix == ".app":
        return folder.parent.parent.parent
    return folder


def portable_dir() -> Path | None:
    """The data folder next to the executable when a file named `portable` sits there
    (or in the portable build)."""
    base = executable_dir()
    if portable_build or (base / PORTABLE_MARKER).is_file():
        return base / "data"
    return None


def data_dir() -> Path:
    """The data folder, in order: --data-dir, $CIVICDESK_DATA_DIR, portable mode, the OS default."""
    if _override is not None:
        return _override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backup_dir(db_path: Path) -> Path:
    """Backups sit beside the database file they belong to."""
    return db_path.parent / "backups"


def log_dir() -> Path:
    return data_dir() / "logs"


def resource_dir() -> Path:
    """The `resources/` folder, also inside a frozen bundle (sys._MEIPASS)."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"

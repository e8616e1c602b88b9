"""Where CivicDesk's files live: the data folder, the database, backups, logs, resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from civicdesk import APP_NAME

DATA_DIR_ENV = "CIVICDESK_DATA_DIR"
DB_FILENAME = "civicdesk.db"
PORTABLE_MARKER = "portable"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Use *path* as the data folder for this process (the `--data-dir` option)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def executable_dir() -> Path:
    """The folder holding the frozen executable (or the package when run from source)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_dir() -> Path | None:
    """The data folder next to the executable when a file named `portable` sits there."""
    base = executable_dir()
    if (base / PORTABLE_MARKER).is_file():
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

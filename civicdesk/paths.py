"""Where CivicDesk's files live: the data folder, the database, backups, logs, resources;
and that they are private (`ensure_private_dir`, `private_file`, `private_opener`)."""

from __future__ import annotations

import contextlib
import os
import stat
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


def backup_dir(db_path: Path, root: Path | None = None) -> Path:
    """Where the backups of *db_path* go: `backups` beside it (or *root*, a second folder);
    a database with another name than civicdesk.db (demo.db, say) keeps its own in a
    folder of its name in there, so that no database is ever offered another's backup."""
    root = Path(db_path).parent / "backups" if root is None else Path(root)
    return root if Path(db_path).name == DB_FILENAME else root / Path(db_path).stem


def log_dir() -> Path:
    return data_dir() / "logs"


def resource_dir() -> Path:
    """The `resources/` folder, also inside a frozen bundle (sys._MEIPASS)."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


# Private files --------------------------------------------------------------------------------
# The data folder holds personal data: on POSIX it and CivicDesk's folders are 0700, and the
# database (with its -wal and -shm), backups, logs and crash logs 0600, whatever the umask:
# only the user running CivicDesk may read them. Folders and files made before this (or by
# hand) are tightened when CivicDesk opens them. On Windows nothing changes: the data folder
# is in the user's own profile, which other users cannot read already.

PRIVATE = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600


def tighten(path: str | os.PathLike, mode: int = FILE_MODE) -> None:
    """Take away the permissions of *path* that *mode* does not have (group and others).
    Best effort: a file that is missing, owned by someone else or on a disk without POSIX
    permissions (a FAT USB stick) is left as it is."""
    if not PRIVATE:
        return
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError:
        pass


def ensure_private_dir(path: str | os.PathLike) -> Path:
    """Create the folder *path* if needed and make it the user's alone (0700), tightening
    it if it exists; parents it has to create are made 0700 too (backups/demo/ makes
    backups/). Raises OSError if it cannot be created."""
    path = Path(path)
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
        tighten(folder, DIR_MODE)
    tighten(path, DIR_MODE)
    return path


def private_file(path: str | os.PathLike) -> Path:
    """Make sure the file *path* exists and only the user may read it (0600): created empty
    if missing (private from the first moment, not chmod-ed after), tightened if it exists.
    Call it just before the file is opened for writing (SQLite, a backup): if it cannot be
    created, nothing happens here, and that open says why as it always did."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        tighten(path, FILE_MODE)
    except OSError:
        pass
    return Path(path)


def private_opener(path: str, flags: int) -> int:
    """`open(path, mode, opener=private_opener)`: a file it creates is 0600 from the start."""
    return os.open(path, flags, FILE_MODE)


def protect_database(db_path: str | os.PathLike) -> None:
    """Before SQLite opens *db_path*: the file exists and is 0600 (SQLite gives its -wal and
    -shm the main file's permissions); an existing -wal or -shm and the backups beside it
    are tightened, and so is its folder when that is the data folder (a folder chosen with
    --db is the user's own, and stays as it is). Best effort: SQLite reports what stops it."""
    db_path = Path(db_path)
    if db_path.parent.resolve() == data_dir().resolve():
        with contextlib.suppress(OSError):
            ensure_private_dir(db_path.parent)
    private_file(db_path)
    for suffix in ("-wal", "-shm", "-journal"):
        tighten(db_path.with_name(db_path.name + suffix))
    backups = backup_dir(db_path)
    if backups.is_dir():
        tighten(backups, DIR_MODE)
        for backup in backups.iterdir():
            if backup.is_file():
                tighten(backup)

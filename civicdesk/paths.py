"""Where CivicDesk's files live: the data folder (one per PC where the install is per
machine), the database, backups, logs, resources, this computer's own choices; and that
they are private (`ensure_private_dir`, `private_file`, `private_opener`), or the group's
in the shared per-machine folder of the Linux package."""

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
# The .deb installs this file next to the executable; it holds the path of the per-machine
# data folder (/var/lib/civicdesk), which the package creates for the group civicdesk.
MACHINE_MARKER = "machine-data-folder"
# In the default data folder: the folder an admin chose instead (one line, a full path).
POINTER_FILE = "data-folder.txt"
# In the user's settings folder (config_dir): what was chosen for this computer only.
THIS_COMPUTER_FILE = "this-computer.json"

_override: Path | None = None
_UNREAD = object()
_session_choice: object = _UNREAD  # chosen_dir() as this process first read it

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


def machine_dir() -> Path | None:
    """The per-machine data folder, shared by every account of this PC, or None where the
    install keeps one per user (the tarball, running from source on Linux or macOS).

    Windows: %PROGRAMDATA%\\CivicDesk (C:\\ProgramData\\CivicDesk), whose installer grants
    the Users group modify rights there. Linux: the folder named in the marker file the .deb
    puts next to the executable (the package owns that file, so a copy unpacked from the
    tarball, or the portable build, never has it)."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / APP_NAME
    try:
        text = (executable_dir() / MACHINE_MARKER).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        return None
    return Path(text) if text and Path(text).is_absolute() else None


def default_dir() -> Path:
    """The data folder when nothing else is chosen: the machine's, else the user's."""
    machine = machine_dir()
    if machine is not None:
        return machine
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def chosen_dir() -> Path | None:
    """The folder an admin chose instead of the default one (see `choose_data_dir`), as
    the pointer file in the default folder names it; None when there is none (or it is
    unreadable, or does not hold one full path)."""
    try:
        text = (default_dir() / POINTER_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        return None
    if not text or "\n" in text or not Path(text).is_absolute():
        return None
    return Path(text)


def choose_data_dir(folder: str | os.PathLike | None) -> None:
    """From the next start, use *folder* as the data folder (None or the default folder:
    the default again). Written into the default folder, so the choice holds for every
    account that uses that folder: the whole PC where the install is per machine."""
    pointer = default_dir() / POINTER_FILE
    folder = Path(folder) if folder else None
    if folder is None or folder == default_dir():
        pointer.unlink(missing_ok=True)
        return
    ensure_private_dir(pointer.parent)
    partial = pointer.with_name(f".{POINTER_FILE}.partial")
    with open(partial, "w", encoding="utf-8", opener=private_opener) as fh:
        fh.write(f"{folder}\n")
    os.replace(partial, pointer)


def data_dir() -> Path:
    """The data folder, in order: --data-dir, $CIVICDESK_DATA_DIR, portable mode, the
    folder an admin chose, the default (the machine's, else the user's)."""
    if _override is not None:
        return _override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    portable = portable_dir()
    if portable is not None:
        return portable
    return _chosen_for_session() or default_dir()


def data_dir_given() -> bool:
    """Whether the data folder is given for this run (--data-dir, $CIVICDESK_DATA_DIR, the
    portable mode), which no choice in the default folder overrides."""
    return _override is not None or bool(os.environ.get(DATA_DIR_ENV)) \
        or portable_dir() is not None


def _chosen_for_session() -> Path | None:
    """`chosen_dir()` as it was when this process first asked: a folder chosen while
    CivicDesk runs is used from the next start, never halfway through a session."""
    global _session_choice
    if _session_choice is _UNREAD:
        _session_choice = chosen_dir()
    return _session_choice  # type: ignore[return-value]


def shared_dirs() -> tuple[Path, ...]:
    """The folders shared by the accounts of this PC through their group, where the
    install is per machine on POSIX (the Linux package): the machine's folder (which holds
    the pointer file), the data folder in use and the one for the next start (another one,
    if an admin chose it). In
    them folders are 2770 and files 0660; elsewhere 0700 and 0600. --data-dir,
    $CIVICDESK_DATA_DIR and portable mode are one user's choice: nothing is shared then."""
    if not PRIVATE or data_dir_given():
        return ()
    machine = machine_dir()
    if machine is None:
        return ()
    return tuple(dict.fromkeys((machine, data_dir(), chosen_dir() or machine)))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backup_dir(db_path: Path, root: Path | None = None) -> Path:
    """Where the backups of *db_path* go: `backups` beside it (or *root*, a second folder);
    a database with another name than civicdesk.db (demo.db, say) keeps its own in a
    folder of its name in there, so that no database is ever offered another's backup."""
    root = Path(db_path).parent / "backups" if root is None else Path(root)
    return root if Path(db_path).name == DB_FILENAME else root / Path(db_path).stem


def server_backup_dir(name: str, root: Path | None = None) -> Path:
    """Where the backups of a database on a server go: a folder *name* (the address as a
    file name: host_port_database) in the data folder's `backups`, or in *root* (a second
    folder). Each PC keeps its own, in its own data folder."""
    return (data_dir() / "backups" if root is None else Path(root)) / name


def log_dir() -> Path:
    return data_dir() / "logs"


def user_guide() -> Path:
    """The user guide's first page (`docs/guide/`, also inside a frozen bundle)."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_base) if frozen_base else Path(__file__).resolve().parent.parent
    return base / "docs" / "guide" / "index.html"


def config_dir() -> Path:
    """This user's settings folder on this computer (not the data folder: the data may be
    shared by several PCs or accounts, each speaking its own language). Not roaming on
    Windows, so a choice stays on the PC where it was made."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))


def this_computer_file() -> Path:
    """The choices made for this computer only (the language, the shared database to
    open), a small JSON file."""
    return config_dir() / THIS_COMPUTER_FILE


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
# is in the user's own profile, or in ProgramData with the rights its installer gave.
#
# In the shared per-machine folder of the Linux package (`shared_dirs`) the group is the
# PC's CivicDesk users: there folders are 2770 (setgid: what is made inside keeps the group
# civicdesk) and files 0660, whatever the umask, and others still get nothing.

PRIVATE = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600
SHARED_DIR_MODE = 0o2770
SHARED_FILE_MODE = 0o660


def _in_shared(path: str | os.PathLike) -> bool:
    try:
        path = Path(os.path.abspath(path))
        return any(path.is_relative_to(os.path.abspath(folder)) for folder in shared_dirs())
    except (OSError, ValueError):
        return False


def mode_for(path: str | os.PathLike, mode: int = FILE_MODE) -> int:
    """The mode *path* should have: *mode* (FILE_MODE or DIR_MODE), or its group-shared
    counterpart when *path* is in the shared per-machine folder."""
    if _in_shared(path):
        return SHARED_DIR_MODE if mode == DIR_MODE else SHARED_FILE_MODE
    return mode


def tighten(path: str | os.PathLike, mode: int = FILE_MODE) -> None:
    """Take away the permissions of *path* that *mode* does not have (group and others).
    In the shared folder, give it exactly the shared mode instead (the group's, which a
    umask may have taken away). Best effort: a file that is missing, owned by someone else
    or on a disk without POSIX permissions (a FAT USB stick) is left as it is."""
    if not PRIVATE:
        return
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        wanted = mode_for(path, mode)
        if wanted != mode:
            if current != wanted:
                os.chmod(path, wanted)
        elif current & ~mode:
            os.chmod(path, current & mode)
    except OSError:
        pass


def ensure_private_dir(path: str | os.PathLike) -> Path:
    """Create the folder *path* if needed and make it the user's alone (0700), tightening
    it if it exists; parents it has to create are made 0700 too (backups/demo/ makes
    backups/). In the shared folder: 2770 instead. Raises OSError if it cannot be created."""
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
    In the shared folder it is the group's (0660). Call it just before the file is opened
    for writing (SQLite, a backup): if it cannot be created, nothing happens here, and that
    open says why as it always did."""
    try:
        os.close(private_opener(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        tighten(path, FILE_MODE)
    except OSError:
        pass
    return Path(path)


def private_opener(path: str, flags: int) -> int:
    """`open(path, mode, opener=private_opener)`: a file it creates is 0600 from the start
    (0660 in the shared folder, whatever the umask)."""
    mode = mode_for(path)
    fd = os.open(path, flags, mode)
    if mode != FILE_MODE and PRIVATE:
        with contextlib.suppress(OSError):  # someone else's file: theirs to keep
            if stat.S_IMODE(os.fstat(fd).st_mode) != mode:
                os.fchmod(fd, mode)
    return fd


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

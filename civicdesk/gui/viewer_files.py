"""Reports handed to the system's PDF viewer go to one private folder, emptied at lock, at
exit and at the next start, so a report does not stay readable after its user left."""

from __future__ import annotations

import shutil
from pathlib import Path

from civicdesk import paths

FOLDER = "opened-reports"


def folder() -> Path:
    """The folder (0700, in the data folder), created if needed."""
    return paths.ensure_private_dir(paths.data_dir() / FOLDER)


def new_file(name: str, content: bytes) -> Path:
    """Write *content* as *name* in a fresh subfolder (two reports may share a name)."""
    base = folder()
    number = 1
    while (base / str(number)).exists():
        number += 1
    target = paths.ensure_private_dir(base / str(number)) / name
    with open(target, "wb", opener=paths.private_opener) as out:
        out.write(content)
    return target


def empty() -> None:
    """Remove every file handed to a viewer (a viewer that still has one open keeps its
    copy on Windows: that file is left, and removed next time)."""
    base = paths.data_dir() / FOLDER
    if not base.is_dir():
        return
    for entry in base.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            try:
                entry.unlink()
            except OSError:
                pass

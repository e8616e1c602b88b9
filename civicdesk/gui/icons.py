"""The one way to get an icon: `icons.load("members")` reads resources/icons/members.svg."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from civicdesk import paths


@cache
def load(name: str) -> QIcon:
    path = paths.resource_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"missing icon {path}")
    return QIcon(str(path))

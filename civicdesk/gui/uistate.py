"""Per-computer window state (geometry, column layout) in an INI file in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from civicdesk import paths


def qsettings() -> QSettings:
    return QSettings(str(paths.data_dir() / "window-state.ini"), QSettings.Format.IniFormat)

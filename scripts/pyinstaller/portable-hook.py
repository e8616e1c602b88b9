"""PyInstaller runtime hook for the portable build (CIVICDESK_BUILD_PORTABLE=1).

Keeps the data folder (database, backups, logs, window layout) in `data/` next to the
executable even when nobody put a file named `portable` there, so a copy on a USB stick
never writes to the computer it runs on. `--data-dir` and CIVICDESK_DATA_DIR still win.
"""

from civicdesk import paths

paths.portable_build = True

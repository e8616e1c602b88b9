"""PyInstaller runtime hook (Windows): a console for command-line use, our own taskbar icon.

CivicDesk.exe is a windowed program, so `CivicDesk.exe --self-test` or `CivicDesk.exe check`
typed in a console would print nowhere: attach to the console it was started from, if any
(as MusicBrainz Picard's win-console-hook does). The AppUserModelID makes Windows group the
taskbar button under CivicDesk's icon instead of the Python launcher's.
"""

import ctypes
import sys

if ctypes.windll.kernel32.AttachConsole(-1):  # -1: the parent process's console
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
try:
    ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("CivicDesk.CivicDesk")
except (AttributeError, OSError):
    pass

"""Starting CivicDesk again in place, as it was started (a new language needs a new start).

`ask_to_restart` closes the window the usual way (unsaved edits are asked about, the
routine backup at exit runs); the new copy is started only after the old one let go of the
database (`start_if_asked`, at the end of `application.run`), so it never finds the file
in use by the copy that is quitting.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget

_asked = False


def command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that started this copy, without `--lang` (a restart is
    for a new choice of language, which --lang would override). Frozen: the executable;
    from source: the interpreter with its options and `-m civicdesk` (sys.orig_argv)."""
    if argv is None:
        argv = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    kept, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    return sys.executable, kept


def ask_to_restart(window: QWidget) -> bool:
    """Close *window* and quit, to start again afterwards; False if it stays open (the
    user kept unsaved edits)."""
    global _asked
    _asked = True
    if not window.close():
        _asked = False
        return False
    QApplication.quit()
    return True


def asked() -> bool:
    return _asked


def start_if_asked() -> bool:
    """Start the new copy if a restart was asked for (once the old one is done)."""
    global _asked
    if not _asked:
        return False
    _asked = False
    program, args = command()
    return QProcess.startDetached(program, args)[0]

"""Modal dialogs that survive the screen lock: `KeptOnLock.exec()`.

`QDialog.exec()` ends its event loop as soon as the dialog is hidden (QDialogPrivate::
setVisible), so hiding an editor behind the lock screen would throw its edits away. A
dialog with this mixin runs its own loop instead, which only a real close ends (`finished`,
or the dialog being destroyed): the lock hides it, and shows it again when the same user
unlocks (`gui/screen_lock.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt


class KeptOnLock:
    """Mix in before QDialog: `class MyDialog(KeptOnLock, QDialog)`."""

    running_modal = False  # inside exec(): the lock may hide it and show it again

    def exec(self) -> int:  # noqa: A003 - QDialog's name
        dialog = self
        if dialog.windowModality() == Qt.WindowModality.NonModal:
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        dialog.destroyed.connect(loop.quit)
        dialog.running_modal = True
        dialog.show()
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.DialogExec)
        finally:
            dialog.running_modal = False
        return dialog.result()

"""Render the user guide's pictures (docs/guide/img/*.png) from the real window, offscreen,
with demo data: `QT_QPA_PLATFORM=offscreen python scripts/make_guide_screenshots.py`.

Run again after the window changes, and look at the pictures before committing them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "img"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "scripts"))
    import demo_window

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from civicdesk.data import models

    app, window = demo_window.open_demo(people=300, seed=3)
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def shot(name: str, widget=None) -> None:
        settle()
        (widget or window).grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    def dialog_shot(name: str, open_it) -> None:
        """Open a dialog with *open_it*, picture it once shown, close it."""
        def grab() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                QTimer.singleShot(100, grab)
                return
            shot(name, dialog)
            dialog.reject()
        QTimer.singleShot(300, grab)
        open_it()

    members = window.pane(0)
    person = models.Person.select().where(models.Person.last_name == "Anderson").first() \
        or models.Person.select().first()
    members.people_list.ui.search_edit.setText(person.last_name[:4])
    shot("find-person")
    members.open_person(person.id)
    shot("person-page")
    dialog_shot("record-dues", members.person_page.record_payment)
    members.back()
    members.people_list.ui.search_edit.clear()
    window.show_pane(1)
    shot("shifts-week")
    shifts = window.current_pane()
    shift = models.Shift.select().first()
    dialog_shot("sign-up", lambda: shifts.open_shift(shift.id))
    window.show_pane(2)
    shot("requests")
    dialog_shot("take-in-request", window.current_pane().new_request)
    window.show_pane(3)
    shot("reports")
    window.ui.menu_file.popup(window.mapToGlobal(window.ui.menu_bar.geometry().bottomLeft()))
    shot("file-menu", window.ui.menu_file)
    window.ui.menu_file.hide()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

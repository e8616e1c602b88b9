"""The real main window on a throw-away demo database, for pictures: the user guide's
(scripts/make_guide_screenshots.py) and the CI artefacts (scripts/screenshots.py).

`screen_platform(width, height)` says what QT_QPA_PLATFORM to use before Qt starts: the
display there is (Xvfb in CI, a desktop), else the offscreen platform with a screen of that
size. `open_demo()` makes the QApplication, the data folder and the demo data, and returns
the window, shown.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def screen_platform(width: int, height: int) -> None:
    """Use the display there is; without one, the offscreen platform with a screen of
    *width* x *height* (so dialogs fit the screen they would have)."""
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") \
            or os.environ.get("WAYLAND_DISPLAY"):
        return
    config = Path(tempfile.mkdtemp(prefix="civicdesk-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def open_demo(*, people: int = 300, seed: int = 3, role: str = "coordinator",
              before_window=None):
    """(app, window): CivicDesk's QApplication, a demo database in a temporary data folder,
    and the main window on it, shown. *before_window(app)* runs before the window is
    built (a translator, the text size, the layout direction)."""
    sys.path.insert(0, str(ROOT))
    from civicdesk import paths
    from civicdesk.data import database
    from civicdesk.demo import generate
    from civicdesk.services import actors

    from civicdesk.gui import application, operations
    from civicdesk.gui.context import AppContext
    from civicdesk.gui.mainwindow import MainWindow
    from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

    folder = Path(tempfile.mkdtemp(prefix="civicdesk-pictures-"))
    paths.set_data_dir(folder)
    app = application.create_app([])
    if before_window is not None:
        before_window(app)
    db_path = folder / "civicdesk.db"
    database.open_database(db_path)
    with operations.outside_the_window():
        generate.generate(people, seed=seed, actor=actors.SYSTEM)
    actor = actors.Actor("Dana Desk", role)
    window = MainWindow(AppContext(db_path=db_path, actor=actor,
                                   tasks=TaskRunner(SynchronousExecutor())))
    window.resize(1180, 760)
    window.show()
    return app, window

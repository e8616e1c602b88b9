"""On the first start with an empty database, offer to load made-up demo people."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from civicdesk import settings
from civicdesk.services import people, preferences

from civicdesk.gui import operations, tasks, text

DEMO_PEOPLE = 500


class FirstRun(text.Context):
    """The texts of the demo data offer (context "FirstRun")."""


def should_offer() -> bool:
    return not settings.get("demo_offer_answered") and not people.anyone_on_file()


def ask(parent) -> bool:
    """True if the user wants demo data (monkeypatched in tests)."""
    answer = QMessageBox.question(
        parent, FirstRun.tr("An empty database"),
        FirstRun.tr("This database has nobody in it yet.\n\nWould you like to load made-up "
                    "demo people, shifts and requests to try CivicDesk out? For real use, "
                    "start with the empty database instead."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def offer_demo(window) -> tasks.Task | None:
    """Ask once; on yes, generate demo data in the background with a progress dialog."""
    if not should_offer():
        return None
    wanted = ask(window)
    operations.run(window, window.context, preferences.answer_demo_offer)
    if not wanted:
        return None

    def generate(actor):
        from civicdesk.demo import generate  # only needed this once

        return generate.generate(DEMO_PEOPLE, progress=operation.progress, actor=actor)

    operation = operations.Operation(window, window.context, generate).with_progress(
        FirstRun.tr("Loading demo data\u2026"), cancellable=True)
    return operation.start()

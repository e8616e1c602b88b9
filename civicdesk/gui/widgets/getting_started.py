"""The "getting started" panel over the people list of an empty database: four first steps
(the association's name, a spreadsheet to import, a person, an event), gone once anyone is
on file. The window connects its signals to the actions it already has."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from civicdesk.services import actors, people
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext


class GettingStarted(QFrame):
    settings_requested = Signal()
    import_requested = Signal()
    person_requested = Signal()
    event_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("getting_started")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#getting_started { background: palette(base); }")
        title = QLabel(self.tr("Getting started"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Nobody is on file yet. A few first steps:"), self)
        intro.setWordWrap(True)
        layout = QGridLayout(self)
        layout.addWidget(title, 0, 0, 1, 2)
        layout.addWidget(intro, 1, 0, 1, 2)
        self.buttons: dict[str, QPushButton] = {}
        self.hints: dict[str, QLabel] = {}
        steps = (
            ("settings", self.tr("Set the association's name\u2026"),
             self.tr("Its name, address and logo go on every printout."),
             self.settings_requested),
            ("import", self.tr("Import a spreadsheet\u2026"),
             self.tr("Members from Excel, a CSV file, CiviCRM or Wild Apricot."),
             self.import_requested),
            ("person", self.tr("Add a person"),
             self.tr("Type in a member or volunteer by hand."), self.person_requested),
            ("event", self.tr("Create an event\u2026"),
             self.tr("An activity that volunteers sign up for shifts of."),
             self.event_requested),
        )
        for row, (key, label, hint, signal) in enumerate(steps, start=2):
            button = QPushButton(label, self)
            button.setObjectName(f"getting_started_{key}")
            button.setMinimumWidth(260)
            button.clicked.connect(signal)
            explanation = QLabel(hint, self)
            explanation.setWordWrap(True)
            layout.addWidget(button, row, 0)
            layout.addWidget(explanation, row, 1)
            self.buttons[key], self.hints[key] = button, explanation
        layout.setColumnStretch(1, 1)

    def apply_permissions(self, actor: Actor, writable: bool) -> None:
        """Offer only the steps this user may take."""
        needs = {"settings": actors.MANAGE_SETTINGS, "import": actors.IMPORT,
                 "person": None, "event": actors.MANAGE_SHIFTS}
        for key, button in self.buttons.items():
            may = needs[key] is None or actor.can(needs[key])
            button.setVisible(may)
            self.hints[key].setVisible(may)
            button.setEnabled(writable)

    def update_shown(self) -> None:
        """Shown while nobody is on file."""
        self.setVisible(not people.anyone_on_file())

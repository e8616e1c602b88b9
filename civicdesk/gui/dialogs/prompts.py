"""The questions the members pages ask (unsaved edits, conflicts, archiving, duplicates).

Plain functions around QMessageBox, so tests can replace them (`monkeypatch.setattr`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"



def unsaved_changes(parent: QWidget, name: str) -> str:
    """Save, discard or stay? Returns SAVE, DISCARD or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Prompts", "Unsaved changes"),
                      QCoreApplication.translate(
                          "Prompts", "You changed {name} but did not save. "
                          "Save the changes now?").format(name=name), parent=parent)
    save = box.addButton(QCoreApplication.translate("Prompts", "Save"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Prompts", "Throw my changes away"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Prompts", "Go back to editing"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    return {save: SAVE, discard: DISCARD}.get(box.clickedButton(), CANCEL)


def reload_after_conflict(parent: QWidget, explanation: str, mine: str) -> bool:
    """Someone else saved first: reload their version (True) or keep my edits on screen."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Prompts", "Someone else changed this record"),
                      explanation, parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Prompts", "Nothing was overwritten. Your changes were:\n{changes}").format(changes=mine))
    reload = box.addButton(QCoreApplication.translate("Prompts", "Show their version"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Prompts", "Keep my changes on screen"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload


def confirm(parent: QWidget, title: str, question: str, yes: str) -> bool:
    """A yes/no question whose yes button says what will happen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Prompts", "Cancel"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is ok


def warn(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)

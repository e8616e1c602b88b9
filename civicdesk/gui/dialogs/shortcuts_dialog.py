"""Help > Keyboard shortcuts: every key the window answers, read from its actions and
shortcuts when the dialog opens, so the list stays true whatever is added or moved.

Menu items are listed under their menu (only those this user is offered); keys of the
sections and editors (QShortcut with a `whatsThis` description) under "In the window".
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".\u2026")


def keys_text(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in sequences if not s.isEmpty())


def collect(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(group, [(what, keys)])]: the menus in order, then the window's other shortcuts."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, title: str, into: list[tuple[str, str]]) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                walk(action.menu(), title, into)
            elif keys_text(action.shortcuts()):
                into.append((plain(action.text()), keys_text(action.shortcuts())))

    for top in window.menuBar().actions():
        if top.menu() is None or not top.isVisible():
            continue
        found: list[tuple[str, str]] = []
        walk(top.menu(), plain(top.text()), found)
        if found:
            groups.append((plain(top.text()), found))
    listed = {keys for _, rows in groups for _, keys in rows}
    others: dict[tuple[str, str], None] = {}
    for shortcut in window.findChildren(QShortcut):
        keys = keys_text([shortcut.key()])
        if shortcut.whatsThis() and keys and keys not in listed:
            others[(shortcut.whatsThis(), keys)] = None
    for action in window.findChildren(QAction):
        keys = keys_text(action.shortcuts())
        if keys and keys not in listed and action.whatsThis():
            others[(action.whatsThis(), keys)] = None
    if others:
        groups.append((ShortcutsDialog.tr("In the window"), sorted(others)))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        for group, rows in collect(window):
            head = QTreeWidgetItem(self.tree, [group, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            for what, keys in rows:
                QTreeWidgetItem(self.tree, ["    " + what, keys])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def rows(self) -> list[tuple[str, str]]:
        """What is listed, as (what, keys) (group titles have no keys)."""
        return [(self.tree.topLevelItem(i).text(0).strip(), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]

    @classmethod
    def show_for(cls, window: QMainWindow) -> None:
        cls(window).exec()

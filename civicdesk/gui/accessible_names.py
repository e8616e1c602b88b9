"""What a screen reader calls a control that no label names by itself (#16).

Qt names a control after the label whose buddy it is only when both have the same parent;
a picker put into a holder widget beside its label, or a control with no label at all (a
table, a list), needs its name set. `tests/test_gui_accessibility.py` finds any control
Tab reaches that has none.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def plain(text: str) -> str:
    """A label's text as a name: no mnemonic "&", no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def from_label(widget: QWidget, label: QLabel) -> None:
    """Name *widget* after *label* (and make it the label's buddy, for its mnemonic)."""
    label.setBuddy(widget)
    widget.setAccessibleName(plain(label.text()))

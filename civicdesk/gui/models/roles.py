"""Custom item data roles shared by every model and widget.

`IdRole` answers the id of the row's record (person, shift, request ...), so views, pickers
and panes can talk in ids without knowing which model they hold; `RowRole` answers the
whole row object where a delegate or dialog needs more than the id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

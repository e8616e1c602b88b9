"""The one mechanism that turns a re-read list into row signals, for every short list."""

from dataclasses import dataclass

import pytest

from PySide6.QtCore import QModelIndex

from civicdesk.gui.models import row_list, synced_rows

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Row:
    id: int
    name: str


def _model():
    return row_list.RowListModel([("Name", lambda r: r.name)])


def _names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_removals_inserts_moves_and_edits_are_signalled_one_by_one(qtmodeltester):
    model = _model()
    model.set_rows([Row(1, "Ann"), Row(2, "Bo"), Row(3, "Cy"), Row(4, "Di")])
    qtmodeltester.check(model)
    seen = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsRemoved.connect(lambda parent, first, last: seen.append(("removed", first)))
    model.rowsInserted.connect(lambda parent, first, last: seen.append(("inserted", first)))
    model.dataChanged.connect(lambda tl, br, roles=(): seen.append(("changed", tl.row())))
    model.set_rows([Row(4, "Di"), Row(1, "Annie"), Row(3, "Cy"), Row(5, "Eve")])
    qtmodeltester.check(model)
    assert _names(model) == ["Di", "Annie", "Cy", "Eve"]
    assert "reset" not in seen
    assert ("removed", 1) in seen and ("changed", 1) in seen and ("inserted", 3) in seen


def test_a_list_that_changed_almost_entirely_is_reset(qtmodeltester, monkeypatch):
    monkeypatch.setattr(synced_rows, "MANY_CHANGES", 2)
    model = _model()
    model.set_rows([Row(i, str(i)) for i in range(5)])
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows([Row(i, str(i)) for i in range(10, 15)])
    qtmodeltester.check(model)
    assert resets == [1] and _names(model) == ["10", "11", "12", "13", "14"]


def test_id_lists_sync_too(qtmodeltester):
    from PySide6.QtCore import QAbstractListModel, Qt

    class Ids(QAbstractListModel):
        def __init__(self):
            super().__init__()
            self.ids = [1, 2, 3]

        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.ids)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return str(self.ids[index.row()]) if role == Qt.ItemDataRole.DisplayRole else None

    model = Ids()
    synced_rows.sync_rows(model, model.ids, [3, 1, 4], key=lambda rid: rid)
    qtmodeltester.check(model)
    assert model.ids == [3, 1, 4]

"""Choosing a helper for a request: volunteers ranked by fit, each with the reasons shown;
the choice and where they ranked (and why) go into the request's history."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from civicdesk.errors import UserError
from civicdesk.services import matching
from civicdesk.services.changes import Changes
from civicdesk.services.matching import Ranking
from civicdesk.services.requests import RequestRecord

from civicdesk.gui import accessible_names, focus_order, operations, request_text, text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.forms.ui_request_assign import Ui_RequestAssignDialog
from civicdesk.gui.models.suggestion_model import SuggestionModel
from civicdesk.gui.widgets.person_picker import PersonPicker

SHOWN = 50  # suggestions listed; anyone else can be typed into "Someone else"


class RequestAssignDialog(modal.KeptOnLock, QDialog):
    def __init__(self, context: AppContext, record: RequestRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.record = context, record
        self.changes: Changes | None = None
        self.ranking: Ranking | None = None
        self._other: Ranking | None = None  # the typed-in person's place
        self.ui = Ui_RequestAssignDialog()
        self.ui.setupUi(self)
        self.model = SuggestionModel(self)
        self._setup_view()
        self.picker = PersonPicker(context, self, volunteers_only=True)
        self.ui.other_layout.addWidget(self.picker, 1)
        accessible_names.from_label(self.picker, self.ui.other_label)
        focus_order.after(self.ui.suggestion_view, self.picker)  # below the list
        themes.tint(self.ui.error_label, "error")
        self.ui.error_label.hide()
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Give the request to this volunteer"))
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.suggestion_view.doubleClicked.connect(lambda _index: self.save())
        self.picker.person_chosen.connect(self._on_person_chosen)
        self._describe(record)
        self.load()

    def _setup_view(self) -> None:
        view = self.ui.suggestion_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _describe(self, r: RequestRecord) -> None:
        self.setWindowTitle(self.tr("Choose a helper for request #{id}").format(id=r.id))
        facts = [request_text.category(r.category_name), request_text.urgency(r.urgency)]
        if r.due_on:
            facts.append(self.tr("due {date}").format(date=request_text.day(r.due_on)))
        if r.area:
            facts.append(r.area)
        if r.requester_languages:
            facts.append(self.tr("speaks {languages}").format(
                languages=", ".join(r.requester_languages)))
        lines = [f"{r.summary} \u2014 {r.requester_name}", " \u00b7 ".join(facts)]
        if r.assignee_name:
            lines.append(self.tr("Now with {name}; choosing someone else hands it over.")
                         .format(name=r.assignee_name))
        self.ui.request_label.setText("\n".join(lines))

    # Ranking ----------------------------------------------------------------------------
    def load(self) -> None:
        """Rank the volunteers in the background (thousands take a few dozen ms)."""
        self.ui.count_label.setText(self.tr("Finding the best helpers\u2026"))
        rid, include = self.record.id, [self.record.assignee] if self.record.assignee else []
        self.context.tasks.run(lambda _ctx: matching.rank(rid, limit=SHOWN, include=include),
                               on_success=self._on_ranked, on_error=self._on_error)

    def _on_ranked(self, ranking: Ranking) -> None:
        self.ranking = ranking
        self.model.set_ranking(ranking)
        self.ui.count_label.setText(self.tr(
            "The best {shown} of {total} volunteers, best fit first (\u2713 in favour, "
            "\u2717 against). Enter gives the request to the one selected.").format(
            shown=min(SHOWN, ranking.total), total=ranking.total))
        if ranking.suggestions:
            self.ui.suggestion_view.selectRow(0)
        self.ui.suggestion_view.setFocus()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self._show_error(text.error(exc))

    def chosen_person(self) -> int | None:
        if self.picker.person_id() is not None:
            return self.picker.person_id()
        rows = self.ui.suggestion_view.selectionModel().selectedRows()
        return self.model.suggestion(rows[0].row()).person_id if rows else None

    def reason(self) -> str:
        """What the history will say about the choice."""
        pid = self.chosen_person()
        ranking = self._other if self.picker.person_id() is not None else self.ranking
        found = ranking.find(pid) if ranking and pid is not None else None
        if found is None:
            return ""
        return matching.explanation(found, ranking.total, text.message)

    def _on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        if self.ui.suggestion_view.selectionModel().hasSelection() and self.picker.text():
            self.picker.set_person_id(None)
        self._show_reason()

    def _on_person_chosen(self, person_id: int | None) -> None:
        self._other = None
        if person_id is not None:
            self.ui.suggestion_view.clearSelection()
            self._other = matching.rank(self.record.id, limit=1, include=[person_id])
        self._show_reason()

    def _show_reason(self) -> None:
        reason = self.reason()
        self.ui.reason_label.setText(self.tr("The history will say: {reason}").format(
            reason=reason) if reason else "")

    # Saving -----------------------------------------------------------------------------
    def save(self) -> None:
        pid = self.chosen_person()
        if pid is None:
            self._show_error(self.tr("Choose a volunteer in the list, or type a name under "
                                     "\u201cSomeone else\u201d."))
            return
        record = self.record
        self.changes = operations.Operation(self, self.context, lambda actor: (
            matching.assign_suggested(actor, record.id, record.version, pid, text.message))
        ).on_refused(lambda exc: self._show_error(text.error(exc))).run()
        if self.changes is not None:
            self.accept()

    def _show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext, record: RequestRecord) -> Changes | None:
        dialog = cls(context, record, parent)
        dialog.exec()
        return dialog.changes


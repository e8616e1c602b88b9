"""The Reports pane: the list of reports, the chosen report's options, and Preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk.reports import catalog
from civicdesk.services.changes import Changes

from civicdesk.gui import focus_order, text
from civicdesk.gui.panes.base import Pane
from civicdesk.gui.reports import launch
from civicdesk.gui.reports.options_form import OptionsForm

NameRole = Qt.ItemDataRole.UserRole + 1


class ReportsPane(Pane):
    """Choose a report on the left, set its options on the right, press Preview (Enter)."""

    icon_name = "reports"

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.forms: dict[str, OptionsForm] = {}
        self.last_job: launch.ReportJob | None = None
        self.report_list = QListWidget(self)
        self.report_list.setObjectName("report_list")
        self.report_list.setAccessibleName(self.tr("Reports"))
        for name, spec in catalog.REPORTS.items():
            item = QListWidgetItem(text.label("Report", spec.title))
            item.setData(NameRole, name)
            item.setToolTip(text.label("Report", spec.description))
            self.report_list.addItem(item)
        self.report_list.setMaximumWidth(300)
        self.report_list.setSpacing(3)  # roomier rows: easier to read and to click
        font = self.report_list.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.report_list.setFont(font)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.form_stack = QStackedWidget(self)
        self.preview_button = QPushButton(self.tr("&Preview\u2026"), self)
        self.preview_button.setDefault(True)
        self.preview_button.setToolTip(self.tr("Prepare the report and show it (Enter)"))
        self._layout()
        self.report_list.currentRowChanged.connect(self._on_report_list_current_row_changed)
        self.preview_button.clicked.connect(self.preview)
        for keys in ("Return", "Enter", "Ctrl+Return"):
            shortcut = QShortcut(QKeySequence(keys), self, self.preview)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.report_list.setCurrentRow(0)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReportsPane", "Reports")

    def _layout(self) -> None:
        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.description_label)
        right.addSpacing(8)
        right.addWidget(self.form_stack)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.report_list)
        layout.addLayout(right, 1)

    def apply_changes(self, changes: Changes) -> None:
        """Events or shifts changed: the option forms list them, so build them afresh."""
        if not (changes.touches("event") or changes.touches("shift")):
            return
        for form in self.forms.values():
            self.form_stack.removeWidget(form)
            form.deleteLater()
        self.forms.clear()
        self._on_report_list_current_row_changed(self.report_list.currentRow())

    def current_name(self) -> str:
        item = self.report_list.currentItem()
        return item.data(NameRole) if item else ""

    def select_report(self, name: str) -> OptionsForm:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(NameRole) == name:
                self.report_list.setCurrentRow(row)
        return self.forms[name]

    def _on_report_list_current_row_changed(self, row: int) -> None:
        name = self.current_name()
        if not name:
            return
        spec = catalog.spec(name)
        self.title_label.setText(text.label("Report", spec.title))
        self.description_label.setText(text.label("Report", spec.description))
        if name not in self.forms:  # built on first use: some read events or shifts
            self.forms[name] = OptionsForm(self.context, name, self)
            self.form_stack.addWidget(self.forms[name])
            focus_order.after(self.forms[name], self.preview_button)  # made before it
        self.form_stack.setCurrentWidget(self.forms[name])

    def preview(self) -> launch.ReportJob:
        name = self.current_name()
        self.last_job = launch.open_report(self.context, self, name,
                                           self.forms[name].values())
        return self.last_job

    def exercise(self) -> None:
        """Self-test: render the shift schedule into the preview, then close it."""
        self.select_report("schedule")
        job = self.preview()
        if not job.task.done:
            loop = QEventLoop()
            job.task.finished.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
        if job.preview is None or job.preview.page_count() < 1:
            raise RuntimeError(f"the schedule report did not reach the preview: {job.error}")
        job.preview.close()

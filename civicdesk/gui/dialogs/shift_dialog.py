"""Planning a shift: a single one, a weekly repeating series, or editing either.

Times are entered as local wall-clock times; a series keeps them across daylight-saving
changes. Editing a series changes only its shifts that have not started yet.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from civicdesk import clock, localtime
from civicdesk.services import schedule, series, shifts
from civicdesk.services.changes import Changes
from civicdesk.services.errors import ValidationError

from civicdesk.gui import localized, operations, shift_format
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.editor import EditorDialog
from civicdesk.gui.forms.ui_shift_dialog import Ui_ShiftDialog
from civicdesk.gui.widgets.field_errors import FieldErrors

WEEKDAY_CHECKS = ("mon_check", "tue_check", "wed_check", "thu_check", "fri_check",
                  "sat_check", "sun_check")


class ShiftDialog(EditorDialog):
    """Use `ask_new`, `ask_edit` or `ask_series`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ShiftDialog()
        self.ui.setupUi(self)
        localized.localize_date_edit(self.ui.date_edit, "long")  # the weekday helps here
        localized.localize_date_edit(self.ui.until_edit)
        self.tz = clock.zone()
        self.mode = "new"
        self._id: int | None = None
        self._version: int | None = None
        self.outcome: series.SeriesOutcome | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "event": ui.event_combo, "title": ui.title_edit, "starts_at": ui.start_edit,
            "ends_at": ui.end_edit, "start_time": ui.start_edit, "end_time": ui.end_edit,
            "location": ui.location_edit, "capacity": ui.capacity_spin,
            "required_skill": ui.skill_combo, "notes": ui.notes_edit,
            "weekdays": ui.weekdays_box, "interval_weeks": ui.interval_spin,
            "starts_on": ui.date_edit, "until": ui.until_edit, "occurrences": ui.times_spin},
            summary=ui.error_label)
        ui.skill_combo.addItems([""] + schedule.skill_names())
        ui.repeat_group.setVisible(False)
        ui.repeat_check.toggled.connect(self._on_repeat_check_toggled)
        ui.until_radio.toggled.connect(ui.until_edit.setEnabled)
        ui.times_radio.toggled.connect(ui.times_spin.setEnabled)
        ui.start_edit.timeChanged.connect(self._show_next_day)
        ui.end_edit.timeChanged.connect(self._show_next_day)
        ui.next_day_label.hide()
        ui.button_box.accepted.connect(self.on_save)
        ui.button_box.rejected.connect(self.reject)

    def _show_next_day(self) -> None:
        """"(the next day)" beside an end time before the start: an overnight shift."""
        start, end = self.ui.start_edit.time(), self.ui.end_edit.time()
        self.ui.next_day_label.setVisible(start.isValid() and end.isValid() and end < start)

    def _weekday_checks(self) -> list[QCheckBox]:
        return [getattr(self.ui, name) for name in WEEKDAY_CHECKS]

    # Loading -----------------------------------------------------------------------------
    def load_new(self, day: date, event_id: int | None = None) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New shift"))
        ui.intro_label.hide()
        ui.event_combo.load(keep=None)
        ui.event_combo.set_event_id(event_id)
        ui.date_edit.setDate(shift_format.qdate(day))
        ui.start_edit.setTime(QTime(9, 0))
        ui.end_edit.setTime(QTime(12, 0))
        ui.capacity_spin.setValue(2)
        ui.until_edit.setDate(shift_format.qdate(day + timedelta(weeks=12)))
        ui.until_edit.setEnabled(False)
        ui.times_spin.setValue(10)
        ui.times_spin.setEnabled(False)
        self.mark_clean()

    def load_shift(self, shift_id: int) -> None:
        values = schedule.shift_record(shift_id)
        self.mode, self._id, self._version = "shift", shift_id, values.version
        ui = self.ui
        self.setWindowTitle(self.tr("Edit shift"))
        ui.event_combo.load(keep=values.event)
        self._fill_common(values)
        start = values.starts_at.astimezone(self.tz)
        ui.date_edit.setDate(shift_format.qdate(start.date()))
        ui.start_edit.setTime(QTime(start.hour, start.minute))
        end = values.ends_at.astimezone(self.tz)
        ui.end_edit.setTime(QTime(end.hour, end.minute))
        ui.repeat_check.hide()
        ui.intro_label.setVisible(values.series is not None)
        ui.intro_label.setText(self.tr(
            "This shift is part of a repeating series. Changes here apply to this day only; "
            "use \u201cEdit the repeating series\u201d to change all the shifts to come."))
        self.mark_clean()

    def load_series(self, series_id: int) -> None:
        values = series.series_record(series_id)
        self.mode, self._id, self._version = "series", series_id, values.version
        ui = self.ui
        self.setWindowTitle(self.tr("Edit repeating shifts"))
        ui.event_combo.load(keep=values.event)
        self._fill_common(values)
        ui.date_edit.setDate(shift_format.qdate(values.starts_on))
        ui.start_edit.setTime(QTime.fromString(values.start_time, "HH:mm"))
        ui.end_edit.setTime(QTime.fromString(values.end_time, "HH:mm"))
        ui.repeat_check.setChecked(True)
        ui.repeat_check.hide()
        for day, check in enumerate(self._weekday_checks()):
            check.setChecked(str(day) in values.weekdays)
        ui.interval_spin.setValue(values.interval_weeks)
        ui.until_radio.setChecked(values.until is not None)
        ui.until_edit.setEnabled(values.until is not None)
        if values.until is not None:
            ui.until_edit.setDate(shift_format.qdate(values.until))
        ui.times_radio.setChecked(values.occurrences is not None)
        ui.times_spin.setEnabled(values.occurrences is not None)
        ui.times_spin.setValue(values.occurrences or 10)
        ui.intro_label.setText(self.tr(
            "Changes apply to the shifts of this series that have not started yet. Shifts "
            "that are over or under way stay as they were."))
        self.mark_clean()

    def _fill_common(self, values: schedule.ShiftRecord | series.SeriesRecord) -> None:
        ui = self.ui
        ui.title_edit.setText(values.title)
        ui.location_edit.setText(values.location)
        ui.capacity_spin.setValue(values.capacity)
        ui.skill_combo.setCurrentText(values.required_skill)
        ui.notes_edit.setPlainText(values.notes)

    # Values --------------------------------------------------------------------------------
    def repeating(self) -> bool:
        return self.ui.repeat_check.isChecked()

    def snapshot(self) -> dict:
        ui = self.ui
        values = {"event": ui.event_combo.event_id(), "title": ui.title_edit.text(),
                  "location": ui.location_edit.text(), "capacity": ui.capacity_spin.value(),
                  "required_skill": ui.skill_combo.currentText().strip(),
                  "notes": ui.notes_edit.toPlainText()}
        day = shift_format.pydate(ui.date_edit.date())
        start, end = ui.start_edit.time(), ui.end_edit.time()
        if not self.repeating():
            if not (start.isValid() and end.isValid()):  # refused by save()
                return values | {"start_time": ui.start_edit.text(),
                                 "end_time": ui.end_edit.text()}
            # an end before the start is the next morning: an overnight shift (#15)
            end_day = day + timedelta(days=1) if end < start else day
            return values | {
                "starts_at": localtime.local_to_utc(day, time(start.hour(), start.minute()),
                                                    self.tz),
                "ends_at": localtime.local_to_utc(end_day, time(end.hour(), end.minute()),
                                                  self.tz)}
        return values | {
            "weekdays": [d for d, c in enumerate(self._weekday_checks()) if c.isChecked()],
            "interval_weeks": ui.interval_spin.value(),
            "start_time": ui.start_edit.text(), "end_time": ui.end_edit.text(),
            "starts_on": day,
            "until": shift_format.pydate(ui.until_edit.date())
            if ui.until_radio.isChecked() else None,
            "occurrences": ui.times_spin.value() if ui.times_radio.isChecked() else None}

    # Saving --------------------------------------------------------------------------------
    def times_typed(self) -> bool:
        """Both times read as times; else the first that does not is shown, as the
        services would (`series.parse_time`: "... is not a time like 09:30")."""
        for field, edit in (("start_time", self.ui.start_edit), ("end_time", self.ui.end_edit)):
            try:
                series.parse_time(field, edit.text())
            except ValidationError as exc:
                self.errors.clear()
                self.errors.show_refusal(exc)
                edit.setFocus()
                return False
        return True

    def save(self) -> Changes | None:
        if not self.times_typed():
            return None
        values, shift_id, version = self.snapshot(), self._id, self._version
        if self.mode == "shift":
            return self.run_write(
                lambda actor: shifts.update_shift(actor, shift_id, version, values))
        if not self.repeating():
            return self.run_write(lambda actor: shifts.create_shift(actor, values))
        if self.mode == "series":
            outcome = self._save_series(lambda actor, ok: series.update_series(
                actor, shift_id, version, values, confirm_large=ok))
        else:
            outcome = self._save_series(
                lambda actor, ok: series.create_series(actor, values, confirm_large=ok))
        if outcome is None:
            return None
        self.outcome = outcome
        self._report(outcome)
        return outcome.changes

    def _save_series(self, call) -> series.SeriesOutcome | None:
        """`call(actor, False)`; if the series is very long, ask, then `call(actor, True)` on
        the task thread (thousands of shifts take a few hundred ms: the window must not
        freeze)."""
        large: list[series.ConfirmLargeSeries] = []

        def refused(exc) -> None:
            if isinstance(exc, series.ConfirmLargeSeries):
                large.append(exc)
            elif not self.errors.show_refusal(exc):
                operations.tell_refused(self, exc)

        self.errors.clear()
        outcome = operations.Operation(self, self.context, lambda actor: call(actor, False)) \
            .on_refused(refused).run()
        if outcome is not None or not large or not self.confirm_large(large[0].count):
            return outcome
        label = self.tr("Creating {count} shifts\u2026").format(count=large[0].count)
        return operations.Operation(self, self.context, lambda actor: call(actor, True)) \
            .show_problems(self.errors).with_progress(label).run()

    def confirm_large(self, count: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Many shifts"),
            self.tr("This makes {count} shifts. Create them all?").format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _report(self, outcome: series.SeriesOutcome) -> None:
        notes = []
        if outcome.kept_single:
            notes.append(self.tr(
                "Shifts with people signed up that no longer fit the new days: {count}. They "
                "were kept as single shifts; cancel them if they are not needed.").format(
                count=outcome.kept_single))
        if outcome.moved_with_signups:
            notes.append(self.tr(
                "Shifts with people signed up that changed time: {count}. Please let them "
                "know.").format(count=outcome.moved_with_signups))
        if outcome.clashes:
            lines = [self.tr("{name} on {day}: now overlaps \u201c{other}\u201d ({when})").format(
                name=c.name, day=shift_format.day_text(c.day), other=c.other, when=c.when)
                for c in outcome.clashes]
            notes.append(self.tr("These people are now on two shifts at once; sign them off "
                                 "one of them or find a replacement:") + "\n" + "\n".join(
                "\u2022 " + line for line in lines))
        if notes:
            self.tell("\n\n".join(notes))

    def tell(self, message: str) -> None:
        """Say something after saving (monkeypatched in tests)."""
        QMessageBox.information(self, self.tr("Shifts changed"), message)

    def _on_repeat_check_toggled(self, checked: bool) -> None:
        self.ui.repeat_group.setVisible(checked)
        self.ui.date_caption.setText(self.tr("&First day:") if checked else self.tr("&Day:"))
        if checked and not any(c.isChecked() for c in self._weekday_checks()):
            day = shift_format.pydate(self.ui.date_edit.date())
            self._weekday_checks()[day.weekday()].setChecked(True)

    # Entry points ----------------------------------------------------------------------------
    @classmethod
    def ask_new(cls, context: AppContext, parent: QWidget | None = None,
                day: date | None = None, event_id: int | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_new(day or clock.today(), event_id)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

    @classmethod
    def ask_edit(cls, context: AppContext, shift_id: int,
                 parent: QWidget | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_shift(shift_id)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

    @classmethod
    def ask_series(cls, context: AppContext, series_id: int,
                   parent: QWidget | None = None) -> Changes | None:
        dialog = cls(context, parent)
        dialog.load_series(series_id)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changes

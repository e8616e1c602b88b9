"""How support requests read on screen: status, urgency and category names, dates, ages,
history lines, in the user's language."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from civicdesk import clock
from civicdesk.services import requests
from civicdesk.services.requests import HistoryLine

from civicdesk.gui import localized, text


class RequestText(text.Context):
    """The texts of this module (context "RequestText")."""


def status(code: str) -> str:
    return text.label("RequestStatus", requests.STATUS_LABELS.get(code, code))


def urgency(code: str) -> str:
    return text.label("Urgency", requests.URGENCY_LABELS.get(code, code))


def category(name: str) -> str:
    return text.label("RequestCategory", requests.CATEGORY_LABELS.get(name, name))


def day(value: date | None) -> str:
    """A date in the locale's short form ("3/14/26" in en_US); empty stays empty."""
    return localized.format_date(value) if value else ""


def local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return localized.format_datetime(value.astimezone(clock.zone()))


def waiting(created: datetime, today: date, tz: tzinfo) -> str:
    days = (today - created.astimezone(tz).date()).days
    if days <= 0:
        return RequestText.tr("today")
    return RequestText.tr("1 day") if days == 1 else RequestText.tr("{count} days").format(count=days)


def due(value: date | None, overdue: bool, today: date) -> str:
    if value is None:
        return ""
    if overdue:
        return RequestText.tr("{date} (late)").format(date=day(value))
    if value == today:
        return RequestText.tr("{date} (today)").format(date=day(value))
    return day(value)


def history(line: HistoryLine) -> str:
    """What happened, in one sentence: "Status: Assigned → In progress"."""
    kind = line.kind
    if kind == "created":
        what = RequestText.tr("Request taken in")
    elif kind in ("status", "reopen"):
        what = (RequestText.tr("Reopened: {old} \u2192 {new}") if kind == "reopen"
                else RequestText.tr("Status: {old} \u2192 {new}")).format(old=status(line.old_status),
                                                              new=status(line.new_status))
        if line.old_assignee and line.new_status == "new":
            what += " " + RequestText.tr("({name} taken off)").format(name=line.old_assignee)
    elif kind == "assign":
        what = _helper_change(line)
    elif kind == "edit":
        fields = [text.label("Field", requests.REQUEST_FIELDS[name].label)
                  if name in requests.REQUEST_FIELDS else name for name in line.note.split(", ")]
        return RequestText.tr("Changed: {fields}").format(fields=", ".join(fields))
    elif kind == "follow_up":
        return RequestText.tr("Follow-up: {note}").format(note=line.note)
    else:
        return line.note
    return f"{what} \u2014 {line.note}" if line.note else what


def _helper_change(line: HistoryLine) -> str:
    if line.new_assignee and line.old_assignee:
        return RequestText.tr("Given to {new} instead of {old}").format(new=line.new_assignee,
                                                             old=line.old_assignee)
    if line.new_assignee:
        return RequestText.tr("Given to {new}").format(new=line.new_assignee)
    return RequestText.tr("{old} taken off the request").format(old=line.old_assignee)


def move_label(old: str, new: str) -> str:
    """The button text for moving a request from *old* to *new*."""
    if old == "resolved" and new == "in_progress":
        return RequestText.tr("&Reopen\u2026")
    if new == "new":
        return RequestText.tr("Take the helper &off")
    if old == "in_progress" and new == "assigned":
        return RequestText.tr("Not &started yet")
    return {"assigned": RequestText.tr("Choose a &helper\u2026"), "in_progress": RequestText.tr("&Start"),
            "resolved": RequestText.tr("Mark &resolved"), "closed": RequestText.tr("C&lose\u2026"),
            "cancelled": RequestText.tr("Cance&l request\u2026")}[new]

"""Every report by name: its options, the service function that reads its data, its renderer.

The CLI (`civicdesk report NAME`) and the GUI (Reports pane, `open_report`) both go through
`build(name, options, actor)`. This is the one module of `civicdesk.reports` that reads the
database, and only by calling service functions; the renderers receive plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from civicdesk import clock
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports import base, cards, hours, labels, people, requests, shifts
from civicdesk.services import report_data, report_requests, report_shifts, validation, vocabulary
from civicdesk.services.actors import Actor
from civicdesk.services.validation import FieldSpec


@dataclass(frozen=True)
class Option:
    """One option of a report. `target` says what a "ref" option refers to (event, person,
    shift, request); `default(today)` gives the value used when none is given."""

    name: str
    spec: FieldSpec
    default: Callable[[date], Any] = lambda today: None
    target: str = ""
    choice_labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Job:
    """What a data function gets: the cleaned options and who/when/where."""

    options: dict[str, Any]
    actor: Actor
    today: date
    tz: ZoneInfo


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    description: str
    options: tuple[Option, ...]
    data: Callable[[Job], Any]
    renderer: type[base.BaseReport]
    renderer_options: tuple[str, ...] = ()  # options passed to the renderer, not the data
    check: Callable[[dict], None] | None = None


PAPER = Option("paper", FieldSpec(QT_TRANSLATE_NOOP("Field", "Paper"), "choice",
                                  choices=tuple(base.PAPERS)),
               lambda today: report_data.default_paper(),
               choice_labels={"letter": QT_TRANSLATE_NOOP("Field", "Letter"),
                              "a4": QT_TRANSLATE_NOOP("Field", "A4")})
STATUS = Option(
    "status", FieldSpec(QT_TRANSLATE_NOOP("Field", "Who"), "choice",
                        choices=tuple(vocabulary.MEMBER_GROUPS)), lambda today: "current",
    choice_labels={"current": QT_TRANSLATE_NOOP("Field", "Members in good standing"),
                   "member": QT_TRANSLATE_NOOP("Field", "Paying members"),
                   "honorary": QT_TRANSLATE_NOOP("Field", "Honorary members"),
                   "lapsed": QT_TRANSLATE_NOOP("Field", "Lapsed members"),
                   "prospect": QT_TRANSLATE_NOOP("Field", "Prospective members"),
                   "everyone": QT_TRANSLATE_NOOP("Field", "Everyone on file")})
EVENT = Option("event", FieldSpec(QT_TRANSLATE_NOOP("Field", "Event"), "ref"), target="event")
# 16 pt text with fewer, wrapping columns (the roster, the call list, the sign-in sheet)
LARGE_PRINT = Option("large_print", FieldSpec(QT_TRANSLATE_NOOP("Field", "Large print (16 pt)"),
                                              "bool"), lambda today: False)


def _date(name: str, label: str, default: Callable[[date], date]) -> Option:
    return Option(name, FieldSpec(label, "date", required=True), default)


def _start_of_year(today: date) -> date:
    return today.replace(month=1, day=1)


def _monday(today: date) -> date:
    return today - timedelta(days=today.weekday())


START = _date("start", QT_TRANSLATE_NOOP("Field", "From"), _start_of_year)
END = _date("end", QT_TRANSLATE_NOOP("Field", "Until"), lambda today: today)

END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The period ends before it starts.")
SHIFT_OR_DAY = QT_TRANSLATE_NOOP("Validation", "Choose a shift or a day.")
UNKNOWN_REPORT = QT_TRANSLATE_NOOP("Validation", "There is no report called \u201c{value}\u201d.")
NOT_AN_OPTION = QT_TRANSLATE_NOOP("Validation", "The report \u201c{report}\u201d has no option "
                                                "\u201c{value}\u201d.")


def _period(options: dict) -> None:
    if options["end"] < options["start"]:
        validation.fail("end", END.spec.label, END_BEFORE_START, options["end"])


def _label_start(options: dict) -> None:
    per_sheet = labels.LAYOUTS[options["layout"]].per_sheet
    if options["start_at"] > per_sheet:
        validation.fail("start_at", QT_TRANSLATE_NOOP("Field", "Start at label"),
                        validation.MSG["max"], options["start_at"], max=per_sheet)


def _shift_or_day(options: dict) -> None:
    if options.get("shift") is None and options.get("day") is None:
        validation.fail("day", QT_TRANSLATE_NOOP("Field", "Day"), SHIFT_OR_DAY)


def _schedule_end(job: Job) -> date:
    start = job.options["start"]
    if job.options["period"] == "month":
        return _add_month(start) - timedelta(days=1)
    return start + timedelta(days=6)


def _add_month(day: date) -> date:
    year, month = day.year + day.month // 12, day.month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _ref(name: str, label: str, target: str, required: bool = False) -> Option:
    return Option(name, FieldSpec(label, "ref", required=required), target=target)


def _int(name: str, label: str, default: int, minimum: int, maximum: int) -> Option:
    return Option(name, FieldSpec(label, "int", required=True, minimum=minimum,
                                  maximum=maximum), lambda today: default)


REPORTS: dict[str, ReportSpec] = {spec.name: spec for spec in [
    ReportSpec(
        "roster", QT_TRANSLATE_NOOP("Report", "Member roster"),
        QT_TRANSLATE_NOOP("Report", "Members with all their contact details, for the office "
                                    "(not for handing out)."),
        (STATUS, PAPER, LARGE_PRINT),
        lambda job: report_data.roster(job.actor, job.options["status"]),
        people.RosterReport, ("large_print",)),
    ReportSpec(
        "directory", QT_TRANSLATE_NOOP("Report", "Member directory"),
        QT_TRANSLATE_NOOP("Report", "The public list: only members who agreed to be listed, "
                                    "with only the details they agreed to share."),
        (STATUS, PAPER), lambda job: report_data.directory(job.options["status"]),
        people.DirectoryReport),
    ReportSpec(
        "renewals", QT_TRANSLATE_NOOP("Report", "Renewals due"),
        QT_TRANSLATE_NOOP("Report", "Members whose dues run out soon or have run out, with "
                                    "how to reach them."),
        (_int("days", QT_TRANSLATE_NOOP("Field", "Due within (days)"), 30, 0, 730), PAPER),
        lambda job: report_data.renewals(job.actor, job.options["days"], job.today),
        people.RenewalsReport),
    ReportSpec(
        "labels", QT_TRANSLATE_NOOP("Report", "Mailing labels"),
        QT_TRANSLATE_NOOP("Report", "One address label per household, on Avery 5160 (Letter) "
                                    "or L7163 (A4) sheets."),
        (STATUS, Option("layout", FieldSpec(QT_TRANSLATE_NOOP("Field", "Label sheet"), "choice",
                                            choices=tuple(labels.LAYOUTS)),
                        lambda today: labels.layout_for(report_data.default_paper()),
                        choice_labels={"avery5160": QT_TRANSLATE_NOOP(
                            "Field", "Avery 5160 (Letter, 30 labels)"),
                            "l7163": QT_TRANSLATE_NOOP("Field", "L7163 (A4, 14 labels)")}),
         _int("start_at", QT_TRANSLATE_NOOP("Field", "Start at label"), 1, 1, 30)),
        lambda job: report_data.labels(job.actor, job.options["status"]),
        labels.LabelsReport, ("layout", "start_at"), _label_start),
    ReportSpec(
        "cards", QT_TRANSLATE_NOOP("Report", "Membership cards"),
        QT_TRANSLATE_NOOP("Report", "Credit-card sized cards with name, number and valid-until "
                                    "date, eight to a page."),
        (STATUS, _ref("person", QT_TRANSLATE_NOOP("Field", "Only for"), "person"), PAPER),
        lambda job: report_data.cards(job.options["status"], job.options.get("person")),
        cards.CardsReport),
    ReportSpec(
        "schedule", QT_TRANSLATE_NOOP("Report", "Shift schedule"),
        QT_TRANSLATE_NOOP("Report", "Who works when, for a week or a month, for the wall."),
        (_date("start", QT_TRANSLATE_NOOP("Field", "From"), _monday),
         Option("period", FieldSpec(QT_TRANSLATE_NOOP("Field", "Period"), "choice",
                                    choices=("week", "month")), lambda today: "week",
                choice_labels={"week": QT_TRANSLATE_NOOP("Field", "One week"),
                               "month": QT_TRANSLATE_NOOP("Field", "One month")}),
         EVENT, PAPER),
        lambda job: report_shifts.schedule_of(job.options["start"], _schedule_end(job),
                                              job.tz, job.options.get("event")),
        shifts.ScheduleReport),
    ReportSpec(
        "signin", QT_TRANSLATE_NOOP("Report", "Sign-in sheet"),
        QT_TRANSLATE_NOOP("Report", "For the clipboard: the people signed up, blank rows, time "
                                    "in, signature, time out. One page per shift."),
        (Option("day", FieldSpec(QT_TRANSLATE_NOOP("Field", "Day"), "date"),
                lambda today: today),
         _ref("shift", QT_TRANSLATE_NOOP("Field", "Shift"), "shift"), EVENT,
         _int("blank_rows", QT_TRANSLATE_NOOP("Field", "Blank rows"), 8, 0, 60), PAPER,
         LARGE_PRINT),
        lambda job: report_shifts.signin_sheets(
            job.tz, job.options.get("shift"),
            None if job.options.get("shift") else job.options.get("day"),
            job.options.get("event")),
        shifts.SignInReport, ("blank_rows", "large_print"), _shift_or_day),
    ReportSpec(
        "calls", QT_TRANSLATE_NOOP("Report", "Reminder call list"),
        QT_TRANSLATE_NOOP("Report", "Volunteers to call the day before their shift, with "
                                    "phone numbers and room for notes."),
        (Option("day", FieldSpec(QT_TRANSLATE_NOOP("Field", "Shifts on"), "date",
                                 required=True), lambda today: today + timedelta(days=1)),
         PAPER, LARGE_PRINT),
        lambda job: report_shifts.call_list(job.options["day"], job.tz),
        shifts.CallListReport, ("large_print",)),
    ReportSpec(
        "hours", QT_TRANSLATE_NOOP("Report", "Volunteer hours"),
        QT_TRANSLATE_NOOP("Report", "Hours per volunteer and per event for a period, with a "
                                    "chart."),
        (START, END, EVENT, PAPER),
        lambda job: report_shifts.hours(job.options["start"], job.options["end"], job.tz,
                                        job.options.get("event")),
        hours.HoursReport, check=_period),
    ReportSpec(
        "statement", QT_TRANSLATE_NOOP("Report", "Hours statement"),
        QT_TRANSLATE_NOOP("Report", "A signed letter listing one volunteer's dates and hours "
                                    "(for school, work or a visa)."),
        (_ref("person", QT_TRANSLATE_NOOP("Field", "Volunteer"), "person", required=True),
         START, END, Option("signer", FieldSpec(QT_TRANSLATE_NOOP("Field", "Signed by"),
                                                max_len=100)), PAPER),
        lambda job: report_shifts.statement(job.options["person"], job.options["start"],
                                            job.options["end"], job.tz),
        hours.StatementReport, ("signer",), _period),
    ReportSpec(
        "requests", QT_TRANSLATE_NOOP("Report", "Support requests summary"),
        QT_TRANSLATE_NOOP("Report", "Requests by category and status, time to resolve, open "
                                    "and overdue requests, with charts."),
        (_date("start", QT_TRANSLATE_NOOP("Field", "From"), lambda today: today - timedelta(
            days=90)), END, PAPER),
        lambda job: report_requests.summary(job.options["start"], job.options["end"],
                                            job.today, job.tz),
        requests.RequestsSummaryReport, check=_period),
    ReportSpec(
        "ticket", QT_TRANSLATE_NOOP("Report", "Job ticket"),
        QT_TRANSLATE_NOOP("Report", "One request on paper for the helper: what, where, whom "
                                    "to call. No sensitive notes."),
        (_ref("request", QT_TRANSLATE_NOOP("Field", "Request number"), "request",
              required=True), PAPER),
        lambda job: report_requests.ticket(job.options["request"], job.tz),
        requests.JobTicketReport),
]}


def spec(name: str) -> ReportSpec:
    if name not in REPORTS:
        validation.fail("report", QT_TRANSLATE_NOOP("Field", "Report"), UNKNOWN_REPORT, name)
    return REPORTS[name]


def clean_options(name: str, given: dict[str, Any], today: date) -> dict[str, Any]:
    """The options of report *name*: *given* checked (ValidationError naming each bad
    option and value), with defaults for those not given."""
    report = spec(name)
    known = {o.name: o for o in report.options}
    for key in given:
        if key not in known:
            validation.fail(key, key, NOT_AN_OPTION, key, report=name)
    values = {o.name: given[o.name] if _given(given.get(o.name)) else o.default(today)
              for o in report.options}
    values = {k: v for k, v in values.items() if v is not None}
    cleaned = validation.clean({o.name: o.spec for o in report.options}, values)
    if report.check:
        report.check(cleaned)
    return cleaned


def _given(value: Any) -> bool:
    """Was an option given? Not when it is blank (`--status " "` is no status, and must
    not become an empty one, which no report knows)."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def build(name: str, options: dict[str, Any], actor: Actor, *,
          translate: base.Translate | None = None, progress: base.Progress | None = None,
          now: datetime | None = None, invariant: bool = False) -> bytes:
    """Read the data for report *name* and render it; returns the PDF bytes."""
    tz = clock.zone()
    now = (now or clock.now()).astimezone(tz)
    report = spec(name)
    cleaned = clean_options(name, options, now.date())
    data = report.data(Job(cleaned, actor, now.date(), tz))
    extra = {k: cleaned[k] for k in report.renderer_options if k in cleaned}
    renderer = report.renderer(letterhead(now), cleaned.get("paper", "letter"),
                               translate=translate, progress=progress, **extra)
    renderer.invariant = invariant
    return renderer.render(data)


def letterhead(now: datetime) -> base.Letterhead:
    """The association as every report prints it (the settings), for a report made *now*."""
    about = report_data.association()
    return base.Letterhead(about.name, now, about.address, about.logo, about.phone,
                           about.email, about.website)

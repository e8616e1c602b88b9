"""The import of people, step by step, as the wizard and `civicdesk import people` drive it:

    table = tables.read_table(path)                      # 1. read (any size: task thread)
    found = presets.mapping_for(table, "civicrm")        # 2. guess; the user changes
    found = found.with_columns(["Courriel=email"])       #    `found.columns` freely
    shown = people_import.preview(table, found)          # 3. nothing written yet
    done = imports.import_people(actor, shown.plan, progress)   # 4. one transaction
    imports.undo_import(actor, done.batch_id)            # later, as a unit

Every step takes and returns plain data; none imports Qt or writes. The preview checks each
row with the people service's rules (so a problem reads as in the person editor) and
matches it to someone on file: by id in the other system, then email (unless two rows of
the file share it), then phone, then name and address.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from civicdesk import localformat, settings
from civicdesk.data.fields import fold
from civicdesk.errors import UserError
from civicdesk.exchange import mapping
from civicdesk.exchange.mapping import CellProblem, Mapping
from civicdesk.exchange.tables import Table
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services import imports, payments, people, validation
from civicdesk.services.errors import ValidationError

CREATE, UPDATE, UNCHANGED, PROBLEM = "create", "update", "unchanged", "problem"
HOUSEHOLD_KEYS = ("household", "street", "unit", "city", "region", "postal_code", "country",
                  "area")
PERSON_KEYS = set(people.PERSON_FIELDS) | set(imports.DATE_FIELDS)

DUPLICATE = QT_TRANSLATE_NOOP("Import", "the same person as row {row} (same name and email)")
NO_NAME = people.NAME_REQUIRED
SAME_MATCH = QT_TRANSLATE_NOOP("Import", "matches the same person on file as row {row}")
MATCH_COLUMN = {"external id": "external_id", "email": "email", "phone": "phone",
                "name and address": "street"}
NOT_A_PERSON = QT_TRANSLATE_NOOP("Import", "a {kind} contact, not a person: left out")


class DateOrderNeeded(UserError):
    """The dates could be day/month or month/day: the user must say which."""

    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "the dates in {column} (such as {example}) could be day/month/year or "
                  "month/day/year; say which with --date-order dmy or --date-order mdy")

    def __init__(self, column: str, example: str) -> None:
        self.column, self.example = column, example
        super().__init__(column=column, example=example)


class MoneyFormatNeeded(UserError):
    """The amounts could be read with a decimal comma or a decimal point: ask."""

    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "the amounts in {column} (such as {example}) could be read with a decimal "
                  "comma or a decimal point; say which with --decimal-mark comma or "
                  "--decimal-mark point")

    def __init__(self, column: str, example: str) -> None:
        self.column, self.example = column, example
        super().__init__(column=column, example=example)


NO_PAID_ON = QT_TRANSLATE_NOOP(
    "Import", "an amount paid needs the day it was paid: map a column to \u201cDues paid: "
              "on\u201d")
PAYMENT_COLUMN = {"amount_cents": "dues_amount", "paid_on": "dues_paid_on",
                  "period_start": "dues_from", "period_end": "dues_until"}


class NothingMapped(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "no column is mapped to a name: map a column to first_name, last_name or "
                  "full_name (the columns are: {columns})")


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    value: str
    reason: str  # in the current language


@dataclass
class RowPreview:
    """One row of the file and what the import will do with it."""

    row: int
    action: str
    name: str = ""
    person_id: int | None = None
    matched_by: str = ""  # external id, email, phone, name and address
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class Preview:
    """What the import would do; `plan` is what `imports.import_people` writes."""

    table: str
    mapping: Mapping
    date_order: str | None
    rows: list[RowPreview]
    plan: imports.ImportPlan
    notes: list[str] = field(default_factory=list)
    decimal_mark: str | None = None

    def of(self, action: str) -> list[RowPreview]:
        return [r for r in self.rows if r.action == action]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(r.action for r in self.rows)
        return {a: found.get(a, 0) for a in (CREATE, UPDATE, UNCHANGED, PROBLEM)}

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]


Progress = Callable[[int, int], None]


def preview(table: Table, found: Mapping, progress: Progress | None = None) -> Preview:
    """What importing *table* with *found* would do. Reads only."""
    report = progress or (lambda done, total: None)
    if not any(k in ("first_name", "last_name", "full_name") for k in found.columns.values()):
        raise NothingMapped(columns=", ".join(table.headers))
    order = found.date_order or _date_order(table, found)
    mark = found.decimal_mark or _decimal_mark(table, found)
    reader = _RowReader(table, found, order, mark)
    plan = imports.ImportPlan(table.name, found.preset, found.system)
    known = imports.known_people(found.system)
    shared = _shared_emails(table, found)
    matcher = _Matcher(known, shared)
    if found.column_of("dues_amount"):
        matcher.payments = imports.known_payments()
    homes: dict[str, int] = {}
    seen: dict[tuple[str, str], int] = {}
    result = []
    for index, (number, cells) in enumerate(zip(table.numbers, table.rows, strict=True)):
        result.append(_row(number, cells, reader, matcher, plan, homes, seen))
        if index % 2000 == 0:
            report(index, len(table.rows))
    plan.unchanged = sum(1 for r in result if r.action == UNCHANGED)
    plan.problems = sum(1 for r in result if r.action == PROBLEM)
    notes = list(table.notes) + [NEVER_READ.format(columns=", ".join(table.dropped))
                                 for _ in table.dropped[:1]]
    return Preview(table.name, found, order, result, plan, notes, mark)


NEVER_READ = QT_TRANSLATE_NOOP("Import", "never read: {columns}")


def _date_order(table: Table, found: Mapping) -> str | None:
    for column, key in found.columns.items():
        if key is None or mapping.TARGETS[key].kind not in ("date", "payment_date"):
            continue
        values = [row[table.column(column)] for row in table.rows]
        detected = mapping.detect_date_order(values)
        if detected:
            return detected
        if mapping.ambiguous(values):
            example = next(v for v in values if mapping.ambiguous([v]))
            raise DateOrderNeeded(column, example)
    return None


def _decimal_mark(table: Table, found: Mapping) -> str | None:
    """The amounts' decimal mark, from the amounts that show it; asked when none does and
    one could be read both ways ("1,234")."""
    column = found.column_of("dues_amount")
    if column is None:
        return None
    values = [row[table.column(column)] for row in table.rows]
    detected = mapping.detect_decimal_mark(values)
    if detected is None:
        example = next((v for v in values if mapping.money_ambiguous(v)), None)
        if example is not None:
            raise MoneyFormatNeeded(column, example.strip())
    return detected


def _shared_emails(table: Table, found: Mapping) -> set[str]:
    column = found.column_of("email")
    if column is None:
        return set()
    i = table.column(column)
    counts = Counter(row[i].strip().casefold() for row in table.rows if row[i].strip())
    return {email for email, n in counts.items() if n > 1}


class _RowReader:
    """Turns one row's cells into person and household values, collecting problems."""

    def __init__(self, table: Table, found: Mapping, order: str | None,
                 mark: str | None = None) -> None:
        self.order, self.mark = order, mark
        self.columns = [(i, h, found.columns.get(h)) for i, h in enumerate(table.headers)
                        if found.columns.get(h)]
        self.contact_type = next((i for i, h in enumerate(table.headers)
                                  if h.casefold() == "contact type"), None)
        self.where: dict[str, str] = {}  # field -> its column, for messages
        self.months = settings.get("dues_period_months")  # what a payment covers, read once

    def read(self, number: int, cells: list[str]):
        person: dict[str, Any] = {}
        home: dict[str, Any] = {}
        extra: dict[str, Any] = {"payment": {}}
        problems: list[RowProblem] = []
        for i, header, key in self.columns:
            text = cells[i].strip() if i < len(cells) else ""
            target = mapping.TARGETS[key]
            self.where.setdefault(INVERTED_TO.get(key, key), header)
            try:
                self._put(target, key, text, person, home, extra)
            except CellProblem as exc:
                reason = Message("Import", exc.reason, exc.params)
                problems.append(RowProblem(number, header, text, str(reason)))
        if self.contact_type is not None:
            kind = cells[self.contact_type].strip()
            if kind and kind.casefold() != "individual":
                extra["not_a_person"] = kind
                problems.append(RowProblem(number, "Contact Type", kind, str(Message(
                    "Import", NOT_A_PERSON, {"kind": kind}))))
        return person, home, extra, problems

    def _put(self, target, key, text, person, home, extra) -> None:
        kind = target.kind
        if not text:
            return
        if kind == "household":
            home["name" if key == "household" else key] = text
        elif kind == "text":
            person[key] = text
        elif kind == "bool":
            person[key] = mapping.yes_no(text)
        elif kind == "not_bool":
            person[mapping.INVERTED[key]] = not mapping.yes_no(text)
        elif kind == "date":
            person[key] = mapping.parse_date(text, self.order)
        elif kind == "list":
            person.setdefault(key, []).extend(mapping.items(text))
        elif kind == "status":
            person.setdefault("membership_status", mapping.status(text))
        elif kind == "level":  # kept as an interest; honorary is also a status of ours
            if "honor" in fold(text) or "honoraire" in fold(text):
                person["membership_status"] = "honorary"
            person.setdefault("interests", []).append(
                str(Message("Import", mapping.LEVEL_TAG, {"level": " ".join(text.split())})))
        elif kind == "flag_tag":
            if mapping.yes_no(text):
                person.setdefault("interests", []).append(
                    str(Message("Import", mapping.FLAG_TAGS[key])))
        elif kind == "money":
            extra["payment"]["amount_cents"] = mapping.parse_money(text, self.mark)
        elif kind == "payment_date":
            extra["payment"][mapping.PAYMENT_KEYS[key]] = mapping.parse_date(text, self.order)
        elif kind == "name":
            extra["full_name"] = text
        else:  # external_id, household_key
            extra[key] = text


INVERTED_TO = mapping.INVERTED


def _row(number, cells, reader: _RowReader, matcher, plan, homes, seen) -> RowPreview:
    person, home, extra, problems = reader.read(number, cells)
    if extra.get("not_a_person"):  # a CiviCRM household or organisation: only that is said
        return RowPreview(number, PROBLEM, "", problems=problems[-1:])
    if "full_name" in extra and not (person.get("first_name") or person.get("last_name")):
        person["first_name"], person["last_name"] = mapping.split_name(extra["full_name"])
    name = people.display_name(person.get("first_name", ""), person.get("last_name", ""))
    problems += _checked(number, person, home, reader.where, cells)
    payment, payment_problems = _payment(number, extra["payment"], person, reader.where,
                                         reader.months)
    problems += payment_problems
    if not problems:
        key = (name.casefold(), person.get("email", "").casefold())
        if key[1] and key in seen:
            problems.append(RowProblem(number, reader.where.get("email", ""),
                                       person["email"], str(Message(
                                           "Import", DUPLICATE, {"row": seen[key]}))))
        else:
            seen.setdefault(key, number)
    if problems:
        return RowPreview(number, PROBLEM, name, problems=problems)
    match, how = matcher.match(person, home, extra.get("external_id", ""))
    if match is not None and match in matcher.taken:
        return RowPreview(number, PROBLEM, name, problems=[RowProblem(
            number, reader.where.get(MATCH_COLUMN.get(how, "email"), ""), "", str(Message(
                "Import", SAME_MATCH, {"row": matcher.taken[match]})))])
    if match is not None:
        matcher.taken[match] = number
    household = _household(plan, homes, home, extra.get("household_key", ""), person)
    if match is None:
        plan.creates.append(imports.NewPerson(number, person, household,
                                              extra.get("external_id", "")))
        if payment is not None:
            plan.payments.append(imports.NewPayment(number, ("new", len(plan.creates) - 1),
                                                    payment))
        return RowPreview(number, CREATE, name)
    current = matcher.known.records[match]
    changes = _changes(person, current, matcher.lists(match))
    joins = household if current["household"] is None else None
    paid = payment is not None and (match, payment["paid_on"],
                                    payment["amount_cents"]) not in matcher.payments
    if not changes and joins is None and not paid:
        return RowPreview(number, UNCHANGED, name, match, how)
    if changes or joins is not None:
        plan.updates.append(imports.PersonUpdate(
            number, match, current["version"], {k: new for k, (_, new) in changes.items()},
            joins, extra.get("external_id", "")))
    if paid:
        plan.payments.append(imports.NewPayment(number, ("id", match), payment))
        changes["dues_amount"] = (None, _paid_text(payment))
    return RowPreview(number, UPDATE, name, match, how, changes)


def _paid_text(payment: dict) -> str:
    day = localformat.format_date
    return (f"{localformat.format_money(payment['amount_cents'])} ({day(payment['paid_on'])}, "
            f"{localformat.format_period(payment['period_start'], payment['period_end'])})")


def _payment(number: int, read: dict, person: dict, where: dict, months: int = 12
             ) -> tuple[dict | None, list[RowProblem]]:
    """The row's dues payment, checked with the payments service's rules: paid on its
    date (else the period's start), covering the period given, else the year up to the
    renewal date, else *months* (the dues-period setting) from the day it was paid, as
    the payment form proposes."""
    if read.get("amount_cents") is None:
        return None, []
    paid_on = read.get("paid_on") or read.get("period_start")
    if paid_on is None:
        return None, [RowProblem(number, where.get("dues_paid_on", where["dues_amount"]), "",
                                 str(Message("Import", NO_PAID_ON)))]
    end = read.get("period_end") or person.get("renewal_due")
    start = read.get("period_start")
    if end is None:
        start, end = payments.default_period(None, start or paid_on, months)
    elif start is None:
        start = min(paid_on, payments.year_before(end))
    values = {"amount_cents": read["amount_cents"], "paid_on": paid_on, "period_start": start,
              "period_end": end, "method": imports.PAYMENT_METHOD}
    try:
        return payments.check_payment(values), []
    except ValidationError as exc:
        found = []
        for p in exc.problems:
            column = where.get(PAYMENT_COLUMN.get(p.field, ""), "") or (
                where.get("renewal_due", "") if p.field == "period_end" else "")
            found.append(RowProblem(number, column or where["dues_amount"],
                                    _problem_value(p.value), str(p.message)))
        return None, found


def _problem_value(value: Any) -> str:
    if isinstance(value, int):
        return f"{value / 100:.2f}"
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _checked(number: int, person: dict, home: dict, where: dict, cells) -> list[RowProblem]:
    """The people service's own checks, each problem with its column and value."""
    found = []
    for specs, values in ((people.PERSON_FIELDS,
                           {k: v for k, v in person.items() if k in people.PERSON_FIELDS}),
                          (people.HOUSEHOLD_FIELDS, home)):
        try:
            cleaned = validation.clean(specs, values)
            values.update(cleaned)
        except ValidationError as exc:
            for p in exc.problems:
                column = where.get("household" if specs is people.HOUSEHOLD_FIELDS
                                   and p.field == "name" else p.field, p.field)
                found.append(RowProblem(number, column, str(p.value or ""), str(p.message)))
    if not (person.get("first_name") or person.get("last_name")):
        column = where.get("first_name") or where.get("last_name") or where.get("full_name", "")
        found.append(RowProblem(number, column, "", str(Message("Validation", NO_NAME))))
    return found


def _household(plan, homes: dict[str, int], home: dict, key: str, person: dict) -> int | None:
    """The index of the plan's new household for this row: rows with the same household
    key (a Wild Apricot bundle), else the same household name and street, share one."""
    if not home and not key:
        return None
    ident = f"key:{key.casefold()}" if key else \
        "home:" + " ".join(str(home.get(k, "")) for k in ("name", "street", "unit",
                                                           "postal_code")).casefold()
    if ident not in homes:
        values = dict(home)
        values.setdefault("name", person.get("last_name", "") if not home.get("name") else "")
        homes[ident] = len(plan.households)
        plan.households.append(values)
    elif home:
        index = homes[ident]
        for k, v in home.items():  # the bundle's first row may have had no address
            plan.households[index].setdefault(k, v)
    return homes[ident]


def _changes(person: dict, current: dict, lists: dict) -> dict[str, tuple[Any, Any]]:
    """The fields the row would change: a cell with a value that differs (an empty cell
    never empties a field); lists gain the items they lack."""
    found = {}
    for key, value in person.items():
        if key in people.LIST_FIELDS:
            have = lists.get(key, [])
            extra = [v for v in value if v.casefold() not in {h.casefold() for h in have}]
            if extra:
                found[key] = (have, have + extra)
        elif key == "email" and value.casefold() == (current.get(key) or "").casefold():
            continue
        elif value not in (None, "") and current.get(key) != value:
            found[key] = (current.get(key), value)
    return found


class _Matcher:
    def __init__(self, known: imports.Known, shared: set[str]) -> None:
        self.known, self.shared = known, shared
        self._lists: dict[int, dict] = {}
        self.taken: dict[int, int] = {}  # person id -> the row that matched them
        self.payments: set[tuple] = set()  # (person, paid on, cents) of payments on file

    def lists(self, pid: int) -> dict:
        if pid not in self._lists:
            self._lists[pid] = people.lists_of(pid)
        return self._lists[pid]

    def match(self, person: dict, home: dict, external: str) -> tuple[int | None, str]:
        k = self.known
        if external and external in k.by_external:
            return k.by_external[external], "external id"
        email = person.get("email", "").casefold()
        if email and email not in self.shared and len(k.by_email.get(email, [])) == 1:
            return k.by_email[email][0], "email"
        for number in (person.get("phone", ""), person.get("mobile", "")):
            found = k.by_phone.get(imports.phone_key(number), []) if number else []
            if len(found) == 1:
                return found[0], "phone"
        if home.get("street") and k.by_name_address:
            key = imports.name_address_key(person.get("first_name", ""),
                                           person.get("last_name", ""), home["street"],
                                           home.get("postal_code", ""))
            if len(k.by_name_address.get(key, [])) == 1:
                return k.by_name_address[key][0], "name and address"
        return None, ""

"""The peewee models: the whole first-version data model from ARCHITECTURE.md.

Models are bound to `database`, a proxy initialised by `civicdesk.data.database.open_database`
(a proxy rather than `SqliteDatabase(None)` so a PostgreSQL database can be plugged in later).
"""

from __future__ import annotations

import peewee as pw

from civicdesk import clock
from civicdesk.data.fields import JSONField, UTCDateTimeField

database = pw.DatabaseProxy()

MEMBERSHIP_STATUSES = ("member", "lapsed", "honorary", "prospect", "none")
ASSIGNMENT_STATUSES = ("signed_up", "confirmed", "attended", "no_show", "cancelled")
REQUEST_STATUSES = ("new", "assigned", "in_progress", "resolved", "closed", "cancelled")
URGENCIES = ("today", "2_days", "this_week", "anytime")
ROLES = ("admin", "coordinator", "volunteer")
TAG_KINDS = ("skill", "interest")
PAYMENT_METHODS = ("cash", "cheque", "card", "transfer", "other", "free")  # "free": a free
# membership, the one way to record 0.00 (see #15)
CALL_OUTCOMES = ("confirmed", "not_reached")


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Stamped(BaseModel):
    """Rows that users edit: created/updated stamps and a version counter for conflicts."""

    created_at = UTCDateTimeField(default=clock.utcnow)
    updated_at = UTCDateTimeField(default=clock.utcnow)
    version = pw.IntegerField(default=1)


class Household(Stamped):
    name = pw.CharField(default="", index=True)  # sorted and capped search (#15)
    street = pw.CharField(default="")
    unit = pw.CharField(default="")
    city = pw.CharField(default="")
    region = pw.CharField(default="")
    postal_code = pw.CharField(default="")
    country = pw.CharField(default="")
    area = pw.CharField(default="", index=True)  # neighbourhood / district, used for matching
    notes = pw.TextField(default="")
    archived = pw.BooleanField(default=False)


class Person(Stamped):
    first_name = pw.CharField(default="")
    last_name = pw.CharField(default="")
    preferred_name = pw.CharField(default="")
    sort_name = pw.CharField(default="", index=True)  # folded "last first", see fields.fold
    email = pw.CharField(default="", index=True)
    phone = pw.CharField(default="")
    mobile = pw.CharField(default="")
    # E.164 forms of phone and mobile ("" when they do not parse), for search and the
    # duplicate check: see civicdesk/phones.py. Set by the services beside what was typed.
    phone_e164 = pw.CharField(default="")
    mobile_e164 = pw.CharField(default="")
    household = pw.ForeignKeyField(Household, null=True, backref="members", on_delete="SET NULL")
    membership_status = pw.CharField(default="none", index=True)
    member_number = pw.CharField(default="", index=True)
    # Derived from Payment rows by the payment service; kept here so lists sort and filter in SQL.
    dues_paid_until = pw.DateField(null=True, index=True)
    is_volunteer = pw.BooleanField(default=False, index=True)
    availability = pw.TextField(default="")
    accessibility_notes = pw.TextField(default="")
    consent_directory = pw.BooleanField(default=False)
    consent_email = pw.BooleanField(default=False)
    consent_phone = pw.BooleanField(default=False)
    consent_photo = pw.BooleanField(default=False)
    reach_via = pw.ForeignKeyField("self", null=True, backref="reachable", on_delete="SET NULL")
    notes = pw.TextField(default="")
    sensitive_notes = pw.TextField(default="")  # coordinators only
    archived = pw.BooleanField(default=False, index=True)
    erased_at = UTCDateTimeField(null=True)  # anonymised at the person's request
    # Kept from an import (Wild Apricot's "Member since" / "Renewal due", CiviCRM's
    # membership dates); dues_paid_until stays derived from payments.
    member_since = pw.DateField(null=True)
    renewal_due = pw.DateField(null=True)


class PersonLanguage(BaseModel):
    person = pw.ForeignKeyField(Person, backref="languages", on_delete="CASCADE")
    language = pw.CharField()  # a language name or code as typed ("es", "Tigrinya")

    class Meta:
        indexes = ((("person", "language"), True), (("language",), False))


class Tag(BaseModel):
    """A skill or an interest that people carry (e.g. `driving`, `gardening`)."""

    name = pw.CharField(unique=True)
    kind = pw.CharField(default="skill")


class PersonTag(BaseModel):
    person = pw.ForeignKeyField(Person, backref="tags", on_delete="CASCADE")
    tag = pw.ForeignKeyField(Tag, backref="people", on_delete="CASCADE")

    class Meta:
        indexes = ((("person", "tag"), True), (("tag",), False))


class ExternalId(BaseModel):
    """An id a person has in another system (CiviCRM contact id, Wild Apricot member id ...)."""

    person = pw.ForeignKeyField(Person, backref="external_ids", on_delete="CASCADE")
    system = pw.CharField()
    value = pw.CharField()

    class Meta:
        indexes = ((("system", "value"), True),)


class User(BaseModel):
    """A login. Passwords are argon2 hashes."""

    username = pw.CharField(unique=True)
    display_name = pw.CharField(default="")
    role = pw.CharField(default="volunteer")
    password_hash = pw.CharField(default="")
    person = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    failed_attempts = pw.IntegerField(default=0)  # wrong secrets since the last good one
    failed_at = UTCDateTimeField(null=True)  # the last wrong one (the wait counts from it)
    active = pw.BooleanField(default=True)
    created_at = UTCDateTimeField(default=clock.utcnow)
    last_login_at = UTCDateTimeField(null=True)


class Payment(BaseModel):
    """A membership payment by a person or a household; amounts in integer cents."""

    person = pw.ForeignKeyField(Person, null=True, backref="payments", on_delete="CASCADE")
    household = pw.ForeignKeyField(Household, null=True, backref="payments", on_delete="CASCADE")
    amount_cents = pw.IntegerField()
    paid_on = pw.DateField()
    period_start = pw.DateField()
    period_end = pw.DateField()
    method = pw.CharField(default="cash")
    note = pw.TextField(default="")
    created_at = UTCDateTimeField(default=clock.utcnow)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    # A voided payment stays on file, struck through, and no longer counts for the dues;
    # a correction is a new payment that `corrects` the one it voided (#15).
    voided_at = UTCDateTimeField(null=True)
    voided_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    voided_by_name = pw.CharField(default="")  # the actor, as the audit log names them
    void_reason = pw.TextField(default="")
    corrects = pw.ForeignKeyField("self", null=True, on_delete="SET NULL",
                                  backref="corrections")


class Event(Stamped):
    """A named activity or program (food pantry, park clean-up, ride program)."""

    name = pw.CharField(unique=True)
    description = pw.TextField(default="")
    location = pw.CharField(default="")
    colour = pw.CharField(default="#4a90d9")
    archived = pw.BooleanField(default=False)


class ShiftSeries(Stamped):
    """A recurrence rule that generates shifts (weekly on chosen weekdays, every N weeks)."""

    event = pw.ForeignKeyField(Event, backref="series", on_delete="CASCADE")
    title = pw.CharField(default="")
    weekdays = pw.CharField(default="")  # "0,2,4" = Monday, Wednesday, Friday
    interval_weeks = pw.IntegerField(default=1)
    start_time = pw.CharField()  # local wall time "HH:MM" in `timezone`
    duration_minutes = pw.IntegerField()
    timezone = pw.CharField()
    starts_on = pw.DateField()
    until = pw.DateField(null=True)
    occurrences = pw.IntegerField(null=True)
    location = pw.CharField(default="")
    capacity = pw.IntegerField(default=1)
    required_skill = pw.ForeignKeyField(Tag, null=True, on_delete="SET NULL")
    notes = pw.TextField(default="")


class Shift(Stamped):
    event = pw.ForeignKeyField(Event, backref="shifts", on_delete="CASCADE")
    series = pw.ForeignKeyField(ShiftSeries, null=True, backref="shifts", on_delete="SET NULL")
    title = pw.CharField(default="")  # role, e.g. "Driver", "Sorting"
    starts_at = UTCDateTimeField(index=True)
    ends_at = UTCDateTimeField()
    location = pw.CharField(default="")
    capacity = pw.IntegerField(default=1)
    required_skill = pw.ForeignKeyField(Tag, null=True, on_delete="SET NULL")
    notes = pw.TextField(default="")
    cancelled = pw.BooleanField(default=False)
    cancel_reason = pw.TextField(default="")

    class Meta:
        indexes = ((("event", "starts_at"), False), (("series", "starts_at"), True))


class Assignment(Stamped):
    """A person on a shift."""

    shift = pw.ForeignKeyField(Shift, backref="assignments", on_delete="CASCADE")
    person = pw.ForeignKeyField(Person, backref="assignments", on_delete="CASCADE")
    status = pw.CharField(default="signed_up")
    minutes = pw.IntegerField(null=True)  # hours worked, in minutes; None = the shift length
    note = pw.TextField(default="")
    override_reason = pw.TextField(default="")  # why an overlap was allowed
    call_outcome = pw.CharField(default="")  # reminder call: "", "confirmed", "not_reached"
    called_at = UTCDateTimeField(null=True)

    class Meta:
        indexes = ((("shift", "person"), True), (("person",), False))


class AdHocHours(BaseModel):
    """Volunteer hours for work done outside a scheduled shift."""

    person = pw.ForeignKeyField(Person, backref="adhoc_hours", on_delete="CASCADE")
    event = pw.ForeignKeyField(Event, null=True, on_delete="SET NULL")
    worked_on = pw.DateField(index=True)
    minutes = pw.IntegerField()
    note = pw.TextField(default="")
    created_at = UTCDateTimeField(default=clock.utcnow)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")


class RequestCategory(BaseModel):
    """A configurable kind of support request, with the skill that fits it."""

    name = pw.CharField(unique=True)
    skill = pw.ForeignKeyField(Tag, null=True, on_delete="SET NULL")
    sort_order = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)


class SupportRequest(Stamped):
    requester = pw.ForeignKeyField(Person, backref="requests_made", on_delete="CASCADE")
    category = pw.ForeignKeyField(RequestCategory, on_delete="RESTRICT")
    urgency = pw.CharField(default="anytime")
    summary = pw.CharField()
    details = pw.TextField(default="")
    sensitive_notes = pw.TextField(default="")
    area = pw.CharField(default="")
    status = pw.CharField(default="new", index=True)
    assignee = pw.ForeignKeyField(Person, null=True, backref="requests_helped",
                                  on_delete="SET NULL")
    due_on = pw.DateField(null=True, index=True)
    follow_up_on = pw.DateField(null=True, index=True)
    resolved_at = UTCDateTimeField(null=True)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("requester",), False), (("assignee", "status"), False))


class RequestUpdate(BaseModel):
    """An append-only history line of a support request."""

    request = pw.ForeignKeyField(SupportRequest, backref="updates", on_delete="CASCADE")
    at = UTCDateTimeField(default=clock.utcnow)
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    actor = pw.CharField(default="")
    kind = pw.CharField()  # created, note, status, assign, reopen
    old_status = pw.CharField(default="")
    new_status = pw.CharField(default="")
    old_assignee = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    new_assignee = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    note = pw.TextField(default="")


class AuditEntry(BaseModel):
    """Append-only: who changed what, when; sensitive values are masked."""

    at = UTCDateTimeField(default=clock.utcnow, index=True)
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    actor = pw.CharField()
    action = pw.CharField()
    table_name = pw.CharField()
    row_id = pw.IntegerField(null=True)
    row_version = pw.IntegerField(null=True)  # the row's version after this change
    changes = JSONField(default=dict)

    class Meta:
        indexes = ((("table_name", "row_id"), False), (("user", "at"), False),
                   (("action", "at"), False))


class ErasurePass(BaseModel):
    """Present only inside the transaction that erases a person: while it holds a row, the
    append-only triggers let that transaction mask the audit log and the history (see
    data/append_only.py). Empty at every other moment."""

    person_id = pw.IntegerField()


class ImportBatch(BaseModel):
    """One import of a file (`civicdesk imports` lists them): who, when, what, its counts;
    `undone_at` once it was undone."""

    at = UTCDateTimeField(default=clock.utcnow)
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    actor = pw.CharField()
    kind = pw.CharField(default="people")
    file_name = pw.CharField(default="")
    preset = pw.CharField(default="")
    counts = JSONField(default=dict)
    undone_at = UTCDateTimeField(null=True)
    undone_by = pw.CharField(default="")


class ImportRow(BaseModel):
    """A row an import created or changed: the version it left the row at and, for a changed
    row, the values it replaced, so that undo restores them unless the row was edited since."""

    batch = pw.ForeignKeyField(ImportBatch, backref="rows", on_delete="CASCADE")
    table_name = pw.CharField()
    row_id = pw.IntegerField()
    created = pw.BooleanField(default=True)
    version = pw.IntegerField(default=1)
    old = JSONField(null=True)

    class Meta:
        indexes = ((("batch", "table_name", "row_id"), True), (("table_name", "row_id"), False))


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = JSONField(null=True)


ALL_MODELS = [
    Household, Person, PersonLanguage, Tag, PersonTag, ExternalId, User, Payment, Event,
    ShiftSeries, Shift, Assignment, AdHocHours, RequestCategory, SupportRequest, RequestUpdate,
    AuditEntry, ErasurePass, ImportBatch, ImportRow, Setting,
]

"""The words the data is made of, and the rules written in them, declared once: the
statuses and their groups, the request workflow, what counts as late.

Services, read models, reports and the window all import them from here. The full lists
are the models' column choices (civicdesk/data/models.py); everything else is a rule over
them and lives only here.
"""

from __future__ import annotations

from datetime import date

from civicdesk.data import models

# Every value a column may hold ------------------------------------------------------------
MEMBERSHIP_STATUSES = models.MEMBERSHIP_STATUSES
ASSIGNMENT_STATUSES = models.ASSIGNMENT_STATUSES
REQUEST_STATUSES = models.REQUEST_STATUSES
URGENCIES = models.URGENCIES
PAYMENT_METHODS = models.PAYMENT_METHODS
CALL_OUTCOMES = models.CALL_OUTCOMES
ROLES = models.ROLES

# Membership -------------------------------------------------------------------------------
# Whose "dues paid until" matters; honorary members and neighbours pay nothing.
DUES_STATUSES = ("member", "lapsed")
# The order a volunteer expects in lists, not the alphabetical order of the codes.
STATUS_ORDER = ("member", "honorary", "lapsed", "prospect", "none")
# Who a people report covers; "current" is everyone whose membership is in good standing.
MEMBER_GROUPS: dict[str, tuple[str, ...]] = {
    "current": ("member", "honorary"),
    "member": ("member",),
    "honorary": ("honorary",),
    "lapsed": ("lapsed",),
    "prospect": ("prospect",),
    "everyone": MEMBERSHIP_STATUSES,
}
RENEWAL_STATUSES = ("member", "lapsed", "prospect")  # who the renewals list reminds


def dues_overdue(status: str, paid_until: date | None, today: date) -> bool:
    return status in DUES_STATUSES and (paid_until is None or paid_until < today)


# Sign-ups for shifts ----------------------------------------------------------------------
SIGNUP_ACTIVE = ("signed_up", "confirmed", "attended")  # take a place on the shift
SIGNUP_EXPECTED = ("signed_up", "confirmed")  # still to come: remind them, call them
SIGNUP_MARKABLE = ("attended", "no_show", "cancelled")  # what bulk attendance may set
SIGNUP_ATTENDANCE = ("attended", "no_show")  # only once the shift has started

# Support requests -------------------------------------------------------------------------
REQUEST_OPEN = ("new", "assigned", "in_progress")  # still waiting for help (can be late)
REQUEST_ACTIVE = ("assigned", "in_progress")  # count towards a volunteer's load
REQUEST_FINISHED = ("closed", "cancelled")  # nothing more happens (no follow-ups)
URGENCY_RANK = {name: rank for rank, name in enumerate(URGENCIES)}

# The workflow. Reopening (resolved -> in_progress) needs a reason; going back to `new`
# takes the volunteer off the request.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"assigned", "cancelled"}),
    "assigned": frozenset({"new", "in_progress", "resolved", "cancelled"}),
    "in_progress": frozenset({"new", "assigned", "resolved", "cancelled"}),
    "resolved": frozenset({"closed", "in_progress"}),
    "closed": frozenset(),
    "cancelled": frozenset(),
}
NEEDS_ASSIGNEE = frozenset({"assigned", "in_progress"})


def can_move(old: str, new: str) -> bool:
    return new in TRANSITIONS.get(old, frozenset())


def request_overdue(status: str, due_on: date | None, today: date) -> bool:
    return status in REQUEST_OPEN and due_on is not None and due_on < today


def follow_up_due(status: str, follow_up_on: date | None, today: date) -> bool:
    return status not in REQUEST_FINISHED and follow_up_on is not None \
        and follow_up_on <= today

# The interest an import gives a person whose old system said "Do Not Mail" (CiviCRM):
# mailing labels leave them out (exchange/mapping.FLAG_TAGS writes the same name).
DO_NOT_MAIL = "do not mail"

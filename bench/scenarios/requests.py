"""Support requests at scale: 50,000 requests and 5,000 volunteers on top of a demo database.

Opening the queue (the Qt model: sorted ids plus the first screen of rows), filtering it,
and ranking every volunteer for one request, each beside the same SQL on plain sqlite3.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from bench.runner import Env, Scenario, timed
from civicdesk import clock

REQUESTS = 50_000
VOLUNTEERS = 5_000
SCREEN = 40  # rows visible when the queue opens
URGENCY_ORDER = "CASE urgency WHEN 'today' THEN 0 WHEN '2_days' THEN 1 WHEN 'this_week' " \
                "THEN 2 WHEN 'anytime' THEN 3 ELSE 4 END"
ROWS_SQL = """
SELECT r.id, r.version, r.summary, c.name, r.urgency, r.status, r.requester_id, p.first_name,
       p.last_name, p.preferred_name, r.assignee_id, h.first_name, h.last_name,
       h.preferred_name, r.area, r.due_on, r.follow_up_on, r.created_at
FROM support_request r JOIN person p ON r.requester_id = p.id
JOIN request_category c ON r.category_id = c.id LEFT JOIN person h ON r.assignee_id = h.id
WHERE r.id IN ({marks})"""


class _State:
    """The prepared database, opened once for all three scenarios."""

    def __init__(self, env: Env) -> None:
        self.env = env
        self.path = env.work / "requests.db"
        self.db = None
        self.request_id = 0
        self.ride = 0
        self.app = None
        self.model = None

    def ready(self) -> None:
        from civicdesk.data import database, models

        if self.db is None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            shutil.copy(self.env.demo_db(), self.path)
            self.db = database.open_database(self.path)
            _prepare(self)
        elif models.database.obj is not self.db:  # another scenario opened its own file
            models.database.initialize(self.db)

    def open_queue(self):
        from PySide6.QtWidgets import QApplication

        from civicdesk.gui.models import request_queue_model

        self.app = QApplication.instance() or QApplication([])
        model = request_queue_model.RequestQueueModel()
        model.load(request_queue_model.QueueFilter())
        _first_screen(model)
        self.model = model
        return model


def _first_screen(model) -> None:
    from PySide6.QtCore import Qt

    for row in range(min(SCREEN, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def _prepare(state: _State) -> None:
    """Exactly VOLUNTEERS active volunteers (with skills and languages), REQUESTS requests."""
    from civicdesk.data import bulk, models
    from civicdesk.services import rows

    rng = random.Random(5)
    with rows.transaction():
        volunteers = _set_volunteers(rng)
        state.ride = models.RequestCategory.get(name="ride").id
        _add_requests(rng, volunteers)
        state.request_id = _target_request(state.ride)
    assert models.SupportRequest.select().count() == REQUESTS
    assert bulk  # imported for _add_requests


def _set_volunteers(rng: random.Random) -> list[int]:
    from civicdesk.data import models

    P, T = models.Person, models.Tag
    active = [pid for (pid,) in P.select(P.id).where(P.archived == False)  # noqa: E712
              .order_by(P.is_volunteer.desc(), P.id).tuples()]
    chosen = active[:VOLUNTEERS]
    P.update(is_volunteer=False).where(P.id.not_in(chosen) & (P.is_volunteer == True)).execute()  # noqa: E712
    fresh = [pid for (pid,) in P.select(P.id).where(P.id.in_(chosen) & (P.is_volunteer == False))  # noqa: E712
             .tuples()]
    P.update(is_volunteer=True).where(P.id.in_(chosen)).execute()
    skills = [t.id for t in T.select().where(T.kind == "skill")]
    models.PersonTag.insert_many([{"person": pid, "tag": tag} for pid in fresh
                                  for tag in rng.sample(skills, rng.randint(1, 3))]).execute()
    models.PersonLanguage.insert_many([{"person": pid, "language": "Spanish"} for pid in fresh
                                       if rng.random() < 0.3]).on_conflict_ignore().execute()
    return chosen


def _add_requests(rng: random.Random, volunteers: list[int]) -> None:
    from civicdesk.data import bulk, models

    P = models.Person
    people = [pid for (pid,) in P.select(P.id).where(P.archived == False).tuples()]  # noqa: E712
    categories = [c.id for c in models.RequestCategory.select()]
    statuses = models.REQUEST_STATUSES
    today = clock.today()
    missing = REQUESTS - models.SupportRequest.select().count()
    start = bulk.next_id(models.SupportRequest)
    rows_ = []
    for rid in range(start, start + missing):
        status = rng.choices(statuses, (15, 15, 15, 20, 30, 5))[0]
        created = datetime.combine(today, time(12), tzinfo=UTC) - timedelta(
            days=rng.randint(0, 720), minutes=rng.randint(0, 600))
        rows_.append({
            "id": rid, "requester": rng.choice(people), "category": rng.choice(categories),
            "urgency": rng.choice(models.URGENCIES), "summary": f"Bench request {rid}",
            "status": status, "assignee": None if status == "new" else rng.choice(volunteers),
            "due_on": (created + timedelta(days=rng.randint(0, 21))).date(),
            "follow_up_on": today + timedelta(days=rng.randint(-10, 20))
            if status in ("assigned", "in_progress", "resolved") else None,
            "created_at": created, "updated_at": created})
    bulk.insert_rows(models.SupportRequest, rows_)


def _target_request(ride: int) -> int:
    """An open ride request, due in two days, from someone who speaks Spanish."""
    from civicdesk.data import models

    L = models.PersonLanguage
    requester = L.select(L.person).where(L.language == "Spanish").order_by(L.id).scalar()
    request = models.SupportRequest.select().where(
        models.SupportRequest.status == "new").order_by(models.SupportRequest.id).first()
    models.SupportRequest.update(requester=requester, category=ride,
                                 due_on=clock.today() + timedelta(days=2)).where(
        models.SupportRequest.id == request.id).execute()
    return request.id


# Baselines: the same SQL on plain sqlite3 -------------------------------------------------

def _raw_queue(conn: sqlite3.Connection, where: str, params: tuple) -> None:
    ids = [r[0] for r in conn.execute(
        f"SELECT id FROM support_request WHERE {where} ORDER BY {URGENCY_ORDER}, created_at, id",
        params)]
    first = ids[:SCREEN]
    conn.execute(ROWS_SQL.format(marks=",".join("?" * len(first))), first).fetchall()


def _raw_match(conn: sqlite3.Connection, request_id: int) -> None:
    """The queries `matching.rank` runs, without the scoring."""
    requester, due, skill = conn.execute(
        "SELECT r.requester_id, r.due_on, c.skill_id FROM support_request r "
        "JOIN request_category c ON r.category_id = c.id WHERE r.id = ?", (request_id,)).fetchone()
    conn.execute("SELECT language FROM person_language WHERE person_id = ?", (requester,)).fetchall()
    conn.execute("SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.archived, "
                 "h.area, h.postal_code FROM person p LEFT JOIN household h ON "
                 "p.household_id = h.id WHERE p.is_volunteer = 1").fetchall()
    conn.execute("SELECT person_id FROM person_tag WHERE tag_id = ?", (skill,)).fetchall()
    conn.execute("SELECT l.person_id, l.language FROM person_language l JOIN person p ON "
                 "l.person_id = p.id WHERE p.is_volunteer = 1").fetchall()
    day = datetime.fromisoformat(due)
    conn.execute("SELECT a.person_id, s.title, e.name, s.starts_at, s.ends_at FROM assignment a "
                 "JOIN shift s ON a.shift_id = s.id JOIN event e ON s.event_id = e.id WHERE "
                 "a.status IN ('signed_up', 'confirmed', 'attended') AND s.cancelled = 0 AND "
                 "s.starts_at < ? AND s.ends_at > ?",
                 (str(day + timedelta(days=1)), str(day))).fetchall()
    conn.execute("SELECT r.assignee_id, COUNT(r.id) FROM person p JOIN support_request r ON "
                 "r.assignee_id = p.id WHERE p.is_volunteer = 1 AND r.status IN "
                 "('assigned', 'in_progress') GROUP BY r.assignee_id").fetchall()


def scenarios(env: Env) -> list[Scenario]:
    state = _State(env)
    raw: dict[str, sqlite3.Connection] = {}

    def conn() -> sqlite3.Connection:
        if "c" not in raw:
            raw["c"] = sqlite3.connect(state.path)
        return raw["c"]

    def filtered():
        from civicdesk.gui.models import request_queue_model

        model = state.model or state.open_queue()
        model.load(request_queue_model.QueueFilter(statuses=(), category=state.ride,
                                                   overdue=True))
        _first_screen(model)

    open_statuses = "status IN ('new', 'assigned', 'in_progress')"
    overdue = ("category_id = ? AND status IN ('new', 'assigned', 'in_progress') "
               "AND due_on < ?")
    return [
        Scenario(
            f"requests_open_queue_{REQUESTS}", setup=state.ready,
            measure=lambda: timed(state.open_queue),
            baseline=lambda: timed(lambda: _raw_queue(conn(), open_statuses, ())),
            target_ratio=3.0, repeat=7),
        Scenario(
            "requests_filter_queue", setup=state.ready,
            measure=lambda: timed(filtered),
            baseline=lambda: timed(lambda: _raw_queue(conn(), overdue, (
                state.ride, clock.today().isoformat()))),
            target_ratio=3.0, repeat=7),
        Scenario(
            f"requests_match_{VOLUNTEERS}_volunteers", setup=state.ready,
            measure=lambda: timed(lambda: _rank(state.request_id)),
            baseline=lambda: timed(lambda: _raw_match(conn(), state.request_id)),
            target_ratio=4.0, target_ms=100, repeat=7),
    ]


def _rank(request_id: int) -> None:
    from civicdesk.services import matching

    ranking = matching.rank(request_id)
    assert ranking.suggestions and ranking.suggestions[0].reasons

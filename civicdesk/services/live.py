"""Live updates between the PCs on one server database (#17).

When one PC saves, every other CivicDesk on the same PostgreSQL database hears of it within
a moment and refreshes what it shows, as if the save had been made there:

- the window's operations `announce` the `Changes` each write returned, with who saved it,
  when, and `SENDER` (this running CivicDesk), so a window can ignore its own notices;
- writes made without a window (a command, an import from the command line) are announced
  by the database itself (`data/notify.py`: a trigger on the audit log);
- `notices(listener)` reads them back as `Changes` whose `elsewhere` says who and when.
  After the listener lost its connection and connected again it gives "everything
  changed": what was saved meanwhile was not heard.

On a SQLite file there is one writer (`data/lockfile.py`): nothing is announced or heard.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

from civicdesk import clock
from civicdesk.data import backend, models, notify
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes, Origin

SENDER = uuid.uuid4().hex[:12]  # this running CivicDesk, as its notices name it
Listener = notify.Listener
RECONNECTED = notify.RECONNECTED


def shared() -> bool:
    """Is the database one that other PCs may be writing to (a server's)?"""
    return backend.is_postgres()


def announce(changes: Changes, actor: Actor, *, sender: str = SENDER) -> bool:
    """Tell the other PCs what a write of *actor*'s changed (right after its transaction;
    nothing on SQLite). False when nothing was sent."""
    if not shared():
        return False
    origin = Origin(who=actor.name, at=clock.utcnow(), sender=sender)
    return notify.announce(models.database.obj,
                           changes.to_json(origin, limit=notify.MAX_PAYLOAD))


def announce_own_writes() -> None:
    """This CivicDesk announces its own writes (the window): the database stays quiet
    about them, so no other PC hears one write twice."""
    notify.announce_own_writes(models.database.obj)


def mark_this_thread() -> None:
    """For a thread that connected before `announce_own_writes` (the task thread)."""
    notify.mark_connection(models.database.obj)


def listener() -> notify.Listener | None:
    """A listener on the models' database, on a connection of its own (None on SQLite)."""
    return notify.Listener.of(models.database.obj)


def read(payload: str | object) -> Changes:
    """A notice as the `Changes` it describes (`RECONNECTED`: everything may have changed)."""
    if payload is RECONNECTED or not isinstance(payload, str):
        return Changes("*", everything=True, elsewhere=Origin())
    return Changes.from_json(payload)


def notices(source: Iterable[str | object]) -> Iterator[Changes]:
    """The `Changes` a listener hears, one per notice, until it is stopped."""
    for payload in source:
        yield read(payload)


MANY = 20  # notices heard at once beyond which reading everything again is quicker


def coalesced(heard: list[Changes]) -> list[Changes]:
    """Notices heard together, to publish: each as it is (its own origin, for the editor
    that shows it), or one "everything changed" when any of them was, or when there are
    more than `MANY` (a batch of commands on another PC)."""
    if any(c.everything for c in heard) or len(heard) > MANY:
        return [Changes("*", everything=True, elsewhere=heard[-1].elsewhere)] if heard else []
    return list(heard)

"""What every pane and dialog is given: the database, who is acting, the task runner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from civicdesk.services.actors import Actor

from civicdesk.gui.tasks import TaskRunner


@dataclass
class AppContext:
    db: pw.SqliteDatabase
    db_path: Path
    actor: Actor
    tasks: TaskRunner

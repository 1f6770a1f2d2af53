"""One user action in a process of its own, for tests/reliability/test_crash.py to kill.

    python -m tests.reliability.crash_worker import DB WORKBOOK SET_NAME
    python -m tests.reliability.crash_worker agreement DB SAVES
    python -m tests.reliability.crash_worker migrate DB

The action goes through the program's own functions (``open_database``, the budget importer,
the agreement service), one transaction per user action as in the window. The worker loads
and opens what it needs, prints ``READY`` and waits for a line on stdin; then marker lines on
stdout, each flushed before the step it names, tell the parent what had been reached when
the process died: ``BEGIN`` when the action starts (the kill clock starts there),
``SAVE k`` when transaction k begins, ``COMMIT k`` just before it commits and
``COMMITTED k`` once the commit has returned. Opening an old file marks ``OPEN``, then
``BACKUP`` and ``UPGRADE`` as the upgrade reaches its backup copy and its migrations.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.database import open_database

# The demo's one draft agreement, a multiline field of its template and a goal category in
# the middle, so each new goal also moves the sort order of the goals after it.
AGREEMENT_STATUS = "draft"
FIELD = "unit_goals"
CATEGORY = "personlige_utviklingsmal"


def field_text(k: int) -> str:
    return f"Lagret versjon {k}"


def goal_texts(k: int) -> dict[str, str]:
    return {"text": f"Krasjtest mål {k}", "indicator": f"Indikator {k}", "evaluation": f"Evaluering {k}"}


def goal_deadline(k: int) -> date:
    return date(2026, 1, 1) + timedelta(days=k)


def mark(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def draft_agreement_id(session: Session) -> uuid.UUID | None:
    from db.models import Agreement

    return session.scalars(
        select(Agreement.id).where(Agreement.status == AGREEMENT_STATUS).order_by(Agreement.title)
    ).first()


def setup_import(db_path: Path, workbook: Path, set_name: str) -> Callable[[], None]:
    from app.budget.importer import import_budget, plan_budget_import

    db = open_database(db_path)
    plan = plan_budget_import(workbook)  # reading writes nothing: the action is the write

    def action() -> None:
        mark("SAVE 1")
        with db.session() as session:
            result = import_budget(session, plan, set_name=set_name, kind="regnskap", year=2026)
            session.flush()
            mark(f"COMMIT 1 {result.set_id.hex}")
        mark("COMMITTED 1")
        db.close()

    return action


def setup_agreement_saves(db_path: Path, saves: int) -> Callable[[], None]:
    from app.agreements.detail import update_values
    from app.agreements.goals import add_goal

    db = open_database(db_path)
    agreement_id = db.run(draft_agreement_id)

    def action() -> None:
        for k in range(1, saves + 1):
            mark(f"SAVE {k}")
            with db.session() as session:
                update_values(session, agreement_id, {FIELD: field_text(k)})
                add_goal(session, agreement_id, category=CATEGORY, deadline=goal_deadline(k), **goal_texts(k))
                session.flush()
                mark(f"COMMIT {k}")
            mark(f"COMMITTED {k}")
        db.close()

    return action


def setup_migrate(db_path: Path) -> Callable[[], None]:
    import alembic.command

    import db.migrate
    from db.migrate import current_revision

    # Markers around the steps of an upgrade inside open_database: the backup and the migrations.
    backup, upgrade = db.migrate.backup_sqlite, alembic.command.upgrade

    def marked_backup(*args: object) -> object:
        mark("BACKUP")
        return backup(*args)

    def marked_upgrade(*args: object) -> object:
        mark("UPGRADE")
        return upgrade(*args)

    db.migrate.backup_sqlite, alembic.command.upgrade = marked_backup, marked_upgrade

    def action() -> None:
        mark("OPEN")
        opened = open_database(db_path)
        mark("COMMITTED 1 " + str(current_revision(opened.engine)))
        opened.close()

    return action


def main(argv: list[str]) -> int:
    action_name, db_path, *rest = argv
    if action_name == "import":
        action = setup_import(Path(db_path), Path(rest[0]), rest[1])
    elif action_name == "agreement":
        action = setup_agreement_saves(Path(db_path), int(rest[0]))
    elif action_name == "migrate":
        action = setup_migrate(Path(db_path))
    else:
        raise SystemExit(f"unknown action {action_name}")
    mark("READY")
    if not sys.stdin.readline():  # the parent says when: the next worker loads while it checks the last
        return 1  # the parent is gone
    mark("BEGIN")
    action()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Schema migrations with Alembic, run on open, with a backup first when data exists.

Developers make a new revision from the models with
``python -m db.migrate revision "what changed"``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect

from db.backup import backup_sqlite
from db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_data(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade(engine: Engine) -> MigrationResult:
    """Bring the database to the newest schema; back a SQLite file up first if it has tables."""
    before = current_revision(engine)
    head = head_revision()
    backup: Path | None = None
    if before != head:
        path = sqlite_path(engine)
        if path is not None and _has_data(engine):
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = path.with_name(f"{path.stem}.før-oppgradering-{before or 'ukjent'}-{stamp}{path.suffix}")
            backup_sqlite(engine, backup)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return MigrationResult(before, head, backup)


def make_revision(message: str) -> None:
    """Autogenerate a revision by comparing the models with a database at head."""
    engine = create_engine("sqlite://")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        # Numbered ids (0001, 0002, ...) read better than random hashes in a small project.
        number = len(list((MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))) + 1
        command.revision(cfg, message=message, autogenerate=True, rev_id=f"{number:04d}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        make_revision(sys.argv[2])
    else:
        print('usage: python -m db.migrate revision "message"')
        sys.exit(2)

"""Schema migrations with Alembic, run on open, with a backup first when data exists.

Revisions are numbered (``0001_initial_schema.py``, ``0002_...``), so the newest one is
known from the file names alone; Alembic itself (a large import) is loaded only when a
database actually needs upgrading. Developers make a new revision from the models with
``python -m db.migrate revision "what changed"``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, text

from db.backup import backup_sqlite
from db.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest revision: the highest numbered file in migrations/versions."""
    numbers = [m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir() if (m := REVISION_FILE.match(p.name))]
    return max(numbers)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_data(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


class MigrationError(RuntimeError):
    """An upgrade that would have left the file inconsistent; it was rolled back."""


@contextmanager
def migration_transaction(conn: Connection) -> Iterator[None]:
    """Run an upgrade as one transaction: a crash or an error leaves the file as it was.

    On SQLite two things stand in the way, and both are handled here:

    - Python's sqlite3 module (its legacy transaction control) begins a transaction only before
      INSERT, UPDATE or DELETE, so DDL before the first of these commits statement by statement:
      a kill between a migration's ``DROP INDEX`` and ``CREATE INDEX`` left a file still at the
      old revision without the index, which the next upgrade could not get past. The driver is
      told to keep out (``isolation_level = None``) and the upgrade runs between our own
      ``BEGIN IMMEDIATE`` and ``COMMIT``; SQLite's DDL is transactional.
    - Batch mode changes a table by copying it, dropping the old one and renaming the copy. With
      foreign keys on, dropping a parent table deletes its rows first and ON DELETE CASCADE
      empties the children. So foreign keys are off during the upgrade, as SQLite's procedure for
      altering tables asks, and checked before the commit instead: an upgrade that leaves new
      dangling references is rolled back with :class:`MigrationError`.
    """
    if conn.dialect.name != "sqlite":
        with conn.begin():  # PostgreSQL's DDL is transactional as it is
            yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None  # the connection is open: the pragma above ran on it
    legacy = raw.isolation_level
    raw.isolation_level = None  # no transaction is open yet, so this commits nothing
    keys = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    try:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            before = _foreign_key_problems(conn)
            yield
            after = _foreign_key_problems(conn)
            if after > before:
                raise MigrationError(
                    f"Oppgraderingen av databasen ville latt {after - before} rader peke på rader som ikke finnes. "
                    "Ingenting er endret. Bruk forrige versjon av programmet, og meld fra om feilen."
                )
            conn.exec_driver_sql("COMMIT")
        except BaseException:
            if raw.in_transaction:
                conn.exec_driver_sql("ROLLBACK")
            raise
    finally:
        conn.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if keys else 'OFF'}")
        raw.isolation_level = legacy


def _foreign_key_problems(conn: Connection) -> int:
    return len(conn.exec_driver_sql("PRAGMA foreign_key_check").all())


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade(engine: Engine) -> MigrationResult:
    """Bring the database to the newest schema in one transaction; back a SQLite file up first
    if it has tables."""
    before = current_revision(engine)
    head = head_revision()
    backup: Path | None = None
    if before != head:
        from alembic import command

        path = sqlite_path(engine)
        if path is not None and _has_data(engine):
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = path.with_name(f"{path.stem}.før-oppgradering-{before or 'ukjent'}-{stamp}{path.suffix}")
            from db import cipher

            if cipher.is_encrypted_engine(engine):  # an encrypted file: its copy keyed alike (never plain)
                cipher.backup_engine(engine, backup)
            else:
                backup_sqlite(engine, backup)
        cfg = alembic_config()
        with engine.connect() as conn, migration_transaction(conn):
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return MigrationResult(before, head, backup)


def make_revision(message: str) -> None:
    """Autogenerate a revision by comparing the models with a database at head."""
    from alembic import command

    engine = create_engine("sqlite://")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        # Numbered ids (0001, 0002, ...) keep the order visible and let head_revision()
        # find the newest without loading Alembic.
        number = int(head_revision()) + 1
        command.revision(cfg, message=message, autogenerate=True, rev_id=f"{number:04d}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        make_revision(sys.argv[2])
    else:
        print('usage: python -m db.migrate revision "message"')
        sys.exit(2)

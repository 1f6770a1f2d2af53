"""Opening a database: create or migrate it, check it, and fill a new default one with the demo."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseOpenError
from app.paths import default_database_path
from db.check import check_database
from db.engine import is_url, make_engine, sqlite_path
from db.migrate import MigrationResult, upgrade
from db.session import make_session_factory, unit_of_work

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class Database:
    """An open database: the engine, its sessions and where it lives."""

    target: str
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult
    created: bool

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: the unit of work of one user action."""
        with unit_of_work(self.sessions) as session:
            yield session

    def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call ``fn(session, *args, **kwargs)`` in its own transaction and return its result."""
        with self.session() as session:
            return fn(session, *args, **kwargs)

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | Path | None = None, *, demo_if_new: bool = False, today: date | None = None
) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    With ``demo_if_new`` a database file that did not exist is filled with the demo
    municipality, as on the program's first start.
    """
    target = target if target is not None else default_database_path()
    created = False
    if not is_url(target):
        path = Path(target).expanduser()
        created = not path.exists() or path.stat().st_size == 0
        if path.is_dir():
            raise DatabaseOpenError(f"«{path}» er en mappe, ikke en databasefil. Velg en fil.")
    engine = make_engine(target)
    try:
        if not created and engine.dialect.name == "sqlite":
            report = check_database(engine, quick=True)
            if report.integrity:
                raise DatabaseOpenError(
                    f"Databasen «{target}» er skadet ({report.integrity[0]}). "
                    "Gjenopprett den fra en sikkerhetskopi (Fil → Gjenopprett)."
                )
        migration = upgrade(engine)
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseOpenError(
            f"Kan ikke åpne «{target}» som database: {getattr(exc, 'orig', exc)}. "
            "Kontroller at det er en Styringsdialog-database og at du har tilgang til filen."
        ) from exc
    except DatabaseOpenError:
        engine.dispose()
        raise
    db = Database(str(target), engine, make_session_factory(engine), migration, created)
    # Templates shipped with a newer program reach older files too (adds only what is missing).
    from app.agreements.templates import install_builtin_templates

    with db.session() as session:
        session.info["audit"] = False  # shipped data, not anyone's change
        install_builtin_templates(session)
    if created and demo_if_new:
        from app.demo import build_demo

        with db.session() as session:
            build_demo(session, today=today)
    return db

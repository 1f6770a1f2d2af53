"""Engine factory: a SQLite file path or a database URL (PostgreSQL later, same models)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

SQLITE_BUSY_TIMEOUT_MS = 5000


def is_url(target: str | os.PathLike[str]) -> bool:
    return "://" in str(target)


def is_network_path(path: Path) -> bool:
    """A UNC path (\\\\server\\share) or a //server/share path: WAL is unsafe there."""
    text = str(path)
    return text.startswith("\\\\") or text.startswith("//")


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for other databases and in-memory ones."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


def make_engine(target: str | os.PathLike[str], *, echo: bool = False) -> Engine:
    """Create an engine for a file path or a URL, with SQLite's pragmas set on every connection."""
    if is_url(target):
        url = str(target)
        engine = create_engine(url, echo=echo)
        if engine.dialect.name == "sqlite":
            _install_sqlite_pragmas(engine, wal=True)
        return engine
    path = Path(target).expanduser().absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{path}", echo=echo)
    _install_sqlite_pragmas(engine, wal=not is_network_path(path))
    return engine


def _install_sqlite_pragmas(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            # WAL: readers do not block the writer; NORMAL sync is durable across a
            # program crash and loses at most the last commit on a power cut.
            cursor.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
            cursor.execute(f"PRAGMA synchronous={'NORMAL' if wal else 'FULL'}")
        cursor.close()

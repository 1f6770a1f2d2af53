"""PostgreSQL databases for the server benchmark: made on the server named by
``STYRINGSDIALOG_BENCH_POSTGRES`` (an admin URL that may create databases), each named
``sd_bench_…`` and dropped when the benchmark is done; and the follow-up history copied into
one of them from the cached SQLite file, so that both databases hold the same rows.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, insert, make_url, select, text

ENV = "STYRINGSDIALOG_BENCH_POSTGRES"
PREFIX = "sd_bench"
COPY_BATCH = 5_000


def admin_url() -> str:
    return os.environ.get(ENV, "")


def database_url(admin: str, name: str) -> str:
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


def create_database(admin: str, label: str, template: str | None = None) -> str:
    """A new database (empty, or a copy of ``template``); returns its name."""
    name = f"{PREFIX}_{label}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            clause = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    finally:
        engine.dispose()
    return name


def drop_database(admin: str, name: str) -> None:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


@contextmanager
def databases(admin: str) -> Iterator[list[str]]:
    """A list to put the names of created databases in; every one is dropped on the way out."""
    names: list[str] = []
    try:
        yield names
    finally:
        for name in reversed(names):
            drop_database(admin, name)


def server_version(admin: str) -> str:
    engine = create_engine(admin)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar())
    finally:
        engine.dispose()


def copy_sqlite_to_postgres(source: Path, url: str) -> tuple[float, dict[str, int]]:
    """Copy every table of the SQLite file ``source`` into the new, empty PostgreSQL database at
    ``url``: the schema by the app's migrations, then the rows table by table in the file's
    insertion order (rowid), so rows that point at rows of their own table (units, carried action
    items) come after what they point at. Auditing is not involved (plain Core inserts), as when
    the history was built. Returns the seconds taken and the rows copied per table."""
    import db.models  # noqa: F401 - every table in the metadata
    from db.base import Base
    from db.engine import make_engine
    from db.migrate import upgrade

    start = time.perf_counter()
    src = make_engine(source, read_only=True)
    dst = make_engine(url)
    counts: dict[str, int] = {}
    try:
        upgrade(dst)
        with src.connect() as read, dst.begin() as write:
            for table in Base.metadata.sorted_tables:
                result = read.execution_options(yield_per=COPY_BATCH).execute(
                    select(table).order_by(text("rowid")))
                n = 0
                for batch in result.mappings().partitions(COPY_BATCH):
                    write.execute(insert(table), [dict(r) for r in batch])
                    n += len(batch)
                counts[table.name] = n
    finally:
        src.dispose()
        dst.dispose()
    analyze(url)  # as autovacuum would soon after a load
    return time.perf_counter() - start, counts


def analyze(url: str) -> None:
    """Fresh statistics for the planner."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
    finally:
        engine.dispose()

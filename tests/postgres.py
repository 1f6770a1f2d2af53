"""A PostgreSQL server for the tests: each test gets a database of its own on the server named
by ``STYRINGSDIALOG_TEST_POSTGRES`` (a URL to a database the user may create databases from,
e.g. ``postgresql+psycopg://postgres@127.0.0.1:54329/postgres``). Without it the tests run on
SQLite files only; ``.ci/run`` sets it for the second, PostgreSQL pass."""

from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL

ADMIN_URL = os.environ.get("STYRINGSDIALOG_TEST_POSTGRES", "")


def enabled() -> bool:
    return bool(ADMIN_URL)


def database_url(name: str) -> str:
    return make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def admin_url() -> URL:
    return make_url(ADMIN_URL)


def create_database(prefix: str = "t", template: str | None = None) -> str:
    """A new, empty (or copied from ``template``) database; returns its name."""
    name = f"sd_{prefix}_{uuid.uuid4().hex[:12]}"
    engine = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            clause = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    finally:
        engine.dispose()
    return name


def drop_database(name: str) -> None:
    engine = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()

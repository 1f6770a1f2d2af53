"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.storage.database import Database, open_database
from tests import postgres

# The demo is built for a fixed day so tests see the same data whatever today is.
DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "userdata"
    monkeypatch.setenv("STYRINGSDIALOG_DATA_DIR", str(data))
    return data


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL pass, tests of what only a file has (the lock file, backups of the
    file, encryption, SQLite's own pragmas) are skipped; they ran on the SQLite pass."""
    if not postgres.enabled():
        for item in items:
            if "postgres_only" in item.keywords:
                item.add_marker(pytest.mark.skip(reason="needs STYRINGSDIALOG_TEST_POSTGRES (a PostgreSQL server)"))
        return
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(pytest.mark.skip(reason="about SQLite files; ran on the SQLite pass"))


@pytest.fixture
def empty_db(tmp_path: Path) -> Database:
    if postgres.enabled():
        name = postgres.create_database("empty")
        db = open_database(postgres.database_url(name))
        yield db
        db.close()
        postgres.drop_database(name)
        return
    db = open_database(tmp_path / "empty.sdb")
    yield db
    db.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    """Build the demo once per test run; each test gets a copy of the file (or, on the
    PostgreSQL pass, of the template database)."""
    if postgres.enabled():
        name = postgres.create_database("demo_template")
        db = open_database(postgres.database_url(name), demo_if_new=True, today=DEMO_TODAY)
        db.close()
        yield name
        postgres.drop_database(name)
        return
    path = tmp_path_factory.mktemp("demo") / "demo.sdb"
    db = open_database(path, demo_if_new=True, today=DEMO_TODAY)
    db.close()
    yield path


@pytest.fixture
def demo_path(_demo_template: Path | str, tmp_path: Path) -> Path | str:
    """The demo's file, or on the PostgreSQL pass the URL of a copy on the server."""
    if postgres.enabled():
        name = postgres.create_database("demo", template=str(_demo_template))
        yield postgres.database_url(name)
        postgres.drop_database(name)
        return
    path = tmp_path / "demo.sdb"
    shutil.copyfile(_demo_template, path)
    yield path


@pytest.fixture
def demo_db(demo_path: Path) -> Database:
    db = open_database(demo_path)
    yield db
    db.close()

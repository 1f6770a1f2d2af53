"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.database import Database, open_database

# The demo is built for a fixed day so tests see the same data whatever today is.
DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "userdata"
    monkeypatch.setenv("STYRINGSDIALOG_DATA_DIR", str(data))
    return data


@pytest.fixture
def empty_db(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "empty.sdb")
    yield db
    db.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the demo once per test run; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("demo") / "demo.sdb"
    db = open_database(path, demo_if_new=True, today=DEMO_TODAY)
    db.close()
    return path


@pytest.fixture
def demo_path(_demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sdb"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Database:
    db = open_database(demo_path)
    yield db
    db.close()

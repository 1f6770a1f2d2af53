"""Where the program keeps its files: the user's data folder, the default database, the log."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Styringsdialog"
DB_SUFFIX = ".sdb"  # a SQLite file; its own suffix so the installer can associate it
DATA_DIR_ENV = "STYRINGSDIALOG_DATA_DIR"  # tests and portable installs point this elsewhere


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / f"styringsdialog{DB_SUFFIX}"


def log_dir() -> Path:
    path = data_dir() / "logg"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    return data_dir() / "innstillinger.ini"

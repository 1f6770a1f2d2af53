"""Consistent copies of a SQLite database with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from db.engine import sqlite_path


def backup_sqlite(source: Engine | Path, dest: Path) -> Path:
    """Copy a live SQLite database page by page to ``dest`` (safe while others read it).

    The copy is written to a temporary name and renamed, so ``dest`` is never a half file.
    """
    src_path = source if isinstance(source, Path) else sqlite_path(source)
    if src_path is None:
        raise ValueError("Sikkerhetskopi med SQLite-kopi virker bare for databasefiler.")
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{src_path}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest

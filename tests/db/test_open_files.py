"""A database file we have open is never opened again by plain Python (db/open_files.py).

On POSIX, closing any descriptor of a file drops all of the process's locks on it. If the
program read its open database's header (as a backup taken while the window is open did), the
next program to close its own connection deleted our -wal and -shm, and our later commits went
to a deleted file that nobody else ever read. The test is that scenario, with a real second
program."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage.backup import automatic_backup
from app.storage.database import open_database
from db import cipher, open_files

pytestmark = pytest.mark.sqlite_only

OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT value FROM setting WHERE key = 'lock-test'").fetchall())
conn.close()
"""


def _other_program_reads(path: Path) -> str:
    """Another process opens the file, reads, and closes its connection (as `sqlite3` or a
    second `styringsdialog` command does)."""
    return subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(path)], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics")
def test_a_backup_while_the_file_is_open_keeps_our_wal_and_our_commits_visible(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sdb"
    db = open_database(path)
    try:
        with db.session() as session:
            session.execute(text("INSERT INTO setting (id, key, value, created_at, updated_at, version) "
                                 "VALUES ('0123456789abcdef0123456789abcdef', 'lock-test', '\"1\"', "
                                 "'2026-12-07 12:00:00', '2026-12-07 12:00:00', 1)"))
        assert automatic_backup(path, "manual") is not None  # reads the live file's kind, then copies it
        assert _other_program_reads(path) == "[('\"1\"',)]"
        assert Path(f"{path}-wal").exists(), "another program's close deleted our WAL"
        with db.session() as session:
            session.execute(text("UPDATE setting SET value = '\"2\"' WHERE key = 'lock-test'"))
        assert _other_program_reads(path) == "[('\"2\"',)]", "our commit went to a WAL nobody else reads"
    finally:
        db.close()
    assert not open_files.is_open(path)


def test_the_registry_forgets_a_file_when_its_connections_close(tmp_path: Path) -> None:
    path = tmp_path / "a.sdb"
    db = open_database(path)
    assert open_files.is_open(tmp_path / "." / "a.sdb")  # any spelling of the same file
    assert open_files.read_head(path, 16) is None
    assert open_files.known_encrypted(path) is False and not cipher.is_encrypted(path)
    db.close()
    assert not open_files.is_open(path) and open_files.known_encrypted(path) is None
    assert open_files.read_head(path, 16) == b"SQLite format 3\x00"


def test_a_file_put_in_the_place_of_an_open_one_is_read_as_itself(tmp_path: Path) -> None:
    """The registry knows files, not paths: a file encrypted in place (a new file renamed over the
    old) while a connection to the old one is still open is read for what it is (CI once saw the
    path-keyed registry call such a file plain)."""
    path = tmp_path / "kontor.sdb"
    db = open_database(path)
    try:
        with db.session() as session:
            session.execute(text("SELECT 1"))
        assert open_files.known_encrypted(path) is False
        other = tmp_path / "kryptert.sdb"
        cipher.encrypt_file(path, other, "et langt passord 12")
        other.replace(path)  # as encrypting in place does: the old file's connections stay open
        assert open_files.known_encrypted(path) is None and not open_files.is_open(path)
        assert cipher.is_encrypted(path)
    finally:
        db.close()


def test_an_engine_dropped_without_dispose_leaves_no_entry(tmp_path: Path) -> None:
    """Its connections close without telling us; the file must not look open afterwards (its
    inode number could be given to another file)."""
    import gc

    from db.engine import make_engine

    path = tmp_path / "glemt.sdb"
    engine = make_engine(path)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    assert open_files.is_open(path)
    del engine, conn
    gc.collect()
    assert not open_files.is_open(path) and open_files.known_encrypted(path) is None

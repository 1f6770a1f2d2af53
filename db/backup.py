"""Consistent copies of a SQLite database with SQLite's online backup API, and the reverse:
putting a copy back in place of a database file.

Every connection here goes through ``connect_file`` so that a database that needs more than a
file name to open (an encrypted one needs its key) has one place to add it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine

from db import open_files
from db.engine import SQLITE_BUSY_TIMEOUT_MS, read_only_query, sqlite_path, sqlite_uri

WAL_FILES = ("-wal", "-shm")


def connect_file(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain connection to a database file. ``readonly`` opens it so nothing can be written
    (a path with «#», «?» or «%» in it is quoted as a URI)."""
    if readonly:
        query = "&".join(f"{k}={v}" for k, v in read_only_query(Path(path)).items())
        uri = sqlite_uri(Path(path).absolute()) + "?" + query
        return sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    return sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)


@contextmanager
def readable_source(path: Path) -> Iterator[Path]:
    """The file to read ``path`` from for a copy or a check: ``path`` itself, or, in a folder this
    user cannot write where SQLite reads a WAL file only as immutable and would miss the commits in
    a -wal left beside it (another PC, or the folder made read-only after a crash), a private copy
    of the file with its -wal, taken while neither changed, removed afterwards."""
    path = Path(path)
    wal, journal = Path(f"{path}-wal"), Path(f"{path}-journal")
    try:
        unmerged = "immutable" in read_only_query(path) and wal.stat().st_size > 0
    except OSError:
        unmerged = False
    try:
        # A rollback journal left beside the file by a transaction that never ended (or a copy
        # taken half-way through one): a read-only connection cannot roll it back and fails.
        hot = journal.stat().st_size > 0
    except OSError:
        hot = False
    if not unmerged and not hot:
        yield path
        return
    companion = wal if unmerged else journal
    suffix = "-wal" if unmerged else "-journal"
    folder = Path(tempfile.mkdtemp(prefix=f"styringsdialog-kontroll-{os.getpid()}-"))  # mode 0700
    try:
        copy = folder / "kilde.sdb"
        for _ in range(5):
            before = [(f.stat().st_size, f.stat().st_mtime_ns) for f in (path, companion)]
            shutil.copyfile(path, copy)
            shutil.copyfile(companion, folder / f"kilde.sdb{suffix}")
            if [(f.stat().st_size, f.stat().st_mtime_ns) for f in (path, companion)] == before:
                break
        else:
            raise sqlite3.OperationalError("database is locked (it kept changing while it was copied)")
        if hot:
            conn = sqlite3.connect(copy)  # rolls the unfinished transaction back, in the copy
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            finally:
                conn.close()
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def readonly_engine(path: Path) -> Engine:
    """An engine that only reads ``path``: checking a copy must not turn it into a WAL file
    or leave -wal/-shm files beside it, as the program's own engine (WAL on) would."""
    return create_engine("sqlite://", creator=lambda: connect_file(path, readonly=True))


def backup_sqlite(source: Engine | Path, dest: Path) -> Path:
    """Copy a live SQLite database page by page to ``dest`` (safe while others read it).

    The copy is written to a temporary name and renamed, so ``dest`` is never a half file.
    """
    src_path = source if isinstance(source, Path) else sqlite_path(source)
    if src_path is None:
        raise ValueError("Sikkerhetskopi med SQLite-kopi virker bare for databasefiler.")
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.with_name(dest.name + ".tmp").unlink(missing_ok=True)  # the name older versions used
    # Named with our process id (the next run removes it if we are killed: app.storage.files), and
    # owner-only from the start: a copy of the database is as confidential as the database.
    tmp = dest.with_name(f".~{os.getpid()}-{dest.name}.tmp")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600))
    if copy_closed_wal_file(Path(src_path), tmp):
        # Nobody has it open: copied byte for byte, since opening it, even read-only, would leave
        # an empty -wal and a -shm beside it.
        try:
            out = connect_file(tmp)
            try:
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
            _fsync(tmp)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        tmp.replace(dest)
        return dest
    with readable_source(Path(src_path)) as readable:
        _copy_pages(readable, tmp)
    tmp.replace(dest)
    return dest


def _copy_pages(src_path: Path, tmp: Path) -> None:
    src = connect_file(src_path, readonly=True)
    try:
        out = connect_file(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            out.close()
        _fsync(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)  # left when the write failed (a full disk)
        raise
    finally:
        src.close()


def copy_closed_wal_file(path: Path, copy: Path) -> bool:
    """Copy a WAL-mode database file that nobody has open (no -wal beside it) byte for byte into
    ``copy`` (overwritten, keeping its permissions). True if the copy is good: the file did not
    change while it was copied. False means read it through SQLite instead; ``copy`` is then
    empty (or as it was)."""
    if Path(f"{path}-wal").exists() or open_files.is_open(path):  # open: reading it would drop our locks
        return False
    try:
        header = open_files.read_head(path, 20)
        if header is None or len(header) < 20 or header[18:20] != b"\x02\x02":
            return False
    except OSError:
        return False
    try:
        before = path.stat()
        with open(path, "rb") as src, open(copy, "wb") as out:
            shutil.copyfileobj(src, out)
        after = path.stat()
        if ((before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
                and not Path(f"{path}-wal").exists()):
            return True
    except OSError:
        pass
    with open(copy, "wb"):  # changed while copied: start again through SQLite
        pass
    return False


def restore_sqlite(source: Path, target: Path) -> None:
    """Make the database file ``target`` a copy of the (checked) database file ``source``.

    Through the backup API into the target itself: SQLite writes the new pages in one
    transaction behind a rollback journal, so a crash half-way leaves the old database, and
    the target's WAL is checkpointed and removed first, so nothing of it can be replayed onto
    the restored pages. Leaving WAL needs the only connection to the file: if another program
    has it open this raises ``sqlite3.OperationalError`` («database is locked») and nothing
    has changed. A target that SQLite cannot read at all (a damaged first page) is replaced
    by a copy written beside it and renamed over it instead.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        # Left-over -wal/-shm files without their database would be replayed onto the new one.
        _remove_wal_files(target)
    dest = connect_file(target)
    try:
        try:
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):  # locked or busy: someone has it open
                raise
            dest.close()
            _replace_file(source, target)
            return
        src = connect_file(source, readonly=True)
        try:
            src.backup(dest)
        finally:
            src.close()
    finally:
        dest.close()


def _replace_file(source: Path, target: Path) -> None:
    tmp = target.with_name(target.name + ".gjenoppretting.tmp")
    backup_sqlite(source, tmp)
    if target.exists():
        shutil.copymode(target, tmp)  # written owner-only; the database keeps its own permissions
    _remove_wal_files(target)
    os.replace(tmp, target)


def _remove_wal_files(target: Path) -> None:
    for suffix in WAL_FILES:
        target.with_name(target.name + suffix).unlink(missing_ok=True)


def copy_file_as_is(source: Path, dest: Path) -> Path:
    """Copy a database file byte for byte, with its -wal file if it has one, so the copy
    holds what the original holds even when SQLite can no longer read it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    for suffix in ("-wal", "-journal"):  # a -journal is rolled back where the copy is opened
        beside = source.with_name(source.name + suffix)
        if beside.exists():
            shutil.copyfile(beside, dest.with_name(dest.name + suffix))
    return dest


def _fsync(path: Path) -> None:
    """The copy is on disk before it is renamed into place (and before old copies go)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only a writable handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""Engine factory: a SQLite file path or a database URL (PostgreSQL later, same models)."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, unquote

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from db import open_files

SQLITE_BUSY_TIMEOUT_MS = 5000

# File systems whose locking SQLite cannot trust for WAL (its shared-memory index needs every
# reader and writer on one machine). Names as /proc/mounts (Linux) and mount(8) (macOS) spell them.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs", "afpfs", "ncpfs",
    "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "davfs", "fuse.davfs2", "webdav",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive

log = logging.getLogger(__name__)


class UnsafeJournalError(Exception):
    """A database on a network path is in WAL mode and cannot be switched now (another
    connection has it open). ``app.storage.database`` turns this into the user's message."""


def is_url(target: str | os.PathLike[str]) -> bool:
    return "://" in str(target)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) for each line of /proc/mounts; octal escapes such as
    ``\\040`` (a space) decoded."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def parse_macos_mount_output(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from macOS ``mount`` output: ``//kari@srv/felles on /Volumes/felles (smbfs, ...)``."""
    mounts = []
    for line in text.splitlines():
        m = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if m:
            mounts.append((m.group(1), m.group(2).strip()))
    return mounts


def mount_type(path: str, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system holding ``path`` (an absolute, resolved POSIX path): the
    longest mount point that contains it; the last one mounted wins on the same point."""
    best: tuple[int, str] | None = None
    for point, fstype in mounts:
        prefix = point.rstrip("/") + "/"
        if (path == point or path.startswith(prefix)) and (best is None or len(point) >= best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def is_network_mount(path: str, mounts: list[tuple[str, str]]) -> bool:
    fstype = mount_type(path, mounts)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS


def is_network_path(path: Path) -> bool:
    """True for a UNC path (\\\\server\\share, //server/share), a mapped network drive on Windows,
    and a network mount (NFS, SMB, sshfs, 9p ...) on Linux and macOS: WAL is unsafe there."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    try:
        if sys.platform == "win32":
            return _windows_drive_is_remote(text)
        real = os.path.realpath(text)
        if sys.platform.startswith("linux"):
            with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
                return is_network_mount(real, parse_mounts(f.read()))
        if sys.platform == "darwin":
            out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False).stdout
            return is_network_mount(real, parse_macos_mount_output(out))
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Fant ikke filsystemtypen for %s: %s", text, exc)
    return False


def _windows_drive_is_remote(text: str) -> bool:
    if sys.platform != "win32":  # called on Windows only; mypy then checks the rest as Windows code
        raise OSError("Windows only")
    import ctypes

    drive, _ = os.path.splitdrive(os.path.abspath(text))
    if drive.startswith("\\\\"):
        return True
    if not drive:
        return False
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)


def sqlite_uri(path: Path) -> str:
    """A SQLite URI (https://sqlite.org/uri.html) for a file: spaces, #, ? and % escaped;
    ``C:\\x`` becomes ``file:///C:/x`` and ``\\\\srv\\share\\x`` becomes ``file:////srv/share/x``."""
    posix = str(path).replace("\\", "/") if os.name == "nt" else str(path)
    if not posix.startswith("/"):
        posix = "/" + posix
    return "file://" + quote(posix, safe="/:")


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for other databases and in-memory ones."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    database = engine.url.database
    if engine.url.query.get("uri") and database.startswith("file:"):
        text = unquote(database[len("file:"):])
        text = text[2:] if text.startswith("///") else text  # empty authority: file:///home/x
        if os.name == "nt" and re.match(r"^/[A-Za-z]:", text):
            text = text[1:]
        return Path(text)
    return Path(database)


def read_only_query(path: Path) -> dict[str, str]:
    """The URI parameters that open ``path`` read-only. In a folder this user cannot write, a file
    in WAL mode cannot be opened without its -shm file (SQLite must create it): there the file is
    read as immutable, so SQLite makes nothing beside it. A -wal left there unmerged is then not
    read; nobody can have written it from here either."""
    query = {"mode": "ro"}
    folder = Path(path).absolute().parent
    shm = Path(path).with_name(Path(path).name + "-shm")
    if not os.access(folder, os.W_OK) and not shm.exists():
        query["immutable"] = "1"
    return query


def make_engine(target: str | os.PathLike[str], *, echo: bool = False, read_only: bool = False) -> Engine:
    """Create an engine for a file path or a URL, with SQLite's pragmas set on every connection.

    ``read_only`` opens a SQLite file with ``mode=ro``: SQLite itself refuses every write, and
    the file's journal mode is left as it is.
    """
    url: str | URL
    if is_url(target):
        url = str(target)
        engine = create_engine(url, echo=echo)
        if engine.dialect.name == "sqlite":
            _install_sqlite_pragmas(engine, wal=True)
        return engine
    path = Path(target).expanduser().absolute()
    if read_only:
        url = URL.create("sqlite+pysqlite", database=sqlite_uri(path), query={**read_only_query(path), "uri": "true"})
        engine = create_engine(url, echo=echo)
        _install_sqlite_pragmas(engine, wal=None)
        open_files.track(engine, path, encrypted=False)
        return engine
    path.parent.mkdir(parents=True, exist_ok=True)
    # URL.create takes the path as it is: '#' or '?' in a folder name is not read as URL syntax.
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)), echo=echo)
    _install_sqlite_pragmas(engine, wal=not is_network_path(path))
    open_files.track(engine, path, encrypted=False)
    return engine


def _install_sqlite_pragmas(engine: Engine, *, wal: bool | None) -> None:
    """``wal``: True on local disks, False on network paths, None for read-only (leave it)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            if wal is None:
                cursor.execute("PRAGMA query_only=ON")  # belt and braces beside mode=ro
            elif engine.url.database not in (None, "", ":memory:"):
                # WAL: readers do not block the writer; NORMAL sync is durable across a
                # program crash and loses at most the last commit on a power cut. On a network
                # share WAL's shared memory does not work across machines: DELETE + FULL there.
                try:
                    mode = cursor.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}").fetchone()[0]
                except sqlite3.OperationalError as exc:  # leaving WAL needs the file to itself
                    if wal:
                        raise
                    raise UnsafeJournalError(str(exc)) from exc
                if not wal and str(mode).lower() == "wal":
                    raise UnsafeJournalError("journal_mode is still WAL")
                cursor.execute(f"PRAGMA synchronous={'NORMAL' if wal else 'FULL'}")
        finally:
            cursor.close()

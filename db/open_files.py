"""The database files this process has open through SQLite, and whether each is encrypted.

Why it exists: on POSIX, closing *any* descriptor of a file drops every lock this process holds
on it, SQLite's included (fcntl locks belong to the process, not to the descriptor). A WAL-mode
connection keeps a shared lock on the database file so that another program closing its last
connection does not delete the -wal and -shm under it. Reading the file's header with
``open()``/``close()`` while we hold a connection would lose that lock: the next program to close
deletes our WAL, and our later commits go to a deleted file that no other program ever sees.

So a file we have open is never opened again by plain Python: what its header would say is known
from how we opened it. The engines of ``db.engine.make_engine`` and
``db.cipher.make_encrypted_engine`` register their connections here.
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # plain sqlite3 readers (db.quick_overview) use this before SQLAlchemy is loaded
    from sqlalchemy import Engine

_lock = threading.Lock()
# file -> {id of a DBAPI connection open on it: its engine}. The engine is held weakly: an engine
# dropped without dispose() closes its connections without telling us, and its entries must not
# outlive it (the file's inode number could then be given to another file).
_connections: dict[tuple[int, int], dict[int, weakref.ref[Engine]]] = {}
_encrypted: dict[tuple[int, int], bool] = {}


def file_key(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """The file itself (device and inode), as POSIX locks know it; None when there is none. A
    file put in the path's place later (encrypted in place, restored) is another file: reading it
    cannot touch the locks we hold on the one we opened."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def track(engine: Engine, path: str | os.PathLike[str], *, encrypted: bool) -> None:
    """Count the connections ``engine`` opens on ``path`` while they are open."""
    from sqlalchemy import event

    keys: dict[int, tuple[int, int]] = {}  # connection id -> the file it opened
    engine_ref = weakref.ref(engine)

    @event.listens_for(engine, "connect")
    def _opened(dbapi_connection: object, _record: object) -> None:
        key = file_key(path)  # SQLite has made the file by now
        if key is None:
            return
        with _lock:
            keys[id(dbapi_connection)] = key
            _connections.setdefault(key, {})[id(dbapi_connection)] = engine_ref
            _encrypted[key] = encrypted

    def _closed(dbapi_connection: object, *_rest: object) -> None:
        with _lock:
            key = keys.pop(id(dbapi_connection), None)
            ids = _connections.get(key) if key is not None else None
            if key is not None and ids is not None:
                ids.pop(id(dbapi_connection), None)
                if not ids:
                    del _connections[key]
                    _encrypted.pop(key, None)

    event.listen(engine, "close", _closed)
    event.listen(engine, "close_detached", _closed)


def _open_key(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """The file's key if a live engine of ours has a connection open on it (call with _lock held)."""
    key = file_key(path)
    if key is None or not _connections.get(key):
        return None
    ids = _connections[key]
    for conn_id in [c for c, ref in ids.items() if ref() is None]:  # engines gone without dispose()
        del ids[conn_id]
    if not ids:
        del _connections[key]
        _encrypted.pop(key, None)
        return None
    return key


def is_open(path: str | os.PathLike[str]) -> bool:
    """True while one of our engines has a connection open on the file at ``path``."""
    with _lock:
        return _open_key(path) is not None


def known_encrypted(path: str | os.PathLike[str]) -> bool | None:
    """Whether the open file at ``path`` is encrypted, known without touching it; None when we do
    not have it open (then reading its header is safe)."""
    with _lock:
        key = _open_key(path)
        return _encrypted[key] if key is not None else None


def read_head(path: Path, size: int) -> bytes | None:
    """The first ``size`` bytes of ``path``, or None if this process has it open (reading it
    would drop SQLite's locks; see the module's docstring)."""
    if is_open(path):
        return None
    with open(path, "rb") as f:
        return f.read(size)

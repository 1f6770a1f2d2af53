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
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # plain sqlite3 readers (db.quick_overview) use this before SQLAlchemy is loaded
    from sqlalchemy import Engine

_lock = threading.Lock()
_connections: dict[str, set[int]] = {}  # file -> ids of the DBAPI connections open on it
_encrypted: dict[str, bool] = {}


def file_key(path: str | os.PathLike[str]) -> str:
    """One name per file, whatever way it was written (relative, through a link, case on Windows)."""
    return os.path.normcase(os.path.realpath(os.fspath(path)))


def track(engine: Engine, path: str | os.PathLike[str], *, encrypted: bool) -> None:
    """Count the connections ``engine`` opens on ``path`` while they are open."""
    from sqlalchemy import event

    key = file_key(path)

    @event.listens_for(engine, "connect")
    def _opened(dbapi_connection: object, _record: object) -> None:
        with _lock:
            _connections.setdefault(key, set()).add(id(dbapi_connection))
            _encrypted[key] = encrypted

    def _closed(dbapi_connection: object, *_rest: object) -> None:
        with _lock:
            ids = _connections.get(key)
            if ids is not None:
                ids.discard(id(dbapi_connection))
                if not ids:
                    del _connections[key]
                    _encrypted.pop(key, None)

    event.listen(engine, "close", _closed)
    event.listen(engine, "close_detached", _closed)


def is_open(path: str | os.PathLike[str]) -> bool:
    """True while one of our engines has a connection open on ``path``."""
    with _lock:
        return bool(_connections.get(file_key(path)))


def known_encrypted(path: str | os.PathLike[str]) -> bool | None:
    """Whether the open file ``path`` is encrypted, known without touching it; None when we do
    not have it open (then reading its header is safe)."""
    key = file_key(path)
    with _lock:
        return _encrypted[key] if _connections.get(key) else None


def read_head(path: Path, size: int) -> bytes | None:
    """The first ``size`` bytes of ``path``, or None if this process has it open (reading it
    would drop SQLite's locks; see the module's docstring)."""
    if is_open(path):
        return None
    with open(path, "rb") as f:
        return f.read(size)

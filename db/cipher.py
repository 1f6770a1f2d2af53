"""Encryption at rest: the whole database file encrypted with SQLCipher (the ``sqlcipher3`` package).

SQLCipher is SQLite with every page encrypted (AES-256, keys derived from the passphrase with
PBKDF2-HMAC-SHA512, SQLCipher 4's defaults). Nothing of an encrypted file is readable without
the passphrase: not the schema, not the first 16 bytes («SQLite format 3»), which hold a random
salt instead. That is how :func:`is_encrypted` tells the two kinds of file apart.

Copies between the kinds use ``sqlcipher_export`` (the way SQLCipher documents): the source
attaches the destination with its key and exports schema and rows into it. Backups of an
encrypted file use SQLite's online backup API between two connections keyed alike, so a backup
is encrypted with the same passphrase and never exists in plain text, not even for a moment.

This module knows nothing of the app layer: its errors are :class:`CipherError` subclasses with
a Norwegian message, which ``app.storage.encryption`` turns into ``AppError``s.
"""

from __future__ import annotations

import os
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from db import open_files
from db.engine import SQLITE_BUSY_TIMEOUT_MS, is_network_path

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_MULTIPLE = 512  # the smallest page size: every SQLite or SQLCipher file is a whole number of pages
MIN_PASSPHRASE = 8

# The passphrase of every encrypted engine, so a backup or check of a live engine can key its own
# connection; gone with the engine.
_PASSPHRASES: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


class CipherError(Exception):
    """A problem with an encrypted database; ``str(err)`` is a Norwegian message for the user."""


class CipherUnavailableError(CipherError):
    pass


class WrongPassphrase(CipherError):  # noqa: N818 - it is the condition, not a failure of ours
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            f"Feil passord for «{self.path.name}». Skriv passordet på nytt (store og små bokstaver er "
            "forskjellige). Uten riktig passord kan ingen åpne databasen; har passordet gått tapt, må du bruke "
            "en sikkerhetskopi du har passordet til. Er filen ikke en Styringsdialog-database, velg en annen fil."
        )


def _module() -> Any:
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError as exc:  # an install without the optional package
        raise CipherUnavailableError(
            "Denne installasjonen av Styringsdialog kan ikke åpne krypterte databaser: pakken «sqlcipher3» "
            "mangler. Installer programmet på nytt (eller «pip install sqlcipher3») og prøv igjen."
        ) from exc
    return module


def database_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """SQLite's error class from both drivers (sqlcipher3 has its own, unrelated to sqlite3's),
    and ``also``: for ``except cipher.database_errors(OtherError):``."""
    import sqlite3

    try:
        return (sqlite3.DatabaseError, _module().DatabaseError, *also)
    except CipherUnavailableError:
        return (sqlite3.DatabaseError, *also)


def cipher_version() -> str:
    """SQLCipher's version, e.g. «4.19.0 community»."""
    conn = _module().connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def is_encrypted(path: Path | str) -> bool:
    """True when ``path`` looks like a SQLCipher file: not SQLite's header, and whole pages.

    A missing or empty file is a new database, not an encrypted one. Any other file without the
    header (a PDF chosen by mistake) is taken for encrypted only if its size is a whole number of
    512-byte pages; opening it then fails with the wrong-passphrase message, which says so.
    """
    path = Path(path)
    known = open_files.known_encrypted(path)  # a file we have open is never opened again (locks)
    if known is not None:
        return known
    try:
        size = path.stat().st_size
        if size == 0 or not path.is_file():
            return False
        head = open_files.read_head(path, len(SQLITE_HEADER))
    except OSError:
        return False
    if head is None:  # opened by another thread of ours this instant
        return bool(open_files.known_encrypted(path))
    return head != SQLITE_HEADER and size % PAGE_MULTIPLE == 0


def passphrase_literal(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters).

    NFC: «ø» typed on a Mac (o + combining stroke) is the same passphrase as on Windows.
    """
    if not isinstance(passphrase, str) or not passphrase:
        raise CipherError("Passordet kan ikke være tomt.")
    if "\x00" in passphrase:
        raise CipherError("Passordet kan ikke inneholde NUL-tegn.")
    text = unicodedata.normalize("NFC", passphrase)
    return "'" + text.replace("'", "''") + "'"


def _is_not_a_database(exc: BaseException) -> bool:
    return "file is not a database" in str(exc) or "not a database" in str(exc)


def connect(path: Path | str, passphrase: str | None, *, read_only: bool = False, check: bool = True) -> Any:
    """A SQLCipher DB-API connection to ``path``, keyed with ``passphrase`` (None: a plain file).

    The key is the first statement on the connection, as SQLCipher requires. With ``check`` the
    first page is read at once, so a wrong passphrase raises :class:`WrongPassphrase` here and
    not at some later query.
    """
    module = _module()
    path = Path(path)
    # A URI for read-only: as_uri() quotes «#», «?», «%» and spaces in folder names.
    target = path.absolute().as_uri() + "?mode=ro" if read_only else str(path)
    conn = module.connect(target, uri=read_only, check_same_thread=False, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        # SQLCipher logs a wrong key to stderr as «ERROR CORE …»; the user gets our message instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {passphrase_literal(passphrase)}")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        if passphrase is not None and _is_not_a_database(exc):
            raise WrongPassphrase(path) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def check_passphrase(path: Path | str, passphrase: str) -> None:
    """Raise :class:`WrongPassphrase` unless ``passphrase`` opens the encrypted file ``path``."""
    connect(path, passphrase, read_only=True).close()


def engine_options(path: Path | str, passphrase: str, *, read_only: bool = False) -> dict[str, Any]:
    """``create_engine`` arguments for an encrypted file: SQLCipher's module and a creator that keys
    each new connection. This is the hook ``db.engine.make_engine`` needs for a passphrase."""
    path = Path(path)
    passphrase_literal(passphrase)  # refuse an unusable passphrase now, not at the first connection
    return {"module": _module(), "creator": lambda: connect(path, passphrase, read_only=read_only)}


def make_encrypted_engine(path: Path | str, passphrase: str, *, read_only: bool = False,
                          echo: bool = False) -> Engine:
    """An engine on the encrypted file ``path`` with the same pragmas as ``db.engine.make_engine``
    (foreign keys, busy timeout, WAL on a local disk and DELETE + FULL on a network share).

    A new (missing or empty) file becomes an encrypted database with this passphrase.
    """
    path = Path(path).expanduser().absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{path}", echo=echo,
                           **engine_options(path, passphrase, read_only=read_only))
    wal = not is_network_path(path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
            cursor.execute(f"PRAGMA synchronous={'NORMAL' if wal else 'FULL'}")
        cursor.close()

    _PASSPHRASES[engine] = passphrase
    open_files.track(engine, path, encrypted=True)
    return engine


def passphrase_of(engine: Engine) -> str | None:
    """The passphrase an encrypted engine was made with; None for any other engine."""
    return _PASSPHRASES.get(engine)


def is_encrypted_engine(engine: Engine) -> bool:
    return engine in _PASSPHRASES


@contextmanager
def _closing(conn: Any) -> Iterator[Any]:
    try:
        yield conn
    finally:
        conn.close()


def _temporary(dest: Path) -> Path:
    """The file a copy is written to before it is renamed to ``dest``: named with our process id
    (the next run removes it if we are killed: ``app.storage.files.remove_stale_partials``) and owner-only
    from the start."""
    dest.with_name(dest.name + ".tmp").unlink(missing_ok=True)  # the name older versions used
    tmp = dest.with_name(f".~{os.getpid()}-{dest.name}.tmp")
    for leftover in sidecars(tmp):
        leftover.unlink(missing_ok=True)
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600))
    return tmp


def sidecars(path: Path) -> list[Path]:
    """The journal files SQLite may keep beside a database file."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _export(source: Any, dest: Path, dest_key: str) -> None:
    """Schema and rows of ``source``'s main database into a new file ``dest`` keyed with ``dest_key``
    ("''": a plain file), in one read transaction so the copy is consistent."""
    source.execute(f"ATTACH DATABASE ? AS export KEY {dest_key}", (str(dest),))
    try:
        source.execute("BEGIN IMMEDIATE")  # nobody writes to the source while it is copied
        try:
            source.execute("SELECT sqlcipher_export('export')").fetchall()
            version = source.execute("PRAGMA main.user_version").fetchone()[0]
            source.execute(f"PRAGMA export.user_version = {int(version)}")
        finally:
            source.execute("COMMIT")
    finally:
        source.execute("DETACH DATABASE export")


def _copy(src: Path, dest: Path, read: Callable[[], Any], dest_key: str) -> Path:
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(dest)
    try:
        with _closing(read()) as source:
            source.isolation_level = None  # our own BEGIN / COMMIT
            _export(source, tmp, dest_key)
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def encrypt_file(src_plain: Path | str, dest_encrypted: Path | str, passphrase: str) -> Path:
    """Write an encrypted copy of the plain database ``src_plain`` to ``dest_encrypted``."""
    src = Path(src_plain)
    key = passphrase_literal(passphrase)
    return _copy(src, Path(dest_encrypted), lambda: connect(src, None), key)


def decrypt_file(src_encrypted: Path | str, dest_plain: Path | str, passphrase: str) -> Path:
    """Write a plain copy of the encrypted database ``src_encrypted`` to ``dest_plain``."""
    src = Path(src_encrypted)
    return _copy(src, Path(dest_plain), lambda: connect(src, passphrase), "''")


def rekey(path: Path | str, old: str, new: str) -> None:
    """Change the passphrase of the encrypted file ``path`` in place (``PRAGMA rekey``).

    Every page is rewritten in one transaction with a rollback journal, so a crash leaves the
    file with the old passphrase or the new one, never a mixture. Refused while another
    connection has the file open (switching the journal mode needs the file to itself).
    """
    new_key = passphrase_literal(new)
    with _closing(connect(path, old)) as conn:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise CipherError(f"«{Path(path).name}» er åpen i et annet program, så passordet kan ikke endres nå. "
                              "Lukk det andre programmet og prøv igjen.")
        conn.execute(f"PRAGMA rekey = {new_key}")
    check_passphrase(path, new)


def backup_encrypted(src_path: Path | str, dest_path: Path | str, passphrase: str) -> Path:
    """A consistent copy of the encrypted database ``src_path``, encrypted with the same passphrase.

    SQLite's online backup API copies page by page from a read-only connection (safe while the
    program uses the file) into a connection keyed alike; the copy is written under a temporary
    name and renamed, so ``dest_path`` is never a half file, and it is plain nowhere on disk.
    """
    dest = Path(dest_path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(dest)
    try:
        with _closing(connect(src_path, passphrase, read_only=True)) as src, \
                _closing(connect(tmp, passphrase, check=False)) as out:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def backup_engine(engine: Engine, dest_path: Path | str) -> Path:
    """``backup_encrypted`` for the file behind an open encrypted engine."""
    passphrase = passphrase_of(engine)
    if passphrase is None or not engine.url.database:
        raise ValueError("not an encrypted file engine")
    return backup_encrypted(Path(engine.url.database), dest_path, passphrase)


def table_counts(conn: Any) -> dict[str, int]:
    """Rows per table (the full-text index's tables too), to compare a copy with its source."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def schema(conn: Any) -> list[tuple[str, str, str]]:
    """Every table, index, trigger and view as (type, name, sql)."""
    return [tuple(r) for r in conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name")]


def describe(path: Path | str, passphrase: str | None) -> tuple[list[tuple[str, str, str]], dict[str, int], str]:
    """(schema, rows per table, integrity check) of a file, plain (``passphrase`` None) or encrypted."""
    with _closing(connect(path, passphrase, read_only=True)) as conn:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        return schema(conn), table_counts(conn), "ok" if result == ["ok"] else "; ".join(result[:3])


def overwrite_and_unlink(path: Path, *, chunk: int = 1 << 20) -> bool:
    """Overwrite a file with zeros, flush it to disk, then delete it. False if it did not exist.

    This removes the plain bytes from where the file system put them on an ordinary disk. It
    cannot reach copies the system keeps elsewhere (SSD wear levelling, copy-on-write file
    systems, shadow copies, synced or backed-up folders); docs/RELIABILITY.md says so.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with open(path, "r+b") as f:
        zeros = bytes(min(chunk, max(size, 1)))
        written = 0
        while written < size:
            n = min(len(zeros), size - written)
            f.write(zeros[:n])
            written += n
        f.flush()
        with suppress(OSError):  # a file system without fsync still gets the unlink
            os.fsync(f.fileno())
    path.unlink()
    return True

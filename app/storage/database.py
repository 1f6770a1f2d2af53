"""Opening a database: create or migrate it, check it, and fill a new default one with the demo.

A database file opened for writing holds its lock file (``app.storage.lock``) until ``Database.close``:
a second program gets ``DatabaseInUseError`` and may open it read-only instead
(``open_database(..., read_only=True)``), where SQLite itself refuses every write and the
refusal reaches the user as ``ReadOnlyDatabaseError``.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import AppError, DatabaseOpenError
from app.paths import default_database_path
from app.storage.lock import DatabaseInUseError, Lock, acquire
from db import open_files
from db.check import check_database
from db.engine import SQLITE_BUSY_TIMEOUT_MS, UnsafeJournalError, is_url, sqlite_path
from db.migrate import MigrationResult, upgrade
from db.session import make_session_factory, unit_of_work

log = logging.getLogger("styringsdialog.database")

SQLITE_READONLY = 8  # SQLite's primary result code for "attempt to write a readonly database"
SQLITE_FULL = 13  # "database or disk is full"
SQLITE_BUSY, SQLITE_LOCKED = 5, 6  # another connection holds the lock past our busy timeout


class ReadOnlyDatabaseError(AppError):
    """A change was asked of a database opened read-only (or a file that cannot be written)."""


class DiskFullError(AppError):
    """A change could not be written because the disk holding the database is full."""


class DatabaseBusyError(AppError):
    """Another program held the database's write lock for longer than we wait (SQLite's busy
    timeout); nothing of the change was written."""


P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class Database:
    """An open database: the engine, its sessions and where it lives."""

    target: str
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult
    created: bool
    read_only: bool = False
    lock: Lock | None = None  # held while open for writing (a file, not a server)
    note: str | None = None  # why a file asked for writing was opened read-only (a read-only folder)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        url = self.engine.url  # a server, as the user typed it in Fil → Koble til server
        if url.host is None:
            return url.render_as_string(hide_password=True)
        port = "" if url.port in (None, 5432) else f":{url.port}"
        return f"{url.username or ''}@{url.host}{port}/{url.database}"

    @property
    def lock_lost(self) -> bool:
        """True once another program has taken over the lock (ours was judged stale)."""
        return self.lock is not None and self.lock.lost

    def refresh_lock(self) -> bool:
        """The heartbeat: tell other programs we still have the file open. False if the lock
        is no longer ours."""
        return self.lock.refresh() if self.lock is not None else True

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: the unit of work of one user action."""
        session: Session | None = None
        try:
            with unit_of_work(self.sessions) as session:
                yield session
        except StaleDataError as exc:
            # Another user's transaction changed the row between our read and our write.
            if session is None:
                raise
            from app.storage.conflicts import stale_conflict

            raise stale_conflict(session, exc) from exc
        except (OperationalError, sqlite3.OperationalError) as exc:
            # The one place every write passes (bulk writes on the driver's own connection too):
            # SQLite's refusal becomes a message to act on.
            if _is_read_only_refusal(exc):
                raise ReadOnlyDatabaseError(self._read_only_message()) from exc
            if _is_disk_full(exc):
                log.error("Disken er full; endringen i %s ble ikke lagret: %s", self.display_name,
                          getattr(exc, "orig", exc))
                raise DiskFullError(self._disk_full_message()) from exc
            if _is_busy(exc):
                log.warning("Databasen %s var opptatt; endringen ble ikke lagret: %s", self.display_name,
                            getattr(exc, "orig", exc))
                raise DatabaseBusyError(self._busy_message()) from exc
            raise
        except DBAPIError as exc:
            # A server refusing a change outside what the user's role may write (row-level security).
            from app.server.admin import refusal_message

            message = refusal_message(exc)
            if message is None:
                raise
            raise AppError(message) from exc

    def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call ``fn(session, *args, **kwargs)`` in its own transaction and return its result."""
        with self.session() as session:
            return fn(session, *args, **kwargs)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _disk_full_message(self) -> str:
        path = self.path
        where = f"«{path.parent}»" if path is not None else "databasens disk"
        name = path.name if path is not None else self.display_name
        return (f"Disken der databasen «{name}» ligger ({where}), er full, så endringen kunne ikke lagres. "
                "Ingenting av den er lagret; databasen er som før. Frigjør plass på den disken (slett eller flytt "
                "store filer, tøm papirkurven) og prøv igjen.")

    def _busy_message(self) -> str:
        name = self.path.name if self.path else self.display_name
        return (f"Databasen «{name}» er opptatt: et annet program skriver i den akkurat nå, og den ble ikke ledig "
                f"innen {SQLITE_BUSY_TIMEOUT_MS // 1000} sekunder. Ingenting av endringen er lagret. Vent litt og prøv "
                "igjen; er den fortsatt opptatt, finn programmet som har filen åpen (for eksempel et annet vindu "
                "eller et verktøy som leser databasen) og lukk det.")

    def _read_only_message(self) -> str:
        name = self.path.name if self.path else self.display_name
        if self.note:
            return f"{self.note} Endringen er ikke lagret."
        if self.read_only:
            return (f"Databasen «{name}» er åpnet skrivebeskyttet, så endringen er ikke lagret. "
                    "Lukk den og åpne den på nytt når den er ledig for å gjøre endringer.")
        return (f"Databasen «{name}» kan ikke endres: filen eller mappen den ligger i er skrivebeskyttet. "
                "Endringen er ikke lagret. Kopier filen til en mappe du kan skrive i, eller be om skrivetilgang.")


def _is_disk_full(exc: OperationalError | sqlite3.OperationalError) -> bool:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_FULL
    return "database or disk is full" in str(orig or exc)


def _is_busy(exc: OperationalError | sqlite3.OperationalError) -> bool:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    return "database is locked" in str(orig or exc)


def _is_read_only_refusal(exc: OperationalError | sqlite3.OperationalError) -> bool:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_READONLY
    return "readonly database" in str(orig or exc)


def open_database(
    target: str | Path | None = None,
    *,
    demo_if_new: bool = False,
    today: date | None = None,
    read_only: bool = False,
    lock: bool | Lock = True,
    passphrase: str | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    With ``demo_if_new`` a database file that did not exist is filled with the demo
    municipality, as on the program's first start.

    A file is opened for writing under its lock: ``DatabaseInUseError`` if another running
    program has it. ``lock=False`` skips the lock (tools that only look); a ``Lock`` already
    taken (after waiting for it) is used and released on close. ``read_only`` opens an
    existing file that needs no upgrade with SQLite's ``mode=ro``: no lock, no migration, no
    shipped templates; every write is refused with ``ReadOnlyDatabaseError``.
    """
    target = target if target is not None else default_database_path()
    if read_only:
        if isinstance(lock, Lock):
            lock.release()
        return _open_read_only(target, passphrase)
    created = False
    held: Lock | None = lock if isinstance(lock, Lock) else None
    if not is_url(target):
        path = Path(target).expanduser()
        if path.is_dir():
            raise DatabaseOpenError(f"«{path}» er en mappe, ikke en databasefil. Velg en fil.")
        if path.suffix.lower() == ".sdbpkg" and not path.is_file():  # a seminar package is never made here
            raise DatabaseOpenError(f"Samlingspakken «{path}» finnes ikke. Kontroller stien; en pakke lages med "
                                    "«styringsdialog package create» eller Fil → Ta med på samling.")
        if path.exists() and not path.is_file():
            refuse_unusable_file(path)  # a pipe or a device is refused before anything waits on it
        if path.is_file() and (path.stat().st_size > 0 or not _is_default(path)):
            refuse_unusable_file(path)  # a zero-byte or foreign file is left as it is
        if held is None and lock:
            try:
                held = _take_lock(path)
            except _FolderReadOnlyError as exc:
                db = _open_read_only(target, passphrase)
                db.note = exc.note
                return db
        # Whether the file is new is judged under the lock: another program may have just made it.
        created = not path.exists() or path.stat().st_size == 0
    try:
        return _open_read_write(target, created, held, demo_if_new=demo_if_new, today=today,
                                passphrase=passphrase)
    except BaseException:
        if held is not None:
            held.release()
        raise


def open_for_reading(target: str | Path | None = None, passphrase: str | None = None) -> Database:
    """For commands that only read (summaries, exports, reports): as ``open_database``, but
    read-only instead of refused when another program has the file open for writing, and never
    creating or changing a file: a missing, zero-byte or foreign file is refused with a message
    and left as it is. A file in a folder that cannot be written is opened read-only, with a note
    on stderr."""
    target = target if target is not None else default_database_path()
    if not is_url(target):
        path = Path(target).expanduser()
        if not path.exists():
            raise DatabaseOpenError(f"Databasen «{path}» finnes ikke. Kontroller stien, eller lag en ny med "
                                    "«styringsdialog demo».")
        refuse_unusable_file(path)
    try:
        db = open_database(target, passphrase=passphrase)
    except DatabaseInUseError:
        return open_database(target, read_only=True, passphrase=passphrase)
    if db.note:
        log.warning("%s", db.note)
        print(f"styringsdialog: merk: {db.note}", file=sys.stderr)
    return db


SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_unusable_file(path: Path) -> None:
    """Raise ``DatabaseOpenError`` for a zero-byte file (as a sync that did not finish leaves) or
    a file that is neither SQLite nor encrypted; the file is only looked at, never changed."""
    from db import cipher

    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise DatabaseOpenError(f"Kan ikke lese «{path}»: {exc.strerror or exc}. Kontroller at du har "
                                "lesetilgang til filen.") from exc
    if stat.S_ISDIR(mode):
        raise DatabaseOpenError(f"«{path}» er en mappe, ikke en databasefil. Velg en fil med endelsen .sdb.")
    if not stat.S_ISREG(mode):  # a pipe or a device: reading it would wait forever or read something else
        raise DatabaseOpenError(f"«{path}» er ikke en vanlig fil (kanskje en rørledning eller en enhet). Filen er "
                                "ikke endret. Velg databasefilen, med endelsen .sdb.")
    if open_files.is_open(path):  # ours and open: reading it again would drop SQLite's locks
        return
    try:
        size = path.stat().st_size
        head = open_files.read_head(path, len(SQLITE_HEADER)) or b""
    except OSError as exc:
        raise DatabaseOpenError(f"Kan ikke lese «{path}»: {exc.strerror or exc}. Kontroller at du har "
                                "lesetilgang til filen.") from exc
    if size == 0:
        raise DatabaseOpenError(
            f"«{path}» er tom (0 byte), slik en synkronisering som ikke ble ferdig kan etterlate den. Filen er "
            "ikke endret. Hent en hel versjon fra synkroniseringstjenesten (OneDrive, Teams), eller gjenopprett "
            "fra en sikkerhetskopi med «styringsdialog restore FIL --db …» eller Fil → Gjenopprett.")
    if head != SQLITE_HEADER and not cipher.is_encrypted(path):
        raise DatabaseOpenError(
            f"«{path}» er ikke en Styringsdialog-database (filen er ikke en SQLite-database). Filen er ikke "
            "endret. Kontroller at du har valgt riktig fil; databaser har endelsen .sdb.")


def _is_default(path: Path) -> bool:
    try:
        return path.absolute() == Path(default_database_path()).expanduser().absolute()
    except OSError:
        return False


class _FolderReadOnlyError(Exception):
    """The lock file cannot be made because the folder is read-only; ``note`` says so."""

    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note


READ_ONLY_FOLDER_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _take_lock(path: Path) -> Lock:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return acquire(path)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            log.error("Disken er full: låsefilen for %s kunne ikke lages (%s)", path, exc)
            raise DatabaseOpenError(
                f"Disken der «{path.name}» ligger («{path.parent}»), er full, så databasen kan ikke åpnes for "
                "endringer. Ingenting er endret. Frigjør plass på den disken (slett eller flytt store filer, tøm "
                "papirkurven) og prøv igjen.") from exc
        lock_file = path.with_name(path.name + ".lock")
        if lock_file.is_dir():  # not a matter of access: a folder stands where the lock file goes
            raise DatabaseOpenError(
                f"Det ligger en mappe «{lock_file.name}» der låsefilen for «{path.name}» skal være, så databasen "
                f"kan ikke åpnes. Ingenting er endret. Flytt eller gi nytt navn til mappen «{lock_file}» (programmet "
                "lager den ikke selv), og prøv igjen.") from exc
        if exc.errno in READ_ONLY_FOLDER_ERRORS and path.is_file() and path.stat().st_size > 0:
            raise _FolderReadOnlyError(
                f"Mappen «{path.parent}» er skrivebeskyttet, så «{path.name}» er åpnet skrivebeskyttet: du kan lese, "
                "eksportere og ta sikkerhetskopi til en annen mappe, men ikke endre. Kopier filen til en mappe du "
                "kan skrive i, eller be om skrivetilgang, for å gjøre endringer.") from exc
        raise DatabaseOpenError(
            f"Kan ikke lage låsefilen for «{path.name}» i mappen «{path.parent}»: {exc.strerror or exc}. "
            "Har du skrivetilgang der? Uten den kan databasen bare åpnes skrivebeskyttet."
        ) from exc


def _open_read_write(
    target: str | Path, created: bool, held: Lock | None, *, demo_if_new: bool, today: date | None,
    passphrase: str | None = None,
) -> Database:
    from app.storage.encryption import open_engine

    engine = open_engine(target, passphrase)
    try:
        if not created and engine.dialect.name == "sqlite":
            report = check_database(engine, quick=True)
            if report.integrity:
                raise DatabaseOpenError(
                    f"Databasen «{target}» er skadet ({report.integrity[0]}). "
                    "Gjenopprett den fra en sikkerhetskopi (Fil → Gjenopprett)."
                )
        migration = _server_schema(engine, str(target)) if is_url(target) else None
        if migration is None:
            migration = upgrade(engine)
    except UnsafeJournalError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            f"Databasen «{target}» ligger på en nettverksdisk og bruker en lagringsform (WAL) som ikke er trygg "
            "der. Den kan ikke legges om nå fordi et annet program leser den. Lukk de andre programmene som har "
            "den åpen (også skrivebeskyttet), og prøv igjen."
        ) from exc
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if is_url(target):
            from app.server.connection import explain_connection_error

            raise DatabaseOpenError(explain_connection_error(str(target), exc)) from exc
        raise DatabaseOpenError(
            f"Kan ikke åpne «{target}» som database: {getattr(exc, 'orig', exc)}. "
            "Kontroller at det er en Styringsdialog-database og at du har tilgang til filen."
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    if is_url(target):
        created = migration.from_revision is None  # a server database is new until it has our schema
    db = Database(str(target), engine, make_session_factory(engine), migration, created, lock=held)
    try:
        # Templates shipped with a newer program reach older files too (adds only what is missing).
        # On a server, users may not write templates: they come with the schema (`server init`).
        from app.agreements.templates import install_builtin_templates

        if not is_url(target) or migration.from_revision != migration.to_revision:
            with db.session() as session:
                session.info["audit"] = False  # shipped data, not anyone's change
                install_builtin_templates(session)
        if created and demo_if_new:
            from app.demo import build_demo

            with db.session() as session:
                build_demo(session, today=today)
    except BaseException:
        engine.dispose()  # the caller releases the lock
        raise
    return db


def _server_schema(engine: Engine, url: str) -> MigrationResult | None:
    """A database set up with ``server init`` is at head or refused (only ``server init`` upgrades
    it, as its owner). None when the usual upgrade applies: a plain database on a server that the
    login may upgrade (an administrator trying the program, the tests)."""
    from app.server.admin import open_check

    checked = open_check(engine)
    if checked is None:
        _check_server_revision(engine, url)
    return checked


def _check_server_revision(engine: Engine, url: str) -> None:
    """A server's schema is the IT department's to upgrade (``server init``): a newer one than
    this program knows needs a newer program, and an older one must not be upgraded by
    whichever user happens to connect first."""
    from app.server.connection import without_password
    from db.migrate import current_revision, head_revision

    revision, head = current_revision(engine), head_revision()
    if revision is None or revision == head:
        return  # at head, or empty: an empty database is set up by whoever may (server init)
    name = without_password(url)
    if revision > head:
        raise DatabaseOpenError(
            f"Databasen på serveren ({name}) er laget med en nyere versjon av Styringsdialog ({revision}). "
            "Oppdater programmet på denne PC-en (spør IT).")
    if not _may_upgrade_server(engine):
        raise DatabaseOpenError(
            f"Databasen på serveren ({name}) må oppgraderes til denne versjonen av Styringsdialog "
            f"({revision} → {head}) før den kan brukes. Be IT kjøre «styringsdialog server init» mot den "
            "(docs/SERVER.md).")


def _may_upgrade_server(engine: Engine) -> bool:
    """True when the login owns the schema's tables (or is a superuser): then it may upgrade."""
    from sqlalchemy import text

    with engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT rolsuper OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'alembic_version'), 'USAGE') "
            "FROM pg_roles WHERE rolname = current_user")).scalar())


def _open_read_only(target: str | Path, passphrase: str | None = None) -> Database:
    if is_url(target):
        raise DatabaseOpenError("Skrivebeskyttet åpning gjelder databasefiler, ikke databaseservere.")
    path = Path(target).expanduser()
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseOpenError(f"Databasen «{path}» finnes ikke, så den kan ikke åpnes skrivebeskyttet.")
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(f"Du har ikke lesetilgang til «{path}».")
    from app.storage.encryption import open_engine

    engine = open_engine(path, passphrase, read_only=True)
    try:
        report = check_database(engine, quick=True)
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseOpenError(
            f"Kan ikke åpne «{target}» skrivebeskyttet: {getattr(exc, 'orig', exc)}. "
            "Kontroller at det er en Styringsdialog-database og at du har tilgang til filen."
        ) from exc
    if report.integrity:
        engine.dispose()
        raise DatabaseOpenError(f"Databasen «{target}» er skadet ({report.integrity[0]}). "
                                "Gjenopprett den fra en sikkerhetskopi (Fil → Gjenopprett).")
    if not report.schema_ok:
        engine.dispose()
        newer = report.revision is not None and report.revision > report.head
        raise DatabaseOpenError(
            f"Databasen «{path.name}» er laget med en nyere versjon av Styringsdialog ({report.revision}); "
            "oppdater programmet for å åpne den." if newer else
            f"Databasen «{path.name}» må oppgraderes til denne versjonen av Styringsdialog før den kan åpnes "
            "skrivebeskyttet, og det krever skrivetilgang. Åpne den vanlig når den er ledig, så oppgraderes den."
        )
    migration = MigrationResult(report.revision, report.head, None)
    return Database(str(target), engine, make_session_factory(engine), migration, created=False, read_only=True)


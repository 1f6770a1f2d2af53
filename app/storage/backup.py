"""Backups of a database file and restoring one.

- ``make_backup``: a checked copy to a file the user names (Fil → Sikkerhetskopi, ``backup -o``).
- ``automatic_backup``: rotating copies in «Sikkerhetskopier» in the data folder, one folder per
  database file; taken when the window closes and on the first open of a day; the oldest go
  only after the new copy has passed the integrity check; how many to keep is the setting
  ``backup.keep`` in the database.
- ``restore_backup``: checks a backup (a SQLite file, whole, foreign keys intact, a schema this
  program knows, the program's tables) before anything is touched, keeps the database it
  replaces beside it, and puts the backup in its place through SQLite's backup API.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.errors import AppError
from app.paths import DB_SUFFIX, data_dir
from app.storage.lock import Lock, acquire
from app.storage.stored_settings import read_setting, write_setting
from db.backup import backup_sqlite, connect_file, copy_file_as_is, readonly_engine, restore_sqlite
from db.check import CheckReport, check_connection, check_database, check_file, private_prefix
from db.engine import is_url
from db.migrate import MIGRATIONS_DIR, REVISION_FILE, head_revision

log = logging.getLogger("styringsdialog.backup")

BACKUP_DIR_NAME = "Sikkerhetskopier"
KEEP_KEY = "backup.keep"
DEFAULT_KEEP = 10
MAX_KEEP = 365
STAMP_FORMAT = "%Y-%m-%dT%H-%M-%S"
# Tables every revision of the schema has; a SQLite file without them is not ours.
REQUIRED_TABLES = frozenset({"alembic_version", "municipality", "org_version", "unit", "setting"})
_NAME = re.compile(r"-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-(?P<n>\d+))?" + re.escape(DB_SUFFIX) + "$")
_STALE_TMP = timedelta(hours=1)

Reason = Literal["daily", "close", "manual"]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...] = ()  # older automatic copies deleted after this one was verified


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    backup: Path
    replaced_copy: Path | None  # where the database that was replaced is kept (None: there was none)
    revision: str  # the backup's schema revision; an older one is upgraded when the file is opened


# --- copies the user names ------------------------------------------------------------------

def make_backup(target: str | Path, dest: Path, *, passphrase: str | None = None) -> BackupResult:
    """Write a consistent copy of the database file ``target`` to ``dest`` and verify it. An
    encrypted file is copied encrypted with its own ``passphrase``."""
    if is_url(str(target)):
        raise AppError("Sikkerhetskopi herfra gjelder databasefiler. Bruk pg_dump for en databaseserver.")
    source = Path(target)
    if not source.exists():
        raise AppError(f"Databasen «{source}» finnes ikke, så det er ingenting å kopiere.")
    if Path(dest).resolve() == source.resolve():
        raise AppError("Kopien kan ikke skrives over selve databasen. Velg et annet filnavn.")
    from app.errors import DatabaseOpenError
    from app.storage.database import refuse_unusable_file
    from app.storage.files import remove_stale_partials

    try:
        refuse_unusable_file(source)  # a zero-byte or foreign file: nothing to copy, ``dest`` untouched
    except DatabaseOpenError as exc:
        raise AppError(f"{exc} Ingen kopi er skrevet.") from exc
    dest = Path(dest)
    remove_stale_partials(dest.absolute().parent)  # a copy killed half-way left its temporary file
    # Written and checked under a partial name first, and put in place only when it passes: a
    # database gone bad must not replace a good copy the user keeps under ``dest``.
    staged = dest.with_name(f".~{os.getpid()}-{dest.name}.kontroll.tmp")
    try:
        _copy(source, staged, passphrase)
        problem = _copy_problem(staged, passphrase)
        if problem:
            raise AppError(f"Kopien av «{source}» består ikke kontrollen ({problem}), så «{dest}» er ikke "
                           "skrevet eller endret. Kontroller databasen med «styringsdialog check»; er den i "
                           "orden, prøv igjen.")
        os.replace(staged, dest)
    finally:
        staged.unlink(missing_ok=True)
    return BackupResult(dest, dest.stat().st_size)


def _copy(source: Path, dest: Path, passphrase: str | None = None) -> Path:
    from db import cipher

    try:
        if cipher.is_encrypted(source):
            # Copied page by page between two connections keyed alike: never plain on disk.
            if passphrase is None:
                from app.storage.encryption import PassphraseNeededError

                raise PassphraseNeededError(source)
            return cipher.backup_encrypted(source, dest, passphrase)
        return backup_sqlite(source, dest)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":  # the copy's disk, not the database
            log.error("Disken er full: sikkerhetskopien %s kunne ikke skrives (%s)", dest, exc)
            raise AppError(f"Disken der kopien skal ligge («{dest.parent}»), er full, så kopien er ikke "
                           f"skrevet. Databasen «{source}» er ikke endret. Frigjør plass der, eller velg en "
                           "annen mappe, og prøv igjen.") from exc
        raise AppError(f"Databasen «{source}» kan ikke kopieres: {exc}. Kontroller den med "
                       "«styringsdialog check», eller gjenopprett en tidligere kopi.") from exc
    except OSError as exc:
        raise AppError(f"Kunne ikke skrive sikkerhetskopien til «{dest}»: {exc.strerror or exc}.") from exc


def _copy_problem(path: Path, passphrase: str | None = None) -> str | None:
    """What is wrong with a fresh copy, or None: the full check (``db.check.check_connection``:
    integrity with CHECK constraints, foreign keys, one revision row, the program's own schema at
    its revision) on a read-write connection to the copy, which is ours and not yet anyone's
    backup; reading leaves it a single self-contained file."""
    from db import cipher

    try:
        if cipher.is_encrypted(path):
            if passphrase is None:
                return "kopien er kryptert, og passordet mangler"
            conn = cipher.connect(path, passphrase)
        else:
            conn = sqlite3.connect(path)
        try:
            report = check_connection(conn, known=set(known_revisions()))
        finally:
            conn.close()
    except cipher.database_errors() as exc:
        return str(exc)
    problems = report.problems()
    if report.revision not in known_revisions():
        problems.append(f"ukjent skjemaversjon ({report.revision or 'ingen'})")
    return "; ".join(problems) if problems else None


def check_live_file(path: Path, *, passphrase: str | None = None) -> CheckReport:
    """The full check of a database file (``styringsdialog check``) on a private read-write copy:
    the file itself is only read, never written (also in a read-only folder). Raises AppError
    when it cannot be read as a database."""
    from app.storage.files import remove_stale_temp_folders
    from db import cipher

    remove_stale_temp_folders()  # copies left by a check or restore killed half-way
    path = Path(path)
    try:
        if cipher.is_encrypted(path):
            if passphrase is None:
                from app.storage.encryption import PassphraseNeededError

                raise PassphraseNeededError(path)
            with tempfile.TemporaryDirectory(prefix=private_prefix("kontroll")) as tmp:
                copy = cipher.backup_encrypted(path, Path(tmp) / f"kopi{DB_SUFFIX}", passphrase)
                conn = cipher.connect(copy, passphrase)
                try:
                    return check_connection(conn, known=set(known_revisions()))
                finally:
                    conn.close()
        return check_file(path, known=set(known_revisions()))
    except cipher.WrongPassphrase as exc:
        raise AppError(f"Passordet åpner ikke «{path}». Ingenting er endret.") from exc
    except cipher.database_errors() as exc:
        raise AppError(f"«{path}» kan ikke leses som database: {exc}. Filen er ikke endret.") from exc


def _check(path: Path, *, quick: bool = False) -> CheckReport:
    engine = readonly_engine(path)
    try:
        return check_database(engine, quick=quick)
    finally:
        engine.dispose()


# --- automatic rotating copies --------------------------------------------------------------

def backup_dir(db_path: str | Path) -> Path:
    """The folder of one database file's automatic copies: its name plus a short hash of its
    full path, so two files called «styringsdialog.sdb» in different folders never mix."""
    path = Path(db_path).expanduser().absolute()
    digest = hashlib.sha256(os.path.normcase(str(path.resolve())).encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "_", path.stem).strip("._")[:40] or "database"
    return data_dir() / BACKUP_DIR_NAME / f"{stem}-{digest}"


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """The automatic copies of a database file, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = _NAME.search(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((taken, int(match["n"] or 1), BackupInfo(entry, taken, size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [info for _t, _n, info in found]


def backup_due(db_path: str | Path, now: datetime | None = None) -> bool:
    """The daily rule: due when there is no automatic copy yet, or the newest is from an
    earlier date or older than 24 hours."""
    now = now or datetime.now()
    backups = list_backups(db_path)
    if not backups:
        return True
    newest = backups[0].taken_at
    return newest.date() != now.date() or now - newest >= timedelta(hours=24)


def automatic_backup(db_path: str | Path | None, reason: Reason, *, now: datetime | None = None,
                     passphrase: str | None = None) -> BackupResult | None:
    """Take a rotating copy of a database file; None when there was nothing to do.

    ``reason`` «daily» takes one only when the daily rule says so; «close» and «manual» always
    do. Database servers (URLs) and files that do not exist are skipped. The copy is checked
    before any older copy is deleted; a copy that fails the check is removed again and the
    older ones are all kept (raises AppError).
    """
    if db_path is None or is_url(str(db_path)):
        return None
    source = Path(db_path).expanduser().absolute()
    if not source.is_file() or source.stat().st_size == 0:
        return None
    now = now or datetime.now()
    if reason == "daily" and not backup_due(source, now):
        return None
    folder = backup_dir(source)
    dest = _free_name(folder, f"{source.stem}-{now.strftime(STAMP_FORMAT)}", DB_SUFFIX)
    out = _copy(source, dest, passphrase)
    try:
        problem = _copy_problem(out, passphrase)
    except DBAPIError as exc:
        problem = str(exc.orig)
    if problem:
        out.unlink(missing_ok=True)
        raise AppError(f"Den automatiske sikkerhetskopien av «{source}» ble ikke hel ({problem}), og er slettet. "
                       "De eldre kopiene er beholdt. Kontroller databasen med «styringsdialog check».")
    keep = _keep_in(out)
    removed = _rotate(source, keep, out, passphrase)
    log.info("Automatisk sikkerhetskopi (%s) av %s: %s; slettet %d eldre", reason, source, out, len(removed))
    return BackupResult(out, out.stat().st_size, tuple(removed))


def _free_name(folder: Path, base: str, suffix: str) -> Path:
    """``base`` + suffix, or ``base-N`` + suffix after the highest N taken: a copy in the same
    second must sort after the others even when the first of them has been rotated away."""
    taken = [1 for p in [folder / f"{base}{suffix}"] if p.exists()]
    if folder.is_dir():
        pattern = re.compile(re.escape(base) + r"-(\d+)" + re.escape(suffix) + "$")
        taken += [int(m.group(1)) for p in folder.iterdir() if (m := pattern.match(p.name))]
    return folder / (f"{base}-{max(taken) + 1}{suffix}" if taken else f"{base}{suffix}")


def _keep_in(copy: Path) -> int:
    """The setting as it is in the copy just taken: the same as the database's, read without
    a second connection to the live file."""
    engine = readonly_engine(copy)
    try:
        with Session(engine) as session:
            return load_keep(session)
    except DBAPIError:
        return DEFAULT_KEEP
    finally:
        engine.dispose()


def _rotate(source: Path, keep: int, newest: Path, passphrase: str | None = None) -> list[Path]:
    """Delete the copies older than the ``keep`` newest copies that pass the full check. A copy
    that fails it is never counted (and is only deleted once ``keep`` good ones are newer), so
    rotation can never leave the database without a good copy."""
    removed: list[Path] = []
    verdicts = _Verdicts(backup_dir(source))
    verdicts.record(newest, True)  # checked just now
    good = 0
    for info in list_backups(source):
        if good < keep:
            if info.path == newest or verdicts.good(info.path, passphrase):
                good += 1
            else:
                log.warning("Sikkerhetskopien %s består ikke kontrollen og telles ikke med", info.path)
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as exc:  # open in another program; it goes next time
            log.warning("Kunne ikke slette den gamle sikkerhetskopien %s: %s", info.path, exc)
    verdicts.save()
    # A copy interrupted by a crash or power cut left its temporary file behind.
    cutoff = time.time() - _STALE_TMP.total_seconds()
    for tmp in backup_dir(source).glob("*.tmp"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass
    return removed


class _Verdicts:
    """The results of checking the automatic copies, kept in the copies' folder
    («.kontroll.json»: name -> [size, modification time in ns, good]), so a copy is checked
    once and not at every rotation; a copy changed since is checked again."""

    FILE = ".kontroll.json"

    def __init__(self, folder: Path) -> None:
        self.path = folder / self.FILE
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            self.data: dict[str, list[object]] = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self.data = {}

    @staticmethod
    def _stamp(path: Path) -> list[object]:
        st = path.stat()
        return [st.st_size, st.st_mtime_ns]

    def record(self, path: Path, good: bool) -> None:
        self.data[path.name] = [*self._stamp(path), good]

    def good(self, path: Path, passphrase: str | None) -> bool:
        try:
            stamp = self._stamp(path)
        except OSError:
            return False
        seen = self.data.get(path.name)
        if isinstance(seen, list) and len(seen) == 3 and seen[:2] == stamp:
            return seen[2] is True
        ok = _copy_problem(path, passphrase) is None
        self.data[path.name] = [*stamp, ok]
        return ok

    def save(self) -> None:
        existing = {p.name for p in self.path.parent.iterdir()} if self.path.parent.is_dir() else set()
        data = {name: v for name, v in self.data.items() if name in existing}
        try:
            self.path.write_text(json.dumps(data), encoding="utf-8")
        except OSError as exc:
            log.info("Kontrollresultatene ble ikke lagret i %s: %s", self.path, exc)


def load_keep(session: Session) -> int:
    """How many automatic copies to keep (the setting ``backup.keep``, default 10)."""
    value = read_setting(session, KEEP_KEY)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_KEEP:
        return value
    return DEFAULT_KEEP


def save_keep(session: Session, keep: int) -> int:
    """Store how many automatic copies to keep, for everyone using the database; returns the
    old value. Fewer copies take effect at the next automatic backup."""
    if not 1 <= keep <= MAX_KEEP:
        raise AppError(f"Antall sikkerhetskopier å beholde må være mellom 1 og {MAX_KEEP}, ikke {keep}.")
    old = load_keep(session)
    write_setting(session, KEEP_KEY, keep)
    return old


# --- restore ----------------------------------------------------------------------------------

def known_revisions() -> list[str]:
    return sorted(m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir() if (m := REVISION_FILE.match(p.name)))


def check_backup_file(path: Path, *, shown_as: Path | None = None, passphrase: str | None = None) -> str:
    """Check that ``path`` can replace a database: a SQLite file, whole, with its foreign keys
    intact, the program's tables and a schema revision this program knows. Returns the
    revision; raises AppError saying what is wrong. ``path`` may be switched out of WAL mode
    (restore passes its own temporary copy); ``shown_as`` is the name in messages."""
    name = shown_as or path
    refused = "Ingenting er endret."
    from db import cipher

    if cipher.is_encrypted(path):
        report, tables = _read_encrypted(path, name, passphrase, refused)
        return _judge(name, report, tables, refused)
    try:
        # One file from here on (a copied -wal is merged in); also the first read of the
        # file, where SQLite says when it is not a database at all.
        conn = connect_file(path)
        try:
            conn.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or "not a database" in str(exc):
            raise AppError(f"«{name}» er ikke en Styringsdialog-database (SQLite: {exc}). "
                           f"Velg en sikkerhetskopi med endelsen {DB_SUFFIX}. {refused}") from exc
        raise AppError(f"Sikkerhetskopien «{name}» er skadet og kan ikke leses ({exc}). "
                       f"Velg en annen sikkerhetskopi. {refused}") from exc
    try:
        # The full check on a read-write connection: ``path`` is the caller's private copy, and
        # SQLite checks CHECK constraints only on a connection that could write.
        conn = sqlite3.connect(path)
        try:
            report = check_connection(conn, known=set(known_revisions()))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        problem = getattr(exc, "orig", exc)
        raise AppError(f"Sikkerhetskopien «{name}» er skadet og kan ikke leses ({problem}). "
                       f"Velg en annen sikkerhetskopi. {refused}") from exc
    return _judge(name, report, tables, refused)


def _read_encrypted(path: Path, name: Path, passphrase: str | None, refused: str, *,
                    private: bool = True) -> tuple[CheckReport, set[str]]:
    """The check report and table names of an encrypted backup, read with its passphrase: the
    full check when ``path`` is a private copy, else a quick read-only integrity check."""
    from db import cipher

    if passphrase is None:
        raise AppError(f"Sikkerhetskopien «{name}» er kryptert. Oppgi passordet den ble tatt med. {refused}")
    try:
        conn = cipher.connect(path, passphrase, read_only=not private)
        try:
            if private:
                report = check_connection(conn, known=set(known_revisions()))
            else:
                report = CheckReport(head=head_revision())
                report.integrity = [r[0] for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return report, tables
        finally:
            conn.close()
    except cipher.WrongPassphrase as exc:
        raise AppError(f"Sikkerhetskopien «{name}» er kryptert med et annet passord enn det som ble oppgitt. "
                       f"{refused}") from exc
    except cipher.database_errors(DBAPIError) as exc:
        problem = getattr(exc, "orig", exc)
        if isinstance(problem, cipher.WrongPassphrase) or "not a database" in str(problem):
            raise AppError(f"Sikkerhetskopien «{name}» er kryptert med et annet passord enn det som ble "
                           f"oppgitt, eller skadet. {refused}") from exc
        raise AppError(f"Sikkerhetskopien «{name}» er skadet og kan ikke leses ({problem}). "
                       f"Velg en annen sikkerhetskopi. {refused}") from exc


def _judge(name: Path, report: CheckReport, tables: set[str], refused: str) -> str:
    """Refuse a backup that is damaged, not ours, or of an unknown schema; else its revision."""
    if report.integrity:
        raise AppError(f"Sikkerhetskopien «{name}» er skadet ({report.integrity[0]}). "
                       f"Velg en annen sikkerhetskopi. {refused}")
    if report.foreign_key_problems:
        raise AppError(f"Sikkerhetskopien «{name}» har {report.foreign_key_problems} brutte koblinger mellom "
                       f"tabellene. Velg en annen sikkerhetskopi. {refused}")
    missing = REQUIRED_TABLES - tables
    if missing:
        raise AppError(f"«{name}» er en SQLite-database, men ikke fra Styringsdialog (tabellene "
                       f"{', '.join(sorted(missing))} mangler). {refused}")
    revision = report.revision or ""
    if revision not in known_revisions():
        head = head_revision()
        if revision.isdigit() and int(revision) > int(head):
            raise AppError(f"Sikkerhetskopien «{name}» er laget av en nyere versjon av Styringsdialog "
                           f"(skjemaversjon {revision}; dette programmet kjenner til og med {head}). "
                           f"Oppdater programmet, og gjenopprett etterpå. {refused}")
        raise AppError(f"Sikkerhetskopien «{name}» har en skjemaversjon dette programmet ikke kjenner "
                       f"({revision or 'ingen'}). {refused}")
    if report.schema_problems:
        raise AppError(f"Sikkerhetskopien «{name}» har ikke Styringsdialogs eget skjema for skjemaversjon "
                       f"{revision}: {'; '.join(report.schema_problems[:5])}"
                       f"{' …' if len(report.schema_problems) > 5 else ''}. Den kan være endret utenfor "
                       f"programmet. Velg en annen sikkerhetskopi. {refused}")
    return revision


def restore_backup(backup_file: str | Path, target_db: str | Path, *, now: datetime | None = None,
                   passphrase: str | None = None) -> RestoreResult:
    """Replace the database file ``target_db`` with the backup ``backup_file``.

    Nothing is touched until the backup has passed ``check_backup_file`` (on a private copy of
    it, so the check is of exactly what is restored). Then the current database is copied
    aside as «<navn>.før-gjenoppretting-<tid>.sdb» beside it (kept; never deleted by the
    program) and the backup is written into the database file. The target need not exist.
    """
    if is_url(str(target_db)):
        raise AppError("Gjenoppretting herfra gjelder databasefiler. Bruk verktøyene til databaseserveren.")
    backup = Path(backup_file).expanduser().absolute()
    target = Path(target_db).expanduser().absolute()
    if backup.is_dir():
        raise AppError(f"«{backup}» er en mappe, ikke en sikkerhetskopi. Velg en fil med endelsen {DB_SUFFIX}. "
                       "Ingenting er endret.")
    if backup.exists() and not backup.is_file():
        raise AppError(f"«{backup}» er ikke en vanlig fil (kanskje en rørledning eller en enhet). Velg en "
                       f"sikkerhetskopi med endelsen {DB_SUFFIX}. Ingenting er endret.")
    if not backup.is_file():
        raise AppError(f"Sikkerhetskopien «{backup}» finnes ikke. Kontroller stien.")
    if backup.stat().st_size == 0:
        raise AppError(f"Sikkerhetskopien «{backup}» er tom (0 byte), slik en synkronisering som ikke ble ferdig "
                       "kan etterlate den. Velg en annen sikkerhetskopi. Ingenting er endret.")
    if target.is_dir():
        raise AppError(f"«{target}» er en mappe, ikke en databasefil. Velg en fil.")
    if target.exists() and os.path.samefile(backup, target):
        raise AppError("Sikkerhetskopien og databasen er samme fil. Velg en annen sikkerhetskopi.")
    now = now or datetime.now()
    from app.storage.files import remove_stale_temp_folders

    remove_stale_temp_folders()  # copies left by a check or restore killed half-way
    with tempfile.TemporaryDirectory(prefix=private_prefix("gjenoppretting")) as tmp:
        candidate = Path(tmp) / f"kandidat{DB_SUFFIX}"
        try:
            copy_file_as_is(backup, candidate)
        except OSError as exc:
            raise AppError(f"Kan ikke lese sikkerhetskopien «{backup}»: {exc.strerror or exc}. "
                           "Ingenting er endret.") from exc
        revision = check_backup_file(candidate, shown_as=backup, passphrase=passphrase)
        encrypted = cipher_is_encrypted(candidate)
        lock = _lock(target)  # shared with the window when it is the one restoring
        try:
            aside = _copy_aside(target, now)
            try:
                if encrypted:
                    # A checked, complete encrypted database: it takes the file's place whole,
                    # written beside it and renamed over it (the backup API needs both keyed alike).
                    _replace_whole(candidate, target)
                else:
                    restore_sqlite(candidate, target)
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc).lower():  # SQLite's own guard: a connection we do not know of
                    if aside is not None:
                        aside.unlink(missing_ok=True)  # nothing was replaced, so nothing needs keeping
                    raise AppError(f"Databasen «{target}» er åpen i et annet program. Lukk det og prøv igjen. "
                                   "Ingenting er endret.") from exc
                raise AppError(_failed(target, aside, exc)) from exc
            except (sqlite3.DatabaseError, OSError) as exc:
                raise AppError(_failed(target, aside, exc)) from exc
        finally:
            lock.release()
    if encrypted:
        report, _tables = _read_encrypted(target, target, passphrase, "", private=False)
    else:
        report = _check(target, quick=True)
    if report.integrity:
        raise AppError(_failed(target, aside, report.integrity[0]))
    return RestoreResult(target, backup, aside, revision)


def cipher_is_encrypted(path: Path) -> bool:
    from db import cipher

    return cipher.is_encrypted(path)


def _replace_whole(source: Path, target: Path) -> None:
    """Put the file ``source`` in ``target``'s place: copied beside it, flushed, renamed over it,
    with the target's -wal/-shm removed first so nothing of them is replayed onto it."""
    tmp = target.with_name(target.name + ".gjenoppretting.tmp")
    tmp.unlink(missing_ok=True)
    # Owner-only while it is written; then the database's own permissions (a shared folder).
    with open(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600), "wb") as out, \
            open(source, "rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    if target.exists():
        shutil.copymode(target, tmp)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)


def _lock(target: Path) -> Lock:
    """The database's lock file: no other program may have it open for writing while it is
    replaced (``DatabaseInUseError`` names who has)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return acquire(target)
    except OSError as exc:
        raise AppError(f"Kan ikke lage låsefilen for «{target.name}» i mappen «{target.parent}»: "
                       f"{exc.strerror or exc}. Ingenting er endret.") from exc


def _copy_aside(target: Path, now: datetime) -> Path | None:
    """Keep the database about to be replaced beside it. A file SQLite cannot copy (damaged,
    which is often why one restores) is kept byte for byte instead."""
    if not target.exists() or target.stat().st_size == 0:
        return None
    suffix = target.suffix or DB_SUFFIX
    aside = _free_name(target.parent, f"{target.stem}.før-gjenoppretting-{now.strftime(STAMP_FORMAT)}", suffix)
    try:
        try:
            return backup_sqlite(target, aside)
        except sqlite3.DatabaseError as exc:
            aside.with_name(aside.name + ".tmp").unlink(missing_ok=True)
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
                raise OSError(errno.ENOSPC, "Disken er full") from exc
            return copy_file_as_is(target, aside)
    except OSError as exc:
        # A half-written aside copy would look like a kept database: nothing of it stays.
        for half in (aside, aside.with_name(aside.name + "-wal")):
            half.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            log.error("Disken er full: %s kunne ikke tas vare på før gjenoppretting (%s)", target, exc)
            raise AppError(f"Disken der «{target.name}» ligger («{target.parent}»), er full, så databasen som "
                           "skulle erstattes, kan ikke tas vare på først. Gjenopprettingen er avbrutt, og "
                           "ingenting er endret. Frigjør plass der (minst like mye som databasen er stor), og "
                           "prøv igjen.") from exc
        raise AppError(f"Kan ikke ta vare på den nåværende databasen som «{aside}»: {exc.strerror or exc}. "
                       "Gjenopprettingen er avbrutt, og ingenting er endret.") from exc


def _failed(target: Path, aside: Path | None, problem: object) -> str:
    kept = f" Databasen slik den var, er tatt vare på som «{aside}»." if aside else ""
    return f"Gjenopprettingen av «{target}» mislyktes: {problem}.{kept}"

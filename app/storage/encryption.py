"""Encryption of the database file at rest: turn it on, change the passphrase, turn it off.

The database is one file that travels on laptops. With encryption on, the file is SQLCipher
(``db.cipher``): unreadable without the passphrase, which is asked for when the file is opened
and kept only in the program's memory. A lost passphrase cannot be recovered by anyone.

Turning encryption on is done on a copy: the encrypted copy is written, opened with the
passphrase and compared with the original (the same tables, indexes and triggers, the same
number of rows in every table, integrity «ok») before it takes the original's place. The plain
original is then overwritten with zeros and deleted, as far as a program can (see
docs/RELIABILITY.md for what it cannot reach). Turning it off is the same the other way.

Each function needs the file to itself: the window closes its own connections first, and a
file another program has open is refused with a message.
"""

from __future__ import annotations

import getpass
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.errors import AppError, DatabaseOpenError
from db import cipher
from db.engine import is_url, make_engine

PASSPHRASE_ENV = "STYRINGSDIALOG_PASSPHRASE"
PACKAGE_PASSPHRASE_ENV = "STYRINGSDIALOG_PACKAGE_PASSPHRASE"
MIN_LENGTH = cipher.MIN_PASSPHRASE


class PassphraseNeededError(DatabaseOpenError):
    """The file is encrypted and no passphrase was given: ask for one and open again."""

    def __init__(self, path: Path | str, message: str | None = None) -> None:
        self.path = Path(path)
        super().__init__(message or f"Databasen «{self.path.name}» er kryptert. Skriv inn passordet for å åpne den.")


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open the file (or the file is not a database at all)."""

    def __init__(self, path: Path | str, message: str | None = None) -> None:
        self.path = Path(path)
        super().__init__(message or str(cipher.WrongPassphrase(self.path)))


@dataclass(frozen=True)
class EncryptionResult:
    path: Path
    tables: int
    rows: int
    seconds: float
    plain_copy_overwritten: bool = False


def is_encrypted(path: Path | str) -> bool:
    return cipher.is_encrypted(path)


def is_encrypted_engine(engine: Engine) -> bool:
    return cipher.is_encrypted_engine(engine)


# ----------------------------------------------------------------------------- passphrases

def strength(passphrase: str) -> int:
    """0 too short (refused), 1 weak, 2 fair, 3 strong: length counts most, then variety."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    kinds = sum((any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                 any(c.isdigit() for c in passphrase), any(not c.isalnum() for c in passphrase)))
    distinct = len(set(passphrase))
    if distinct < 5:  # «aaaaaaaaaaaa», «abababab…»
        return 1
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and kinds >= 3):
        return 3
    if len(passphrase) >= 12 or kinds >= 3:
        return 2
    return 1


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a passphrase that is too short, or that was not typed the same twice."""
    if len(passphrase) < MIN_LENGTH:
        raise AppError(f"Passordet må ha minst {MIN_LENGTH} tegn. Velg et lengre passord; en setning på "
                       "fire–fem ord er sterk og lett å huske.")
    if passphrase.strip() != passphrase:
        raise AppError("Passordet kan ikke begynne eller slutte med mellomrom; de er lette å glemme.")
    if repeated is not None and repeated != passphrase:
        raise AppError("De to passordene er ikke like. Skriv det samme passordet i begge feltene.")
    try:
        cipher.passphrase_literal(passphrase)
    except cipher.CipherError as exc:
        raise AppError(str(exc)) from exc


def cli_passphrase(target: str | Path) -> str | None:
    """The passphrase for a command-line run on ``target``: None when the file is not encrypted;
    else the environment variable ``STYRINGSDIALOG_PASSPHRASE``, else asked for on the terminal."""
    if is_url(str(target)) or not cipher.is_encrypted(target):
        return None
    # A seminar package (docs/SEMINAR.md) has a passphrase of its own.
    from_env = (os.environ.get(PACKAGE_PASSPHRASE_ENV) if str(target).lower().endswith(".sdbpkg") else None) \
        or os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Passord for «{Path(target).name}»: ")
    raise PassphraseNeededError(target, (
        f"Databasen «{Path(target).name}» er kryptert. Oppgi passordet i miljøvariabelen {PASSPHRASE_ENV}, "
        "eller kjør kommandoen i et terminalvindu, så spør den etter passordet."))


# ----------------------------------------------------------------------------- opening

def open_engine(target: str | Path, passphrase: str | None = None, *, read_only: bool = False) -> Engine:
    """The engine for a path or URL: SQLCipher for an encrypted file (or for a new file when a
    passphrase is given), else ``db.engine.make_engine``.

    Raises :class:`PassphraseNeededError` for an encrypted file without a passphrase and
    :class:`WrongPassphraseError` when the passphrase does not open it; both before anything is
    read or changed.
    """
    if is_url(str(target)):
        return make_engine(target)
    path = Path(target).expanduser()
    new = not path.exists() or (path.is_file() and path.stat().st_size == 0)
    if cipher.is_encrypted(path) or (new and passphrase is not None):
        if passphrase is None:  # a command-line run gives it in the environment (cli_passphrase)
            if path.suffix.lower() == ".sdbpkg":
                passphrase = os.environ.get(PACKAGE_PASSPHRASE_ENV) or None
            passphrase = passphrase or os.environ.get(PASSPHRASE_ENV) or None
        if passphrase is None:
            raise PassphraseNeededError(path)
        try:
            engine = cipher.make_encrypted_engine(path, passphrase, read_only=read_only)
        except cipher.CipherError as exc:
            raise DatabaseOpenError(str(exc)) from exc
        try:
            with engine.connect():  # keys a connection and reads the first page
                pass
        except cipher.WrongPassphrase as exc:
            engine.dispose()
            raise WrongPassphraseError(path) from exc
        except BaseException:
            engine.dispose()
            raise
        return engine
    return make_engine(target, read_only=True) if read_only else make_engine(target)


def check_passphrase(path: Path | str, passphrase: str) -> None:
    """Raise :class:`WrongPassphraseError` unless ``passphrase`` opens the encrypted ``path``."""
    try:
        cipher.check_passphrase(path, passphrase)
    except cipher.WrongPassphrase as exc:
        raise WrongPassphraseError(path) from exc
    except cipher.CipherError as exc:
        raise AppError(str(exc)) from exc


# ----------------------------------------------------------------------------- turning it on and off

def _existing(path: Path | str) -> Path:
    path = Path(path)
    if is_url(str(path)):
        raise AppError("Kryptering gjelder databasefiler. En databaseserver krypteres av serverens egne verktøy.")
    if not path.is_file():
        raise AppError(f"Databasen «{path}» finnes ikke. Kontroller stien.")
    return path


@contextmanager
def _exclusive(path: Path, passphrase: str | None) -> Iterator[None]:
    """The program's lock on the file (re-entrant: the window's own is fine, another program's is
    refused with its name) and SQLite's word that no connection is in the middle of something."""
    from app.storage.lock import acquire

    try:
        held = acquire(path)
    except OSError as exc:
        raise AppError(f"Kan ikke lage låsefilen for «{path.name}» i «{path.parent}»: {exc.strerror or exc}. "
                       "Kontroller at du har skrivetilgang til mappen.") from exc
    try:
        _to_itself(path, passphrase)
        yield
    finally:
        held.release()


def _busy(path: Path) -> AppError:
    return AppError(f"«{path.name}» er åpen i et annet program (eller et annet vindu). Lukk det og prøv igjen; "
                    "filen er ikke endret.")


def _to_itself(path: Path, passphrase: str | None) -> None:
    """Make sure nobody else has the file open, and fold its write-ahead log into it.

    Switching to the rollback journal needs the file to itself, so it doubles as the check; it
    also empties and removes the «-wal» file, which would otherwise hold recent pages beside the
    copy.
    """
    try:
        conn = cipher.connect(path, passphrase)
    except cipher.WrongPassphrase as exc:
        raise WrongPassphraseError(path) from exc
    except cipher.CipherError as exc:
        raise AppError(str(exc)) from exc
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except Exception as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _busy(path) from exc
        raise
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise _busy(path)


def _verify(source: Path, source_key: str | None, copy: Path, copy_key: str | None) -> tuple[int, int]:
    """The copy has the source's schema, its row count in every table, and passes integrity_check."""
    want_schema, want_rows, _ = cipher.describe(source, source_key)
    got_schema, got_rows, integrity = cipher.describe(copy, copy_key)
    if integrity != "ok":
        raise AppError(f"Den nye kopien av databasen er ikke hel ({integrity}). Originalen er ikke endret.")
    if got_schema != want_schema or got_rows != want_rows:
        differing = sorted(t for t in set(want_rows) | set(got_rows) if want_rows.get(t) != got_rows.get(t))
        detail = f" (tabellene {', '.join(differing[:5])})" if differing else " (skjemaet)"
        raise AppError(f"Den nye kopien av databasen er ikke lik originalen{detail}. Originalen er ikke endret.")
    return len(want_rows), sum(want_rows.values())


def _swap(path: Path, replacement: Path, aside_suffix: str) -> Path:
    """Put ``replacement`` in ``path``'s place; the original is kept aside and returned.

    If the replacement cannot be moved in, the original goes back where it was.
    """
    for sidecar in cipher.sidecars(path):  # no stale journal of the old file beside the new one
        if sidecar.name.endswith("-wal"):
            cipher.overwrite_and_unlink(sidecar)
        else:
            sidecar.unlink(missing_ok=True)
    aside = path.with_name(path.name + aside_suffix)
    aside.unlink(missing_ok=True)
    # The copy was written owner-only; the database keeps the permissions it had (a shared folder).
    shutil.copymode(path, replacement)
    os.replace(path, aside)
    try:
        os.replace(replacement, path)
    except BaseException:
        os.replace(aside, path)
        raise
    return aside


def _os_error(path: Path, exc: OSError) -> AppError:
    return AppError(f"Kunne ikke skrive ved siden av «{path}»: {exc.strerror or exc}. Kontroller at det er plass "
                    "på disken og at du har skrivetilgang. Databasen er ikke endret.")


def encrypt_database(path: Path | str, passphrase: str) -> EncryptionResult:
    """Encrypt the plain database file ``path`` in place with ``passphrase``.

    The encrypted copy is verified before it replaces the original; the plain original is then
    overwritten and deleted. The database must not be open (close it first).
    """
    started = time.perf_counter()
    path = _existing(path)
    if cipher.is_encrypted(path):
        raise AppError(f"«{path.name}» er allerede kryptert. Bruk «Endre passord …» for å bytte passord.")
    check_new_passphrase(passphrase)
    _require_cipher()
    tmp = path.with_name(path.name + ".kryptert.tmp")
    try:
        with _exclusive(path, None):
            cipher.encrypt_file(path, tmp, passphrase)
            tables, rows = _verify(path, None, tmp, passphrase)
            aside = _swap(path, tmp, ".ukryptert.tmp")
    except cipher.database_errors(cipher.CipherError) as exc:
        tmp.unlink(missing_ok=True)
        raise AppError(f"Databasen kunne ikke krypteres: {exc}. Originalen er ikke endret.") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_error(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    overwritten = cipher.overwrite_and_unlink(aside)
    return EncryptionResult(path, tables, rows, time.perf_counter() - started, overwritten)


def decrypt_database(path: Path | str, passphrase: str) -> EncryptionResult:
    """Turn encryption off: replace the encrypted file ``path`` by a verified plain copy."""
    started = time.perf_counter()
    path = _existing(path)
    if not cipher.is_encrypted(path):
        raise AppError(f"«{path.name}» er ikke kryptert.")
    check_passphrase(path, passphrase)
    tmp = path.with_name(path.name + ".ukryptert.tmp")
    try:
        with _exclusive(path, passphrase):
            cipher.decrypt_file(path, tmp, passphrase)
            tables, rows = _verify(path, passphrase, tmp, None)
            aside = _swap(path, tmp, ".kryptert.tmp")
    except cipher.database_errors(cipher.CipherError) as exc:
        if tmp.exists():
            cipher.overwrite_and_unlink(tmp)
        raise AppError(f"Krypteringen kunne ikke fjernes: {exc}. Databasen er ikke endret.") from exc
    except OSError as exc:
        if tmp.exists():
            cipher.overwrite_and_unlink(tmp)
        raise _os_error(path, exc) from exc
    except BaseException:
        if tmp.exists():
            cipher.overwrite_and_unlink(tmp)
        raise
    aside.unlink()  # encrypted: nothing readable to overwrite
    return EncryptionResult(path, tables, rows, time.perf_counter() - started)


def change_passphrase(path: Path | str, old: str, new: str) -> None:
    """Give the encrypted file ``path`` a new passphrase (every page re-encrypted in one transaction)."""
    path = _existing(path)
    if not cipher.is_encrypted(path):
        raise AppError(f"«{path.name}» er ikke kryptert. Bruk «Krypter databasen …» for å gi den et passord.")
    check_new_passphrase(new)
    check_passphrase(path, old)
    try:
        with _exclusive(path, old):
            cipher.rekey(path, old, new)
    except cipher.WrongPassphrase as exc:
        raise WrongPassphraseError(path) from exc
    except cipher.CipherError as exc:
        raise AppError(str(exc)) from exc


def _require_cipher() -> None:
    try:
        cipher.cipher_version()
    except cipher.CipherError as exc:
        raise AppError(str(exc)) from exc

"""Copying the open database to a backup file, checked after writing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from db.backup import backup_sqlite
from db.check import check_database
from db.engine import is_url, make_engine


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


def make_backup(target: str | Path, dest: Path) -> BackupResult:
    """Write a consistent copy of the database file ``target`` to ``dest`` and verify it."""
    if is_url(str(target)):
        raise AppError("Sikkerhetskopi herfra gjelder databasefiler. Bruk pg_dump for en databaseserver.")
    source = Path(target)
    if not source.exists():
        raise AppError(f"Databasen «{source}» finnes ikke, så det er ingenting å kopiere.")
    if Path(dest).resolve() == source.resolve():
        raise AppError("Kopien kan ikke skrives over selve databasen. Velg et annet filnavn.")
    try:
        out = backup_sqlite(source, Path(dest))
    except OSError as exc:
        raise AppError(f"Kunne ikke skrive sikkerhetskopien til «{dest}»: {exc.strerror or exc}.") from exc
    engine = make_engine(out)
    try:
        report = check_database(engine)
    finally:
        engine.dispose()
    if report.integrity:
        raise AppError(f"Kopien {out} ble skrevet, men er ikke hel: {report.integrity[0]}. Prøv igjen.")
    return BackupResult(out, out.stat().st_size)

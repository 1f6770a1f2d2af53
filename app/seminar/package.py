"""Seminar packages: a chosen part of the office's data in one encrypted file (docs/SEMINAR.md).

A package is an ordinary Styringsdialog database (SQLCipher, the newest schema) holding

* the chosen rows of the office's data tables, chosen generically per table: the whole
  municipality or some units (with their sub-units; their superior units come along so the
  chart has its path), the current org chart and the chosen scenarios, and every row that
  refers only to rows in the package (agreements, goals, målekart, networks …). The follow-up
  notes (meetings, action items: personal data) only with ``with_notes``;
* its **base snapshot**: every packaged row as it was when the package was made
  (``seminar_base_row``), the common ancestor of the three-way merge home (``app.seminar.merge``);
* where it came from: the office database's identity, who made it, when and on which machine
  (``seminar_package`` with ``this_file``).

The office records the package too, so it can tell a package merged twice.
"""

from __future__ import annotations

import base64
import enum
import getpass
import os
import socket
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, select, text
from sqlalchemy.orm import Session

from app.errors import AppError
from db import cipher
from db.base import Base
from db.engine import sqlite_path
from db.models import DatabaseIdentity, OrgVersion, OrgVersionStatus, SeminarPackage, Unit
from db.session import current_user

PACKAGE_SUFFIX = ".sdbpkg"
PACKAGE_PASSPHRASE_ENV = "STYRINGSDIALOG_PACKAGE_PASSPHRASE"
PASSPHRASE_ENV = "STYRINGSDIALOG_PASSPHRASE"

# Tables that are the file's own business, never packaged nor merged.
INFRA_TABLES = frozenset({"database_identity", "seminar_package", "seminar_base_row", "audit_entry"})
# Copied for reading (budget summaries, code lists, shipped templates, the database's settings such
# as thresholds and the marking of outputs) but never merged back.
REFERENCE_TABLES = frozenset({"budget_set", "budget_line", "kostra_code", "agreement_template", "setting"})
# The follow-up notes: personal data, left out unless asked for.
NOTES_TABLES = frozenset({"meeting", "meeting_goal_status", "action_item"})
META_COLUMNS = ("id", "created_at", "updated_at", "version")


def data_tables() -> list[Table]:
    """The tables a package may hold, parents before children."""
    import db.models  # noqa: F401 - registers every table

    return [t for t in Base.metadata.sorted_tables if t.name not in INFRA_TABLES]


def plain(value: Any) -> Any:
    """A column value as JSON can hold it, the same for the same value read from either file."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "b64:" + base64.b64encode(bytes(value)).decode()
    return value


def row_key(value: Any) -> str:
    """A row id as text («hex»), whatever the driver returned."""
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


# ----------------------------------------------------------------------------- passphrase

def package_passphrase(path: Path | str, *, new: bool = False) -> str:
    """The package's passphrase: ``STYRINGSDIALOG_PACKAGE_PASSPHRASE``, else
    ``STYRINGSDIALOG_PASSPHRASE``, else asked on the terminal; without one the run is refused."""
    for name in (PACKAGE_PASSPHRASE_ENV, PASSPHRASE_ENV):
        value = os.environ.get(name)
        if value:
            return value
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(f"Passord for pakken «{Path(path).name}»: ")
        if new and getpass.getpass("Skriv passordet en gang til: ") != first:
            raise AppError("De to passordene er ikke like. Kjør kommandoen på nytt og skriv det samme passordet to "
                           "ganger.")
        return first
    raise AppError(f"Pakken «{Path(path).name}» er kryptert og trenger et passord. Oppgi det i miljøvariabelen "
                   f"{PACKAGE_PASSPHRASE_ENV}, eller kjør kommandoen i et terminalvindu, så spør den etter det.")


# ----------------------------------------------------------------------------- selection

@dataclass
class Selection:
    """What goes into a package: unit and scenario names (empty: everything current / none)."""

    units: list[str] = field(default_factory=list)
    scenarios: list[str] = field(default_factory=list)
    with_notes: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"units": list(self.units), "scenarios": list(self.scenarios), "with_notes": self.with_notes}


@dataclass
class PackageResult:
    path: Path
    package_id: uuid.UUID
    rows: dict[str, int]
    seconds: float

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _versions(session: Session, scenarios: Sequence[str]) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """(current version ids, chosen scenario ids); an unknown scenario name is refused."""
    versions = session.scalars(select(OrgVersion)).all()
    current = {v.id for v in versions if v.status == OrgVersionStatus.CURRENT}
    chosen: set[uuid.UUID] = set()
    for name in scenarios:
        found = [v for v in versions if v.name.casefold() == name.strip().casefold()]
        if not found:
            names = ", ".join(sorted(v.name for v in versions if v.status == OrgVersionStatus.SCENARIO)) or "ingen"
            raise AppError(f"Fant ikke scenarioet «{name}». Scenarioer i databasen: {names}.")
        chosen.update(v.id for v in found)
    return current, chosen


def _units(session: Session, names: Sequence[str], current: set[uuid.UUID], scenarios: set[uuid.UUID]
           ) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """(units in scope, superior units along for the chart's path)."""
    rows = session.execute(select(Unit.id, Unit.parent_id, Unit.name, Unit.code, Unit.org_version_id,
                                  Unit.lineage_id)).all()
    in_scenarios = {r.id for r in rows if r.org_version_id in scenarios}
    if not names:
        return {r.id for r in rows if r.org_version_id in current} | in_scenarios, set()
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    parent = {r.id: r.parent_id for r in rows}
    for r in rows:
        children.setdefault(r.parent_id, []).append(r.id)
    scope: set[uuid.UUID] = set()
    for name in names:
        wanted = name.strip().casefold()
        found = [r.id for r in rows if r.org_version_id in current
                 and (r.name.casefold() == wanted or r.code.casefold() == wanted)]
        if not found:
            raise AppError(f"Fant ingen enhet som heter «{name}» i gjeldende organisasjon. Skriv navnet eller koden "
                           "slik det står i organisasjonskartet.")
        stack = list(found)
        while stack:
            unit_id = stack.pop()
            if unit_id not in scope:
                scope.add(unit_id)
                stack.extend(children.get(unit_id, []))
    # A scenario comes with its part for the chosen units: the same units (by lineage) and the
    # units it makes new; the rest of the scenario stays home like the rest of the organisation.
    lineages = {r.lineage_id for r in rows if r.id in scope}
    known = {r.lineage_id for r in rows if r.org_version_id in current}
    scope |= {r.id for r in rows if r.org_version_id in scenarios
              and (r.lineage_id in lineages or r.lineage_id not in known)}
    context: set[uuid.UUID] = set()
    for unit_id in list(scope):
        up = parent.get(unit_id)
        while up is not None and up not in scope and up not in context:
            context.add(up)
            up = parent.get(up)
    return scope, context


def select_rows(conn: Connection, session: Session, selection: Selection, *, reference_rows: bool = True
                ) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The rows of every data table that go into the package, parents first.

    Generic by table: a row goes in when every foreign key it holds points at a row that is in
    (or at a table packaged whole). Units and org versions are chosen by the selection; the
    follow-up notes only with ``with_notes``."""
    current, scenarios = _versions(session, selection.scenarios)
    scope, context = _units(session, selection.units, current, scenarios)
    kept: dict[str, set[Any]] = {}  # table -> ids other rows may refer to
    partial: set[str] = set()  # tables not packaged whole
    out: list[tuple[Table, list[dict[str, Any]]]] = []
    for table in data_tables():
        if table.name in REFERENCE_TABLES and not reference_rows:  # copied by SQLite itself (create_package)
            out.append((table, []))
            continue
        rows = [dict(r._mapping) for r in conn.execute(select(table))]
        if table.name in REFERENCE_TABLES:
            chosen = rows
        elif table.name in NOTES_TABLES and not selection.with_notes:
            chosen = []
        elif table.name == "org_version":
            chosen = [r for r in rows if r["id"] in current | scenarios]
        elif table.name == "unit":
            chosen = [r for r in rows if r["id"] in scope or r["id"] in context]
        else:
            chosen = [r for r in rows if _refs_kept(table, r, kept, partial, self_ref=False)]
            own = {r["id"] for r in chosen}
            while True:  # a row pointing at a row of its own table that was left out goes too
                left = [r for r in chosen if _self_ref_ok(table, r, own)]
                if len(left) == len(chosen):
                    break
                chosen, own = left, {r["id"] for r in left}
        ids = {r["id"] for r in chosen}
        if table.name == "unit":
            ids = {i for i in ids if i in scope}  # superior units are shown, their rows stay home
        kept[table.name] = ids
        if len(ids) != len(rows):
            partial.add(table.name)
        out.append((table, chosen))
    return out


def _refs_kept(table: Table, row: dict[str, Any], kept: dict[str, set[Any]], partial: set[str], *,
               self_ref: bool) -> bool:
    for fk in table.foreign_keys:
        target = fk.column.table.name
        value = row.get(fk.parent.name)
        if value is None or target == table.name or target not in partial:
            continue
        if value not in kept.get(target, set()):
            return False
    return True


def _self_ref_ok(table: Table, row: dict[str, Any], own: set[Any]) -> bool:
    for fk in table.foreign_keys:
        if fk.column.table.name == table.name:
            value = row.get(fk.parent.name)
            if value is not None and value not in own:
                return False
    return True


# ----------------------------------------------------------------------------- writing

def database_identity(session: Session) -> uuid.UUID:
    """This database's identity (migration 0009 gave it one)."""
    identity = session.scalars(select(DatabaseIdentity.id).order_by(DatabaseIdentity.created_at)).first()
    if identity is None:  # a server set up before the identity existed: made once, here
        row = DatabaseIdentity(name="")
        session.add(row)
        session.flush()
        return row.id
    return identity


def _temporary(out: Path) -> Path:
    """The file the package is written to before it is renamed: «.~<pid>-<name>.tmp», so a run
    killed half-way leaves a name the next run recognises and removes (with its -wal/-shm) once
    that process is gone (``app.storage.files.remove_stale_partials``, called here)."""
    from app.storage.files import remove_stale_partials

    remove_stale_partials(out.parent)
    tmp = out.with_name(f".~{os.getpid()}-{out.name}.tmp")
    for leftover in (tmp, *cipher.sidecars(tmp)):
        leftover.unlink(missing_ok=True)
    return tmp


def create_package(session: Session, out: Path | str, passphrase: str, selection: Selection, *,
                   source_name: str = "") -> PackageResult:
    """Write the package ``out`` (replacing nothing: an existing file is refused) and record it
    in the office (``session``'s transaction)."""
    from db.migrate import head_revision, upgrade

    started = time.perf_counter()
    out = Path(out).expanduser()
    if out.suffix != PACKAGE_SUFFIX:
        out = out.with_name(out.name + PACKAGE_SUFFIX)
    if out.exists():
        raise AppError(f"«{out}» finnes allerede. Velg et annet filnavn, eller flytt den gamle pakken først.")
    from app.storage.encryption import check_new_passphrase

    check_new_passphrase(passphrase)
    out.parent.mkdir(parents=True, exist_ok=True)
    source = database_identity(session)
    conn = session.connection()
    office_path = sqlite_path(conn.engine)
    chosen = select_rows(conn, session, selection, reference_rows=office_path is None)
    package_id = uuid.uuid4()
    now = datetime.now(UTC)
    tmp = _temporary(out)
    engine = cipher.make_encrypted_engine(tmp, passphrase)
    counts: dict[str, int] = {}
    try:
        with engine.connect() as pkg:
            if office_path is None:  # a server: the schema from the migrations
                pkg.close()
                upgrade(engine)
            else:  # a file: SQLite copies the office's schema and the reference tables itself
                office_key = cipher.passphrase_of(conn.engine)
                key = cipher.passphrase_literal(office_key) if office_key else "''"
                pkg.exec_driver_sql(f"ATTACH DATABASE ? AS office KEY {key}", (str(office_path),))
                _copy_schema(pkg)
                pkg.commit()
                pkg.execute(Base.metadata.tables["database_identity"].insert(),
                            [{"id": uuid.uuid4(), "name": "", "created_at": now, "updated_at": now, "version": 1}])
                for table in data_tables():
                    if table.name in REFERENCE_TABLES:
                        columns = ", ".join(f'"{c.name}"' for c in table.columns)
                        counts[table.name] = pkg.exec_driver_sql(
                            f'INSERT INTO main."{table.name}" ({columns}) SELECT {columns} FROM office."{table.name}"'
                        ).rowcount
                pkg.commit()
                pkg.exec_driver_sql("DETACH DATABASE office")
        with engine.begin() as pkg:
            pkg.execute(text("PRAGMA defer_foreign_keys = ON"))
            base: list[dict[str, Any]] = []
            for table, rows in chosen:
                if table.name in REFERENCE_TABLES and office_path is not None:
                    continue
                if rows:
                    pkg.execute(table.insert(), rows)
                counts[table.name] = len(rows)
                if table.name in REFERENCE_TABLES:
                    continue
                base.extend({"id": uuid.uuid4(), "table_name": table.name, "row_id": row_key(r["id"]),
                             "data": {k: plain(v) for k, v in r.items() if k not in META_COLUMNS},
                             "created_at": now, "updated_at": now, "version": 1} for r in rows)
            if base:
                pkg.execute(Base.metadata.tables["seminar_base_row"].insert(), base)
            info = _info_row(package_id, source, now, source_name, head_revision(), selection, this_file=True)
            pkg.execute(Base.metadata.tables["seminar_package"].insert(), [info])
        with engine.connect() as pkg:
            pkg.exec_driver_sql("PRAGMA journal_mode=DELETE")  # one self-contained file to carry
    except BaseException as exc:
        engine.dispose()
        for leftover in (tmp, *cipher.sidecars(tmp)):
            leftover.unlink(missing_ok=True)
        if is_disk_full(exc):  # the package's disk, not the office database's
            raise AppError(f"Disken der samlingspakken skal ligge («{out.absolute().parent}»), er full, så "
                           f"«{out.name}» er ikke laget, og ingenting er endret. Frigjør plass på den disken, eller "
                           "lagre pakken et annet sted (for eksempel rett på minnepinnen), og prøv igjen.") from exc
        raise
    engine.dispose()
    session.add(SeminarPackage(**{k: v for k, v in _info_row(package_id, source, now, source_name, head_revision(),
                                                            selection, this_file=False).items()
                                  if k not in ("created_at", "updated_at", "version")}))
    session.flush()
    os.replace(tmp, out)
    return PackageResult(out, package_id, counts, time.perf_counter() - started)


def _copy_schema(pkg: Connection) -> None:
    """Every table, index, trigger and view of the attached office file, and its schema revision.
    Full-text tables first: they make their own shadow tables (an encrypted file, copied by
    ``sqlcipher_export``, lists the shadow tables before them)."""
    made = pkg.exec_driver_sql(
        "SELECT type, name, sql FROM office.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY CASE WHEN sql LIKE 'CREATE VIRTUAL TABLE%' THEN 0 WHEN type = 'table' THEN 1 "
        "WHEN type = 'index' THEN 2 ELSE 3 END, rowid").all()
    for _kind, name, sql in made:
        if pkg.exec_driver_sql("SELECT 1 FROM main.sqlite_master WHERE name = ?", (name,)).first() is None:
            pkg.exec_driver_sql(sql)
    pkg.exec_driver_sql("INSERT INTO main.alembic_version SELECT * FROM office.alembic_version")


def _info_row(package_id: uuid.UUID, source: uuid.UUID, now: datetime, source_name: str, revision: str,
              selection: Selection, *, this_file: bool) -> dict[str, Any]:
    return {"id": package_id, "source_identity": source, "source_name": source_name[:500], "made_at": now,
            "made_by": current_user()[:100], "made_on": socket.gethostname()[:200], "schema_revision": revision,
            "selection": selection.as_dict(), "this_file": this_file, "merged_at": None, "merged_by": "",
            "merged_from": "", "merge_summary": {}, "created_at": now, "updated_at": now, "version": 1}


# ----------------------------------------------------------------------------- reading

@dataclass(frozen=True)
class PackageInfo:
    path: Path
    package_id: uuid.UUID
    source_identity: uuid.UUID
    source_name: str
    made_at: datetime
    made_by: str
    made_on: str
    schema_revision: str
    selection: dict[str, Any]
    rows: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "package_id": str(self.package_id),
                "source_identity": str(self.source_identity), "source": self.source_name,
                "made_at": self.made_at.isoformat(), "made_by": self.made_by, "made_on": self.made_on,
                "schema_revision": self.schema_revision, "selection": self.selection, "rows": self.rows}

    def summary_lines(self) -> list[str]:
        """«package info» in words: what was chosen and how many rows of each kind."""
        from app.seminar.labels import noun

        units = self.selection.get("units") or []
        scenarios = self.selection.get("scenarios") or []
        chosen = [f"enhetene {names(units)} med underenheter" if units else "hele kommunen",
                  f"scenarioene {names(scenarios)}" if scenarios else "ingen scenarioer",
                  "med oppfølgingsnotatene" if self.selection.get("with_notes") else "uten oppfølgingsnotatene"]
        rows = sorted((noun(table)[0], n) for table, n in self.rows.items())
        return [f"Utvalg: {', '.join(chosen)}",
                "Rader: " + ", ".join(f"{what} {n:,}".replace(",", "\u00a0") for what, n in rows)]

    def banner(self) -> str:
        """The line the window shows over a package."""
        return (f"Samlingspakke fra {self.source_name or 'kontorets database'}, laget "
                f"{self.made_at.astimezone():%d.%m.%Y kl. %H:%M} av {self.made_by} på {self.made_on}. Endringer "
                "her hentes inn på kontoret med Fil → Hent inn fra samling.")


def is_package(path: Path | str) -> bool:
    return Path(path).suffix.lower() == PACKAGE_SUFFIX


def damaged_package(path: Path) -> AppError:
    """The message for a package that cannot be read whole: cut short while it was copied, or
    changed on the way (SQLCipher notices every changed byte)."""
    return AppError(f"Samlingspakken «{path.name}» (i «{path.absolute().parent}») er skadet eller ufullstendig, så "
                    "den kan ikke leses, og ingenting er endret. Kopier pakken på nytt fra der den kom fra "
                    "(minnepinnen, e-posten), eller be om en ny pakke.")


def is_disk_full(exc: BaseException) -> bool:
    """SQLite's «database or disk is full» (SQLITE_FULL), or the system's «no space left»."""
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == 13)
    return "database or disk is full" in str(orig)


def is_damage(exc: BaseException) -> bool:
    """SQLite's «database disk image is malformed» (SQLITE_CORRUPT) or «file is not a database»
    (SQLITE_NOTADB) read from a file that opened."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (11, 26):
        return True
    message = str(orig).lower()
    return "malformed" in message or "not a database" in message


def open_package_engine(path: Path | str, passphrase: str) -> Engine:
    """An engine on the package file (not upgraded), read whole once: wrong passphrase, foreign
    files and a damaged or cut-short package are refused with a message naming the file."""
    from app.storage.encryption import WrongPassphraseError, open_engine

    path = Path(path).expanduser()
    if not path.is_file():
        raise AppError(f"Pakken «{path}» finnes ikke. Kontroller stien; pakker har endelsen {PACKAGE_SUFFIX}.")
    if not cipher.is_encrypted(path):
        try:
            with path.open("rb") as fh:
                head = fh.read(len(cipher.SQLITE_HEADER))
        except OSError:
            head = b""
        if head and head != cipher.SQLITE_HEADER:  # not plain SQLite, yet not whole pages: cut short
            raise damaged_package(path)
        raise AppError(f"«{path.name}» er ikke en samlingspakke (filen er ikke kryptert). Velg pakken du tok med "
                       "på samlingen.")
    try:
        engine = open_engine(path, passphrase)
    except WrongPassphraseError as exc:  # SQLCipher cannot tell a wrong key from a changed first page
        raise WrongPassphraseError(path, f"{exc} Er du sikker på passordet, er pakken skadet eller ufullstendig: "
                                         "kopier den på nytt, eller be om en ny pakke.") from exc
    except AppError:
        raise
    except Exception as exc:  # the driver's error, or SQLAlchemy's wrapping of it, on the first read
        if isinstance(exc, cipher.database_errors()) or is_damage(exc):
            raise damaged_package(path) from exc
        raise
    # Every page read once (SQLCipher checks each page's MAC), before anything is shown or written:
    # a package cut short or changed on the way is named here, not by a failure half-way. On the
    # connection the passphrase has already opened (keying another costs as much as the check).
    try:
        with engine.connect() as conn:
            damaged = any(r[0] != "ok" for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall())
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, cipher.database_errors()) or is_damage(exc):
            raise damaged_package(path) from exc
        raise
    if damaged:
        engine.dispose()
        raise damaged_package(path)
    return engine


def package_damaged(path: Path, passphrase: str) -> bool:
    """Whether the package fails SQLite's own check, read only (about 0.1 s for the whole demo)."""
    try:
        conn = cipher.connect(path, passphrase, read_only=True)
    except Exception:
        return True
    try:
        return any(r[0] != "ok" for r in conn.execute("PRAGMA quick_check").fetchall())
    except Exception:
        return True
    finally:
        conn.close()


def read_info(conn: Connection, path: Path) -> PackageInfo:
    table = Base.metadata.tables["seminar_package"]
    try:
        row = conn.execute(select(table).where(table.c.this_file.is_(True))).first()
    except Exception as exc:  # the driver's «no such table» (SQLAlchemy wraps it), or a damaged page
        if "malformed" in str(getattr(exc, "orig", exc)).lower():
            raise damaged_package(path) from exc
        raise AppError(f"«{path.name}» er en database, men ikke en samlingspakke. Velg pakken du tok med på "
                       "samlingen.") from exc
    if row is None:
        raise AppError(f"«{path.name}» er en database, men ikke en samlingspakke. Velg pakken du tok med på "
                       "samlingen.")
    counts = {t.name: conn.execute(select(text("count(*)")).select_from(t)).scalar_one()
              for t in data_tables()}
    made_at = row.made_at if row.made_at.tzinfo else row.made_at.replace(tzinfo=UTC)
    return PackageInfo(path, row.id, row.source_identity, row.source_name, made_at, row.made_by, row.made_on,
                       row.schema_revision, dict(row.selection or {}), {k: v for k, v in counts.items() if v})


def package_info(path: Path | str, passphrase: str) -> PackageInfo:
    """What a package is: where it came from, who made it and when, what it holds."""
    path = Path(path).expanduser()
    engine = open_package_engine(path, passphrase)
    try:
        with engine.connect() as conn:
            return read_info(conn, path)
    except AppError:
        raise
    except Exception as exc:
        if is_damage(exc) and package_damaged(path, passphrase):
            raise damaged_package(path) from exc
        raise
    finally:
        engine.dispose()


def info_of_open_database(session: Session, path: Path | None) -> PackageInfo | None:
    """The package description of an open database, None when it is not a package."""
    table = Base.metadata.tables["seminar_package"]
    try:
        if session.execute(select(table.c.id).where(table.c.this_file.is_(True))).first() is None:
            return None
        return read_info(session.connection(), path or Path("pakke"))
    except AppError:
        return None


def names(rows: Iterable[str]) -> str:
    return ", ".join(f"«{r}»" for r in rows)

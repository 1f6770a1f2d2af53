"""Health of a database: SQLite's integrity and foreign-key checks, the schema revision, and
whether the schema is exactly the one the program's own migrations make at that revision.

``check_database`` looks at an engine as it is (quick checks on open). ``check_file`` is the
full check of a SQLite file (``styringsdialog check``, every backup and every restore): it runs
on a private read-write copy, because SQLite skips CHECK constraints in ``integrity_check`` on a
read-only connection, and it compares every entry of ``sqlite_master`` (tables with their
columns, types and constraints, indexes, triggers, views, the text search's FTS5 tables and
their shadow tables, ``search_key``) with a reference database built by running the program's
migrations up to the file's revision on an empty database (built once per revision and kept
for the life of the process). Nothing extra and nothing missing is allowed, except SQLite's own
statistics tables (``sqlite_stat1``/``sqlite_stat4``, made by ANALYZE) in their own form; and
``alembic_version`` must hold exactly one row.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from db.migrate import current_revision, head_revision

# SQLite makes these itself (ANALYZE, AUTOINCREMENT); they are allowed in exactly this form.
SQLITE_OWN = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
MAX_INTEGRITY_LINES = 5  # of SQLite's integrity_check lines kept in a report
_KIND = {"table": "tabellen", "index": "indeksen", "trigger": "triggeren", "view": "visningen"}


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)  # problems; empty when ok
    foreign_key_problems: int = 0
    revision: str | None = None
    head: str = ""
    schema_problems: list[str] = field(default_factory=list)  # differences from the program's own schema
    revision_rows: int = 1  # rows in alembic_version (exactly one is right)

    @property
    def schema_ok(self) -> bool:
        return self.revision == self.head

    @property
    def schema_matches(self) -> bool:
        """The schema is the program's own at the file's revision (and one revision row)."""
        return not self.schema_problems

    @property
    def ok(self) -> bool:
        return (not self.integrity and self.foreign_key_problems == 0 and self.schema_ok
                and self.schema_matches)

    @property
    def sound(self) -> bool:
        """Whole, consistent and the program's own schema, at whatever known revision."""
        return not self.integrity and self.foreign_key_problems == 0 and self.schema_matches

    def problems(self) -> list[str]:
        """Everything wrong except an older revision, in words."""
        found = list(self.integrity)
        if self.foreign_key_problems:
            found.append(f"{self.foreign_key_problems} brutte koblinger mellom tabellene")
        return found + self.schema_problems


def check_database(engine: Engine, *, quick: bool = False) -> CheckReport:
    report = CheckReport(revision=current_revision(engine), head=head_revision())
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
            report.integrity = [r for r in rows if r != "ok"]
            report.foreign_key_problems = len(conn.execute(text("PRAGMA foreign_key_check")).all())
    return report


# --- the full check of a file ------------------------------------------------------------------

def private_prefix(kind: str) -> str:
    """The name a private temporary folder starts with: «styringsdialog-<kind>-<pid>-», so a run
    killed while it held a copy of the database there can be told from a live one and its folder
    removed by the next (``app.storage.files.remove_stale_temp_folders``)."""
    return f"styringsdialog-{kind}-{os.getpid()}-"


def check_connection(conn: Any, *, known: set[str] | None = None) -> CheckReport:
    """The full check on an open read-write DB-API connection (sqlite3 or SQLCipher) to a
    private copy: integrity with CHECK constraints, foreign keys, revision rows and schema."""
    report = CheckReport(head=head_revision())
    # SQLite gives a damaged file's problems as one row of many lines («*** in database main ***»,
    # then a line per page): one problem per line, the first few, so a message stays readable.
    lines = [line.strip() for r in conn.execute("PRAGMA integrity_check").fetchall() for line in str(r[0]).splitlines()]
    lines = [line for line in lines if line and line != "ok" and not line.startswith("***")]
    report.integrity = [in_words(line) for line in lines[:MAX_INTEGRITY_LINES]]
    if len(lines) > MAX_INTEGRITY_LINES:
        report.integrity.append(f"og {len(lines) - MAX_INTEGRITY_LINES} problemer til av samme slag")
    report.foreign_key_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    if "alembic_version" not in names:
        report.revision, report.revision_rows = None, 0
        return report
    revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version").fetchall()]
    report.revision_rows = len(revisions)
    report.revision = revisions[0] if revisions else None
    if len(revisions) != 1:
        report.schema_problems.append(
            f"tabellen alembic_version skal ha nøyaktig én rad med skjemaversjonen, men har {len(revisions)}")
        return report
    if report.revision is not None and (known is None or report.revision in known):
        try:
            reference = reference_schema(report.revision)
        except Exception:  # a revision without a migration file: judged by the caller
            return report
        report.schema_problems += schema_differences(schema_of(conn), reference)
        if not report.schema_problems:
            report.integrity += search_index_problems(conn, reference)
    if "unit" in names:
        report.integrity += unit_cycle_problems(conn)
    return report


def unit_cycles(rows: Any) -> list[list[Any]]:
    """The cycles in (id, parent_id) pairs: each as the ids on it, in order from the first found
    (a unit that is its own parent is a cycle of one). Rows whose parent is missing end a path."""
    parent = {row_id: parent_id for row_id, parent_id in rows}
    state: dict[Any, int] = {}  # 1: on the path being walked, 2: done
    cycles: list[list[Any]] = []
    for start in parent:
        path: list[Any] = []
        node = start
        while node is not None and node in parent and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = parent[node]
        if node is not None and state.get(node) == 1:  # back on this walk's own path: a cycle
            cycles.append(path[path.index(node):])
        for seen in path:
            state[seen] = 2
    return cycles


def unit_cycle_problems(conn: Any) -> list[str]:
    """Units that lie under themselves (a cycle in ``unit.parent_id``, or a unit that is its own
    parent), in words naming them: such units drop out of every chart, tree and export while
    still counted, and no foreign key or CHECK catches it."""
    from db.cipher import database_errors

    try:
        rows = conn.execute("SELECT id, parent_id, name FROM unit").fetchall()
    except database_errors():
        return []
    names = {row[0]: str(row[2]) for row in rows}
    problems = []
    for cycle in unit_cycles((row[0], row[1]) for row in rows):
        if len(cycle) == 1:
            problems.append(f"enheten «{names[cycle[0]]}» er sin egen overordnede enhet (i tabellen unit)")
        else:
            listed = ", ".join(f"«{names[unit]}»" for unit in cycle[:-1]) + f" og «{names[cycle[-1]]}»"
            chain = " under ".join(f"«{names[unit]}»" for unit in [*cycle, cycle[0]])
            problems.append(f"enhetene {listed} ligger under hverandre i en sløyfe ({chain}; overordnet enhet i "
                            "tabellen unit), så de faller ut av organisasjonskartet")
    return problems


def search_index_problems(conn: Any, reference: Schema) -> list[str]:
    """FTS5's own integrity check of each full-text table the program makes: ``PRAGMA
    integrity_check`` does not read inside them (SQLite before 3.44), so a damaged or hand-edited
    search index would pass and then break every search and every note saved afterwards. Run only
    on the program's own schema (the tables are then FTS5 tables); it reads and writes nothing."""
    from db.cipher import database_errors

    problems: list[str] = []
    for (kind, name), (_table, sql) in sorted(reference.items()):
        if kind != "table" or not (sql or "").upper().startswith("CREATE VIRTUAL TABLE") \
                or "USING FTS5" not in (sql or "").upper():
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            conn.execute(f"INSERT INTO {quoted}({quoted}) VALUES ('integrity-check')")
        except database_errors() as exc:
            problems.append(f"søkeindeksen {name} er skadet eller endret utenfor programmet ({exc})")
    return problems


_CHECK_FAILED = re.compile(r"^CHECK constraint failed in (?P<table>\w+)$")
_NULL_VALUE = re.compile(r"^NULL value in (?P<table>\w+)\.(?P<column>\w+)$")


def in_words(problem: str) -> str:
    """SQLite's report of a broken rule in words; other problems as SQLite says them."""
    if m := _CHECK_FAILED.match(problem):
        return f"rader i tabellen {m['table']} bryter en regel for lovlige verdier (CHECK)"
    if m := _NULL_VALUE.match(problem):
        return f"rader i tabellen {m['table']} mangler en verdi i kolonnen {m['column']}, der den kreves"
    return problem


def check_file(path: Path, *, known: set[str] | None = None) -> CheckReport:
    """The full check of a plain SQLite file, on a private read-write copy (the file itself is
    only read). Raises ``sqlite3.DatabaseError`` when the file cannot be read as a database."""
    with private_copy(path) as copy:
        conn = sqlite3.connect(copy)
        try:
            return check_connection(conn, known=known)
        finally:
            conn.close()


@contextmanager
def private_copy(path: Path) -> Iterator[Path]:
    """A copy of a database file (with its -wal folded in) in a folder only this user can read,
    removed afterwards. Read through SQLite's backup API, read-only, so the original is never
    written; a file in a read-only folder whose WAL index cannot be made is read as immutable."""
    from db.backup import connect_file, copy_closed_wal_file, readable_source

    folder = Path(tempfile.mkdtemp(prefix=private_prefix("kontroll")))  # mode 0700
    try:
        copy = folder / "kopi.sdb"
        if copy_closed_wal_file(Path(path), copy):
            yield copy
            return
        with readable_source(Path(path)) as readable:  # a -wal in a read-only folder is read too
            src = connect_file(readable, readonly=True)
            try:
                out = sqlite3.connect(copy)
                try:
                    src.backup(out)
                finally:
                    out.close()
            finally:
                src.close()
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- the program's own schema ----------------------------------------------------------------

Schema = dict[tuple[str, str], tuple[str, str | None]]  # (type, name) -> (table, normalised SQL)

_cache: dict[str, Schema] = {}
_cache_lock = threading.Lock()


def normalise(sql: str | None) -> str | None:
    """SQL text with runs of white space made one space, so layout alone is no difference."""
    if sql is None:
        return None
    return re.sub(r"\s+", " ", sql).strip()


_CONSTRAINT = re.compile(r"^(CONSTRAINT|PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY)\b", re.IGNORECASE)


def _split_top_level(body: str) -> list[str]:
    """The comma-separated items of a table's definition, not splitting inside brackets or quotes."""
    items, depth, quote, start = [], 0, "", 0
    for i, char in enumerate(body):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    items.append(body[start:].strip())
    return items


def normalise_table(sql: str) -> str:
    """A CREATE TABLE with its table constraints in a fixed order: Alembic's batch mode writes
    them in an order that differs from run to run (columns keep theirs; it matters)."""
    opening, closing = sql.find("("), sql.rfind(")")
    if opening < 0 or closing < opening:
        return sql
    items = _split_top_level(sql[opening + 1:closing])
    columns = [item for item in items if not _CONSTRAINT.match(item)]
    constraints = sorted(item for item in items if _CONSTRAINT.match(item))
    return f"{sql[:opening].strip()} ({', '.join(columns + constraints)}){sql[closing + 1:]}"


def schema_of(conn: Any) -> Schema:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    schema: Schema = {}
    for kind, name, table, sql in rows:
        text_ = normalise(sql)
        if kind == "table" and text_ is not None and not text_.upper().startswith("CREATE VIRTUAL"):
            text_ = normalise_table(text_)
        schema[(str(kind), str(name))] = (str(table), text_)
    return schema


def reference_schema(revision: str) -> Schema:
    """The schema the program's migrations make at ``revision``, on an empty database."""
    with _cache_lock:
        cached = _cache.get(revision)
        if cached is not None:
            return cached
        from alembic import command
        from sqlalchemy import create_engine

        from db.migrate import alembic_config, migration_transaction

        folder = Path(tempfile.mkdtemp(prefix=private_prefix("skjema")))
        try:
            engine = create_engine(f"sqlite:///{folder / 'ref.sdb'}")
            try:
                cfg = alembic_config()
                with engine.connect() as conn, migration_transaction(conn):
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, revision)
                raw = sqlite3.connect(folder / "ref.sdb")
                try:
                    schema = schema_of(raw)
                finally:
                    raw.close()
            finally:
                engine.dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        _cache[revision] = schema
        return schema


def schema_differences(actual: Schema, reference: Schema) -> list[str]:
    """What in ``actual`` differs from ``reference``, in words (empty when they are the same)."""
    problems: list[str] = []
    for key in sorted(reference.keys() - actual.keys()):
        problems.append(f"{_KIND.get(key[0], key[0])} {key[1]} mangler")
    for key in sorted(actual.keys() - reference.keys()):
        own = SQLITE_OWN.get(key[1])
        if key[0] == "table" and own is not None and normalise_table(own) == actual[key][1]:
            continue
        problems.append(f"{_KIND.get(key[0], key[0])} {key[1]} hører ikke til programmets skjema")
    for key in sorted(actual.keys() & reference.keys()):
        if actual[key] != reference[key]:
            problems.append(f"{_KIND.get(key[0], key[0])} {key[1]} er endret fra programmets skjema")
    return problems


def clear_reference_cache() -> None:
    with _cache_lock:
        _cache.clear()

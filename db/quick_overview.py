"""The Oversikt figures read straight from a SQLite file with the standard ``sqlite3`` module,
read-only, for the first moment after start-up: the window shows them while SQLAlchemy and the
models load in the background (DESIGN.md §2; issue 17 item 6).

The same figures as ``app.overview.overview`` (a test holds them equal), in plain SQL on the
stored forms: enums as their values, dates as ISO text, UUIDs as 32 hex digits. Anything
unexpected (not a SQLite file, encrypted, a schema this does not know) gives None, and the window
waits for the ordinary path instead. Imports nothing but the standard library.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from db import open_files

SQLITE_MAGIC = b"SQLite format 3\x00"
LEADING_ROLES = ("chief_executive", "leader")
ACTING_ROLE = "acting_leader"
TOP_TEAM = "top_team"
RESULT_UNIT = "result_unit"


@dataclass(frozen=True)
class QuickOverview:
    """Field for field what ``app.overview.Overview`` holds."""

    municipality: str
    municipality_number: str
    inhabitants: int | None
    org_version: str
    units: int
    result_units: int
    leaders: int
    vacancies: int
    acting_leaders: int
    agreements: int
    agreements_signed: int
    meetings_this_month: int
    meetings_held_this_month: int
    open_action_items: int
    overdue_action_items: int
    budget_sets: int


def is_plain_sqlite(path: Path) -> bool:
    """A SQLite file we can read without a key (an encrypted file has no readable header)."""
    known = open_files.known_encrypted(path)  # a file we have open is never opened again (locks)
    if known is not None:
        return not known
    try:
        return open_files.read_head(path, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def read_overview(path: Path, today: date) -> QuickOverview | None:
    """The overview figures of the database file at ``path`` on ``today``, or None if this quick
    path cannot tell (see the module's text)."""
    if not is_plain_sqlite(path):
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, today)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _count(connection: sqlite3.Connection, sql: str, *params: object) -> int:
    return int(connection.execute(sql, params).fetchone()[0] or 0)


def _read(connection: sqlite3.Connection, today: date) -> QuickOverview:
    day = today.isoformat()
    muni = connection.execute("SELECT name, number, inhabitants FROM municipality LIMIT 1").fetchone()
    version = connection.execute("SELECT id, name FROM org_version WHERE status = 'current'").fetchone()
    kinds: dict[str, str] = {}
    parents: dict[str, str | None] = {}
    leader: set[str] = set()
    acting: set[str] = set()
    if version is not None:
        for unit_id, parent_id, kind in connection.execute(
                "SELECT id, parent_id, kind FROM unit WHERE org_version_id = ?", (version[0],)):
            kinds[unit_id] = kind
            parents[unit_id] = parent_id
        for unit_id, role in connection.execute(
                "SELECT p.unit_id, p.role FROM position p JOIN unit u ON u.id = p.unit_id "
                "WHERE u.org_version_id = ? AND p.role IN (?, ?, ?) AND p.start_date <= ? "
                "AND (p.end_date IS NULL OR p.end_date >= ?)",
                (version[0], *LEADING_ROLES, ACTING_ROLE, day, day)):
            (acting if role == ACTING_ROLE else leader).add(unit_id)
        # A top team without a leader (or acting leader) of its own is led by the unit above it.
        for unit_id, kind in kinds.items():
            parent = parents[unit_id]
            if kind == TOP_TEAM and parent is not None and unit_id not in leader and unit_id not in acting \
                    and parent in leader:
                leader.add(unit_id)
    led = [u for u, kind in kinds.items() if kind != TOP_TEAM]
    vacant = [u for u in led if u not in leader]
    year_start, year_end = date(today.year, 1, 1).isoformat(), date(today.year, 12, 31).isoformat()
    # Each agreement once: its newest revision (as app.overview.newest_revision).
    in_year = ("period_start <= ? AND period_end >= ? AND NOT EXISTS "
               "(SELECT 1 FROM agreement newer WHERE newer.revision_of_id = agreement.id)")
    open_items = ("done_on IS NULL AND NOT EXISTS "
                  "(SELECT 1 FROM action_item later WHERE later.carried_from_id = action_item.id)")
    return QuickOverview(
        municipality=muni[0] if muni else "",
        municipality_number=(muni[1] or "") if muni else "",
        inhabitants=muni[2] if muni else None,
        org_version=version[1] if version else "",
        units=len(kinds),
        result_units=sum(1 for kind in kinds.values() if kind == RESULT_UNIT),
        leaders=len(led) - len(vacant),
        vacancies=len(vacant),
        acting_leaders=sum(1 for u in vacant if u in acting),
        agreements=_count(connection, f"SELECT count(*) FROM agreement WHERE {in_year}", year_end, year_start),
        agreements_signed=_count(connection, f"SELECT count(*) FROM agreement WHERE {in_year} "
                                             "AND status IN ('signed', 'evaluated', 'superseded')",
                                 year_end, year_start),
        meetings_this_month=_count(connection, "SELECT count(*) FROM meeting WHERE year = ? AND month = ? "
                                               "AND unit_lineage_id IS NOT NULL", today.year, today.month),
        meetings_held_this_month=_count(connection, "SELECT count(*) FROM meeting WHERE year = ? AND month = ? "
                                                    "AND unit_lineage_id IS NOT NULL AND status = 'held'",
                                        today.year, today.month),
        open_action_items=_count(connection, f"SELECT count(*) FROM action_item WHERE {open_items}"),
        overdue_action_items=_count(connection, f"SELECT count(*) FROM action_item WHERE {open_items} "
                                                "AND due_date < ?", day),
        budget_sets=_count(connection, "SELECT count(*) FROM budget_set"),
    )

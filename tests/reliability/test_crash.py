"""Killing the program at any moment loses at most the action in flight and never corrupts the file.

Each test runs one user action in a subprocess (crash_worker.py) through the program's own
functions, measures how long it takes, then repeats it on fresh copies of the file and kills
it with SIGKILL at seeded random moments spread over the whole action (the first at once, a
share inside the commit). After each kill the file, as the dead process left it (WAL and
all), must pass SQLite's integrity and foreign-key checks, hold every action reported
committed and the one in flight either wholly or not at all, and open again in the program.

CI runs 20 kill points for the import and the agreement saves and 10 for the upgrade;
``STYRINGSDIALOG_CRASH_POINTS=500 pytest tests/reliability -s`` is the long run (that many for
each; ``-s`` prints the figures).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.storage.database import open_database
from db.migrate import alembic_config, current_revision, head_revision, migration_transaction
from tests.reliability import crash_worker as worker
from tests.reliability.harness import (
    Tally,
    WorkerRun,
    copy_crashed,
    crash_points,
    kill_points,
    kill_series,
    measure,
    sound_file,
)

pytestmark = pytest.mark.slow  # workers killed at many points: left out of `pytest -m "not slow"`
SEED = 8  # issue 8
SET_NAME = "Krasjtest regnskap 2026"
WORKBOOK_LINES = 4000
DB_NAME = "styring.sdb"


@dataclass(frozen=True)
class ImportFile:
    path: Path
    lines: int
    total_ore: int


@pytest.fixture(scope="module")
def template(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo municipality without its budget sets (a third of the size: quicker checks)."""
    path = tmp_path_factory.mktemp("crash_template") / DB_NAME
    shutil.copyfile(_demo_template, path)
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("DELETE FROM budget_set")
        con.commit()
        con.execute("VACUUM")
    return path


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> ImportFile:
    """An accounts workbook of a few thousand lines; its count and total are computed here."""
    rng = random.Random(SEED)
    path = tmp_path_factory.mktemp("crash_import") / "Regnskap krasjtest.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Regnskap")
    sheet.append(["Ansvar", "Art", "Funksjon", "Prosjekt", "Periode", "Beløp"])
    total = 0
    for i in range(WORKBOOK_LINES):
        ore = rng.randint(-5_000_000, 50_000_000)
        total += ore
        sheet.append([str(2000 + i % 150), f"{10000 + (i * 7) % 900:05d}", str(200 + i % 90), "",
                      1 + i % 12, ore / 100])
    book.save(path)
    return ImportFile(path, WORKBOOK_LINES, total)


def _fresh_copy(template: Path, folder: Path) -> Path:
    path = folder / DB_NAME
    shutil.copyfile(template, path)
    return path


def _crashed_copy(folder: Path) -> Path:
    """Keep the file as the kill left it for the next start; return the file to look into."""
    path = folder / DB_NAME
    copy_crashed(path, folder / "next_start" / DB_NAME)
    return path


@contextmanager
def _reopened_in_program(path: Path) -> Iterator[sqlite3.Connection]:
    """The next start: open_database recovers the log, checks the file and is at the newest schema."""
    db = open_database(path)  # a quick check first: a damaged file is refused
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()
    with closing(sqlite3.connect(path)) as con:
        yield con


# --- budget import --------------------------------------------------------------------------------


def _import_state(con: sqlite3.Connection, base_lines: int, expected: ImportFile) -> bool:
    """True when the import is there wholly, False when not at all; anything between fails."""
    sets = con.execute("SELECT id FROM budget_set WHERE name = ?", (SET_NAME,)).fetchall()
    all_lines = con.execute("SELECT count(*) FROM budget_line").fetchone()[0]
    audit = con.execute("SELECT count(*) FROM audit_entry WHERE table_name = 'budget_set' AND summary LIKE ?",
                        (f"%{expected.path.name}%",)).fetchone()[0]
    if not sets:
        assert (all_lines, audit) == (base_lines, 0)
        return False
    (set_id,) = sets[0]
    lines, total = con.execute("SELECT count(*), coalesce(sum(amount_ore), 0) FROM budget_line "
                               "WHERE budget_set_id = ?", (set_id,)).fetchone()
    assert (lines, total) == (expected.lines, expected.total_ore)
    assert (all_lines, audit) == (base_lines + expected.lines, 1)
    return True


def test_a_killed_budget_import_is_there_wholly_or_not_at_all(
        template: Path, workbook: ImportFile, tmp_path: Path) -> None:
    tally = Tally("budget import")
    with closing(sqlite3.connect(template)) as con:
        base_lines = con.execute("SELECT count(*) FROM budget_line").fetchone()[0]

    def prepare(folder: Path) -> list[str]:
        return ["import", str(_fresh_copy(template, folder)), str(workbook.path), SET_NAME]

    def check(folder: Path, run: WorkerRun) -> str:
        path = _crashed_copy(folder)
        with sound_file(path) as con:
            there = _import_state(con, base_lines, workbook)
        if there:
            assert run.last("COMMIT") == 1, run.markers  # never there before its commit began
        else:
            assert run.last("COMMITTED") == 0, run.markers  # always there once the commit returned
        with _reopened_in_program(folder / "next_start" / path.name) as con:
            assert _import_state(con, base_lines, workbook) == there
        return "whole import" if there else "no import"

    calibration = measure(prepare, check, tmp_path, expect="whole import")
    tally.action_s = calibration.time_of("COMMITTED 1")

    points = kill_points(random.Random(SEED), crash_points(20), calibration)
    kill_series(points, prepare, check, tmp_path, tally)
    print(tally.summary())
    assert tally.outcomes["no import"] > 0 and tally.phases["finished"] < tally.points


# --- agreement edits ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementBase:
    """The draft agreement as the demo has it, before the burst of saves."""

    id: uuid.UUID
    version: int
    field: str
    goals: list[tuple[str, str, str, int]]  # category, text, number, sort_order in order
    categories: list[str]
    agreement_updates: int
    goal_inserts: int


def _agreement_base(path: Path) -> AgreementBase:
    with closing(sqlite3.connect(path)) as con:
        row = con.execute(
            "SELECT a.id, a.version, json_extract(a.\"values\", ?), json_extract(t.definition, '$.goal_categories') "
            "FROM agreement a JOIN agreement_template t ON t.id = a.template_id WHERE a.status = ? "
            "ORDER BY a.title LIMIT 1", (f"$.{worker.FIELD}", worker.AGREEMENT_STATUS)).fetchone()
        agreement_id = uuid.UUID(hex=row[0])
        goals = con.execute("SELECT category, text, number, sort_order FROM goal WHERE agreement_id = ? "
                            "ORDER BY sort_order", (row[0],)).fetchall()
        updates, inserts = _audit_counts(con, agreement_id)
    return AgreementBase(agreement_id, row[1], row[2], goals, [c["key"] for c in json.loads(row[3])],
                         updates, inserts)


def _audit_counts(con: sqlite3.Connection, agreement_id: uuid.UUID) -> tuple[int, int]:
    updates = con.execute("SELECT count(*) FROM audit_entry WHERE table_name = 'agreement' AND action = 'update' "
                          "AND row_id = ?", (str(agreement_id),)).fetchone()[0]
    inserts = con.execute("SELECT count(*) FROM audit_entry WHERE table_name = 'goal' AND action = 'insert'"
                          ).fetchone()[0]
    return updates, inserts


def _saves_present(con: sqlite3.Connection, base: AgreementBase) -> int:
    """How many saves the file holds, each of them whole: the field, the goal with every
    column, the renumbered goals around it, the version and the audit entries."""
    aid = base.id.hex
    goals = con.execute("SELECT category, text, number, sort_order, indicator, evaluation, deadline, id "
                        "FROM goal WHERE agreement_id = ? ORDER BY sort_order", (aid,)).fetchall()
    new = [g for g in goals if g[1].startswith("Krasjtest mål ")]
    saved = len(new)
    # Saves 1..k, none missing in between, each goal with all its columns.
    for k in range(1, saved + 1):
        texts = worker.goal_texts(k)
        assert any(g[1:2] + g[4:7] == (texts["text"], texts["indicator"], texts["evaluation"],
                                       worker.goal_deadline(k).isoformat()) for g in new), (k, new)
    # The order and numbers the service gives after `saved` goals added at the end of CATEGORY.
    expected: list[tuple[str, str]] = []
    for category in base.categories:
        expected += [(c, t) for c, t, _n, _s in base.goals if c == category]
        if category == worker.CATEGORY:
            expected += [(category, worker.goal_texts(k)["text"]) for k in range(1, saved + 1)]
    if saved:
        numbers = [str(sum(1 for c, _t in expected[: i + 1] if c == cat)) for i, (cat, _t) in enumerate(expected)]
        assert [g[:4] for g in goals] == [(c, t, n, i) for i, ((c, t), n) in enumerate(zip(expected, numbers,
                                                                                           strict=True))]
    else:
        assert [g[:4] for g in goals] == base.goals
    version, value = con.execute("SELECT version, json_extract(\"values\", ?) FROM agreement WHERE id = ?",
                                 (f"$.{worker.FIELD}", aid)).fetchone()
    assert value == (worker.field_text(saved) if saved else base.field)
    assert version == base.version + saved
    assert _audit_counts(con, base.id) == (base.agreement_updates + saved, base.goal_inserts + saved)
    audited = {r[0] for r in con.execute("SELECT row_id FROM audit_entry WHERE table_name = 'goal' "
                                         "AND action = 'insert'")}
    assert {str(uuid.UUID(hex=g[7])) for g in new} <= audited
    return saved


SAVES = 60  # a burst of saves, each its own transaction


def test_killed_agreement_saves_keep_every_committed_save_and_all_or_nothing_of_the_last(
        template: Path, tmp_path: Path) -> None:
    tally = Tally("agreement saves")
    base = _agreement_base(template)

    def prepare(folder: Path) -> list[str]:
        return ["agreement", str(_fresh_copy(template, folder)), str(SAVES)]

    def check(folder: Path, run: WorkerRun) -> str:
        path = _crashed_copy(folder)
        with sound_file(path) as con:
            saved = _saves_present(con, base)
        # Every save reported committed is there; the one in flight at most.
        assert run.last("COMMITTED") <= saved <= run.last("COMMIT"), (saved, run.markers[-3:])
        with _reopened_in_program(folder / "next_start" / path.name) as con:
            assert _saves_present(con, base) == saved
        if not run.killed:
            return "finished"
        if run.last("SAVE") == run.last("COMMITTED"):
            return "no save in flight"
        return "save in flight kept" if saved > run.last("COMMITTED") else "save in flight gone"

    calibration = measure(prepare, check, tmp_path, expect="finished")
    tally.action_s = calibration.time_of(f"COMMITTED {SAVES}")

    points = kill_points(random.Random(SEED), crash_points(20), calibration)
    kill_series(points, prepare, check, tmp_path, tally)
    print(tally.summary())
    assert tally.outcomes["save in flight gone"] > 0


# --- schema upgrade -------------------------------------------------------------------------------

OLD_REVISION = "0001"
MIGRATION_POINTS = 10


@pytest.fixture(scope="module")
def old_file(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo municipality in a file at the first revision, as an older program left it."""
    from alembic import command

    from db.engine import make_engine

    path = tmp_path_factory.mktemp("crash_old") / "gammel.sdb"
    shutil.copyfile(_demo_template, path)
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, migration_transaction(conn):
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, OLD_REVISION)
    engine.dispose()
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _row_counts(con: sqlite3.Connection) -> dict[str, int]:
    from db.base import Base

    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # The old file lacks the tables later revisions add; those it has must keep every row.
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in Base.metadata.tables if t in present}


def _schema_state(con: sqlite3.Connection, counts: dict[str, int]) -> str:
    """The revision the file is at, checked against its schema and its data, which is all there."""
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    now = _row_counts(con)
    assert {t: now[t] for t in counts} == counts
    index = [r[2] for r in con.execute("PRAGMA index_info('ix_budget_line_set_ansvar')")]
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    if revision == OLD_REVISION:
        assert index == ["budget_set_id", "ansvar"]
        assert not {"search_key", "ix_action_item_open", "ix_action_item_carried_from"} & tables
    else:
        assert revision == head_revision()
        assert index == ["budget_set_id", "ansvar", "period", "amount_ore"]
        assert {"search_key", "followup_fts", "ix_action_item_open"} <= tables
        indexed = con.execute("SELECT count(*) FROM search_key").fetchone()[0]
        assert indexed == counts["meeting"] + counts["action_item"] + counts["meeting_goal_status"]
    return revision


def test_a_killed_schema_upgrade_leaves_the_old_file_or_the_new_one(old_file: Path, tmp_path: Path) -> None:
    tally = Tally("schema upgrade")
    with closing(sqlite3.connect(old_file)) as con:
        counts = _row_counts(con)
    assert counts["meeting"] and counts["budget_line"]

    def prepare(folder: Path) -> list[str]:
        return ["migrate", str(_fresh_copy(old_file, folder))]

    def check(folder: Path, run: WorkerRun) -> str:
        path = _crashed_copy(folder)
        with sound_file(path) as con:
            revision = _schema_state(con, counts)
        # A backup the upgrade finished is a sound copy of the old file.
        for backup in folder.glob("*.før-oppgradering-*.sdb"):
            with sound_file(backup) as con:
                assert _schema_state(con, counts) == OLD_REVISION
        with _reopened_in_program(folder / "next_start" / path.name) as con:
            assert _schema_state(con, counts) == head_revision()
        return f"at {revision}"

    calibration = measure(prepare, check, tmp_path, expect=f"at {head_revision()}")
    assert calibration.line("COMMITTED").split()[-1] == head_revision()
    tally.action_s = calibration.time_of("COMMITTED 1")

    points = kill_points(random.Random(SEED), crash_points(MIGRATION_POINTS), calibration, focus="UPGRADE")
    kill_series(points, prepare, check, tmp_path, tally)
    print(tally.summary())
    assert tally.outcomes[f"at {OLD_REVISION}"] > 0

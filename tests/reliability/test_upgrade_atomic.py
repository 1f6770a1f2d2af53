"""A schema upgrade is one transaction, and copying a table in it never cascades into other tables.

The crash test (test_crash.py) kills upgrades at random moments; these tests pin down the two
causes it found, deterministically: DDL that Python's sqlite3 module committed statement by
statement, and batch mode's copy-drop-rename of a table with foreign keys on.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.exc import OperationalError

import db.search_index
from db.engine import make_engine
from db.migrate import MigrationError, current_revision, head_revision, migration_transaction, upgrade


def _file_at_first_revision(path: Path) -> None:
    from alembic import command

    from db.migrate import alembic_config

    engine = make_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, migration_transaction(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO budget_set (id, name, kind, year, period_from, period_to, source_file_name, source_hash,"
            " imported_by, description, created_at, updated_at, version)"
            " VALUES ('00000000000000000000000000000001', 'Regnskap 2025', 'regnskap', 2025, 1, 12, '', '', '', '',"
            " '2025-01-01', '2025-01-01', 1)")
    engine.dispose()


def _index_columns(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return [r[2] for r in con.execute("PRAGMA index_info('ix_budget_line_set_ansvar')")]


def test_an_upgrade_that_fails_halfway_leaves_the_file_as_it_was(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gammel.sdb"
    _file_at_first_revision(path)
    # 0002 rebuilds an index (DDL only), 0003 then fails while filling the search index.
    monkeypatch.setattr(db.search_index, "fill_statements", lambda: ["SELECT no_such_function()"])
    engine = make_engine(path)
    with pytest.raises(OperationalError, match="no_such_function"):
        upgrade(engine)
    assert current_revision(engine) == "0001"
    assert _index_columns(path) == ["budget_set_id", "ansvar"]  # 0002's change rolled back too
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on for the program
        assert conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'search_key'").all() == []
    monkeypatch.undo()
    assert upgrade(engine).to_revision == head_revision()
    assert _index_columns(path) == ["budget_set_id", "ansvar", "period", "amount_ore"]
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM budget_set").scalars().all() == ["Regnskap 2025"]
    engine.dispose()


def _copy_table(conn: object, table: str) -> None:
    """What a migration changing a column of ``table`` does on SQLite in batch mode."""
    op = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
    with op.batch_alter_table(table, recreate="always"):
        pass


COUNTS = ("SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM position), (SELECT count(*) FROM unit_ansvar),"
          " (SELECT count(*) FROM agreement WHERE unit_id IS NOT NULL), (SELECT count(*) FROM meeting WHERE unit_id"
          " IS NOT NULL)")


def test_copying_a_parent_table_in_an_upgrade_keeps_every_row_that_points_at_it(demo_path: Path) -> None:
    engine = make_engine(demo_path)
    with engine.connect() as conn:
        before = conn.exec_driver_sql(COUNTS).one()
    assert all(before)
    with engine.connect() as conn, migration_transaction(conn):
        _copy_table(conn, "unit")
    with engine.connect() as conn:
        assert conn.exec_driver_sql(COUNTS).one() == before
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # Why foreign keys are off meanwhile: with them on, dropping the old table cascades.
    with engine.begin() as conn:
        _copy_table(conn, "unit")
        after = conn.exec_driver_sql(COUNTS).one()
    assert after[1] == 0 and after[0] < before[0]
    engine.dispose()


def test_an_upgrade_leaving_rows_pointing_nowhere_is_rolled_back(demo_path: Path) -> None:
    engine = make_engine(demo_path)
    with engine.connect() as conn:
        before = conn.exec_driver_sql(COUNTS).one()
    with pytest.raises(MigrationError, match="peke på rader som ikke finnes"), \
            engine.connect() as conn, migration_transaction(conn):
        conn.exec_driver_sql("DELETE FROM unit WHERE parent_id IS NULL")  # no cascade: keys are off
    with engine.connect() as conn:
        assert conn.exec_driver_sql(COUNTS).one() == before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    engine.dispose()

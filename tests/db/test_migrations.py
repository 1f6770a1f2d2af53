"""Migrations and models agree, and opening an old file upgrades it after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.storage.database import open_database
from db.base import Base
from db.engine import make_engine
from db.migrate import current_revision, head_revision, upgrade
from db.search_index import is_index_table


def test_migrations_produce_exactly_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.sdb")
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, type_, _p: not (type_ == "table" and is_index_table(name)),
        }), Base.metadata)
    engine.dispose()
    assert diff == []


def test_new_file_is_created_at_head_without_backup(tmp_path: Path) -> None:
    db = open_database(tmp_path / "ny.sdb")
    assert db.created
    assert current_revision(db.engine) == head_revision()
    assert db.migration.backup is None
    db.close()


def test_old_file_with_data_is_backed_up_before_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "gammel.sdb"
    # A file from "before the program existed": a table with data and no schema revision.
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notater (tekst TEXT)")
    con.execute("INSERT INTO notater VALUES ('viktig')")
    con.commit()
    con.close()
    db = open_database(path)
    backup = db.migration.backup
    assert backup is not None and backup.exists()
    assert sqlite3.connect(backup).execute("SELECT tekst FROM notater").fetchall() == [("viktig",)]
    assert "unit" in inspect(db.engine).get_table_names()
    db.close()


def test_sqlite_pragmas_are_on(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "p.sdb")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_head_from_file_names_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_file_at_the_first_revision_keeps_its_data_through_every_upgrade(tmp_path: Path) -> None:
    from alembic import command

    from db.migrate import alembic_config

    path = tmp_path / "gammel.sdb"
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO budget_set (id, name, kind, year, period_from, period_to, source_file_name, source_hash,"
            " imported_by, description, created_at, updated_at, version)"
            " VALUES ('00000000000000000000000000000001', 'Regnskap 2025', 'regnskap', 2025, 1, 12, '', '', '', '',"
            " '2025-01-01', '2025-01-01', 1)")
        conn.exec_driver_sql(
            "INSERT INTO budget_line (id, budget_set_id, ansvar, art, funksjon, prosjekt, period, amount_ore, text,"
            " created_at, updated_at, version) VALUES ('00000000000000000000000000000002',"
            " '00000000000000000000000000000001', '2100', '01000', '202', '', 1, 123456, '', '2025-01-01',"
            " '2025-01-01', 1)")
    result = upgrade(engine)
    assert result.from_revision == "0001" and result.to_revision == head_revision()
    assert result.backup is not None and result.backup.exists()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT ansvar, art, amount_ore FROM budget_line").all() == [
            ("2100", "01000", 123456)]
        columns = [r[2] for r in conn.exec_driver_sql("PRAGMA index_info('ix_budget_line_set_ansvar')")]
    assert columns == ["budget_set_id", "ansvar", "period", "amount_ore"]
    engine.dispose()

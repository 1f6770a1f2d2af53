"""What only PostgreSQL's text search has: the generated columns and GIN indexes of migration 0005,
the query built from the user's words, and Alembic leaving the hand-made objects alone.
The behaviour shared with SQLite is tested in test_search.py on both passes."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event, text

from app.followup import meetings as m
from app.followup.listing import year_grid
from app.followup.search import search_notes
from app.storage.database import Database, open_database
from db import search_pg
from db.base import Base
from db.migrate import alembic_config, migration_transaction
from db.search_index import include_name
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.postgres_only


def _november(db: Database) -> object:
    lineage = next(r for r in db.run(year_grid, 2026, DEMO_TODAY) if r.unit == "Solsikken barnehage").unit_lineage_id
    return db.run(m.open_meeting, lineage, 2026, 11, DEMO_TODAY)


def _indexes(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'followup_fts%'")))


def test_the_search_is_answered_from_the_gin_indexes(demo_db: Database) -> None:
    """The statement ``search_notes`` sends, explained as it was sent: each table is read through
    its index (sequential scans off, as the planner does by itself once the tables are large)."""
    meeting = _november(demo_db)
    demo_db.run(m.set_section, meeting, "needs", "Kurs i tegnspråk.")
    sent: list[tuple[str, object]] = []

    def remember(_conn: object, _cursor: object, statement: str, parameters: object, *_args: object) -> None:
        if "ts_headline" in statement:
            sent.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", remember)
    try:
        assert [h.meeting_id for h in demo_db.run(search_notes, "tegnspr")] == [meeting]
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", remember)
    assert len(sent) == 1
    statement, parameters = sent[0]
    with demo_db.session() as session:
        cursor = session.connection().connection.driver_connection.cursor()
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = "\n".join(row[0] for row in cursor.execute(f"EXPLAIN {statement}", parameters))
    for index in search_pg.INDEXES.values():
        assert f"Bitmap Index Scan on {index}" in plan, plan


def test_words_are_stored_whole_and_lower_cased(demo_db: Database) -> None:
    """The 'simple' configuration: no stemming (an English one makes «tilbakemeld» of the first
    word), no stop words (English drops «i» and «to»), no folding of æ, ø and å."""
    item = demo_db.run(m.add_action_item, _november(demo_db), "Tilbakemeldinger fra FORELDRENE i to år")
    with demo_db.session() as session:
        stored = session.scalar(text("SELECT followup_fts::text FROM action_item WHERE id = :i"), {"i": item})
    assert stored == "'foreldrene':3 'fra':2 'i':4 'tilbakemeldinger':1 'to':5 'år':6"


def test_a_word_is_a_quoted_lexeme_whatever_it_holds() -> None:
    """``tsquery_text`` is the only way from the user's words to ``to_tsquery``: characters that are
    operators there (& | ! : < - > ( ) * and quotes) and backslashes stay inside their word."""
    awkward = ["o'brien", "a&b", "c|d", "!e", "f:g", "(h)", "i\\j", "k<->l", "m*", "'", "\\"]
    query = search_pg.tsquery_text(awkward)
    engine = create_engine(_admin_url())
    try:
        with engine.connect() as conn:
            parsed = conn.execute(text("SELECT to_tsquery('simple', :q)::text"), {"q": query}).scalar_one()
            negated = conn.execute(text("SELECT to_tsquery('simple', :q)::text"),
                                   {"q": search_pg.tsquery_text(["!e"])}).scalar_one()
    finally:
        engine.dispose()
    assert "|" not in parsed and "!" not in parsed  # no «or», no «not»: every word must be there
    assert parsed.count(" & ") >= len(awkward) - 3  # the words joined by «and» (the last two hold no lexeme)
    assert "'brien':*" in parsed and "'i':* <-> 'j':*" in parsed
    assert negated == "'e':*"


def test_alembic_sees_no_drift_but_would_without_the_rule(demo_db: Database) -> None:
    """The columns and indexes are made by the migration, not the models: ``include_name`` (used by
    db/migrations/env.py) hides exactly them, and nothing else differs."""
    with demo_db.engine.connect() as conn:
        filtered = compare_metadata(MigrationContext.configure(conn, opts={
            "compare_type": True, "include_name": include_name}), Base.metadata)
        everything = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert filtered == []
    kinds = sorted((d[0], d[2] if d[0] == "remove_column" else d[1].name) for d in everything)
    assert kinds == sorted([*(("remove_column", t) for t in search_pg.TABLES),
                            *(("remove_index", i) for i in search_pg.INDEXES.values())])


def test_an_upgrade_from_0004_adds_and_fills_the_columns(demo_path: str) -> None:
    # Back to revision 0004 by the migrations' own downgrades: the tables of 0007-0009 go too (a
    # database only stamped 0004 still had them, and the upgrade's CREATE TABLE failed).
    engine = create_engine(demo_path)
    cfg = alembic_config()
    try:
        with engine.connect() as conn, migration_transaction(conn):
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0004")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == "0004"
    finally:
        engine.dispose()
    db = open_database(demo_path)
    try:
        assert db.migration.from_revision == "0004"
        assert _indexes(db) == set(search_pg.INDEXES.values())
        assert {h.field for h in db.run(search_notes, "arbeidsmiljø")} >= {"agenda"}  # rows from before 0005
        meeting = _november(db)
        db.run(m.set_section, meeting, "other", "Ny gapahuk bestilt.")  # and rows written after it
        assert [(h.meeting_id, h.field) for h in db.run(search_notes, "gapahuk")] == [(meeting, "other")]
    finally:
        db.close()


def _admin_url() -> str:
    from tests import postgres

    return postgres.ADMIN_URL

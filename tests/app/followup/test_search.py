"""Full-text search over notes, action items and goal comments, kept up to date by the index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.followup import meetings as m
from app.followup.listing import year_grid
from app.followup.search import MARK_END, MARK_START, fts_query, like_search, search_notes
from app.storage.database import Database, open_database
from tests.conftest import DEMO_TODAY


def _november(db: Database) -> object:
    lineage = next(r for r in db.run(year_grid, 2026, DEMO_TODAY) if r.unit == "Solsikken barnehage").unit_lineage_id
    return db.run(m.open_meeting, lineage, 2026, 11, DEMO_TODAY)


def test_new_text_is_found_at_once_and_old_text_is_gone(demo_db: Database) -> None:
    meeting = _november(demo_db)
    assert demo_db.run(search_notes, "kvistkutter") == []
    demo_db.run(m.set_section, meeting, "decisions", "Vi kjøper en kvistkutter til uteområdet.")
    hits = demo_db.run(search_notes, "kvistkutter")
    found = [(h.meeting_id, h.field, h.unit, h.month) for h in hits]
    assert found == [(meeting, "decisions", "Solsikken barnehage", 11)]
    assert f"{MARK_START}kvistkutter{MARK_END}" in hits[0].snippet
    demo_db.run(m.set_section, meeting, "decisions", "Vi venter med innkjøpet.")
    assert demo_db.run(search_notes, "kvistkutter") == []


def test_action_items_and_goal_comments_are_found(demo_db: Database) -> None:
    meeting = _november(demo_db)
    item = demo_db.run(m.add_action_item, meeting, "Bestille sandkasselokk før jul")
    goal = demo_db.run(m.meeting_note, meeting).goals[0]
    demo_db.run(m.set_goal_status, meeting, goal.goal_id, "at_risk", "Sandkassen må fornyes")
    hits = demo_db.run(search_notes, "sandkasse")  # the start of a word is enough
    assert {(h.field, h.source_id) for h in hits} >= {("item", item)}
    assert "goal" in {h.field for h in hits}
    demo_db.run(m.remove_action_item, item)
    assert "item" not in {h.field for h in demo_db.run(search_notes, "sandkasselokk")}


def test_every_word_must_be_there_and_norwegian_letters_are_kept(demo_db: Database) -> None:
    hits = demo_db.run(search_notes, "sykefravær arbeidsmiljø")
    assert hits
    for hit in hits:
        text = hit.snippet.lower()
        assert "sykefravær" in text or "arbeidsmiljø" in text
    assert demo_db.run(search_notes, "sykefravær qqqzzz") == []
    assert fts_query('«budsj" OR x') == '"budsj"* AND "or"* AND "x"*'  # the user's text is never FTS syntax


def test_fts_and_like_agree_on_which_meetings_hold_a_rare_word(demo_db: Database) -> None:
    meeting = _november(demo_db)
    demo_db.run(m.set_section, meeting, "needs", "Kurs i tegnspråk for to ansatte.")
    fts = {h.meeting_id for h in demo_db.run(search_notes, "tegnspråk")}
    like = {h.meeting_id for h in demo_db.run(like_search, "tegnspråk")}
    assert fts == like == {meeting}


def test_words_may_be_in_different_sections_and_the_first_is_the_field(demo_db: Database) -> None:
    meeting = _november(demo_db)
    demo_db.run(m.set_section, meeting, "agenda", "Gjennomgang av kvistkutteren.")
    demo_db.run(m.set_section, meeting, "decisions", "Uteområdet ryddes før snøen kommer.")
    hits = demo_db.run(search_notes, "kvistkutter uteområde")
    assert [(h.meeting_id, h.field) for h in hits] == [(meeting, "agenda")]  # agenda comes first in a note
    assert hits[0].snippet == f"Gjennomgang av {MARK_START}kvistkutteren{MARK_END}."


def test_norwegian_letters_are_letters_of_their_own_and_case_does_not_matter(demo_db: Database) -> None:
    meeting = _november(demo_db)
    item = demo_db.run(m.add_action_item, meeting, "ÅRSHJULET for søknader om tilskudd til løypemaskin")
    assert [h.source_id for h in demo_db.run(search_notes, "årshjul løypemask")] == [item]
    assert demo_db.run(search_notes, "arshjul") == []  # å is not a
    assert demo_db.run(search_notes, "loypemaskin") == []  # nor ø an o
    hit = demo_db.run(search_notes, "ÅRSHJUL")[0]
    assert hit.snippet.startswith(f"{MARK_START}ÅRSHJULET{MARK_END} for")


def test_the_best_hit_comes_first(demo_db: Database) -> None:
    meeting = _november(demo_db)
    filler = " ".join(["Vi gikk gjennom økonomien og planene for våren i stor detalj."] * 15)
    demo_db.run(m.set_section, meeting, "other", f"{filler} Nevnte også skiltmaling.")
    short = demo_db.run(m.add_action_item, meeting, "Skiltmaling: kjøpe skiltmaling til skiltmaling av porten")
    hits = demo_db.run(search_notes, "skiltmaling")
    assert [(h.field, h.source_id) for h in hits] == [("item", short), ("other", meeting)]
    long_snippet = hits[1].snippet
    assert long_snippet.startswith("…") and long_snippet.endswith(f"{MARK_START}skiltmaling{MARK_END}.")


def test_a_query_of_operators_and_quotes_is_just_words(demo_db: Database) -> None:
    meeting = _november(demo_db)
    demo_db.run(m.set_section, meeting, "needs", "Notert: avtale med O'Brien & Kvalheim om kvistkutter.")
    for query in ("O'Brien & kvistkutter", 'o"brien | !kvistkutter', "(brien) : kvist* --", "kvistkutter NOT brien",
                  "brien:* <-> kvalheim"):
        assert {h.meeting_id for h in demo_db.run(search_notes, query)} == {meeting}, query
    assert demo_db.run(search_notes, "kvistkutter OR qqqzzz") == []  # not «either»: every word


@pytest.mark.sqlite_only  # the PostgreSQL counterpart is in test_search_pg.py
def test_index_is_filled_when_an_old_file_is_upgraded(demo_path: Path, tmp_path: Path) -> None:
    # Take the file back to revision 0002 (the index and every later table go), then open it again.
    from alembic import command

    from db.engine import make_engine
    from db.migrate import alembic_config, migration_transaction

    engine = make_engine(demo_path)
    cfg = alembic_config()
    with engine.connect() as conn, migration_transaction(conn):
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    engine.dispose()
    assert "followup_fts" not in {r[0] for r in sqlite3.connect(demo_path).execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    db = open_database(demo_path)
    try:
        assert db.migration.from_revision == "0002" and db.migration.backup is not None
        assert db.run(search_notes, "arbeidsmiljø")
    finally:
        db.close()

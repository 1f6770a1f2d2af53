"""Follow-up search on a shared server: each role finds only the notes of units it sees, and the
search still uses its indexes under row-level security (db/search_pg.SEARCH_FUNCTION)."""

from __future__ import annotations

import time
import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, select, text

from app.followup.search import search_notes
from app.server import admin as server
from db.models import Meeting
from tests.server.conftest import ServerDb, demo_people

pytestmark = pytest.mark.postgres_only

WORD = "sykefravær"  # in notes of most units of the demo


def _lineages(server_db: ServerDb, meeting_ids: set[uuid.UUID]) -> set[uuid.UUID]:
    admin = server_db.admin()
    try:
        with admin.session() as s:
            return set(s.scalars(select(Meeting.unit_lineage_id).where(Meeting.id.in_(meeting_ids))))
    finally:
        admin.close()


def _search_as(server_db: ServerDb, login: str) -> set[uuid.UUID]:
    db = server_db.open_as(login)
    try:
        return {hit.meeting_id for hit in db.run(search_notes, WORD, limit=5000)}
    finally:
        db.close()


def _index_scans(server_db: ServerDb) -> int:
    engine = create_engine(server_db.url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_stat_clear_snapshot()"))
            return int(conn.execute(text(
                "SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE indexrelname LIKE 'followup_fts_%'"
            )).scalar())
    finally:
        engine.dispose()


def test_each_role_finds_only_the_notes_of_its_units(server_db: ServerDb) -> None:
    admin = server_db.admin()
    who = demo_people(admin, date.today())
    admin.close()
    rad, lead, leader = server_db.login("rad"), server_db.login("ks"), server_db.login("leder")
    server.grant_user(server_db.url, rad, "radmann")
    server.grant_user(server_db.url, lead, "kommunalsjef", person=who.lead.username)
    server.grant_user(server_db.url, leader, "enhetsleder", person=who.leader.username)

    everything = _search_as(server_db, rad)
    of_lead = _search_as(server_db, lead)
    of_leader = _search_as(server_db, leader)
    all_units = _lineages(server_db, everything)
    assert len(all_units) > 10  # the word is in notes all over the municipality
    assert of_lead and _lineages(server_db, of_lead) <= who.lead_units
    assert _lineages(server_db, of_leader) == {who.leader_unit.lineage_id}
    assert of_lead < everything and of_leader < everything
    # What the kommunalsjef finds is all of theirs that the rådmann finds, not a sample.
    theirs = {m for m in everything if _lineages(server_db, {m}) <= who.lead_units}
    assert of_lead == theirs


def test_a_unit_leaders_search_uses_the_text_indexes(server_db: ServerDb) -> None:
    admin = server_db.admin()
    who = demo_people(admin, date.today())
    admin.close()
    leader = server_db.login("leder")
    server.grant_user(server_db.url, leader, "enhetsleder", person=who.leader.username)
    before = _index_scans(server_db)
    _search_as(server_db, leader)  # the session ends here, and with it the backend reports its counts
    # The ending backend flushes its counts table by table, so a reader can see some of them
    # before the rest: wait for all three (one scan of each table's index), not for the first.
    deadline = time.monotonic() + 15
    while (scans := _index_scans(server_db)) < before + 3:
        assert time.monotonic() < deadline, (
            f"the search under row-level security used the GIN indexes {scans - before} times, not 3"
        )

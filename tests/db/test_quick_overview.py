"""The first overview read with plain sqlite3 gives the same figures as app/overview.py."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from app.org.queries import current_version, unit_rows
from app.overview import overview
from db.quick_overview import read_overview
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.sqlite_only


def _same(db, day: date) -> None:  # type: ignore[no-untyped-def]
    expected = dataclasses.asdict(db.run(overview, day))
    quick = read_overview(db.path, day)
    assert quick is not None
    assert dataclasses.asdict(quick) == expected


@pytest.mark.parametrize("day", [DEMO_TODAY, date(2026, 1, 1), date(2025, 6, 30), date(2027, 12, 31),
                                 DEMO_TODAY - timedelta(days=60)])
def test_the_demo_gives_the_same_figures_on_any_day(demo_db, day: date) -> None:  # type: ignore[no-untyped-def]
    _same(demo_db, day)


def test_the_same_figures_after_a_leader_leaves_and_an_item_is_carried(demo_db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.followup import meetings
    from app.org.people import end_position
    from db.models import Position, PositionRole

    version = demo_db.run(current_version)
    rows = demo_db.run(unit_rows, version.id, DEMO_TODAY)
    # The leader of a result unit leaves yesterday: a vacancy (the top team keeps the rådmann).
    unit = next(r for r in rows if r.kind == "result_unit" and not r.vacant)
    position_id = demo_db.run(lambda s: s.scalar(select(Position.id).where(
        Position.unit_id == unit.id, Position.role == PositionRole.LEADER, Position.end_date.is_(None))))
    demo_db.run(end_position, position_id, DEMO_TODAY - timedelta(days=1))
    # A new month's meeting carries the open items: the older copies stop counting as open.
    demo_db.run(meetings.open_meeting, unit.lineage_id, 2026, 12, DEMO_TODAY)
    after = demo_db.run(overview, DEMO_TODAY)
    assert after.vacancies >= 1
    _same(demo_db, DEMO_TODAY)
    _same(demo_db, date(2026, 12, 15))


def test_a_file_it_cannot_read_gives_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    encrypted = tmp_path / "kryptert.sdb"
    encrypted.write_bytes(b"\x8f" * 4096)  # what an encrypted file's header looks like: no «SQLite format 3»
    assert read_overview(encrypted, DEMO_TODAY) is None
    assert read_overview(tmp_path / "finnes-ikke.sdb", DEMO_TODAY) is None
    import sqlite3

    other = tmp_path / "annen.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    assert read_overview(other, DEMO_TODAY) is None  # a SQLite file, but not ours

"""The dashboard's lines: what needs attention today, each pointing at the thing it names."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import AppError
from app.followup import meetings as m
from app.followup.attention import attention, load_threshold, save_threshold
from app.followup.listing import year_grid
from app.storage.database import Database
from tests.conftest import DEMO_TODAY


def test_overdue_and_soon_due_items_and_their_meetings(demo_db: Database) -> None:
    a = demo_db.run(attention, DEMO_TODAY)
    overdue, due = a.of("action_overdue"), a.of("action_due")
    assert overdue and due
    assert all(line.day < DEMO_TODAY for line in overdue)
    assert all(DEMO_TODAY <= line.day <= DEMO_TODAY + timedelta(days=7) for line in due)
    note = demo_db.run(m.meeting_note, overdue[0].meeting_id)
    assert any(i.id == overdue[0].source_id and i.live and i.done_on is None for i in note.items)


def test_marking_done_removes_the_line(demo_db: Database) -> None:
    line = demo_db.run(attention, DEMO_TODAY).of("action_overdue")[0]
    demo_db.run(m.set_action_done, line.source_id, DEMO_TODAY)
    assert line.source_id not in {x.source_id for x in demo_db.run(attention, DEMO_TODAY).lines}


def test_units_without_a_held_meeting_last_month(demo_db: Database) -> None:
    lines = demo_db.run(attention, DEMO_TODAY).of("no_meeting")
    grid = {r.unit: r for r in demo_db.run(year_grid, 2026, DEMO_TODAY)}
    expected = {u for u, r in grid.items() if r.months[9] != "held" and r.leader}
    assert {line.unit for line in lines} == expected and expected
    assert all((line.year, line.month) == (2026, 10) for line in lines)


def test_agreement_lines(demo_db: Database) -> None:
    a = demo_db.run(attention, DEMO_TODAY)
    unsigned = {line.unit for line in a.of("agreement_unsigned")}
    assert unsigned == {"Hjemmetjenesten nord", "Kommunalteknikk"}  # in discussion and in draft
    ending = a.of("agreement_ending")
    assert ending and all(line.day == date(2026, 12, 31) for line in ending)


def test_deviation_threshold_is_saved_and_applied(demo_db: Database) -> None:
    assert demo_db.run(load_threshold) == 5.0
    at_five = demo_db.run(attention, DEMO_TODAY).of("deviation")
    assert at_five and all(abs(line.pct) > 5.0 for line in at_five)
    demo_db.run(save_threshold, 8.0)
    at_eight = demo_db.run(attention, DEMO_TODAY).of("deviation")
    assert {x.unit for x in at_eight} < {x.unit for x in at_five}
    with pytest.raises(AppError):
        demo_db.run(save_threshold, 120.0)

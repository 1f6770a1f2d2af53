"""The meeting note: created on demand, items carried until done, goal statuses carried, lock and reopen."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import AppError
from app.followup import meetings as m
from app.followup.listing import MISSING, grid_choices, year_grid
from app.storage.database import Database
from db.models import ActionItem, AuditEntry, Meeting, MeetingStatus
from tests.conftest import DEMO_TODAY


def lineage_of(db: Database, unit: str) -> uuid.UUID:
    row = next(r for r in db.run(year_grid, 2026, DEMO_TODAY) if r.unit == unit)
    return row.unit_lineage_id


@pytest.fixture
def school(demo_db: Database) -> uuid.UUID:
    """Solsikken barnehage: a signed result agreement with five goals, a year of meetings, and
    November's note held but not yet approved."""
    return lineage_of(demo_db, "Solsikken barnehage")


def test_current_month_note_has_goals_figures_and_open_items(demo_db: Database, school: uuid.UUID) -> None:
    meeting_id = demo_db.run(m.open_meeting, school, 2026, 11, DEMO_TODAY)
    note = demo_db.run(m.meeting_note, meeting_id)
    assert note.unit == "Solsikken barnehage" and note.status == "held" and not note.locked
    assert note.leader is not None and note.leader.name == "Solveig Eide"
    assert note.superior is not None and note.superior.name == "Åse Andreassen"
    assert len(note.goals) == 5
    assert all(g.previous_status is not None for g in note.goals)  # October's statuses
    assert note.figures is not None and note.figures.budget_ytd != 0
    assert note.agreements == ["Resultatavtale 2026 – Solsikken barnehage"]


def test_an_approved_note_is_locked(demo_db: Database) -> None:
    locked = demo_db.run(m.open_meeting, lineage_of(demo_db, "Lindvik ungdomsskole"), 2026, 11, DEMO_TODAY)
    note = demo_db.run(m.meeting_note, locked)
    assert note.locked and note.approved_by_leader_on and note.approved_by_superior_on
    with pytest.raises(AppError, match="låst"):
        demo_db.run(m.add_action_item, locked, "Noe nytt")


def test_opening_twice_gives_the_same_meeting(demo_db: Database, school: uuid.UUID) -> None:
    first = demo_db.run(m.open_meeting, school, 2026, 12, DEMO_TODAY)
    second = demo_db.run(m.open_meeting, school, 2026, 12, DEMO_TODAY)
    assert first == second
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.unit_lineage_id == school, Meeting.year == 2026, Meeting.month == 12)) == 1


def test_item_and_goal_status_follow_into_next_month_until_done(demo_db: Database, school: uuid.UUID) -> None:
    nov = demo_db.run(m.open_meeting, school, 2026, 11, DEMO_TODAY)
    goal = demo_db.run(m.meeting_note, nov).goals[0]
    demo_db.run(m.set_goal_status, nov, goal.goal_id, "at_risk", "Lærermangel i matematikk")
    item = demo_db.run(m.add_action_item, nov, "Lage plan for vikardekning", due_date=date(2026, 11, 27))
    demo_db.run(m.set_details, nov, status="held")
    assert demo_db.run(m.approve, nov, "leader", DEMO_TODAY) is False
    assert demo_db.run(m.approve, nov, "superior", DEMO_TODAY) is True
    with pytest.raises(AppError, match="låst"):
        demo_db.run(m.set_section, nov, "decisions", "endret i ettertid")

    dec = demo_db.run(m.open_meeting, school, 2026, 12, DEMO_TODAY)
    note = demo_db.run(m.meeting_note, dec)
    carried = [i for i in note.items if i.text == "Lage plan for vikardekning"]
    assert len(carried) == 1 and carried[0].carried and carried[0].first_raised == (2026, 11) and carried[0].live
    same_goal = next(g for g in note.goals if g.goal_id == goal.goal_id)
    assert same_goal.status == "at_risk" and same_goal.previous_status == "at_risk"
    assert same_goal.previous_comment == "Lærermangel i matematikk"

    # Only the newest copy closes the item; November's copy keeps what was agreed then.
    with pytest.raises(AppError, match="nyeste"):
        demo_db.run(m.set_action_done, item, date(2026, 11, 26))
    demo_db.run(m.set_action_done, carried[0].id, date(2026, 11, 26))
    with demo_db.session() as s:
        assert s.get(ActionItem, item).done_on is None
        assert s.get(ActionItem, carried[0].id).done_on == date(2026, 11, 26)
    # Opening December again carries nothing new: the item is done.
    demo_db.run(m.open_meeting, school, 2026, 12, DEMO_TODAY)
    texts = [i.text for i in demo_db.run(m.meeting_note, dec).items]
    assert texts.count("Lage plan for vikardekning") == 1


def test_reopen_needs_a_reason_and_is_logged(demo_db: Database, school: uuid.UUID) -> None:
    nov = demo_db.run(m.open_meeting, school, 2026, 11, DEMO_TODAY)
    demo_db.run(m.set_details, nov, status="held")
    demo_db.run(m.approve, nov, "leader", DEMO_TODAY)
    demo_db.run(m.approve, nov, "superior", DEMO_TODAY)
    with pytest.raises(AppError, match="hvorfor"):
        demo_db.run(m.reopen, nov, "  ", DEMO_TODAY)
    demo_db.run(m.reopen, nov, "Feil dato for tiltaket", DEMO_TODAY)
    note = demo_db.run(m.meeting_note, nov)
    assert not note.locked and note.approved_by_leader_on is None and note.approved_by_superior_on is None
    assert note.reopened[-1]["reason"] == "Feil dato for tiltaket"
    demo_db.run(m.set_section, nov, "decisions", "Rettet")
    with demo_db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "meeting",
                                                    AuditEntry.row_id == str(nov))).all()
        assert any((e.changes or {}).get("locked") == [True, False] for e in entries)


def test_only_a_held_meeting_can_be_approved(demo_db: Database, school: uuid.UUID) -> None:
    dec = demo_db.run(m.open_meeting, school, 2026, 12, DEMO_TODAY)
    with pytest.raises(AppError, match="Holdt"):
        demo_db.run(m.approve, dec, "leader", DEMO_TODAY)


def test_section_edit_returns_old_text_for_undo(demo_db: Database, school: uuid.UUID) -> None:
    nov = demo_db.run(m.open_meeting, school, 2026, 11, DEMO_TODAY)
    before = demo_db.run(m.meeting_note, nov).sections["needs"]
    assert demo_db.run(m.set_section, nov, "needs", "Kurs i budsjettoppfølging") == before
    assert demo_db.run(m.meeting_note, nov).sections["needs"] == "Kurs i budsjettoppfølging"
    with pytest.raises(AppError):
        demo_db.run(m.set_section, nov, "nonsense", "x")


def test_date_must_lie_in_the_meetings_month(demo_db: Database, school: uuid.UUID) -> None:
    nov = demo_db.run(m.open_meeting, school, 2026, 11, DEMO_TODAY)
    with pytest.raises(AppError, match="november 2026"):
        demo_db.run(m.set_details, nov, meeting_date=date(2026, 12, 2))


def test_removed_item_comes_back_as_itself(demo_db: Database, school: uuid.UUID) -> None:
    nov = demo_db.run(m.open_meeting, school, 2026, 11, DEMO_TODAY)
    item = demo_db.run(m.add_action_item, nov, "Ringe Eiendom")
    snapshot = demo_db.run(m.remove_action_item, item)
    assert all(i.id != item for i in demo_db.run(m.meeting_note, nov).items)
    assert demo_db.run(m.restore_action_item, snapshot) == item


def test_grid_marks_missing_months_and_filters(demo_db: Database) -> None:
    rows = demo_db.run(year_grid, 2026, DEMO_TODAY)
    nav = next(r for r in rows if r.unit == "NAV Lindvik")
    assert nav.months[9] == MISSING and nav.meeting_ids[9] is None
    assert nav.months[11] == ""  # December is still ahead
    choices = demo_db.run(grid_choices, 2026, DEMO_TODAY)
    assert "Erik Berg" in choices.leads
    only = demo_db.run(year_grid, 2026, DEMO_TODAY, lead="Erik Berg")
    assert only and all(r.follow_up_lead == "Erik Berg" for r in only) and len(only) < len(rows)
    held = next(r for r in rows if r.months[9] == MeetingStatus.HELD.value)
    with demo_db.session() as s:
        meeting = s.get(Meeting, held.meeting_ids[9])
        assert (meeting.year, meeting.month, meeting.unit_lineage_id) == (2026, 10, held.unit_lineage_id)

"""The monthly summary and the tertial report as data, checked against the demo's own rows.

October 2026 is a complete month in the demo (built for 23 November 2026); November is the
current one. Each figure is recomputed here from the tables or from ``unit_figures``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.budget.views import unit_figures
from app.errors import AppError
from app.followup.listing import year_grid
from app.followup.meetings import add_action_item, meeting_note, open_meeting, set_action_done
from app.followup.summary import compared_budget, monthly_summary, tertial_report
from app.storage.database import Database
from db.models import Meeting, MeetingGoalStatus
from tests.conftest import DEMO_TODAY


def test_monthly_summary_has_a_row_per_grid_unit_with_the_months_meeting(demo_db: Database) -> None:
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 10, DEMO_TODAY)
        grid = year_grid(session, 2026, DEMO_TODAY)
        meetings = {m.id: m for m in session.scalars(select(Meeting).where(Meeting.year == 2026, Meeting.month == 10))}
    assert [r.unit for r in summary.rows] == [g.unit for g in grid]
    assert summary.title == "Månedsoppsummering oktober 2026" and summary.municipality == "Lindvik kommune"
    statuses = Counter(r.status for r in summary.rows)
    assert statuses["held"] >= 25 and sum(statuses.values()) == len(grid)
    for row, g in zip(summary.rows, grid, strict=True):
        assert row.status == g.months[9] and row.meeting_id == g.meeting_ids[9]
        if row.meeting_id is None:
            assert row.meeting_date is None and row.decisions == "" and row.goals.total == 0
            continue
        meeting = meetings[row.meeting_id]
        assert row.meeting_date == meeting.meeting_date
        assert row.decisions == (meeting.sections.get("decisions") or "").strip()
    assert summary.totals.held == statuses["held"] and summary.totals.units == len(grid)
    assert any(r.decisions for r in summary.rows)


def test_goal_counts_come_from_the_months_goal_status_rows(demo_db: Database) -> None:
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 10, DEMO_TODAY)
        expected = {}
        for row in summary.rows:
            if row.meeting_id is not None:
                expected[row.unit] = Counter(s.value for s in session.scalars(
                    select(MeetingGoalStatus.status).where(MeetingGoalStatus.meeting_id == row.meeting_id)))
    with_goals = [r for r in summary.rows if r.goals.total]
    assert len(with_goals) >= 3  # the demo's units with result agreements
    for row in summary.rows:
        counts = expected.get(row.unit, Counter())
        assert (row.goals.on_track, row.goals.at_risk, row.goals.off_track) == (
            counts["on_track"], counts["at_risk"], counts["off_track"])
    assert summary.totals.goals.total == sum(sum(c.values()) for c in expected.values())


def test_figures_are_the_units_own_and_add_up_to_the_total(demo_db: Database) -> None:
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 10, DEMO_TODAY)
        figures = {r.unit: unit_figures(session, r.unit_lineage_id, 2026, 10) for r in summary.rows}
    for row in summary.rows:
        f = figures[row.unit]
        assert f is not None and row.figures == f
        assert row.money.deviation == f.deviation_ytd and row.money.pct == f.deviation_ytd_pct
        assert row.money.actual == f.actual_ytd and row.money.budget == f.budget_ytd  # accounts reach October
    total = summary.totals.money
    assert total.deviation == sum(f.deviation_ytd for f in figures.values())
    assert total.budget == sum(f.budget_ytd for f in figures.values())
    assert total.pct == round(total.deviation * 100 / total.budget, 1)
    assert any(r.money.deviation > 0 for r in summary.rows) and any(r.money.deviation < 0 for r in summary.rows)


def test_current_month_compares_with_the_budget_the_accounts_cover(demo_db: Database) -> None:
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 11, DEMO_TODAY)
    row = summary.rows[0]
    assert row.figures is not None and row.figures.actual_through == 10
    assert row.money.budget == compared_budget(row.figures) < row.figures.budget_ytd
    assert row.money.actual - row.money.budget == row.money.deviation


def test_overdue_items_are_counted_as_of_the_months_end(demo_db: Database) -> None:
    """A December item due on the 10th is overdue at the month's end unless done by then; it is not
    counted in November, before it was written; carried copies count once."""
    late = date(2027, 1, 15)
    with demo_db.session() as session:
        unit = next(g for g in year_grid(session, 2026, DEMO_TODAY) if g.months[10] == "held")
        december = open_meeting(session, unit.unit_lineage_id, 2026, 12, DEMO_TODAY)
        carried = [i for i in meeting_note(session, december, with_figures=False).items
                   if i.done_on is None and i.due_date is not None and i.due_date < date(2026, 12, 31)]

    def overdue(month: int, today: date = late) -> int:
        with demo_db.session() as session:
            return next(r.overdue for r in monthly_summary(session, 2026, month, today).rows
                        if r.unit_lineage_id == unit.unit_lineage_id)

    november = overdue(11)
    assert overdue(12) == len(carried)
    with demo_db.session() as session:
        item = add_action_item(session, december, "Rydde i arkivet før nyttår.", due_date=date(2026, 12, 10))
    assert overdue(12) == len(carried) + 1
    assert overdue(11) == november
    assert overdue(12, today=date(2026, 12, 10)) == sum(i.due_date < date(2026, 12, 10) for i in carried)
    with demo_db.session() as session:
        set_action_done(session, item, date(2027, 1, 5))  # done, but after the month's end
    assert overdue(12) == len(carried) + 1
    with demo_db.session() as session:
        set_action_done(session, item, date(2026, 12, 20))
    assert overdue(12) == len(carried)


def test_bad_month_is_refused(demo_db: Database) -> None:
    with demo_db.session() as session, pytest.raises(AppError, match="Måned 13"):
        monthly_summary(session, 2026, 13, DEMO_TODAY)


# --- the tertial report ------------------------------------------------------------------------


def test_tertial_counts_meetings_held_in_its_months(demo_db: Database) -> None:
    with demo_db.session() as session:
        report = tertial_report(session, 2026, 2, DEMO_TODAY)
        grid = {g.unit_lineage_id: g for g in year_grid(session, 2026, DEMO_TODAY)}
    assert (report.first_month, report.last_month) == (5, 8) and report.title == "Tertialrapport 2. tertial 2026"
    assert report.period == "mai–august 2026"
    for row in report.rows:
        months = grid[row.unit_lineage_id].months[4:8]
        assert row.months == months
        assert row.held_months == [5 + i for i, s in enumerate(months) if s == "held"]
    assert report.total.meetings_held == sum(r.meetings_held for r in report.rows)
    assert report.total.units == len(grid)


def test_tertial_goal_status_is_the_latest_held_meetings(demo_db: Database) -> None:
    with demo_db.session() as session:
        report = tertial_report(session, 2026, 2, DEMO_TODAY)
        row = next(r for r in report.rows if r.goals)
        last_held = max(row.held_months)
        meeting = session.scalar(select(Meeting.id).where(
            Meeting.unit_lineage_id == row.unit_lineage_id, Meeting.year == 2026, Meeting.month == last_held,
            Meeting.status == "held"))
        note = meeting_note(session, meeting, with_figures=False)
    statuses = {(g.number, g.text): g.status for g in note.goals if g.status}
    assert {(g.number, g.text): g.status for g in row.goals} == statuses
    assert all(g.month <= 8 for g in row.goals)
    assert row.goal_counts.total == len(statuses)
    assert report.total.goal_counts.total == sum(r.goal_counts.total for r in report.rows)


def test_tertial_budget_is_to_its_last_month_and_adds_up(demo_db: Database) -> None:
    with demo_db.session() as session:
        report = tertial_report(session, 2026, 2, DEMO_TODAY)
        figures = [unit_figures(session, r.unit_lineage_id, 2026, 8) for r in report.rows]
    for row, f in zip(report.rows, figures, strict=True):
        assert f is not None
        assert (row.money.budget, row.money.actual, row.money.deviation) == (f.budget_ytd, f.actual_ytd,
                                                                            f.deviation_ytd)
    assert report.total.money.budget == sum(f.budget_ytd for f in figures)
    assert report.total.money.actual == sum(f.actual_ytd for f in figures)
    assert report.total.money.deviation == sum(f.deviation_ytd for f in figures)


def test_tertial_open_items_are_open_at_its_end(demo_db: Database) -> None:
    with demo_db.session() as session:
        report = tertial_report(session, 2026, 1, DEMO_TODAY)
        later = tertial_report(session, 2026, 1, DEMO_TODAY + timedelta(days=400))
    assert all(r.open_items >= r.overdue_items for r in report.rows)
    assert report.total.open_items == sum(r.open_items for r in report.rows) > 0
    # Judged at the tertial's end (30 April), not at the day the report is made.
    assert [r.open_items for r in later.rows] == [r.open_items for r in report.rows]


@pytest.mark.parametrize("tertial", [0, 4])
def test_bad_tertial_is_refused(demo_db: Database, tertial: int) -> None:
    with demo_db.session() as session, pytest.raises(AppError, match=f"Tertial {tertial} finnes ikke"):
        tertial_report(session, 2026, tertial, DEMO_TODAY)

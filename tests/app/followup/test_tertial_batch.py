"""The tertial report reads every unit's budget figures at once (issue 19's 300-unit PDF): the
figures are the same as each unit's own, read one by one (as the meeting note reads them)."""

from __future__ import annotations

from app.budget.views import unit_figures, units_figures
from app.followup.listing import year_grid
from app.followup.summary import Money, tertial_report
from app.storage.database import Database
from tests.conftest import DEMO_TODAY


def test_units_figures_at_once_are_each_units_own(demo_db: Database) -> None:
    with demo_db.session() as session:
        lineages = [g.unit_lineage_id for g in year_grid(session, DEMO_TODAY.year, DEMO_TODAY)]
        for month in (4, 8, 11):
            together = units_figures(session, lineages, DEMO_TODAY.year, month)
            one_by_one = {lineage: unit_figures(session, lineage, DEMO_TODAY.year, month) for lineage in lineages}
            assert together == one_by_one
        assert sum(f is not None and f.budget_year != 0 for f in together.values()) >= 5  # the demo has budgets


def test_tertial_report_rows_carry_each_units_own_figures(demo_db: Database) -> None:
    with demo_db.session() as session:
        report = tertial_report(session, DEMO_TODAY.year, 2, DEMO_TODAY)
        assert report.rows
        for row in report.rows:
            assert row.money == Money.of(unit_figures(session, row.unit_lineage_id, DEMO_TODAY.year, 8)), row.unit
        assert any(row.money.actual is not None for row in report.rows)

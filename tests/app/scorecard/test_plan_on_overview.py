"""The rådmann's plan A-E evaluated fewer than twice after midsummer is a line on Oversikt (issue 19),
and the line is gone once the second evaluation is recorded."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.scorecard.plan import record_evaluation
from app.scorecard.rollup import attention_lines
from app.storage.database import Database
from db.models import YearlyPlan
from tests.conftest import DEMO_TODAY


def test_too_few_plan_evaluations_after_midsummer_is_an_overview_line(demo_db: Database) -> None:
    autumn = date(DEMO_TODAY.year, 9, 1)
    with demo_db.session() as session:
        plan = session.scalars(select(YearlyPlan).where(YearlyPlan.year == DEMO_TODAY.year)).one()
        plan.evaluations = plan.evaluations[:1]
        session.flush()
        lines = [a for a in attention_lines(session, autumn) if a.kind == "plan_evaluation"]
        assert len(lines) == 1
        assert lines[0].agreement_id == plan.agreement_id
        assert f"Rådmannens plan for {DEMO_TODAY.year} er evaluert 1 gang" in lines[0].text
        assert "minst 2 evalueringssamtaler" in lines[0].text
        # before midsummer there is time: no line
        assert not [a for a in attention_lines(session, date(DEMO_TODAY.year, 5, 1)) if a.kind == "plan_evaluation"]
        record_evaluation(session, plan.id, date(DEMO_TODAY.year, 8, 20), "Andre samtale")
        assert not [a for a in attention_lines(session, autumn) if a.kind == "plan_evaluation"]

"""The rådmann's yearly plan: renewed in January without signing the leader agreement again,
two recorded evaluations, and the cascade of unit goals serving its goals."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import AppError
from app.scorecard.plan import evaluation_warning, plan_cascade, record_evaluation, renew_plan, set_table
from app.storage.database import Database
from db.models import Agreement, YearlyPlan
from tests.conftest import DEMO_TODAY


def test_renewing_the_plan_keeps_the_agreement_signed_and_copies_the_rows(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = session.scalars(select(YearlyPlan)).one()
        agreement = session.get_one(Agreement, plan.agreement_id)
        signed, status, version = agreement.signed_by_superior_on, agreement.status, agreement.version
        rows_a = [r["text"] for r in plan.tables["A"]]
        agreement_id = agreement.id
    with demo_db.session() as session:
        new = renew_plan(session, agreement_id, DEMO_TODAY.year + 1)
        assert [r["text"] for r in new.tables["A"]] == rows_a and all(r["status"] == "" for r in new.tables["A"])
        next_year = DEMO_TODAY.year + 1
        assert (new.period_start, new.period_end) == (date(next_year, 1, 1), date(next_year, 12, 31))
        with pytest.raises(AppError, match="finnes allerede"):
            renew_plan(session, agreement_id, DEMO_TODAY.year + 1)
    with demo_db.session() as session:
        agreement = session.get_one(Agreement, agreement_id)
        assert (agreement.signed_by_superior_on, agreement.status, agreement.version) == (signed, status, version)


def test_a_plan_belongs_to_a_leader_agreement(demo_db: Database) -> None:
    with demo_db.session() as session:
        result = session.scalars(select(Agreement).where(Agreement.kind == "result")).first()
        assert result is not None
        with pytest.raises(AppError, match="lederavtale"):
            renew_plan(session, result.id, DEMO_TODAY.year)


def test_evaluations_and_the_cascade(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = session.scalars(select(YearlyPlan)).one()
        plan.evaluations = plan.evaluations[:1]
        assert "minst 2" in evaluation_warning(plan, date(DEMO_TODAY.year, 9, 1))
        record_evaluation(session, plan.id, date(DEMO_TODAY.year, 10, 2), "Andre samtale: sykefraværet følges opp.")
        assert evaluation_warning(plan, date(DEMO_TODAY.year, 10, 3)) == ""
        with pytest.raises(AppError, match="utenfor planens periode"):
            record_evaluation(session, plan.id, date(DEMO_TODAY.year + 1, 2, 1), "For sent")
        rows = plan_cascade(session, plan.id)
        assert {r.table for r in rows} == {"A", "B", "C", "D", "E"}
        # Table B serves the medarbeidere goal, which the units' sickness-absence goals serve too.
        b = next(r for r in rows if r.table == "B")
        assert b.municipal_goal == "Kommunen har kompetente og friske medarbeidere som blir."
        assert any(text == "Redusere sykefraværet i enheten." for _unit, text in b.unit_goals)
        set_table(session, plan.id, "E", [{"text": "  "}, {"text": "Formannskapet drøfter målekartet hvert tertial."}])
        assert [r["text"] for r in plan.tables["E"]] == ["Formannskapet drøfter målekartet hvert tertial."]

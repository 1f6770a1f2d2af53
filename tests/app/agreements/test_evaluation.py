"""Assessments and the finished evaluation (app.agreements.evaluation)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.agreements import evaluation
from app.agreements.goals import add_goal
from app.agreements.rules import AgreementError
from app.storage.database import Database
from db.models import Agreement, AgreementStatus, Assessment
from tests.app.agreements.helpers import Y, new_draft, sign_it


def test_assessments_are_for_signed_agreements_on_the_templates_scale(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        goal_id = add_goal(s, agreement_id, category="faglige_krav", text="Mål").id
        with pytest.raises(AgreementError, match="ikke signert ennå"):
            evaluation.set_assessment(s, goal_id, assessor="self", scale=2)
    sign_it(demo_db, agreement_id)
    with demo_db.session() as s:
        with pytest.raises(AgreementError, match=r"finnes ikke på skalaen.*1 \(liten grad\)"):
            evaluation.set_assessment(s, goal_id, assessor="superior", scale=4)
        old = evaluation.set_assessment(s, goal_id, assessor="self", scale=2, comment="Delvis", on=date(Y, 11, 10))
        assert old == {"assessor": "self", "scale": None, "comment": "", "on": None}
        again = evaluation.set_assessment(s, goal_id, assessor="self", scale=3, comment="Nådd", on=date(Y, 11, 11))
        assert again == {"assessor": "self", "scale": 2, "comment": "Delvis", "on": date(Y, 11, 10)}
    with demo_db.session() as s:
        row = s.scalar(select(Assessment).where(Assessment.goal_id == goal_id))
        assert (row.assessor.value, row.scale, row.comment, row.assessed_on) == ("self", 3, "Nådd", date(Y, 11, 11))
        evaluation.set_assessment(s, goal_id, **old)  # undo the first: no assessment at all
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Assessment).where(Assessment.goal_id == goal_id)) == 0


def test_finishing_the_evaluation_needs_the_superiors_assessment_of_every_goal(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        first = add_goal(s, agreement_id, category="faglige_krav", text="Første").id
        add_goal(s, agreement_id, category="personlige_utviklingsmal", text="Andre")
    sign_it(demo_db, agreement_id)
    with demo_db.session() as s:
        evaluation.set_assessment(s, first, assessor="superior", scale=3)
        with pytest.raises(AgreementError, match="oppsummering"):
            evaluation.finish_evaluation(s, agreement_id, summary="  ")
        with pytest.raises(AgreementError) as err:
            evaluation.finish_evaluation(s, agreement_id, summary="Godt år.")
        message = str(err.value)
        assert "mål 1 under «Personlige utviklingsmål som leder»" in message
        assert "mål 1 under «Generelle krav felles for alle ledere»" in message
        assert "«Faglige krav»" not in message
        assert s.get_one(Agreement, agreement_id).status == AgreementStatus.SIGNED


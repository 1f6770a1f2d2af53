"""The evaluation round: the leader's self-assessment form exported as DOCX, filled in, read back;
a form of another agreement or an older revision is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from app.errors import AppError
from app.scorecard.evaluation_form import export_self_assessment_form, read_self_assessment_form
from app.storage.database import Database
from db.models import Agreement, AgreementKind, AgreementStatus, Assessment, Assessor, Goal


def _fill(path: Path, answers: dict[int, tuple[str, str]]) -> None:
    document = Document(str(path))
    table = document.tables[0]
    for row_index, (scale, comment) in answers.items():
        table.rows[row_index].cells[3].text = scale
        table.rows[row_index].cells[4].text = comment
    document.save(str(path))


def test_the_leader_fills_in_the_form_and_it_is_read_back(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.kind == AgreementKind.RESULT,
                                                            Agreement.status == AgreementStatus.SIGNED)).first()
        assert agreement is not None
        agreement_id = agreement.id
        goals = list(session.scalars(select(Goal).where(Goal.agreement_id == agreement_id).order_by(Goal.sort_order)))
        form = export_self_assessment_form(session, agreement_id, tmp_path / "egenvurdering.docx")
    cells = [c.text for r in Document(str(form)).tables[0].rows for c in r.cells]
    assert goals[0].text in cells
    _fill(form, {1: ("Stor grad", "Nådd før fristen"), 2: ("tilfredsstillende", "")})
    with demo_db.session() as session:
        result = read_self_assessment_form(session, form, agreement_id)
        assert result.assessed == 2
        own = {a.goal_id: (a.scale, a.comment) for a in session.scalars(select(Assessment).where(
            Assessment.goal_id.in_([g.id for g in goals]), Assessment.assessor == Assessor.SELF))}
    assert own[goals[0].id] == (3, "Nådd før fristen") and own[goals[1].id] == (2, "")


def test_a_form_of_another_agreement_or_revision_or_with_a_bad_word_is_refused(demo_db: Database,
                                                                               tmp_path: Path) -> None:
    with demo_db.session() as session:
        first, second = session.scalars(select(Agreement).where(Agreement.kind == AgreementKind.RESULT)).all()[:2]
        first_id, second_id, title = first.id, second.id, first.title
        form = export_self_assessment_form(session, first_id, tmp_path / "skjema.docx")
    with demo_db.session() as session, pytest.raises(AppError, match=f"hører til en annen avtale: «{title}»"):
        read_self_assessment_form(session, form, second_id)
    _fill(form, {1: ("kjempebra", "")})
    with demo_db.session() as session, pytest.raises(AppError, match="rad 2, kolonne «Egenvurdering»: «kjempebra»"):
        read_self_assessment_form(session, form, first_id)
    with demo_db.session() as session:
        session.get_one(Agreement, first_id).revision += 1
    with demo_db.session() as session, pytest.raises(AppError, match="Lag et nytt skjema"):
        read_self_assessment_form(session, form, first_id)


def test_reading_a_form_needs_a_signed_agreement_and_undoes_to_what_was_there(demo_db: Database,
                                                                              tmp_path: Path) -> None:
    from app.scorecard.evaluation_form import put_self_assessments

    with demo_db.session() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.kind == AgreementKind.RESULT,
                                                            Agreement.status == AgreementStatus.SIGNED)).first()
        assert agreement is not None
        agreement_id, title = agreement.id, agreement.title
        goals = list(session.scalars(select(Goal).where(Goal.agreement_id == agreement_id).order_by(Goal.sort_order)))
        form = export_self_assessment_form(session, agreement_id, tmp_path / "skjema.docx")

    def own() -> dict:
        with demo_db.session() as session:
            return {a.goal_id: (a.scale, a.comment, a.assessed_on) for a in session.scalars(select(Assessment).where(
                Assessment.goal_id.in_([g.id for g in goals]), Assessment.assessor == Assessor.SELF))}

    before = own()
    _fill(form, {1: ("liten grad", "Sein start"), 2: ("stor grad", "")})
    with demo_db.session() as session:
        result = read_self_assessment_form(session, form, agreement_id)
    assert own()[goals[0].id][:2] == (1, "Sein start") and result.assessed == 2
    with demo_db.session() as session:  # undo: what the goals had before, also none
        put_self_assessments(session, agreement_id, result.before)
    assert own() == before
    with demo_db.session() as session:  # redo
        put_self_assessments(session, agreement_id, result.after)
    assert own()[goals[1].id][:2] == (3, "")

    # An agreement whose evaluation is closed (or not signed yet) takes no form.
    with demo_db.session() as session:
        session.get_one(Agreement, agreement_id).status = AgreementStatus.EVALUATED
    with demo_db.session() as session, pytest.raises(AppError, match=f"Evalueringen av «{title}» er avsluttet"):
        read_self_assessment_form(session, form, agreement_id)
    with demo_db.session() as session:
        session.get_one(Agreement, agreement_id).status = AgreementStatus.DRAFT
    with demo_db.session() as session, pytest.raises(AppError, match="er ikke signert ennå"):
        read_self_assessment_form(session, form, agreement_id)

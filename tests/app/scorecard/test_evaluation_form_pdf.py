"""The self-assessment form as a PDF with form fields: one choice and one comment field per goal,
filled in (as a PDF reader would, with pypdf) and read back as the leader's assessments; a form of
another revision is refused, a wrong word named by goal and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from app.errors import AppError
from app.scorecard.evaluation_form import export_self_assessment_form, read_self_assessment_form
from app.storage.database import Database
from db.models import Agreement, AgreementKind, AgreementStatus, Assessment, Assessor, Goal


def _fill(form: Path, out: Path, values: dict[str, str]) -> Path:
    writer = PdfWriter(clone_from=str(form))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with out.open("wb") as f:
        writer.write(f)
    return out


def test_pdf_form_has_fields_per_goal_and_is_read_back(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.kind == AgreementKind.RESULT,
                                                            Agreement.status == AgreementStatus.SIGNED)).first()
        assert agreement is not None
        agreement_id, revision = agreement.id, agreement.revision
        goals = list(session.scalars(select(Goal).where(Goal.agreement_id == agreement_id).order_by(Goal.sort_order)))
        form = export_self_assessment_form(session, agreement_id, tmp_path / "egenvurdering.pdf")
    reader = PdfReader(str(form))
    fields = reader.get_fields() or {}
    assert {f"vurdering_{i}" for i in range(1, len(goals) + 1)} <= set(fields)
    assert {f"kommentar_{i}" for i in range(1, len(goals) + 1)} <= set(fields)
    assert fields["vurdering_1"].get("/Opt") is not None
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    assert goals[0].text.split()[0] in text and "Egenvurdering" in text
    filled = _fill(form, tmp_path / "utfylt.pdf", {"vurdering_1": "stor grad", "kommentar_1": "Nådd før fristen",
                                                   "vurdering_2": "tilfredsstillende"})
    with demo_db.session() as session:
        result = read_self_assessment_form(session, filled, agreement_id)
        assert result.assessed == 2
        own = {a.goal_id: (a.scale, a.comment) for a in session.scalars(select(Assessment).where(
            Assessment.goal_id.in_([g.id for g in goals]), Assessment.assessor == Assessor.SELF))}
        assert own[goals[0].id] == (3, "Nådd før fristen") and own[goals[1].id] == (2, "")
    wrong = _fill(form, tmp_path / "feil.pdf", {"vurdering_1": "middels"})
    with demo_db.session() as session, pytest.raises(AppError, match="mål 1, feltet «Egenvurdering»: «middels»"):
        read_self_assessment_form(session, wrong, agreement_id)
    with demo_db.session() as session:
        session.get_one(Agreement, agreement_id).revision = revision + 1
        session.flush()
        with pytest.raises(AppError, match=f"revisjon {revision} av"):
            read_self_assessment_form(session, filled, agreement_id)

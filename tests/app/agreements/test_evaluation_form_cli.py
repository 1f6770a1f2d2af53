"""``styringsdialog agreement form-export ID|LEADER -o OUT.docx|OUT.pdf`` writes the leader's
self-assessment form (the goals read back from the file), and ``agreement form-import FILE``
reads the filled-in form back into the agreement; wrong endings and unknown names are refused."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import select

from app.storage.database import open_database
from db.models import Agreement, AgreementStatus, Assessment, Assessor, Goal
from tests.app.agreements.test_cli_agreements import run
from tests.app.agreements.test_render_pdf import flat


def _signed(db_path: Path) -> tuple[uuid.UUID, str, int, list[str]]:
    """A signed agreement whose leader has no other agreement that year: id, leader, year, goals."""
    db = open_database(db_path)
    try:
        with db.session() as session:
            agreements = session.scalars(select(Agreement).where(Agreement.status != AgreementStatus.SUPERSEDED)).all()
            for a in agreements:
                same = [b for b in agreements if b.leader_id == a.leader_id
                        and b.period_start.year <= a.period_start.year <= b.period_end.year]
                goals = session.scalars(select(Goal.text).where(Goal.agreement_id == a.id)
                                        .order_by(Goal.sort_order)).all()
                if a.status == AgreementStatus.SIGNED and a.leader is not None and len(same) == 1 and goals:
                    return a.id, a.leader.full_name, a.period_start.year, list(goals)
    finally:
        db.close()
    raise AssertionError("the demo has no signed agreement")


def test_form_export_by_id_writes_a_word_form_with_the_goals(demo_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    agreement_id, leader, _year, goals = _signed(demo_path)
    out = tmp_path / "egenvurdering.docx"
    code, stdout, stderr = run(capsys, "agreement", "form-export", agreement_id.hex[:10], "--db", str(demo_path),
                               "-o", str(out))
    assert (code, stderr) == (0, "")
    assert stdout.startswith(f"Skrev {out}: egenvurderingsskjema for «") and f"({leader}), {len(goals)} mål." in stdout
    cells = [c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells]
    for goal in goals:
        assert goal in cells


def test_form_export_by_leader_as_pdf_then_read_back(demo_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    agreement_id, leader, year, goals = _signed(demo_path)
    pdf = tmp_path / "skjema.pdf"
    code, stdout, stderr = run(capsys, "agreement", "form-export", leader.upper(), "--period", str(year), "--db",
                               str(demo_path), "-o", str(pdf), "--json")
    assert (code, stderr) == (0, "")
    data = json.loads(stdout)
    assert data["agreement_id"] == str(agreement_id) and data["format"] == "pdf" and data["goals"] == len(goals)
    text = flat(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
    for goal in goals:
        assert flat(goal) in text
    assert {f"vurdering_{i}" for i in range(1, len(goals) + 1)} <= set(PdfReader(pdf).get_fields() or {})

    # The Word form, filled in by the leader and read back by the command line.
    form = tmp_path / "skjema.docx"
    assert run(capsys, "agreement", "form-export", str(agreement_id), "--db", str(demo_path), "-o", str(form))[0] == 0
    document = Document(str(form))
    document.tables[0].rows[1].cells[3].text = "stor grad"
    document.tables[0].rows[1].cells[4].text = "Nådd i juni"
    document.save(str(form))
    code, stdout, stderr = run(capsys, "agreement", "form-import", str(form), leader, "--period", str(year),
                               "--db", str(demo_path), "--json")
    assert (code, stderr) == (0, "") and json.loads(stdout)["assessed"] == 1
    db = open_database(demo_path)
    try:
        with db.session() as session:
            first = session.scalars(select(Goal).where(Goal.agreement_id == agreement_id)
                                    .order_by(Goal.sort_order)).first()
            assert first is not None
            own = session.scalars(select(Assessment).where(Assessment.goal_id == first.id,
                                                           Assessment.assessor == Assessor.SELF)).one()
            assert (own.scale, own.comment) == (3, "Nådd i juni")
    finally:
        db.close()


def test_form_export_refuses_a_wrong_ending_and_an_unknown_leader(demo_path: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    agreement_id, _leader, _year, _goals = _signed(demo_path)
    code, _out, err = run(capsys, "agreement", "form-export", str(agreement_id), "--db", str(demo_path),
                          "-o", str(tmp_path / "skjema.xlsx"))
    assert code == 1 and "må slutte på .docx" in err and not (tmp_path / "skjema.xlsx").exists()
    code, _out, err = run(capsys, "agreement", "form-export", "Ingen Slik Person", "--db", str(demo_path),
                          "-o", str(tmp_path / "skjema.docx"))
    assert code == 1 and "ingen leder som heter det" in err and len(err.strip().splitlines()) == 1

"""Year end: result per unit against the revised budget and the carry-over proposal by the rule,
read back from the workbook and the PDF written by ``budget yearend``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.scorecard.yearend import CarryOverRule, save_carry_over_rule, year_end
from app.storage.database import Database
from ui.main import main


def test_the_rule_carries_a_surplus_only_when_goals_are_met_capped_and_a_deficit_over_years(
        demo_db: Database) -> None:
    with demo_db.session() as session:
        rule = CarryOverRule(require_goals=True, cap_pct=4.0, buffer_pct=3.0, deficit_years=2)
        report = year_end(session, 2026, rule)
    assert report.rows
    for r in report.rows:
        if r.result is None:
            assert r.proposal == 0
        elif r.result < 0:
            assert r.proposal == round(r.result / 2 / 100) * 100 and "2 år" in r.reason
        elif r.goals_met is not True:
            assert r.proposal == 0 and "Målene" in r.reason
        else:
            assert 0 <= r.proposal <= min(r.result, round(0.03 * abs(r.budget) / 100) * 100)
    # Without the goal condition every surplus is carried, up to the buffer.
    with demo_db.session() as session:
        free = year_end(session, 2026, CarryOverRule(require_goals=False, cap_pct=100, buffer_pct=100))
    assert all(r.proposal == r.result for r in free.rows if r.result is not None and r.result >= 0)


def test_budget_yearend_writes_the_workbook_and_pdf(demo_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from app.storage.database import open_database

    db = open_database(demo_path)
    with db.session() as session:
        save_carry_over_rule(session, CarryOverRule(require_goals=False, cap_pct=5, buffer_pct=3, deficit_years=3))
    with db.session() as session:
        report = year_end(session, 2026)
    db.close()
    xlsx, pdf = tmp_path / "årsavslutning.xlsx", tmp_path / "årsavslutning.pdf"
    assert main(["budget", "yearend", "--db", str(demo_path), "--year", "2026", "-o", str(xlsx), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["units"] == len(report.rows) and data["proposal"] == f"{report.total_proposal / 100:.2f}"
    ws = load_workbook(xlsx).active
    rows = list(ws.iter_rows(min_row=2, max_row=len(report.rows) + 1, values_only=True))
    assert [r[0] for r in rows] == [r.unit for r in report.rows]
    assert [float(r[5]) for r in rows] == [r.proposal / 100 for r in report.rows]
    assert ws.cell(row=len(report.rows) + 2, column=6).value == f"=SUM(F2:F{len(report.rows) + 1})"
    assert main(["budget", "yearend", "--db", str(demo_path), "--year", "2026", "-o", str(pdf)]) == 0
    capsys.readouterr()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Årsavslutning 2026: resultat og overføring til 2027" in text
    assert "Merforbruk dekkes inn over 3 år" in text and report.rows[0].unit in text
    assert main(["budget", "yearend", "--db", str(demo_path), "--year", "2026", "-o", str(tmp_path / "x.docx")]) == 1
    assert ".pdf, .xlsx" in capsys.readouterr().err

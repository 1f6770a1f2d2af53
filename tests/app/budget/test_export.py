"""The budget workbook read back: cells, formulas, number formats, frozen header, autofilter,
and the SUM formulas recalculated by LibreOffice against the totals computed here."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.budget.export import export_workbook
from app.errors import AppError
from app.storage.database import Database
from db.models import BudgetKind, BudgetLine
from tests.app.budget.test_views import BUDGET_LINES, add_set, demo_sets, small_org

ACTUAL_LINES = [
    ("2100", "01000", "202", 1, 103_000_00),
    ("2100", "01000", "202", 2, 112_000_00),
    ("3099", "16000", "254", 1, -15_000_00),
]


@pytest.fixture
def sets(empty_db: Database) -> tuple[Database, uuid.UUID, uuid.UUID]:
    with empty_db.session() as session:
        small_org(session)
        budget = add_set(session, "Budsjett test", BUDGET_LINES, texts={"9999": "=HYPERLINK(\"http://x\")"})
        actual = add_set(session, "Regnskap test", ACTUAL_LINES, kind=BudgetKind.REGNSKAP, period_to=2)
    return empty_db, budget, actual


def recalculated(path: Path, tmp_path: Path) -> Path:
    """The workbook as LibreOffice saves it after loading: every formula recomputed and cached."""
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return out / path.name


def test_pivot_sheet_has_header_filter_formats_and_a_sum_formula(sets, tmp_path: Path) -> None:
    db, budget, _actual = sets
    with db.session() as session:
        out = export_workbook(session, tmp_path / "budsjett.xlsx", set_id=budget, by="funksjon")
    ws = load_workbook(out)["Per funksjon"]
    assert [c.value for c in ws[1]] == ["Funksjon", "Navn", "Linjer", "Beløp (kr)", "Merknad"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    data, total = rows[:-1], rows[-1]
    assert ws.auto_filter.ref == f"A1:E{len(data) + 1}"
    codes = [r[0] for r in data]
    assert codes == ["202", "253", "254", "332", "999", "24410"]
    assert {r[0]: r[1] for r in data}["24410"] == "Barneverntjeneste"
    assert {r[0]: Decimal(str(r[3])) for r in data}["253"] == Decimal("50000.55")
    assert total[1] == "Sum" and total[3] == f"=SUM(D2:D{len(data) + 1})"
    assert ws.cell(row=2, column=4).number_format == "#,##0.00"
    assert ws.cell(row=len(data) + 2, column=4).font.bold
    assert ws.column_dimensions["B"].width > len("Navn") + 3
    assert "2026" in {r[0]: r[4] for r in data}["254"]  # the flag says why


def test_per_unit_sheets_write_user_text_as_text(sets, tmp_path: Path) -> None:
    db, budget, _actual = sets
    with db.session() as session:
        out = export_workbook(session, tmp_path / "enheter.xlsx", set_id=budget, by="unit", per_unit=True)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Per enhet", "OM Omsorg", "SK Testvik skole", "TE Teknisk", "VE Vei",
                             "3100 uten enhet", "9999 uten enhet"]
    lines = wb["9999 uten enhet"]
    text_cell = lines.cell(row=2, column=8)
    assert text_cell.value == "=HYPERLINK(\"http://x\")" and text_cell.data_type == "s"
    assert lines.cell(row=2, column=3).value.startswith("Samlepost annet forbruksmateriell")
    skole = wb["SK Testvik skole"]
    assert [c.value for c in skole[2]][:7] == ["2100", "01000", "Fastlønn", "202", "Grunnskole", None, 1]
    assert skole.cell(row=4, column=7).value == "Hele året"


def test_budget_vs_actual_sheet_recomputes_in_libreoffice(sets, tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    db, budget, actual = sets
    with db.session() as session:
        out = export_workbook(session, tmp_path / "avvik.xlsx", set_id=budget, budget_set_id=budget,
                              actual_set_id=actual, year_to_month=2)
    ws = load_workbook(out)["Budsjett mot regnskap"]
    assert ws.freeze_panes == "A2"
    last = ws.max_row
    assert ws.cell(row=last, column=5).value == f"=SUM(E2:E{last - 1})"
    assert ws.cell(row=2, column=7).value == "=F2-E2"
    computed = load_workbook(recalculated(out, tmp_path), data_only=True)
    values = computed["Budsjett mot regnskap"]
    by_name = {row[1]: row for row in values.iter_rows(min_row=2, values_only=True)}
    skole = by_name["Testvik skole"]
    # Budget Jan-Feb: 200 000 + 2 months of the 12 000 whole-year line; actual 215 000.
    assert skole[4] == pytest.approx(202_000) and skole[5] == pytest.approx(215_000)
    assert skole[6] == pytest.approx(13_000)
    assert skole[7] == pytest.approx(13_000 / 202_000)
    total = by_name["Sum"]
    budget_ytd = sum(a for _, _, _, p, a in BUDGET_LINES if 1 <= p <= 2) + 2 * 1_000_00
    actual_ytd = sum(a for *_, a in ACTUAL_LINES)
    assert Decimal(str(total[4])) == Decimal(budget_ytd) / 100
    assert Decimal(str(total[5])) == Decimal(actual_ytd) / 100
    assert total[6] == pytest.approx((actual_ytd - budget_ytd) / 100)
    pivot = computed["Per enhet"]
    pivot_total = next(r for r in pivot.iter_rows(values_only=True) if r[1] == "Sum")
    assert Decimal(str(pivot_total[3])) == Decimal(sum(a for *_, a in BUDGET_LINES)) / 100


def test_demo_export_total_equals_the_database(demo_db: Database, tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    with demo_db.session() as session:
        _budget, actual = demo_sets(session)
        out = export_workbook(session, tmp_path / "demo.xlsx", set_id=actual, by="art")
        expected = session.scalar(select(func.sum(BudgetLine.amount_ore)).where(BudgetLine.budget_set_id == actual))
    ws = load_workbook(recalculated(out, tmp_path), data_only=True)["Per art"]
    total = next(r for r in ws.iter_rows(values_only=True) if r[1] == "Sum")
    assert round(Decimal(str(total[3])) * 100) == expected


def test_export_needs_something_to_export(sets, tmp_path: Path) -> None:
    db, budget, _actual = sets
    with db.session() as session:
        with pytest.raises(AppError, match="Velg hva som skal eksporteres"):
            export_workbook(session, tmp_path / "x.xlsx")
        with pytest.raises(AppError, match="både et budsjettsett og et regnskapssett"):
            export_workbook(session, tmp_path / "x.xlsx", budget_set_id=budget)
        with pytest.raises(AppError, match="per enhet") as per_unit:
            export_workbook(session, tmp_path / "x.xlsx", set_id=budget, by="art", per_unit=True)
        assert "--" not in str(per_unit.value)  # the window shows it: no command-line flag
        assert per_unit.value.hint is not None and per_unit.value.hint.kind == "choose_grouping"
        with pytest.raises(AppError, match="finnes ikke"):
            export_workbook(session, tmp_path / "mangler" / "x.xlsx", set_id=budget)
    assert not (tmp_path / "x.xlsx").exists()

"""The tertial report read back: the workbook's cells, formulas and sums (recomputed by
LibreOffice when it is installed), and the Word draft's headings, tables and figures."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.budget.views import unit_figures
from app.followup.listing import year_grid
from app.followup.summary import TertialReport, tertial_report
from app.followup.tertial import UNIT_HEADERS, write_tertial_docx, write_tertial_xlsx
from app.formatting import format_kroner
from app.storage.database import Database
from tests.conftest import DEMO_TODAY

MONEY = {"Budsjett hittil (kr)": "I", "Regnskap hittil (kr)": "J", "Avvik (kr)": "K", "Årsbudsjett (kr)": "M"}
COUNTS = {"Møter holdt": "D", "På sporet": "F", "Risiko": "G", "Ikke på sporet": "H", "Åpne punkter": "N",
          "Forfalte punkter": "O"}


def kroner(ore: int) -> Decimal:
    return Decimal(ore) / 100


@pytest.fixture
def report(demo_db: Database) -> TertialReport:
    with demo_db.session() as session:
        return tertial_report(session, 2026, 2, DEMO_TODAY)


def recalculated(path: Path, tmp_path: Path) -> Path:
    """The workbook as LibreOffice saves it after loading it: every formula recomputed and cached."""
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return out / path.name


def test_totalt_sheet_has_a_row_per_unit_and_sum_formulas_over_them(report: TertialReport, tmp_path: Path) -> None:
    out = write_tertial_xlsx(report, tmp_path / "tertial.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Totalt" and wb.sheetnames[-1] == "Mål"
    assert set(wb.sheetnames[1:-1]) == set(report.leads)
    ws = wb["Totalt"]
    assert tuple(c.value for c in ws[1]) == UNIT_HEADERS
    assert all(c.font.bold for c in ws[1]) and ws.freeze_panes == "A2"
    units = len(report.rows)
    first, last, total = 2, units + 1, units + 2
    assert ws.max_row == total and ws.auto_filter.ref == f"A1:O{last}"
    assert [ws.cell(row=r, column=1).value for r in range(first, last + 1)] == [r.unit for r in report.rows]
    assert ws.cell(row=total, column=1).value == "Sum"
    for column in (*MONEY.values(), *COUNTS.values()):
        assert ws[f"{column}{total}"].value == f"=SUM({column}{first}:{column}{last})"
        assert ws[f"{column}{total}"].font.bold
    assert ws[f"L{total}"].value == f'=IF(I{total}=0,"",K{total}/ABS(I{total}))'
    assert ws["I2"].number_format == "#,##0.00" and ws["L2"].number_format == "0.0%"
    assert ws["D2"].number_format == "#,##0"
    assert ws.column_dimensions["A"].width >= max(len(r.unit) for r in report.rows)


def test_unit_values_add_up_to_the_total_from_the_budget_data(demo_db: Database, report: TertialReport,
                                                                tmp_path: Path) -> None:
    ws = load_workbook(write_tertial_xlsx(report, tmp_path / "tertial.xlsx"))["Totalt"]
    last = len(report.rows) + 1
    with demo_db.session() as session:
        figures = [unit_figures(session, g.unit_lineage_id, 2026, 8) for g in year_grid(session, 2026, DEMO_TODAY)]
    column = {name: [ws[f"{letter}{r}"].value for r in range(2, last + 1)] for name, letter in MONEY.items()}
    assert sum(Decimal(str(v)) for v in column["Avvik (kr)"]) == kroner(sum(f.deviation_ytd for f in figures))
    assert sum(Decimal(str(v)) for v in column["Regnskap hittil (kr)"]) == kroner(sum(f.actual_ytd for f in figures))
    assert sum(Decimal(str(v)) for v in column["Budsjett hittil (kr)"]) == kroner(report.total.money.budget)
    meetings = [ws[f"D{r}"].value for r in range(2, last + 1)]
    assert sum(meetings) == report.total.meetings_held
    for r, row in enumerate(report.rows, start=2):
        assert ws[f"L{r}"].value == pytest.approx(row.money.pct / 100)


def test_lead_sheets_hold_their_units(report: TertialReport, tmp_path: Path) -> None:
    wb = load_workbook(write_tertial_xlsx(report, tmp_path / "tertial.xlsx"))
    for lead in report.leads:
        ws = wb[lead]
        units = [r.unit for r in report.rows if r.follow_up_lead == lead]
        assert [ws.cell(row=r, column=1).value for r in range(2, len(units) + 2)] == units
        assert ws[f"K{len(units) + 2}"].value == f"=SUM(K2:K{len(units) + 1})"


def test_goal_sheet_lists_the_latest_status_of_each_goal(report: TertialReport, tmp_path: Path) -> None:
    ws = load_workbook(write_tertial_xlsx(report, tmp_path / "tertial.xlsx"))["Mål"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    goals = [(r.unit, g) for r in report.rows for g in r.goals]
    assert len(rows) == len(goals) > 0
    words = {"on_track": "på sporet", "at_risk": "risiko", "off_track": "ikke på sporet"}
    for values, (unit, goal) in zip(rows, goals, strict=True):
        assert values[0] == unit and values[5] == goal.text and values[6] == words[goal.status]


def test_user_text_is_never_a_formula(report: TertialReport, tmp_path: Path) -> None:
    rows = [dataclasses.replace(report.rows[0], unit='=HYPERLINK("http://x","klikk")', leader="+47 123"),
            *report.rows[1:]]
    ws = load_workbook(write_tertial_xlsx(dataclasses.replace(report, rows=rows), tmp_path / "t.xlsx"))["Totalt"]
    assert ws["A2"].value == '=HYPERLINK("http://x","klikk")' and ws["A2"].data_type == "s"
    assert ws["C2"].value == "+47 123" and ws["C2"].data_type == "s"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recomputes_the_total_row(report: TertialReport, tmp_path: Path) -> None:
    out = write_tertial_xlsx(report, tmp_path / "tertial.xlsx")
    ws = load_workbook(recalculated(out, tmp_path), data_only=True)["Totalt"]
    total = len(report.rows) + 2
    money = report.total.money
    assert Decimal(str(ws[f"K{total}"].value)).quantize(Decimal("0.01")) == kroner(money.deviation)
    assert Decimal(str(ws[f"J{total}"].value)).quantize(Decimal("0.01")) == kroner(money.actual)
    assert ws[f"D{total}"].value == report.total.meetings_held
    assert ws[f"L{total}"].value == pytest.approx(money.deviation / money.budget, abs=1e-9)


# --- the Word draft ----------------------------------------------------------------------------


def test_docx_draft_has_intro_totals_and_a_section_per_unit(report: TertialReport, tmp_path: Path) -> None:
    out = write_tertial_docx(report, tmp_path / "tertial.docx")
    doc = Document(str(out))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Title", "Tertialrapport 2. tertial 2026") in paragraphs
    assert any("utkast" in text for _style, text in paragraphs[:4])
    units = [text for style, text in paragraphs if style == "Heading 2" and text != "Samlet vurdering"]
    assert units == [r.unit for r in report.rows]
    assessments = [i for i, (style, text) in enumerate(paragraphs) if style == "Heading 3" and text == "Vurdering"]
    assert len(assessments) == len(report.rows)
    assert all(paragraphs[i + 1][1] == "" for i in assessments)  # left empty for the staff
    totals = doc.tables[0]
    last = [c.text for c in totals.rows[-1].cells]
    assert last[0] == "Sum alle enheter" and last[1] == str(len(report.rows))
    assert last[6] == format_kroner(report.total.money.deviation)
    body = "\n".join(text for _style, text in paragraphs)
    for row in report.rows:
        assert format_kroner(abs(row.money.deviation)) in body
    assert doc.sections[0].header.paragraphs[0].text.startswith("Lindvik kommune")


def test_docx_goal_tables_show_each_goals_status(report: TertialReport, tmp_path: Path) -> None:
    doc = Document(str(write_tertial_docx(report, tmp_path / "tertial.docx")))
    goal_rows = [[c.text for c in row.cells] for table in doc.tables[1:] for row in table.rows[1:]]
    expected = [[g.number, g.text, {"on_track": "på sporet", "at_risk": "risiko", "off_track": "ikke på sporet"}[
        g.status], g.comment] for r in report.rows for g in r.goals]
    assert goal_rows == expected and expected

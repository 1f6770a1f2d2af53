"""Reports name the period their accounts figures cover: T1 is January–April, not the last month
in the accounts set; the monthly summary for March says January–March."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from app.followup.render import render_monthly_summary_pdf
from app.followup.summary import monthly_summary, tertial_report
from app.followup.tertial import write_tertial_docx
from app.storage.database import Database
from tests.conftest import DEMO_TODAY

# The demo's accounts go to October (the month before DEMO_TODAY).
PERIODS = {1: "januar–april", 2: "januar–august", 3: "januar–oktober"}


@pytest.mark.parametrize("tertial", [1, 2, 3])
def test_each_tertial_names_the_months_its_accounts_cover(demo_db: Database, tmp_path: Path, tertial: int) -> None:
    report = demo_db.run(tertial_report, 2026, tertial, DEMO_TODAY)
    out = write_tertial_docx(report, tmp_path / f"t{tertial}.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    period = PERIODS[tertial]
    assert f"tallene fra budsjettet og regnskapet for {period}." in text
    sentences = [line for line in text.splitlines() if line.startswith("Regnskapet ")]
    assert sentences and all(line.startswith(f"Regnskapet for {period} er ") for line in sentences)
    assert "til og med oktober" not in text or tertial == 3


@pytest.mark.parametrize(("month", "period"), [(1, "januar"), (3, "januar–mars"), (11, "januar–oktober")])
def test_the_monthly_summary_names_the_months_its_accounts_cover(demo_db: Database, month: int,
                                                                 period: str) -> None:
    summary = demo_db.run(monthly_summary, 2026, month, DEMO_TODAY)
    first = PdfReader(io.BytesIO(render_monthly_summary_pdf(summary))).pages[0].extract_text() or ""
    assert f"regnskap for {period}" in " ".join(first.split())

"""Issue 20: the alternatives side by side as the politicians read them. In the PDF every figure column is
right-aligned, so the digits of «2 614 000» and «31 256 000» end at the same place, and amounts have
spaces between the thousands; in the workbook counts and kroner are whole numbers with thousands
separated, ratios and FTEs have one decimal, and the figure headings stand right over their figures."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.agreements.render_pdf import CELL, register_fonts
from app.org import alternatives_report, reorganisation
from app.storage.database import Database
from tests.app.org.test_reorganisation import EFFECTIVE, build_project

AMOUNT = re.compile(r"^\d{1,3}(?:[\u00a0 ]\d{3})+$")  # «2 614 000»


def right_edges(pdf: Path) -> dict[int, list[tuple[str, float]]]:
    """Per page, each amount drawn in the table body and where its text ends (x in points)."""
    register_fonts()
    found: dict[int, list[tuple[str, float]]] = defaultdict(list)
    for number, page in enumerate(PdfReader(pdf).pages):
        def visit(text, cm, tm, font, size, number=number):  # type: ignore[no-untyped-def]
            text = text.strip()
            if AMOUNT.match(text) and abs(size * tm[0] - CELL.fontSize) < 0.01:
                x = tm[4] * cm[0] + cm[4]
                found[number].append((text, x + stringWidth(text, CELL.fontName, CELL.fontSize)))
        page.extract_text(visitor_text=visit)
    return found


def test_figures_in_the_pdf_are_right_aligned_and_grouped(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        project_id, _alt1, _alt2 = build_project(s)
        side = reorganisation.compare_alternatives(s, project_id, EFFECTIVE)
    pdf = alternatives_report.write_alternatives_pdf(side, tmp_path / "alternativer.pdf")
    edges = right_edges(pdf)
    budget_page = max(edges, key=lambda n: len(edges[n]))
    amounts = edges[budget_page]
    assert len(amounts) > 30
    columns = sorted({round(end) for _text, end in amounts})
    assert len(columns) == len(side.columns)  # one right edge per alternative, whatever the amount's length
    widths = {len(text) for text, _end in amounts}
    assert len(widths) > 1  # amounts of different lengths share those edges
    for _text, end in amounts:
        assert min(abs(end - c) for c in columns) < 0.6


def test_the_workbook_formats_counts_ratios_and_kroner(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        project_id, _alt1, _alt2 = build_project(s)
        side = reorganisation.compare_alternatives(s, project_id, EFFECTIVE)
    wb = load_workbook(alternatives_report.write_alternatives_xlsx(side, tmp_path / "alternativer.xlsx"))
    summary = wb["Sammenligning"]
    formats = {row[0].value: {c.number_format for c in row[1:]} for row in summary.iter_rows(min_row=2)}
    assert formats["Enheter"] == formats["Ansatte"] == {"#,##0"}
    assert formats["Ansatte per leder"] == formats["Årsverk"] == {"#,##0.0"}
    assert next(f for label, f in formats.items() if label.startswith("Budsjett i kr")) == {"#,##0"}
    for sheet in ("Sammenligning", "Budsjett per enhet", "Oppfølging"):
        ws = wb[sheet]
        assert all(c.alignment.horizontal == "right" for c in ws[1][1:]), sheet
        assert all(c.alignment.horizontal == "right" for row in ws.iter_rows(min_row=2, min_col=2) for c in row)
    assert all(c.number_format == "#,##0" for c in wb["Budsjett per enhet"][wb["Budsjett per enhet"].max_row][1:])

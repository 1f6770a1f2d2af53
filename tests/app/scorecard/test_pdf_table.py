"""The report's quick table draws the same pages as reportlab's own Table: the same words in the
same order, and (with poppler) the same picture, for cells that are plain text, coloured, right-
aligned, empty or Paragraphs, over several pages with the header repeated."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def _pdf(table_class: type) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle

    from app.agreements.render_pdf import CELL, CELL_HEAD, REGULAR, register_fonts

    register_fonts()
    rows: list[list[object]] = [[Paragraph(h, CELL_HEAD) for h in ("Enhet", "Verdi", "Farge", "Kommentar")]]
    for n in range(140):
        comment = ("En lang kommentar om hvorfor sykefraværet økte i sommer, med æ, ø og å, som må brytes over "
                   "flere linjer i cellen.") if n % 17 == 0 else ("kort" if n % 3 else "")
        rows.append([f"Enhet {n:03d} – Ørsta", f"{n},5 %", ("rød", "gul", "grønn")[n % 3],
                     Paragraph(comment, CELL) if len(comment) > 60 else comment])
    style = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 7.8), ("GRID", (0, 0), (-1, -1), 0.3, HexColor("#C3CBD4")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                        ("ALIGN", (2, 1), (2, -1), "CENTRE"),
                        ("TEXTCOLOR", (2, 1), (2, 40), HexColor("#C62828")),
                        ("TEXTCOLOR", (2, 41), (2, 80), HexColor("#2E7D32"))])
    table = table_class(rows, colWidths=[150, 60, 50, 200], repeatRows=1)
    table.setStyle(style)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([table])
    return buffer.getvalue()


def test_plain_text_table_draws_what_reportlabs_table_draws(tmp_path: Path) -> None:
    from reportlab.platypus import Table

    from app.scorecard.pdf_table import PlainTextTable

    ours, theirs = _pdf(PlainTextTable), _pdf(Table)
    ours_pages, their_pages = PdfReader(io.BytesIO(ours)).pages, PdfReader(io.BytesIO(theirs)).pages
    assert len(ours_pages) == len(their_pages) >= 3
    for mine, reference in zip(ours_pages, their_pages, strict=True):
        assert mine.extract_text().split() == reference.extract_text().split()
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image, ImageChops

    for name, data in (("ours", ours), ("theirs", theirs)):
        (tmp_path / f"{name}.pdf").write_bytes(data)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
                       check=True)
    for page in sorted(tmp_path.glob("ours-*.png")):
        reference = tmp_path / page.name.replace("ours-", "theirs-")
        difference = ImageChops.difference(Image.open(page).convert("RGB"), Image.open(reference).convert("RGB"))
        assert difference.getbbox() is None, page.name

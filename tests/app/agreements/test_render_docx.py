"""The agreement as DOCX, opened again with python-docx: the same text as the PDF, Word's means.

With LibreOffice installed, the file is also converted to PDF to see that Word's fields give
«Side X av Y» and that the text survives a real word processor.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from app.agreements.builder import build_document
from app.agreements.render_docx import render_docx, render_docx_bytes
from app.errors import AppError
from app.storage.database import Database
from db.models import Agreement, AgreementStatus
from tests.app.agreements.test_render_pdf import (
    MARKING,
    SCALE,
    SELF_COMMENT,
    SUB_ITEMS,
    SUMMARY,
    SUPERIOR_COMMENT,
    all_goals,
    flat,
    sample_document,
)


def cell_texts(table) -> list[str]:  # type: ignore[no-untyped-def]
    """Every cell's text, nested tables included (the assessments sit in one)."""
    texts = []
    for row in table.rows:
        for cell in row.cells:
            texts.append(cell.text)
            for inner in cell.tables:
                texts.extend(cell_texts(inner))
    return texts


def docx_text(document) -> str:  # type: ignore[no-untyped-def]
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell_texts(table))
    return flat(" ".join(parts))


def test_the_docx_holds_every_goal_the_scale_the_signatures_and_the_summary(tmp_path: Path) -> None:
    out = render_docx(sample_document(), tmp_path / "avtale.docx")
    assert out == tmp_path / "avtale.docx" and list(tmp_path.iterdir()) == [out]
    document = Document(str(out))
    text = docx_text(document)
    for goal, indicator, evaluation in all_goals():
        assert goal in text and indicator in text and evaluation in text
    for label, hint in SCALE:
        assert label in text and hint in text
    assert f"a) {SUB_ITEMS[0]}" in text and f"c) {SUB_ITEMS[2]}" in text
    for words in ("Egenevaluering:", "Overordnedes vurdering:", SELF_COMMENT, SUPERIOR_COMMENT, SUMMARY,
                  "Sted: Lindvik", "Dato: 12.02.2026", "Dato: 14.02.2026", "Elisabeth Holm", "Torunn Lie",
                  "Kommunalsjef for oppvekst", "Leksehjelp for 1.–4. trinn", "Resultatavtale 2026",
                  "Haugtun skole – Elisabeth Holm", "Periode 01.01.2026–31.12.2026"):
        assert words in text
    # The section titles are real Word headings, so the navigation pane lists them.
    headings = {p.text: p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert headings["Leder og enhet"] == "Heading 1" and headings["Faglige krav"] == "Heading 2"
    assert document.core_properties.title == "Resultatavtale 2026 – Haugtun skole – Elisabeth Holm"
    assert document.core_properties.author == "Lindvik kommune"


def test_page_is_a4_with_marking_in_the_header_and_page_fields_in_the_footer(tmp_path: Path) -> None:
    document = Document(str(render_docx(sample_document(), tmp_path / "avtale.docx")))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    header = " ".join(p.text for p in section.header.paragraphs)
    assert "Lindvik kommune" in header and MARKING in header
    footer_xml = section.footer._element.xml
    assert "Side " in footer_xml and " av " in footer_xml
    instructions = [e.text.strip() for e in section.footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Evaluert 20.11.2026 · Revisjon 2" in " ".join(p.text for p in section.footer.paragraphs)


def test_goal_tables_repeat_their_header_row_and_keep_rows_whole(tmp_path: Path) -> None:
    document = Document(str(render_docx(sample_document(long_goals=6), tmp_path / "avtale.docx")))
    goal_tables = [t for t in document.tables if t.rows[0].cells[1].text == "Mål"]
    assert len(goal_tables) == 3
    for table in goal_tables:
        header = table.rows[0]._tr.trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None
        assert [c.text for c in table.rows[0].cells] == ["Nr.", "Mål", "Indikator", "Evaluering"]
        body = table.rows[1]._tr.trPr
        assert body is not None and body.find(qn("w:cantSplit")) is not None
    numbers = [row.cells[0].text for row in goal_tables[0].rows[1:]]
    assert numbers[0] == "1.1" and "1.10" in numbers  # four goals and six extra ones


def test_without_marking_the_header_has_only_the_municipality(tmp_path: Path) -> None:
    document = Document(io.BytesIO(render_docx_bytes(sample_document(marking=""))))
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert header.strip() == "Lindvik kommune"


def test_nynorsk_docx_has_nynorsk_headings_and_words() -> None:
    document = Document(io.BytesIO(render_docx_bytes(sample_document(language="nn"))))
    text = docx_text(document)
    for word in ("Leiar og eining", "Innleiing", "Skala for måloppnåing", "Eigenevaluering:",
                 "Vurderinga til overordna:", "Oppsummering av evalueringa", "Stad: Lindvik"):
        assert word in text
    assert "Egenevaluering" not in text
    styles = document.styles["Normal"].element.xml
    assert 'w:val="nn-NO"' in styles  # Word checks the spelling in nynorsk


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AppError, match="finnes ikke"):
        render_docx(sample_document(), tmp_path / "mangler" / "avtale.docx")


def test_a_demo_agreement_from_the_database_as_docx(demo_db: Database, tmp_path: Path) -> None:
    from sqlalchemy import select

    with demo_db.session() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.status == AgreementStatus.EVALUATED)).first()
        goals = [(g.text, g.indicator, g.evaluation) for g in agreement.goals]
        doc = build_document(session, agreement.id)
    text = docx_text(Document(str(render_docx(doc, tmp_path / "demo.docx"))))
    assert goals and all(g in text and i in text and e in text for g, i, e in goals)
    assert "Lindvik" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_turns_the_docx_into_pages_numbered_side_x_av_y(tmp_path: Path) -> None:
    source = render_docx(sample_document(), tmp_path / "avtale.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)
    pages = [flat(p.extract_text() or "") for p in PdfReader(tmp_path / "avtale.pdf").pages]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page and MARKING in page
    text = " ".join(pages)
    assert all(goal in text for goal, _, _ in all_goals())

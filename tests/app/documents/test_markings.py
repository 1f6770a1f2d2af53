"""Agreements and notes carry their confidentiality marking everywhere they are printed or exported.

Every output that holds an agreement or a note is rendered from the demo database and read
back: the marking must be on every page of every PDF (and show red in the top right of every
preview image), in the header of every section of every Word document, in the printed header
of every sheet and the properties of every workbook, and on the first line of every CSV file.
The same outputs of an agreement and a note that are not confidential carry no marking, so the
checks can tell the difference.

Where the marking lives in each kind of file is decided in ``app/documents/marking.py``.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from app.agreements import detail
from app.agreements.batch import render_many
from app.agreements.builder import build_document
from app.agreements.preview import preview_pages
from app.agreements.render_docx import render_docx_bytes
from app.agreements.render_pdf import render_pdf
from app.audit.log import export_audit
from app.documents.marking import DEFAULT_MARKING, workbook_marking_problems
from app.followup import meetings
from app.followup.meetings import meeting_note
from app.followup.render import render_meeting_pdf, render_monthly_summary_pdf
from app.followup.summary import monthly_summary, tertial_report
from app.followup.tertial import write_tertial_docx, write_tertial_xlsx
from app.storage.database import Database
from db.models import Agreement, Meeting
from tests.conftest import DEMO_TODAY

MARKING_RGB = (0xB0, 0x00, 0x1E)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(pdf: bytes) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def unmarked_pages(pdf: bytes, marking: str) -> list[int]:
    """Numbers of the pages (from 1) that do not show the marking."""
    pages = pdf_pages(pdf)
    assert pages, "an empty PDF"
    return [n for n, text in enumerate(pages, start=1) if flat(marking) not in text]


def docx_headers(data: bytes | Path) -> list[str]:
    """The text of every header in use, section by section (default, first page, even pages)."""
    doc = Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    odd_even = doc.settings.odd_and_even_pages_header_footer
    texts = []
    for section in doc.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if odd_even:
            headers.append(section.even_page_header)
        texts += [flat(" ".join(p.text for p in h.paragraphs)) for h in headers]
    return texts


def red_in_top_right(png: bytes) -> int:
    """Pixels of the marking's red in the top right band of a page image (where the header is)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    band = image.crop((width // 2, 0, width, height // 10))
    data = band.tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if abs(data[i] - MARKING_RGB[0]) < 40 and data[i + 1] < 60 and abs(data[i + 2] - MARKING_RGB[2]) < 50)


@pytest.fixture
def ids(demo_db: Database) -> dict[str, object]:
    """Two agreements and two notes: one of each confidential, the other made public."""
    with demo_db.session() as session:
        found = list(session.scalars(select(Agreement).where(Agreement.confidential.is_(True))
                                     .order_by(Agreement.title)))
        notes = list(session.scalars(select(Meeting).where(Meeting.confidential.is_(True), Meeting.status == "held",
                                                           Meeting.locked.is_(False)).order_by(Meeting.id)))
        assert len(found) >= 4 and len(notes) >= 2
        public_agreement = next(a for a in found if a.status.value in ("draft", "discussion"))
        confidential = [a.id for a in found if a.id != public_agreement.id][:3]
        marking = str(public_agreement.template.definition.get("marking") or DEFAULT_MARKING)
        result = {"agreement": confidential[0], "batch": confidential, "public_agreement": public_agreement.id,
                  "note": notes[0].id, "public_note": notes[1].id, "year": notes[0].year,
                  "month": notes[0].month, "marking": marking}
    demo_db.run(detail.set_confidential, result["public_agreement"], False)
    with demo_db.session() as session:
        session.get(Meeting, result["public_note"]).confidential = False
    return result


def test_agreement_pdf_and_its_preview_are_marked_on_every_page(demo_db: Database, ids: dict) -> None:
    doc = demo_db.run(build_document, ids["agreement"])
    assert doc.marking == ids["marking"]
    pdf = render_pdf(doc)
    assert len(pdf_pages(pdf)) >= 2  # more than the first page is checked
    assert unmarked_pages(pdf, doc.marking) == []
    previews = preview_pages(pdf, dpi=110)
    assert [n for n, (_w, _h, png) in enumerate(previews, start=1) if red_in_top_right(png) < 30] == []


def test_public_agreement_carries_no_marking(demo_db: Database, ids: dict) -> None:
    doc = demo_db.run(build_document, ids["public_agreement"])
    pdf = render_pdf(doc)
    assert doc.marking == "" and len(unmarked_pages(pdf, ids["marking"])) == len(pdf_pages(pdf))
    assert all(red_in_top_right(png) < 5 for _w, _h, png in preview_pages(pdf, dpi=110))
    assert all(ids["marking"] not in h for h in docx_headers(render_docx_bytes(doc)))


def test_agreement_docx_has_the_marking_in_every_header(demo_db: Database, ids: dict) -> None:
    doc = demo_db.run(build_document, ids["agreement"])
    headers = docx_headers(render_docx_bytes(doc))
    assert headers and [h for h in headers if doc.marking not in h] == []
    assert Document(io.BytesIO(render_docx_bytes(doc))).core_properties.subject == doc.marking


def test_batch_pdf_is_marked_on_every_page_of_every_agreement(demo_db: Database, ids: dict, tmp_path: Path) -> None:
    with demo_db.session() as session:
        [out] = render_many(session, list(ids["batch"]), fmt="pdf", out=tmp_path / "alle.pdf", one_file=True)
    pdf = out.read_bytes()
    assert len(pdf_pages(pdf)) >= 2 * len(ids["batch"])
    assert unmarked_pages(pdf, ids["marking"]) == []


def test_batch_of_documents_in_a_folder_is_marked(demo_db: Database, ids: dict, tmp_path: Path) -> None:
    with demo_db.session() as session:
        docx_files = render_many(session, list(ids["batch"]), fmt="docx", out=tmp_path / "docx", one_file=False)
        pdf_files = render_many(session, list(ids["batch"]), fmt="pdf", out=tmp_path / "pdf", one_file=False)
    assert len(docx_files) == len(pdf_files) == len(ids["batch"])
    for path in docx_files:
        headers = docx_headers(path)
        assert headers and all(ids["marking"] in h for h in headers), path.name
    for path in pdf_files:
        assert unmarked_pages(path.read_bytes(), ids["marking"]) == [], path.name


def test_meeting_note_pdf_is_marked_on_every_page_unless_public(demo_db: Database, ids: dict) -> None:
    note = demo_db.run(meeting_note, ids["note"])
    long_text = "\n\n".join(f"Avsnitt {i}: " + "Enheten har drøftet bemanning og budsjett. " * 12
                            for i in range(14))  # a long note: several pages
    note.sections["leader_account"] = long_text
    pdf = render_meeting_pdf(note)
    assert len(pdf_pages(pdf)) >= 3 and unmarked_pages(pdf, DEFAULT_MARKING) == []
    public = demo_db.run(meeting_note, ids["public_note"])
    assert not public.confidential
    public_pdf = render_meeting_pdf(public)
    assert len(unmarked_pages(public_pdf, DEFAULT_MARKING)) == len(pdf_pages(public_pdf))


def test_monthly_summary_pdf_is_marked_on_every_page(demo_db: Database, ids: dict) -> None:
    summary = demo_db.run(monthly_summary, ids["year"], ids["month"], DEMO_TODAY)
    pdf = render_monthly_summary_pdf(summary)
    assert len(pdf_pages(pdf)) >= 2 and unmarked_pages(pdf, DEFAULT_MARKING) == []


def test_tertial_workbook_is_marked_on_every_sheet(demo_db: Database, tmp_path: Path) -> None:
    report = demo_db.run(tertial_report, 2026, 2, DEMO_TODAY)
    wb = load_workbook(write_tertial_xlsx(report, tmp_path / "tertial.xlsx"))
    assert len(wb.worksheets) >= 3
    assert workbook_marking_problems(wb, DEFAULT_MARKING) == []
    for ws in wb.worksheets:
        assert ws.oddHeader.right.text == DEFAULT_MARKING and ws.evenHeader.right.text == DEFAULT_MARKING
    assert wb.properties.subject == wb.properties.keywords == DEFAULT_MARKING


def test_tertial_word_draft_is_marked_in_every_header(demo_db: Database, tmp_path: Path) -> None:
    report = demo_db.run(tertial_report, 2026, 2, DEMO_TODAY)
    out = write_tertial_docx(report, tmp_path / "tertial.docx")
    headers = docx_headers(out)
    assert headers and [h for h in headers if DEFAULT_MARKING not in h] == []
    assert Document(str(out)).core_properties.subject == DEFAULT_MARKING


def test_audit_export_quoting_notes_is_marked(demo_db: Database, ids: dict, tmp_path: Path) -> None:
    demo_db.run(meetings.set_section, ids["note"], "decisions", "Beslutning som står i endringsloggen")
    with demo_db.session() as session:
        xlsx = export_audit(session, tmp_path / "logg.xlsx")
        csv_out = export_audit(session, tmp_path / "logg.csv")
    wb = load_workbook(xlsx.path)
    assert workbook_marking_problems(wb, DEFAULT_MARKING) == []
    assert any("Beslutning som står i endringsloggen" in str(c.value) for c in wb.active["F"])
    first = next(csv.reader(io.StringIO(csv_out.path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert first == [DEFAULT_MARKING]


def test_the_checks_see_a_missing_marking(tmp_path: Path) -> None:
    """The helpers above report an output without its marking (so the tests above can fail)."""
    from openpyxl import Workbook
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 800, DEFAULT_MARKING)
    canvas.showPage()
    canvas.drawString(100, 800, "Side 2 uten merking")
    canvas.showPage()
    canvas.save()
    assert unmarked_pages(buffer.getvalue(), DEFAULT_MARKING) == [2]
    wb = Workbook()
    wb.create_sheet("To")
    assert len(workbook_marking_problems(wb, DEFAULT_MARKING)) == 3  # two sheets and the properties
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Lindvik kommune"
    buffer = io.BytesIO()
    doc.save(buffer)
    assert docx_headers(buffer.getvalue()) == ["Lindvik kommune"]

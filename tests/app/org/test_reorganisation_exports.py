"""A scenario's exported chart (PDF, SVG) carries «Forslag/utkast», the change marks, the relation lines
and the networks; the unit list's workbook has the networks and relations on sheets of their own."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.org import relations, reorganisation, restructure
from app.org.chart_export import export_chart
from app.org.export_xlsx import export_units_xlsx
from app.org.queries import current_version
from app.storage.database import Database
from db.models import Unit
from tests.conftest import DEMO_TODAY


def unit_id(s, version_id, name):  # type: ignore[no-untyped-def]
    return s.scalars(select(Unit.id).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def test_scenario_chart_exports_mark_changes_relations_and_networks(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        current = current_version(s)
        assert current is not None
        project = reorganisation.create_project(s, "Barnehager")
        alt = reorganisation.add_alternative(s, project.id).id
        restructure.merge_units(s, [unit_id(s, alt, "Solsikken barnehage"), unit_id(s, alt, "Tusenfryd barnehage")],
                                "Sentrum barnehager", date(2027, 1, 1))
        relations.add_relation(s, unit_id(s, alt, "Økonomi"), unit_id(s, alt, "Sentrum barnehager"), "staff_contact")
        relations.add_relation(s, unit_id(s, alt, "Helse og familie"), unit_id(s, alt, "Hjemmetjenesten nord"),
                               "purchaser_provider")
        pdf = export_chart(s, alt, "pdf", tmp_path / "alt.pdf", on=DEMO_TODAY, paper="a3")
        svg = export_chart(s, alt, "svg", tmp_path / "alt.svg", on=DEMO_TODAY)
        today_pdf = export_chart(s, current.id, "pdf", tmp_path / "today.pdf", on=DEMO_TODAY)
        xlsx = export_units_xlsx(s, alt, tmp_path / "alt.xlsx", on=DEMO_TODAY)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    for expected in ("Forslag/utkast", "Sammenslått", "Stabskontakt", "Bestiller/utfører", "Nettverk oppvekst"):
        assert expected in text, expected
    today = "".join(p.extract_text() for p in PdfReader(io.BytesIO(today_pdf.read_bytes())).pages)
    assert "Forslag/utkast" not in today and "Sammenslått" not in today and "Nettverk oppvekst" in today
    assert "Nettverk: Nettverk" not in text + today  # a network named «Nettverk …» is not named twice
    drawing = svg.read_text()
    assert "Forslag/utkast" in drawing and "Sammenslått" in drawing and "Stabskontakt" in drawing
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Enheter", "Nettverk", "Forbindelser"]
    rows = list(wb["Forbindelser"].iter_rows(min_row=2, values_only=True))
    assert ("Stabskontakt", "Økonomi", "Sentrum barnehager", None) in rows or \
        ("Stabskontakt", "Økonomi", "Sentrum barnehager", "") in rows
    assert any(r[0] == "Bestiller/utfører" for r in rows)
    assert len(list(wb["Nettverk"].iter_rows(min_row=2))) > 0

"""``styringsdialog org alternatives`` and ``org compare --json`` with a merge."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.org import reorganisation, restructure
from app.storage.database import open_database
from db.models import Unit
from tests.app.org.test_cli_org import run


def make_project(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.session() as s:
            project = reorganisation.create_project(s, "Omorganisering 2027")
            alt = reorganisation.add_alternative(s, project.id)
            ids = [s.scalars(select(Unit.id).where(Unit.org_version_id == alt.id, Unit.name == n)).one()
                   for n in ("Solsikken barnehage", "Tusenfryd barnehage")]
            restructure.merge_units(s, ids, "Sentrum barnehager", date(2027, 1, 1))
            reorganisation.add_alternative(s, project.id)
    finally:
        db.close()


def test_alternatives_pdf_and_xlsx_from_the_command_line(demo_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    make_project(demo_path)
    pdf = tmp_path / "alt.pdf"
    code, out, err = run(capsys, "org", "alternatives", "--project", "Omorganisering 2027", "-o", str(pdf),
                         "--db", str(demo_path), "--date", "2026-11-23", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [a["label"] for a in data["alternatives"]] == ["0-alternativet (dagens organisasjon)", "Alternativ 1",
                                                          "Alternativ 2"]
    assert [a["units"] for a in data["alternatives"]] == [38, 37, 38]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Forslag/utkast" in text and "Sentrum barnehager" in text
    xlsx = tmp_path / "alt.xlsx"
    code, out, err = run(capsys, "org", "alternatives", "-o", str(xlsx), "--db", str(demo_path))
    assert code == 0, err
    assert "Skrev 3 alternativer i «Omorganisering 2027»" in out
    assert load_workbook(xlsx).sheetnames == ["Sammenligning", "Budsjett per enhet", "Endringer", "Funn", "Oppfølging"]
    code, _, err = run(capsys, "org", "alternatives", "--project", "Finnes ikke", "-o", str(xlsx), "--db",
                       str(demo_path))
    assert code != 0 and "Fant ikke omorganiseringsprosjektet «Finnes ikke»" in err
    code, _, err = run(capsys, "org", "alternatives", "-o", str(tmp_path / "x.docx"), "--db", str(demo_path))
    assert code != 0 and ".pdf eller .xlsx" in err


def test_compare_json_lists_the_merge_both_ways(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_project(demo_path)
    db = open_database(demo_path)
    try:
        with db.session() as s:
            from app.org.queries import current_version
            current = current_version(s).name  # type: ignore[union-attr]
    finally:
        db.close()
    code, out, err = run(capsys, "org", "compare", "--from", current, "--to", "Alternativ 1", "--db", str(demo_path),
                         "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["merged"] == [{"into": "Sentrum barnehager", "units": ["Solsikken barnehage", "Tusenfryd barnehage"]}]
    assert data["added"] == [] and data["removed"] == []
    code, out, err = run(capsys, "org", "compare", "--from", "Alternativ 1", "--to", current, "--db", str(demo_path),
                         "--json")
    back = json.loads(out)
    assert back["merged"] == [] and back["removed"] == ["Sentrum barnehager"]
    assert sorted(back["added"]) == ["Solsikken barnehage", "Tusenfryd barnehage"]

"""The command line and the tertial report read back: summary JSON, PDF text, xlsx cells, docx text,
the public version without personal goals or names, and the import's all-or-nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from app.scorecard.model import current_unit, define_indicator, enter_value
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY
from ui.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def scored(demo_path: Path) -> Path:
    db = open_database(demo_path)
    with db.session() as session:
        ind = define_indicator(session, "Sykefravær T", "Medarbeidere", measure="%", direction="lower", target="7",
                               yellow_limit="8,5", frequency="tertial", rollup="weighted_fte")
        home = current_unit(session, "Lindvik sykehjem")
        enter_value(session, ind.id, home.lineage_id, 2026, 2, "9,1", comment="Langtidsfravær på to avdelinger",
                    user="test")
    db.close()
    return demo_path


def test_summary_json_lists_every_indicator_with_decimal_strings(scored: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "malekart", "summary", "--db", str(scored), "--year", "2026", "--period", "T2",
                         "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["year"], data["period"]) == (2026, "T2")
    assert {"indicator": "Sykefravær T", "focus_area": "Medarbeidere", "unit": "Lindvik sykehjem", "target": "7.00",
            "value": "9.10", "colour": "red"} in data["rows"]
    municipal = [r for r in data["rows"] if r["indicator"] == "Sykefravær T" and r["unit"] is None]
    assert municipal == [{"indicator": "Sykefravær T", "focus_area": "Medarbeidere", "unit": None, "target": "7.00",
                          "value": "9.10", "colour": "red"}]
    code, out, err = run(capsys, "malekart", "summary", "--db", str(scored), "--year", "2026", "--period", "T4")
    assert code != 0 and "T1, T2, T3" in err


def test_report_pdf_shows_the_red_unit_with_its_comment_and_public_has_no_personal_goals(
        scored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    internal, public = tmp_path / "t2.pdf", tmp_path / "t2-offentlig.pdf"
    for out, extra in ((internal, []), (public, ["--public"])):
        code, _out, err = run(capsys, "malekart", "report", "--db", str(scored), "--year", "2026", "--tertial", "2",
                              "-o", str(out), "--today", DEMO_TODAY.isoformat(), *extra)
        assert code == 0, err
    text = pdf_text(internal)
    assert "Tertialrapport 2. tertial 2026" in text and "Medarbeidere" in text
    assert "Lindvik sykehjem 9,1 % rød Langtidsfravær på to avdelinger" in text
    assert "Unntatt offentlighet" in text
    assert "Personlige utviklingsmål som leder" in text  # the internal version has the personal goals
    public_text = pdf_text(public)
    assert "Lindvik sykehjem 9,1 % rød Langtidsfravær på to avdelinger" in public_text
    assert "utviklingsmål" not in public_text.casefold() and "Unntatt offentlighet" not in public_text
    assert "utgave for politikerne" in public_text


def test_report_xlsx_and_docx_read_back(scored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xlsx, docx = tmp_path / "t2.xlsx", tmp_path / "t2.docx"
    for out in (xlsx, docx):
        code, _o, err = run(capsys, "malekart", "report", "--db", str(scored), "--year", "2026", "--tertial", "2",
                            "-o", str(out), "--public", "--today", DEMO_TODAY.isoformat())
        assert code == 0, err
    ws = load_workbook(xlsx)["Målekart"]
    rows = [tuple(c.value for c in r) for r in ws.iter_rows(min_row=2)]
    assert ("Medarbeidere", "Sykefravær T", "Lindvik sykehjem", 7, 9.1, "rød",
            "Langtidsfravær på to avdelinger") in rows
    doc = Document(str(docx))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "Langtidsfravær på to avdelinger" in cells and "   Lindvik sykehjem" in cells
    everything = " ".join(cells + [p.text for p in doc.paragraphs])
    assert "utviklingsmål" not in everything.casefold()


def test_report_refuses_an_unknown_ending(scored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _o, err = run(capsys, "malekart", "report", "--db", str(scored), "--year", "2026", "--tertial", "2",
                        "-o", str(tmp_path / "t2.odt"))
    assert code != 0 and ".pdf, .xlsx, .docx" in err


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_is_all_or_nothing_and_names_every_problem(scored: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = _sheet(tmp_path / "fravær.xlsx", [
        ["Enhet", "Periode", "Sykefravær %"],
        ["3100", "T1 2026", "8,2"],
        ["Finnes ikke skole", "T1 2026", 6.1],
        ["Kvernes bo- og omsorgssenter", "T1 2026", "mye"],
        ["Eiendom", "2026-05", 5],
    ])
    code, _o, err = run(capsys, "malekart", "import", "--db", str(scored), str(bad), "--indicator", "Sykefravær T")
    assert code != 0
    assert "Ingen verdier er importert" in err and "3 problemer" in err
    assert "rad 3, kolonne «Enhet»: enheten «Finnes ikke skole»" in err
    assert "rad 4, kolonne «Sykefravær %»: «mye» er ikke et tall" in err
    assert "rad 5, kolonne «Periode»" in err
    code, out, _e = run(capsys, "malekart", "summary", "--db", str(scored), "--year", "2026", "--period", "T1",
                        "--unit", "Lindvik sykehjem", "--json")
    assert [r["value"] for r in json.loads(out)["rows"] if r["indicator"] == "Sykefravær T"] == [None]

    good = _sheet(tmp_path / "fravær-rettet.xlsx", [
        ["Enhet", "Periode", "Sykefravær %", "Kommentar"],
        ["3100", "T1 2026", "8,2", "Influensa"],
        ["Kvernes bo- og omsorgssenter", "2026-T1", 6.4, None],
        ["Lindvik sykehjem", "T2 2026", "9,3", "Rettet tall"],
    ])
    code, out, err = run(capsys, "malekart", "import", "--db", str(scored), str(good), "--indicator", "Sykefravær T",
                         "--json")
    assert code == 0, err
    assert json.loads(out) | {} == {"file": "fravær-rettet.xlsx", "values": 3, "inserted": 2, "updated": 1,
                                    "indicators": ["Sykefravær T"], "units": 2}
    code, out, _e = run(capsys, "malekart", "summary", "--db", str(scored), "--year", "2026", "--unit",
                        "Lindvik sykehjem", "--period", "T2", "--json")
    assert [r["value"] for r in json.loads(out)["rows"] if r["indicator"] == "Sykefravær T"] == ["9.30"]


@pytest.mark.parametrize("suffix", ["pdf", "xlsx", "docx"])
def test_followup_tertial_and_malekart_report_give_the_same_document(
        scored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    a, b = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
    for command, out in ((["followup", "tertial"], a), (["malekart", "report"], b)):
        code, _o, err = run(capsys, *command, "--db", str(scored), "--year", "2026", "--tertial", "2", "-o", str(out),
                            "--today", DEMO_TODAY.isoformat())
        assert code == 0, err
    if suffix == "pdf":
        assert pdf_text(a) == pdf_text(b) and "Lindvik sykehjem 9,1 % rød" in pdf_text(a)
    elif suffix == "xlsx":
        wa, wb = load_workbook(a), load_workbook(b)
        assert wa.sheetnames == wb.sheetnames and wa.sheetnames[:2] == ["Målekart", "Totalt"]
        for name in wa.sheetnames:
            assert [[c.value for c in r] for r in wa[name].iter_rows()] == [[c.value for c in r] for r in
                                                                            wb[name].iter_rows()]
    else:
        ta = [p.text for p in Document(str(a)).paragraphs]
        assert ta == [p.text for p in Document(str(b)).paragraphs]
        assert ta[0] == "Tertialrapport 2. tertial 2026" and "Målekart" in ta

"""``styringsdialog followup report`` and ``followup tertial`` through the program's entry point:
files written, text and JSON output, and one-line errors for a bad month, tertial or suffix."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from app.followup.summary import monthly_summary, tertial_report
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY
from ui.main import main

TODAY = ["--today", DEMO_TODAY.isoformat()]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def kroner_text(ore: int) -> str:
    sign = "-" if ore < 0 else ""
    return f"{sign}{abs(ore) // 100}.{abs(ore) % 100:02d}"


def test_report_writes_the_monthly_summary_pdf(demo_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "oppsummering.pdf"
    code, stdout, err = run(capsys, "followup", "report", "--db", str(demo_path), "--month", "2026-10", "-o",
                            str(out), *TODAY)
    assert code == 0, err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert "Månedsoppsummering oktober 2026" in reader.pages[0].extract_text()
    assert str(out) in stdout and f"{len(reader.pages)} sider" in stdout


def test_report_json_matches_the_summary(demo_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "oppsummering.pdf"
    code, stdout, err = run(capsys, "--db", str(demo_path), "followup", "report", "--month", "2026-10", "-o",
                            str(out), "--json", *TODAY)
    assert code == 0, err
    data = json.loads(stdout)
    db = open_database(demo_path)
    try:
        summary = db.run(monthly_summary, 2026, 10, DEMO_TODAY)
    finally:
        db.close()
    assert data["month"] == "2026-10" and data["file"] == str(out)
    assert data["units"] == len(summary.rows) and data["held"] == summary.totals.held
    assert data["deviation"] == kroner_text(summary.totals.money.deviation)
    assert data["overdue_items"] == summary.totals.overdue
    assert data["pages"] == len(PdfReader(str(out)).pages)


@pytest.mark.parametrize("suffix", ["xlsx", "docx"])
def test_tertial_writes_the_format_of_the_suffix(demo_path: Path, tmp_path: Path, suffix: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"tertial.{suffix.upper()}"  # the suffix in any case
    code, stdout, err = run(capsys, "followup", "tertial", "--db", str(demo_path), "--year", "2026", "--tertial",
                            "3", "-o", str(out), "--json", *TODAY)
    assert code == 0, err
    data = json.loads(stdout)
    db = open_database(demo_path)
    try:
        report = db.run(tertial_report, 2026, 3, DEMO_TODAY)
    finally:
        db.close()
    assert data["format"] == suffix and data["tertial"] == 3 and data["units"] == len(report.rows)
    assert data["deviation"] == kroner_text(report.total.money.deviation)
    if suffix == "xlsx":
        assert load_workbook(out)["Totalt"].max_row == len(report.rows) + 2
    else:
        assert Document(str(out)).paragraphs[0].text == "Tertialrapport 3. tertial 2026"


@pytest.mark.parametrize(("argv", "message"), [
    (["report", "--month", "2026-13", "-o", "{tmp}/x.pdf"], "«2026-13» er ikke en måned"),
    (["report", "--month", "oktober", "-o", "{tmp}/x.pdf"], "Skriv den som ÅÅÅÅ-MM"),
    (["report", "--month", "2026-10", "-o", "{tmp}/x.docx"], "Månedsoppsummeringen kan skrives som .pdf"),
    (["tertial", "--year", "2026", "--tertial", "4", "-o", "{tmp}/x.xlsx"], "Tertial 4 finnes ikke"),
    (["tertial", "--year", "2026", "--tertial", "1", "-o", "{tmp}/x.csv"], "ikke «x.csv»"),
    (["tertial", "--year", "2026", "--tertial", "1", "-o", "{tmp}/mangler/x.xlsx"], "finnes ikke"),
])
def test_user_errors_give_one_line_and_no_file(demo_path: Path, tmp_path: Path, argv: list[str], message: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, stdout, err = run(capsys, "--db", str(demo_path), "followup", *args, *TODAY)
    assert code == 1 and stdout == ""
    assert message in err and err.count("\n") == 1 and err.startswith("styringsdialog: ")
    assert not list(tmp_path.glob("x.*"))


def test_a_missing_database_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "finnes-ikke.sdb"
    code, _out, err = run(capsys, "followup", "report", "--db", str(missing), "--month", "2026-10", "-o",
                          str(tmp_path / "x.pdf"))
    assert code == 1 and "finnes ikke" in err and not missing.exists()

"""``styringsdialog org import`` / ``org export``: exit codes, human text, JSON and the files written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.cli import build_parser
from app.errors import AppError
from app.org.cli import ORG_COMMANDS, run_org
from app.storage.database import open_database
from db.models import OrgVersion, Person, Unit
from tests.app.org.test_importer import HEADER, UNITS, write_xlsx
from tests.conftest import DEMO_TODAY
from ui.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the program's own entry point with these arguments."""
    code = main(list(argv))
    out, err_text = capsys.readouterr()
    return code, out, err_text


def counts(db_path: Path) -> tuple[int, int, int]:
    db = open_database(db_path)
    try:
        with db.session() as session:
            return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Unit, Person, OrgVersion))
    finally:
        db.close()


def test_import_prints_the_version_and_unit_count_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_xlsx(tmp_path / "enheter.xlsx", [HEADER, *UNITS])
    db = tmp_path / "ny.sdb"
    code, out, err = run(capsys, "org", "import", str(source), "--db", str(db), "--version", "Første", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"version": "Første", "units": 6}
    assert counts(db)[0] == 6
    source2 = write_xlsx(tmp_path / "forslag.xlsx", [HEADER, *UNITS[:3]])
    code, out, _ = run(capsys, "--db", str(db), "org", "import", str(source2))
    assert code == 0 and "Importerte 3 enheter fra «forslag.xlsx» som scenario «Import fra forslag" in out


def test_import_problems_are_listed_one_per_line_and_nothing_is_written(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "feil.xlsx", [
        ["Id", "Overordnet", "Navn", "Årsverk"], ["1", None, "Rådmannen", 1], ["2", "1", None, 2],
        ["3", "77", "Foreldreløs", 3], ["4", "1", "Tall", "tolv"],
    ])
    before = counts(demo_path)
    code, out, err = run(capsys, "org", "import", str(source), "--db", str(demo_path), "--json")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[0].startswith("Kan ikke importere enhetslisten «feil.xlsx» (arket «Enheter»): fant 3 feil.")
    assert [line.split(":")[0].strip() for line in lines[1:]] == [
        "Rad 3, kolonnen «Navn»", "Rad 4, kolonnen «Overordnet»", "Rad 5, kolonnen «Årsverk»"]
    assert counts(demo_path) == before


def test_several_top_units_need_root_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_xlsx(tmp_path / "skog.xlsx", [["Id", "Overordnet", "Navn"], ["1", None, "Helse"],
                                                  ["2", None, "Oppvekst"], ["3", "2", "Vollan skole"]])
    db = tmp_path / "skog.sdb"
    code, _, err = run(capsys, "org", "import", str(source), "--db", str(db))
    assert code == 1 and "--root-name" in err and "2 enheter har ingen overordnet" in err
    code, out, _ = run(capsys, "org", "import", str(source), "--db", str(db), "--root-name", "Lindvik kommune",
                       "--json")
    assert code == 0 and json.loads(out)["units"] == 4
    database = open_database(db)
    try:
        with database.session() as session:
            root = session.scalar(select(Unit).where(Unit.parent_id.is_(None)))
            assert root.name == "Lindvik kommune"
            assert sorted(u.name for u in root.children) == ["Helse", "Oppvekst"]
    finally:
        database.close()


def test_map_chooses_columns_and_a_wrong_field_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "map.xlsx", [["Kode", "Under", "Avdeling", "Sjef", "Navn"],
                                                 ["1", None, "Rådmannen", "Kari Nordmann", "x"],
                                                 ["2", "1", "Økonomi", "Per Olsen", "y"]])
    db = tmp_path / "map.sdb"
    code, _, err = run(capsys, "org", "import", str(source), "--db", str(db), "--map", "Sjef=sjef")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "«sjef» er ikke et felt" in err
    code, _, err = run(capsys, "org", "import", str(source), "--db", str(db),
                         "--map", "Kode=id", "Sjef=leader", "--map", "Navn=ignore", "--json")
    assert (code, err) == (0, ""), err
    database = open_database(db)
    try:
        with database.session() as session:
            assert sorted(session.scalars(select(Unit.name))) == ["Rådmannen", "Økonomi"]
            assert sorted(session.scalars(select(Person.family_name))) == ["Nordmann", "Olsen"]
    finally:
        database.close()


def test_export_xlsx_of_a_named_version(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "ut" / "enheter.xlsx"
    code, out, err = run(capsys, "org", "export", "--format", "xlsx", "-o", str(out_file), "--db", str(demo_path),
                         "--version", "Gjeldende organisasjon", "--date", DEMO_TODAY.isoformat(), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"version": "Gjeldende organisasjon", "format": "xlsx", "output": str(out_file)}
    ws = load_workbook(out_file)["Enheter"]
    assert ws["C2"].value == "Rådmannen" and ws.max_row == 38 + 2  # header, 38 units, sum row
    inferred = tmp_path / "utledet.xlsx"
    code, out, _ = run(capsys, "org", "export", "-o", str(inferred), "--db", str(demo_path), "--root", "1100")
    assert code == 0 and "XLSX" in out and load_workbook(inferred)["Enheter"]["A2"].value == "1100"
    code, _, err = run(capsys, "org", "export", "-o", str(tmp_path / "x.xlsx"), "--db", str(demo_path),
                       "--version", "Finnes ikke")
    assert code == 1 and "«Finnes ikke»" in err and "«Gjeldende organisasjon»" in err
    code, _, err = run(capsys, "org", "export", "-o", str(tmp_path / "x.xlsx"), "--db", str(tmp_path / "nei.sdb"))
    assert code == 1 and "finnes ikke" in err and not (tmp_path / "nei.sdb").exists()


def test_export_pdf_passes_paper_and_orientation(demo_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("app.org.chart_export")
    from pypdf import PdfReader

    out_file = tmp_path / "kart.pdf"
    code, _, err = run(capsys, "org", "export", "--format", "pdf", "-o", str(out_file), "--db", str(demo_path),
                         "--paper", "a3", "--landscape", "--date", DEMO_TODAY.isoformat())
    assert (code, err) == (0, ""), err
    page = PdfReader(out_file).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (1191, 842)  # A3 landscape in points


def test_commands_are_registered_for_app_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert set(ORG_COMMANDS) == {"org import", "org export", "org compare", "org alternatives"}
    args = build_parser().parse_args(["org", "export", "-o", str(tmp_path / "x.svg"), "--db", str(tmp_path / "n")])
    assert args.handler is ORG_COMMANDS["org export"] and args.org_command == "export"
    with pytest.raises(AppError):
        run_org(args)  # dispatches to the export handler, which finds no database
    with pytest.raises(SystemExit):
        build_parser().parse_args(["org", "export", "-o", "x.pdf", "--landscape", "--portrait"])
    capsys.readouterr()

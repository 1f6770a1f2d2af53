"""Issue 15's rules, one crafted file each: what offices' files really look like, and what the
importer must never do with them (store a guess). Every refusal names the row and column and
leaves every table as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import MetaData, select, text

from app.budget import views
from app.budget.importer import (
    BudgetImportError,
    DuplicateImportError,
    SetChoice,
    import_budget,
    import_budget_sets,
    plan_budget_import,
)
from app.cli import build_parser, run
from app.errors import AppError
from app.storage.database import Database, open_database
from db.models import BudgetLine, BudgetSet


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Budsjett") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def with_cell_xml(path: Path, replacements: dict[bytes, bytes]) -> Path:
    """Rewrite cells of the first sheet's XML (what openpyxl cannot write: saved error values)."""
    source = zipfile.ZipFile(path)
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    source.close()
    sheet = parts["xl/worksheets/sheet1.xml"]
    for old, new in replacements.items():
        assert old in sheet, old
        sheet = sheet.replace(old, new)
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def write_csv(path: Path, text_: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text_.encode(encoding))
    return path


def every_table(db: Database) -> dict[str, str]:
    """A fingerprint of every table's rows: a refusal must leave them all as they were."""
    found = {}
    with db.engine.connect() as connection:
        metadata = MetaData()
        metadata.reflect(connection)
        for name in sorted(metadata.tables):
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
            found[name] = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
    return found


@pytest.fixture
def db(empty_db: Database, tmp_path: Path) -> Database:
    """A database that already holds one set, so «unchanged» means something."""
    path = write_xlsx(tmp_path / "før.xlsx", [["Ansvar", "Art", "Beløp"], ["1200", "10100", 10]])
    with empty_db.session() as session:
        import_budget(session, plan_budget_import(path), set_name="Før", kind="regnskap", year=2026)
    return empty_db


def refused(db: Database, path: Path, **kwargs: object) -> list[str]:
    """Plan and try to import; returns the problem messages; asserts nothing was written."""
    before = every_table(db)
    plan = plan_budget_import(path, **kwargs)  # type: ignore[arg-type]
    assert plan.problems, "expected a refusal"
    with pytest.raises(BudgetImportError), db.session() as session:
        import_budget(session, plan, set_name="Nytt", kind="budsjett", year=2026, accept_skips=True)
    assert every_table(db) == before
    return [p.message for p in plan.problems]


# --- 1: a row with codes and an amount is data, whatever its text --------------------------------


def test_rows_with_codes_are_data_even_when_their_text_starts_with_sum(tmp_path: Path, db: Database) -> None:
    rows = [
        ["virksomhetsomraade", "art", "ansvar", "tjeneste", "prosjekt", "prosjekt_tekst", "beloep"],
        ["Sum felles inntekter og utgifter", "39201", "800302", "28300", "8500", "Etableringslån", "-105 000 000"],
        ["Sum felles inntekter og utgifter", "39101", "800302", "28300", "8500", "Etableringslån", "-200 000 000"],
        ["Kultur", "14700", "500100", "38500", "", "Sum tilskudd lag og foreninger", "1 250 000"],
        ["Skole", "02300", "200100", "22200", "4100", "Totalt vedlikehold skolebygg", "3 500 000,50"],
    ]
    path = write_csv(tmp_path / "stavanger.csv", "\n".join(";".join(r) for r in rows) + "\n")
    plan = plan_budget_import(path)
    assert not plan.problems and not plan.skips
    assert plan.line_count == 4
    assert list(plan.lines.amount_ore) == [-10_500_000_000, -20_000_000_000, 125_000_000, 350_000_050]
    with db.session() as session:
        result = import_budget(session, plan, set_name="Investering", kind="budsjett", year=2016)
    assert result.lines == 4 and result.total_ore == -10_500_000_000 - 20_000_000_000 + 125_000_000 + 350_000_050


def test_a_row_without_codes_that_is_no_sum_is_shown_with_its_amount_and_the_total_left_out(tmp_path: Path,
                                                                                          db: Database) -> None:
    rows = [["Ansvar", "Art", "Tekst", "Beløp"], ["1200", "10100", None, 100], ["1300", "10100", None, 50],
            [None, None, "Sum", 150], [None, None, "Overføring", 75], [None, None, "Diverse", 25]]
    plan = plan_budget_import(write_xlsx(tmp_path / "b.xlsx", rows))
    assert [(s.row, s.checked, s.amount_ore) for s in plan.skips] == [(4, True, 15000), (5, False, 7500),
                                                                       (6, False, 2500)]
    assert plan.skipped_total_ore == 10000
    assert any("2 rader med beløp men uten koder blir ikke tatt med, til sammen 100,00 kr" in n for n in plan.notes)
    before = every_table(db)
    with pytest.raises(BudgetImportError, match="100,00 kr") as caught, db.session() as session:
        import_budget(session, plan, set_name="B", kind="budsjett", year=2026)
    assert caught.value.hint is not None and caught.value.hint.kind == "accept_skips"
    assert every_table(db) == before


# --- 2: formulas without saved values, error values -------------------------------------------


def test_a_sum_row_whose_formulas_have_no_saved_value_is_a_checked_totals_row(tmp_path: Path) -> None:
    rows = [["Kommune X - budsjett"], [], ["Ansvar", "Art", "Beløp", "Budsjett 2027"],
            [1200, 10100, 100.5, 7], [1300, 10100, -20, 8], ["Sum", None, "=SUM(C4:C5)", "=SUM(D4:D5)"]]
    plan = plan_budget_import(write_xlsx(tmp_path / "sum.xlsx", rows), all_amounts=True)
    assert not plan.problems
    assert [(s.row, s.kind, s.checked) for s in plan.skips] == [(6, "total", True)]
    assert not plan.unaccepted_skips
    assert [list(a) for a in plan.lines.amounts] == [[10050, -2000], [700, 800]]


def test_a_formula_without_a_saved_value_is_refused_naming_file_sheet_row_and_column(tmp_path: Path,
                                                                                       db: Database) -> None:
    rows = [["Ansvar", "Art", "Beløp"], [1200, 10100, 100], [1300, 10100, "=C2*2"], [1400, 10100, 5]]
    messages = refused(db, write_xlsx(tmp_path / "formel.xlsx", rows))
    assert len(messages) == 1
    assert messages[0].startswith("Rad 3 i arket «Budsjett» i «formel.xlsx» har formelen «=C2*2» i kolonnen «Beløp»")
    assert "Åpne og lagre filen i Excel først" in messages[0]
    # A SUM over rows above on a row WITH codes is a line whose amount nobody knows: refused too.
    rows = [["Ansvar", "Art", "Beløp"], [1200, 10100, 100], [1300, 10100, "=SUM(C2:C2)"]]
    assert "Rad 3" in refused(db, write_xlsx(tmp_path / "sumlinje.xlsx", rows))[0]


@pytest.mark.parametrize("error", ["#DIV/0!", "#N/A", "#REF!", "#VALUE!"])
def test_saved_error_values_are_refused(tmp_path: Path, db: Database, error: str) -> None:
    rows = [["Ansvar", "Art", "Beløp"], [1200, 10100, 100], [1300, 10100, 1]]
    path = with_cell_xml(write_xlsx(tmp_path / "feil.xlsx", rows), {
        b'<c r="C3" t="n"><v>1</v></c>': f'<c r="C3" t="e"><f>1/0</f><v>{error}</v></c>'.encode()})
    messages = refused(db, path)
    assert messages == [f"Rad 3 i arket «Budsjett» i «feil.xlsx» har feilverdien «{error}» i kolonnen «Beløp». "
                        "Verdien kan ikke leses; rett formelen i Excel (eller skriv inn verdien) og importer på nytt."]
    csv_path = write_csv(tmp_path / "feil.csv", f"Ansvar;Art;Beløp\n1200;10100;100\n1300;10100;{error}\n")
    assert refused(db, csv_path)[0].startswith(f"Rad 3 i «feil.csv» har feilverdien «{error}» i kolonnen «Beløp»")


def test_error_values_in_a_legacy_xls_are_refused_not_read_as_zero(tmp_path: Path, db: Database) -> None:
    """An .xls saved by LibreOffice from a sheet with «=1/0» and «=NA()» (files/feilverdier.xls;
    row 5 is hidden). Calamine gives an .xls error cell as an empty cell: it was imported as 0."""
    path = Path(__file__).parent / "files" / "feilverdier.xls"
    messages = refused(db, path)
    assert messages == [
        f"Rad {row} i arket «Budsjett» i «feilverdier.xls» har feilverdien «{error}» i kolonnen «Beløp». "
        "Verdien kan ikke leses; rett formelen i regnearket (eller skriv inn verdien) og importer på nytt."
        for row, error in ((3, "#DIV/0!"), (4, "#N/A"))]
    plan = plan_budget_import(path)
    assert any("1 rad er skjult i regnearket og er tatt med" in n for n in plan.notes)  # the hidden row is known


# --- 3: separators decided per column -----------------------------------------------------------


def test_ambiguous_separators_are_decided_by_the_column(tmp_path: Path) -> None:
    text_ = ("Ansvar;Art;Beløp punktum;Beløp komma;Beløp desimal\n"
             "1200;10100;1.234.567;12,500;12.500\n"
             "1300;10100;12.500;1,234,567.00;3.25\n"
             "1400;10100;3.000;7,000;1.5\n")
    plan = plan_budget_import(write_csv(tmp_path / "skille.csv", text_), all_amounts=True)
    assert not plan.problems
    dot, comma, decimal = (list(a) for a in plan.lines.amounts)
    assert dot == [123_456_700, 1_250_000, 300_000]  # 1.234.567 says: the dot separates thousands
    assert comma == [1_250_000, 123_456_700, 700_000]  # 1,234,567.00 says: the comma does
    assert decimal == [1250, 325, 150]  # 3.25 says: the dot is the decimal mark


def test_a_column_that_cannot_tell_is_refused_value_by_value(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "uklart.csv", "Ansvar;Art;Beløp\n1200;10100;12.500\n1300;10100;3.000\n1400;10100;7\n")
    messages = refused(db, path)
    assert [m.split(" har ")[0] for m in messages] == ["Rad 2 i «uklart.csv»", "Rad 3 i «uklart.csv»"]
    assert "«12.500» i kolonnen «Beløp». Det kan være 12\u00a0500,00 kr eller 12,50 kr" in messages[0]


# --- 4: a CSV row wider than its header -----------------------------------------------------------


def test_a_csv_row_wider_than_its_header_is_refused_naming_the_row(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "komma.csv", "ansvar,art,belop\n1000,10100,1000\n1000,10100,1000,50\n")
    messages = refused(db, path)
    assert len(messages) == 1 and messages[0].startswith("Rad 3 i «komma.csv» har 4 felt, men overskriftsraden har "
                                                         "bare 3")


def test_a_wide_row_in_a_semicolon_csv_gets_no_advice_about_comma_files(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "for_bred.csv",
                     "ansvar;art;funksjon;belop\n1000;10100;120;5000\n1100;10200;120;7000;999\n")
    messages = refused(db, path)
    assert messages == ["Rad 3 i «for_bred.csv» har 5 felt, men overskriftsraden har bare 4 "
                        "(«1100;10200;120;7000;999»; felt 5, «999», har ingen overskrift). Hvilke verdier som "
                        "hører til hvilke kolonner, kan ikke vites. Rett raden (eller gi den ekstra kolonnen en "
                        "overskrift) og importer på nytt."]
    comma = refused(db, write_csv(tmp_path / "komma.csv", "ansvar,art,belop\n1000,10100,1000\n1000,10100,1000,50\n"))
    assert "desimalkomma" in comma[0] and "«1000,10100,1000,50»" in comma[0]


# --- 5: codes in scientific notation ---------------------------------------------------------------


def test_codes_in_scientific_notation_are_refused(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "prosjekt.csv",
                     "Ansvar;Art;Prosjekt;Beløp\n1200;10100;123456789012;10\n1200;10100;1,23457E+11;20\n")
    messages = refused(db, path)
    assert len(messages) == 1
    assert messages[0].startswith("Rad 3 i «prosjekt.csv» har «1,23457E+11» i kolonnen «Prosjekt» (prosjekt), som er "
                                  "en kode i vitenskapelig notasjon")


# --- 8: smaller things --------------------------------------------------------------------------------


def test_a_sheet_of_1048576_rows_is_reported_with_its_real_row_count(tmp_path: Path) -> None:
    rows = 1_048_576
    path = tmp_path / "stor.xlsx"
    template = write_xlsx(tmp_path / "mal.xlsx", [["Ansvar", "Beløp"]])
    with zipfile.ZipFile(template) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    body = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(2, rows + 1))
    sheet = parts["xl/worksheets/sheet1.xml"]
    start = sheet.index(b"<sheetData>") + len(b"<sheetData>")
    end = sheet.index(b"</sheetData>")
    sheet = sheet[:start] + sheet[start:end] + body + sheet[end:]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'<dimension ref="A1:B1"/>', b"")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(BudgetImportError, match="har 1 048 576 rader; grensen er 500 000"):
        plan_budget_import(path)
    csv_path = write_csv(tmp_path / "stor.csv", "Ansvar;Beløp\n" + "1200;1\n" * (rows - 1))
    with pytest.raises(BudgetImportError, match="har 1 048 576 rader; grensen er 500 000"):
        plan_budget_import(csv_path)


def test_a_header_naming_another_kind_or_year_gives_a_warning(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Ansvar", "Art", "Regnskap 2025"], [1200, 10100, 5]])
    plan = plan_budget_import(path)
    assert plan.kind_year_warnings(None, "budsjett", 2026) == [
        "Kolonnen «Regnskap 2025» ser ut til å være regnskap, men settet importeres som budsjett. Kontroller typen.",
        "Kolonnen «Regnskap 2025» nevner året 2025, men settet importeres for 2026. Kontroller året."]
    assert plan.kind_year_warnings(None, "regnskap", 2025) == []
    db_path = tmp_path / "w.sdb"
    code = run(build_parser().parse_args(["budget", "import", str(path), "--set", "B", "--kind", "budsjett", "--year",
                                          "2026", "--db", str(db_path), "--json"]))
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and len(data["warnings"]) == 2


def test_one_and_several_rows_are_counted_in_words(tmp_path: Path) -> None:
    rows = [["Ansvar", "Art", "Periode", "Beløp"], ["1200", "10100", 13, 5]]
    plan = plan_budget_import(write_xlsx(tmp_path / "p.xlsx", rows))
    assert "1 rad i periode 13 (årsavslutning) er tatt med i desember." in plan.notes
    rows.append(["1200", "10100", 13, 6])
    plan = plan_budget_import(write_xlsx(tmp_path / "p2.xlsx", rows))
    assert "2 rader i periode 13 (årsavslutning) er tatt med i desember." in plan.notes


# --- no ansvar column, several amount columns -----------------------------------------------------------


FORDE = ("prosjekt;prosjekt_tekst;teneste;konto;rekneskap_2011;budsjett_2012;budsjett_2013\n"
         "1001;Kjøp av grunn;31500;1954;45998;0;0\n"
         "1001;Kjøp av grunn;31500;2800;8750;100;0\n"
         "1275;Steinenfeltet;87000;9109;0;0;-3300000\n")


def test_a_file_without_ansvar_imports_when_the_user_confirms(tmp_path: Path, db: Database,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "forde.csv", FORDE)
    with pytest.raises(BudgetImportError, match="ingen kolonne for ansvar") as caught:
        plan_budget_import(path, amount_column="budsjett_2013")
    assert caught.value.hint is not None and caught.value.hint.kind == "confirm_no_ansvar"
    assert "--no-ansvar" not in str(caught.value)
    plan = plan_budget_import(path, amount_column="budsjett_2013", no_ansvar=True)
    with db.session() as session:
        result = import_budget(session, plan, set_name="Førde", kind="budsjett", year=2013)
        lines = session.scalars(select(BudgetLine).where(BudgetLine.budget_set_id == result.set_id)).all()
        assert {line.ansvar for line in lines} == {""}
        by_funksjon = views.pivot(session, result.set_id, "funksjon")
        assert {(r.code, r.amount_ore) for r in by_funksjon.rows} == {("31500", 0), ("87000", -330_000_000)}
        by_prosjekt = views.pivot(session, result.set_id, "prosjekt")
        assert {(r.code, r.amount_ore) for r in by_prosjekt.rows} == {("1001", 0), ("1275", -330_000_000)}
        by_unit = views.pivot(session, result.set_id, "unit")
        assert [(r.unmapped, r.amount_ore) for r in by_unit.rows] == [(True, -330_000_000)]
    # The command line names its flag.
    code = run(build_parser().parse_args(["budget", "import", str(path), "--set", "F", "--all-amounts",
                                          "--db", str(tmp_path / "f.sdb")]))
    assert code == 1 and "--no-ansvar" in capsys.readouterr().err


def test_several_amount_columns_become_several_sets_in_one_transaction(tmp_path: Path, db: Database,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "forde.csv", FORDE)
    plan = plan_budget_import(path, all_amounts=True, no_ansvar=True)
    choices = plan.set_choices("Førde")
    assert [(c.name, c.kind, c.year) for c in choices] == [
        ("Førde rekneskap_2011", "regnskap", 2011), ("Førde budsjett_2012", "budsjett", 2012),
        ("Førde budsjett_2013", "budsjett", 2013)]
    # All or nothing: the third set's name is taken, so none of them is written.
    before = every_table(db)
    with pytest.raises(AppError, match="allerede et sett som heter «Før»"), db.session() as session:
        import_budget_sets(session, plan, [*choices[:2], SetChoice(choices[2].column, "Før", "budsjett", 2013)])
    assert every_table(db) == before
    with db.session() as session:
        results = import_budget_sets(session, plan, choices)
    assert [(r.set_name, r.total_ore) for r in results] == [
        ("Førde rekneskap_2011", 5_474_800), ("Førde budsjett_2012", 10_000), ("Førde budsjett_2013", -330_000_000)]
    with db.session() as session:
        kinds = dict(session.execute(select(BudgetSet.name, BudgetSet.year)).all())
    assert kinds["Førde rekneskap_2011"] == 2011 and kinds["Førde budsjett_2013"] == 2013
    # Bare years are amount columns too, each a budget for that year; --column corrects one.
    years = write_csv(tmp_path / "bergen.csv", "avdeling;tjeneste;2012;2013\n1;24410;3 484 248;3 500 000\n")
    code = run(build_parser().parse_args([
        "budget", "import", str(years), "--set", "Bergen", "--all-amounts", "--map", "avdeling=ansvar",
        "--column", "2012=regnskap:2012", "--db", str(tmp_path / "bergen.sdb"), "--json"]))
    out = capsys.readouterr()
    assert code == 0, out.err
    assert [(s["set"], s["total"]) for s in json.loads(out.out)["sets"]] == [
        ("Bergen 2012", "3484248.00"), ("Bergen 2013", "3500000.00")]
    bergen = open_database(tmp_path / "bergen.sdb")
    try:
        with bergen.session() as session:
            assert dict(session.execute(select(BudgetSet.name, BudgetSet.kind)).all()) == {
                "Bergen 2012": "regnskap", "Bergen 2013": "budsjett"}
    finally:
        bergen.close()


def test_a_reimport_of_the_same_lines_is_found_by_content(tmp_path: Path, db: Database) -> None:
    csv_path = write_csv(tmp_path / "r.csv", "Ansvar;Art;Beløp\n1200;10100;1 000,50\n1300;10500;-20\n")
    xlsx_path = write_xlsx(tmp_path / "r.xlsx", [["Regnskap"], ["Ansvar", "Art", "Beløp"], [1200, 10100, 1000.5],
                                                 [1300, 10500, -20], ["Sum", None, "=SUM(C3:C4)"]])
    with db.session() as session:
        import_budget(session, plan_budget_import(csv_path), set_name="Mars", kind="regnskap", year=2026)
    with pytest.raises(DuplicateImportError, match="«Mars»"), db.session() as session:
        import_budget(session, plan_budget_import(xlsx_path), set_name="Mars igjen", kind="regnskap", year=2026)


# --- files as offices save them -----------------------------------------------------------------


def test_two_columns_with_the_same_code_header_are_refused_until_the_user_chooses(tmp_path: Path) -> None:
    """«Ansvar» twice (a column copied next to the amounts): the first was taken without a word,
    so every line could land on the other column's unit."""
    path = write_xlsx(tmp_path / "to_ansvar.xlsx", [["Ansvar", "Art", "Ansvar", "Beløp"],
                                                    ["1200", "10100", "1300", 100]])
    with pytest.raises(BudgetImportError) as caught:
        plan_budget_import(path)
    assert str(caught.value) == (
        "Arket «Budsjett» i «to_ansvar.xlsx» har to kolonner som begge kan være ansvar: «Ansvar» (kolonne A) og "
        "«Ansvar» (kolonne C) (overskriftene står i rad 1). Velg hvilken kolonne som er ansvar.")
    assert caught.value.hint is not None and (caught.value.hint.kind, caught.value.hint.field) == ("map_column",
                                                                                                   "ansvar")
    plan = plan_budget_import(path, mapping={"C": "ansvar"})  # the user's choice, by column letter
    assert list(plan.lines.ansvar) == ["1300"] and list(plan.lines.amount_ore) == [10000]


def test_an_amount_excel_showed_in_scientific_notation_is_refused_not_stored(tmp_path: Path, db: Database) -> None:
    """A CSV saved from Excel with a too narrow «Standard» column: 123 456 789 012 became
    «1,23457E+11» and was stored as 123 457 000 000,00 kr."""
    path = write_csv(tmp_path / "smal.csv", "Ansvar;Art;Beløp\n1200;10100;1,23457E+11\n1300;10100;(-1 234)\n")
    messages = refused(db, path)
    assert messages[0].startswith("Rad 2 i «smal.csv» har beløpet «1,23457E+11» i kolonnen «Beløp»: det står i "
                                  "vitenskapelig notasjon")
    assert "Formater kolonnen som tall med to desimaler" in messages[0]
    assert messages[1].startswith("Rad 3 i «smal.csv» har beløpet «(-1 234)» i kolonnen «Beløp»: det har både "
                                  "minustegn og parentes")



@pytest.mark.parametrize("saved", [True, False], ids=["saved-values", "formulas-only"])
def test_excel_data_subtotal_rows_are_checked_totals_not_lines(tmp_path: Path, saved: bool) -> None:
    """Excel's Data → Subtotal writes «1200 Totalt» in the grouped (ansvar) column and
    SUBTOTAL(9,…) below each group, «Totalsum» at the end. «1200 Totalt» was read as ansvar 1200
    with a name, so each subtotal was imported as a line (the set doubled)."""
    def value(formula: str, amount: int) -> object:
        return amount if saved else formula

    rows = [["Ansvar", "Art", "Funksjon", "Beløp"],
            ["1200", "10100", "202", 100], ["1200", "10200", "202", 50],
            ["1200 Totalt", None, None, value("=SUBTOTAL(9,D2:D3)", 150)],
            ["1300", "10100", "202", 10],
            ["1300 Totalt", None, None, value("=SUBTOTAL(9,D5:D5)", 10)],
            ["Totalsum", None, None, value("=SUBTOTAL(9,D2:D6)", 160)]]
    plan = plan_budget_import(write_xlsx(tmp_path / "delsum.xlsx", rows))
    assert not plan.problems, plan.problems
    assert list(plan.lines.ansvar) == ["1200", "1200", "1300"]
    assert list(plan.lines.amount_ore) == [10000, 5000, 1000]
    assert [(s.row, s.checked) for s in plan.skips] == [(4, True), (6, True), (7, True)]
    assert not plan.unaccepted_skips


def test_a_line_that_looks_like_a_typed_subtotal_is_imported_with_a_warning_naming_its_row(tmp_path: Path) -> None:
    """«1200» with no art and 150 under 100 and 50 of ansvar 1200: by the rule a line (it has a
    code), but the user is told, since a subtotal imported as a line doubles its lines."""
    rows = [["Ansvar", "Art", "Tekst", "Beløp"], ["1200", "10100", "a", 100], ["1200", "10200", "b", 50],
            ["1200", None, "Sum ansvar", 150], ["1300", "10100", "c", 10], ["1300", None, "d", 7]]
    plan = plan_budget_import(write_xlsx(tmp_path / "delsum.xlsx", rows))
    assert list(plan.lines.amount_ore) == [10000, 5000, 15000, 1000, 700]  # the rule: a line
    warnings = [n for n in plan.notes if n.startswith("Advarsel")]
    assert len(warnings) == 1 and "1 rad (rad 4) mangler en kode som linjene over har" in warnings[0]

"""The budget import engine on generated files with every quirk of real exports.

Expected totals are computed in the tests from the values written, never by the importer.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.budget.importer import (
    BudgetImportError,
    DuplicateImportError,
    amount_columns,
    guess_mapping,
    import_budget,
    plan_budget_import,
)
from app.budget.profiles import delete_profile, find_profile, list_profiles, save_profile
from app.errors import AppError
from app.storage.database import Database
from db.models import AuditEntry, BudgetLine, BudgetSet


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], *, hidden: tuple[str, ...] = (),
               merges: dict[str, list[str]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
        for cells in (merges or {}).get(name, []):
            ws.merge_cells(cells)
    wb.save(path)
    return path


def count_lines(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(BudgetLine))


def db_lines(db: Database, set_name: str) -> list[tuple[str, str, str, str, int, int]]:
    with db.session() as session:
        return sorted(tuple(r) for r in session.execute(
            select(BudgetLine.ansvar, BudgetLine.art, BudgetLine.funksjon, BudgetLine.prosjekt, BudgetLine.period,
                   BudgetLine.amount_ore).join(BudgetSet).where(BudgetSet.name == set_name)).all())


def ore(text: str) -> int:
    """Øre from a plain decimal string, independently of the importer's parser."""
    return int(Decimal(text) * 100)


# --- columns ---------------------------------------------------------------------------------------


def test_headers_in_bokmal_nynorsk_and_english_are_recognised() -> None:
    assert guess_mapping(["Ansvar", "Art", "Funksjon", "Prosjekt", "Periode", "Beløp"]) == {
        0: "ansvar", 1: "art", 2: "funksjon", 3: "prosjekt", 4: "period", 5: "amount"}
    assert guess_mapping(["Ansvar", "Konto", "Teneste", "Månad", "Rekneskap"]) == {
        0: "ansvar", 1: "art", 2: "funksjon", 3: "period", 4: "amount"}
    assert guess_mapping(["Responsibility", "Account", "Function", "Project", "Month", "Amount"]) == {
        0: "ansvar", 1: "art", 2: "funksjon", 3: "prosjekt", 4: "period", 5: "amount"}
    assert guess_mapping(["Ansvar", "Ansvar (T)", "Konto", "kontotekst", "Tjeneste", "Tjenestenavn",
                          "prosjekt_tekst", "beloep", "Tekst"]) == {
        0: "ansvar", 1: "ansvar_name", 2: "art", 3: "art_name", 4: "funksjon", 5: "funksjon_name",
        6: "prosjekt_name", 7: "amount", 8: "text"}
    assert guess_mapping(["Mnd", "Beløp", "Merknad", "Noe annet"]) == {0: "period", 1: "amount", 2: "text"}


def test_several_amount_columns_each_get_a_kind_and_year() -> None:
    headers = ["ansvar", "art", "rekneskap_2011", "budsjett_2012", "Budsjett 2013", "Prognose"]
    columns = amount_columns(headers)
    assert [int(c) for c in columns] == [2, 3, 4, 5]
    assert [(c.header, c.kind, c.year) for c in columns] == [
        ("rekneskap_2011", "regnskap", 2011), ("budsjett_2012", "budsjett", 2012), ("Budsjett 2013", "budsjett", 2013),
        ("Prognose", "prognose", None)]


# --- the usual export ------------------------------------------------------------------------------

NYNORSK_ROWS: list[list[object]] = [
    ["Lindvik kommune"],
    ["Rekneskap og budsjett per ansvar, utskrive 23.11.2026"],
    [],
    ["Ansvar", "Ansvar (T)", "Konto", "Teneste", "Prosjekt", "rekneskap_2011", "budsjett_2012", "budsjett_2013"],
    [1200, "Vollan skule", 10100, 202, None, 1500000.5, 1400000, 1450000],
    [1200, "Vollan skule", 11000, 202, "P17", "12 345,60", "10 000", "-"],
    [1200, "Vollan skule", 16200, 202, None, "(250 000)", -200000, -210000.25],
    [1310, "Heimetenesta", 10100, 254, None, "2\u00a0000\u00a0000,00", 1900000, 1950000],
    [1310, "Heimetenesta", 17000, 254, None, "−55,5", None, 12],
]
TOTALS = {  # by hand from the rows above
    "rekneskap_2011": ore("1500000.5") + ore("12345.60") - ore("250000") + ore("2000000") - ore("55.5"),
    "budsjett_2012": ore("1400000") + ore("10000") - ore("200000") + ore("1900000"),
    "budsjett_2013": ore("1450000") - ore("210000.25") + ore("1950000") + ore("12"),
}


def test_title_rows_nynorsk_headers_and_three_amount_columns(tmp_path: Path, empty_db: Database) -> None:
    path = write_xlsx(tmp_path / "rekneskap.xlsx", {"Rekneskap": NYNORSK_ROWS})
    with pytest.raises(BudgetImportError) as caught:
        plan_budget_import(path)
    message = str(caught.value)
    assert "rekneskap_2011" in message and "budsjett_2012" in message and "budsjett_2013" in message
    assert [c.header for c in caught.value.columns] == ["rekneskap_2011", "budsjett_2012", "budsjett_2013"]

    for header, total in TOTALS.items():
        plan = plan_budget_import(path, amount_column=header)
        assert plan.header_row == 4
        assert [t.row for t in plan.title_rows] == [1, 2]
        assert not plan.problems and not plan.skips
        assert plan.total_ore == total
        with empty_db.session() as session:
            result = import_budget(session, plan, set_name=header, kind=plan.guessed_kind, year=plan.guessed_year)
        assert result.lines == 5 and result.total_ore == total
        assert not result.replaced
    with empty_db.session() as session:
        sets = {s.name: s for s in session.scalars(select(BudgetSet))}
        assert {n: (s.kind.value, s.year) for n, s in sets.items()} == {
            "rekneskap_2011": ("regnskap", 2011), "budsjett_2012": ("budsjett", 2012),
            "budsjett_2013": ("budsjett", 2013)}
        for name, total in TOTALS.items():
            assert session.scalar(select(func.sum(BudgetLine.amount_ore)).where(
                BudgetLine.budget_set_id == sets[name].id)) == total
    # The same column of the same file again is a duplicate; the other columns were not.
    with pytest.raises(DuplicateImportError, match="rekneskap_2011"), empty_db.session() as session:
        import_budget(session, plan_budget_import(path, amount_column="rekneskap_2011"), set_name="Igjen",
                      kind="regnskap", year=2011)
    lines = db_lines(empty_db, "rekneskap_2011")
    assert ("1200", "11000", "202", "P17", 0, ore("12345.60")) in lines
    assert ("1310", "17000", "254", "", 0, -ore("55.5")) in lines


def test_nothing_is_written_before_import(tmp_path: Path, empty_db: Database) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"Rekneskap": NYNORSK_ROWS})
    plan_budget_import(path, amount_column="budsjett_2012")
    assert count_lines(empty_db) == 0


# --- rows that are not lines -----------------------------------------------------------------------


def test_totals_headings_and_blank_rows_are_skipped_and_listed(tmp_path: Path, empty_db: Database) -> None:
    rows = [
        ["Ansvar", "Art", "Funksjon", "Beløp"],
        ["Oppvekst", None, None, None],  # a heading among the lines
        ["1200", "10100", "202", 100],
        ["1200", "11000", "202", 50.25],
        ["Sum 1200", None, None, 150.25],
        [],
        ["1300", "10100", "221", 300],
        [None, None, None, 450.25],  # a subtotal without a label
        ["Totalt", None, None, 450.25],
        [None, None, None, 99],  # an amount without codes that is no sum of the lines above
    ]
    path = write_xlsx(tmp_path / "budsjett.xlsx", {"Budsjett": rows})
    plan = plan_budget_import(path)
    assert [(s.row, s.kind, s.checked) for s in plan.skips] == [
        (2, "heading", False), (5, "total", True), (8, "total", True), (9, "total", True), (10, "total", False)]
    assert [s.row for s in plan.unaccepted_skips] == [10] and plan.skipped_total_ore == 9900
    assert plan.blank_rows == [6]
    assert plan.total_ore == 10000 + 5025 + 30000
    before = count_lines(empty_db)
    with pytest.raises(BudgetImportError) as caught, empty_db.session() as session:
        import_budget(session, plan, set_name="B", kind="budsjett", year=2026)
    message = str(caught.value)
    assert "Rad 10" in message and "99,00 kr" in message and "1 rad i" in message and "--accept-skips" not in message
    assert caught.value.hint is not None and caught.value.hint.kind == "accept_skips"
    assert count_lines(empty_db) == before
    with empty_db.session() as session:
        result = import_budget(session, plan, set_name="B", kind="budsjett", year=2026, accept_skips=True)
    assert result.lines == 3 and result.total_ore == 45025
    assert count_lines(empty_db) == 3


def test_merged_cells_and_hidden_sheets(tmp_path: Path, empty_db: Database) -> None:
    rows = [
        ["Budsjett 2026 for Lindvik kommune", None, None, None],  # merged over A1:D1
        ["Ansvar", "Art", "Funksjon", "Budsjett 2026"],
        ["1200", "10100", "202", 1000],
        [None, "11000", "202", 200],  # ansvar merged over A3:A4
        ["1300", "10100", "221", 400],
    ]
    junk = [["Ansvar", "Beløp"], ["9999", 1_000_000]]
    path = write_xlsx(tmp_path / "flett.xlsx", {"Gammelt": junk, "Budsjett": rows}, hidden=("Gammelt",),
                      merges={"Budsjett": ["A1:D1", "A3:A4"]})
    plan = plan_budget_import(path)
    assert plan.sheet == "Budsjett" and plan.sheet_names == ["Gammelt", "Budsjett"]
    assert plan.lines.ansvar == ["1200", "1200", "1300"]
    assert plan.total_ore == 160000 and plan.guessed_year == 2026
    hidden = plan_budget_import(path, sheet="Gammelt")
    assert hidden.lines.ansvar == ["9999"] and hidden.total_ore == 100_000_000


def test_codes_that_lost_their_leading_zeros_get_them_back_only_to_equal_a_text_code(tmp_path: Path,
                                                                                      empty_db: Database) -> None:
    rows = [["Ansvar", "Art", "Funksjon", "Beløp"]]
    arts: list[object] = [1000, 10500, 11000, 12000, 27000, 2000]  # 01000 and 02000 lost their zero in Excel
    for art in arts:
        rows.append([1200, art, 202, 10])
    rows.append([1200, "01000", 202, 10])  # written as text once: 01000 exists, 02000 does not
    path = write_xlsx(tmp_path / "nuller.xlsx", {"Ark1": rows})
    plan = plan_budget_import(path)
    assert sorted(set(plan.lines.art)) == ["01000", "10500", "11000", "12000", "2000", "27000"]
    assert any("1000 → 01000" in note for note in plan.notes)
    assert set(plan.lines.ansvar) == {"1200"}  # no width is ever guessed


def test_semicolon_csv_in_windows_1252(tmp_path: Path, empty_db: Database) -> None:
    text = (
        "Regnskapsrapport per måned\r\n"
        "Ansvar;Ansvarsnavn;Art;Tjeneste;Periode;Beløp;Tekst\r\n"
        "1200;Vollan skole;01000;20200;202601;1 234 567,89;Lønn lærere\r\n"
        "1200;Vollan skole;01000;20200;202602;(1 000,00);Refusjon æøå\r\n"
        "1310;Hjemmetjenesten;11000;25400;3;-;\r\n"
        "1310;Hjemmetjenesten;11000;25400;mars;12,5;\r\n"
    )
    path = tmp_path / "visma.csv"
    path.write_bytes(text.encode("cp1252"))
    plan = plan_budget_import(path)
    assert not plan.problems and plan.sheet is None
    assert plan.total_ore == ore("1234567.89") - ore("1000") + ore("12.5")
    assert list(plan.lines.period) == [1, 2, 3, 3]
    assert plan.lines.text[1] == "Refusjon æøå"
    assert plan.names["ansvar"] == {"1200": "Vollan skole", "1310": "Hjemmetjenesten"}
    assert plan.periods == (1, 3)
    with empty_db.session() as session:
        import_budget(session, plan, set_name="Regnskap mars", kind="regnskap", year=2026, accept_skips=True)
        budget_set = session.scalar(select(BudgetSet))
        assert (budget_set.period_from, budget_set.period_to) == (1, 3)
        assert budget_set.source_file_name == "visma.csv" and len(budget_set.source_hash) == 64
        # Lines written past the ORM read back through it like any other row.
        lines = session.scalars(select(BudgetLine)).all()
        assert len({line.id for line in lines}) == 4 and all(line.id.version == 4 for line in lines)
        assert all(line.budget_set is budget_set and line.version == 1 for line in lines)
        assert lines[0].created_at.replace(tzinfo=None) == budget_set.imported_at.replace(tzinfo=None)
    assert ("1200", "01000", "20200", "", 1, ore("1234567.89")) in db_lines(empty_db, "Regnskap mars")


# --- problems --------------------------------------------------------------------------------------


def test_every_problem_names_sheet_row_column_and_value(tmp_path: Path, empty_db: Database) -> None:
    rows = [
        ["Ansvar", "Art", "Periode", "Beløp"],
        ["1200", "10100", 1, "12,4,5"],
        ["1200", "10100", 14, 10],
        [None, "10100", 2, 10],
        ["1200", "10100", 3, "abc"],
    ]
    path = write_xlsx(tmp_path / "feil.xlsx", {"Regnskap": rows})
    plan = plan_budget_import(path)
    assert [(p.sheet, p.row, p.column, p.value) for p in plan.problems] == [
        ("Regnskap", 2, "Beløp", "12,4,5"), ("Regnskap", 3, "Periode", "14"), ("Regnskap", 4, "Ansvar", ""),
        ("Regnskap", 5, "Beløp", "abc")]
    assert plan.problems[0].message.startswith(
        "Rad 2 i arket «Regnskap» i «feil.xlsx» har beløpet «12,4,5» i kolonnen «Beløp», som ikke er et tall.")
    with pytest.raises(BudgetImportError) as caught, empty_db.session() as session:
        import_budget(session, plan, set_name="R", kind="regnskap", year=2026, accept_skips=True)
    assert "4 feil" in str(caught.value)
    assert count_lines(empty_db) == 0


def test_user_mapping_corrects_a_guess(tmp_path: Path) -> None:
    rows = [["Ansv", "Kto", "Sum kr"], ["1200", "10100", 5], ["1300", "10100", 7]]
    path = write_xlsx(tmp_path / "rare.xlsx", {"Ark1": rows})
    with pytest.raises(BudgetImportError) as caught:
        plan_budget_import(path)
    assert "--map" not in str(caught.value) and caught.value.hint.kind == "map_column"
    plan = plan_budget_import(path, mapping={"Ansv": "ansvar", "Kto": "art", "Sum kr": "amount"})
    assert plan.lines.ansvar == ["1200", "1300"] and plan.lines.art == ["10100", "10100"] and plan.total_ore == 1200
    with pytest.raises(BudgetImportError, match="Fant ingen kolonne «Nei»"):
        plan_budget_import(path, mapping={"Ansv": "ansvar", "Kto": "art", "Nei": "amount"})


# --- sets ------------------------------------------------------------------------------------------


def small_file(path: Path, amount: float = 100) -> Path:
    return write_xlsx(path, {"Ark1": [["Ansvar", "Art", "Periode", "Beløp"], ["1200", "10100", 3, amount],
                                      ["1200", "11000", 5, amount * 2]]})


def test_same_file_twice_is_refused_and_replace_replaces(tmp_path: Path, empty_db: Database) -> None:
    path = small_file(tmp_path / "jan.xlsx")
    with empty_db.session() as session:
        first = import_budget(session, plan_budget_import(path), set_name="Regnskap 2026", kind="regnskap", year=2026)
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "budget_set")).all()
        assert len(entries) == 1 and "2 linjer" in entries[0].summary
    with empty_db.session() as session:
        budget_set = session.get(BudgetSet, first.set_id)
        assert (budget_set.period_from, budget_set.period_to) == (3, 5)
    with pytest.raises(DuplicateImportError) as caught, empty_db.session() as session:
        import_budget(session, plan_budget_import(path), set_name="Annet navn", kind="regnskap", year=2026)
    assert caught.value.set_name == "Regnskap 2026" and "Regnskap 2026" in str(caught.value)
    assert count_lines(empty_db) == 2
    with empty_db.session() as session:
        again = import_budget(session, plan_budget_import(path), set_name="Annet navn", kind="regnskap", year=2026,
                              replace=True)
    assert again.replaced and again.set_id != first.set_id
    with empty_db.session() as session:
        assert session.scalars(select(BudgetSet.name)).all() == ["Annet navn"]
    assert count_lines(empty_db) == 2


def test_a_taken_name_needs_replace(tmp_path: Path, empty_db: Database) -> None:
    with empty_db.session() as session:
        import_budget(session, plan_budget_import(small_file(tmp_path / "a.xlsx")), set_name="B", kind="budsjett",
                      year=2026)
    other = plan_budget_import(small_file(tmp_path / "b.xlsx", amount=7))
    with pytest.raises(AppError, match="allerede et sett som heter «B»"), empty_db.session() as session:
        import_budget(session, other, set_name="B", kind="budsjett", year=2026)
    with empty_db.session() as session:
        result = import_budget(session, other, set_name="B", kind="budsjett", year=2026, replace=True)
    assert result.replaced and result.total_ore == 2100
    assert sum(line[-1] for line in db_lines(empty_db, "B")) == 2100


def test_kind_and_year_are_checked(tmp_path: Path, empty_db: Database) -> None:
    plan = plan_budget_import(small_file(tmp_path / "a.xlsx"))
    with pytest.raises(AppError, match="budsjett, regnskap eller prognose"), empty_db.session() as session:
        import_budget(session, plan, set_name="X", kind="tull", year=2026)
    with pytest.raises(AppError, match="Oppgi året") as caught, empty_db.session() as session:
        import_budget(session, plan, set_name="X", kind="budsjett")
    assert caught.value.hint is not None and caught.value.hint.kind == "choose_kind_year"
    assert count_lines(empty_db) == 0


# --- profiles --------------------------------------------------------------------------------------


def test_a_saved_profile_is_found_for_a_file_with_its_headers(empty_db: Database) -> None:
    mapping = {"Ansv": "ansvar", "Kto": "art", "Sum kr": "amount"}
    with empty_db.session() as session:
        saved = save_profile(session, "Visma månedsrapport", mapping, code_widths={"art": 5})
        assert saved["mapping"] == mapping
    with empty_db.session() as session:
        profile = find_profile(session, ["Ansv", "Kto", "Sum kr", "Noe mer"])
        assert profile is not None and profile.name == "Visma månedsrapport"
        assert profile.mapping == mapping and profile.code_widths == {"art": 5}
        assert find_profile(session, ["Ansv", "Kto"]) is None
        assert [p.name for p in list_profiles(session)] == ["Visma månedsrapport"]
        with pytest.raises(AppError, match="ikke et felt"):
            save_profile(session, "Feil", {"A": "tull"})
    with empty_db.session() as session:
        delete_profile(session, "visma månedsrapport")
    with empty_db.session() as session:
        assert list_profiles(session) == []


def test_without_calamine_the_safe_reader_gives_the_same_lines(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"Rekneskap": NYNORSK_ROWS})
    with_calamine = plan_budget_import(path, amount_column="budsjett_2013")
    monkeypatch.setitem(__import__("sys").modules, "python_calamine", None)  # import fails as if not installed
    without = plan_budget_import(path, amount_column="budsjett_2013")
    assert without.lines.ansvar == with_calamine.lines.ansvar
    assert list(without.lines.amount_ore) == list(with_calamine.lines.amount_ore)
    assert without.total_ore == TOTALS["budsjett_2013"]

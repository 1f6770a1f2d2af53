"""Issue 15, «never store a guess»: a number cell formatted as a percentage (0.15 shown as
«15 %») or as a date (45658 shown as «01.01.2025») in an amount column is no amount in kroner.
It was imported as 0,15 kr and 45 658 kr; now it is refused naming file, sheet, row and column,
and every table is left as it was. Other formats (``#,##0 "kr"``, a «%» in quotes) and the code
and text columns are not affected."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.budget.importer import plan_budget_import
from app.io.reading import Mark, open_rows
from app.storage.database import Database
from tests.app.budget.test_real_file_rules import db, refused  # noqa: F401  (the fixture)


def write_formatted(path: Path, rows: list[tuple[list[object], str | None]]) -> Path:
    """A sheet «Budsjett» with a header and rows whose column C (the amount) gets the format given."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Budsjett"
    sheet.append(["Ansvar", "Art", "Tekst", "Beløp"])
    for number, (row, number_format) in enumerate(rows, 2):
        sheet.append(row)
        if number_format is not None:
            sheet.cell(number, 4).number_format = number_format
    book.save(path)
    return path


def test_percent_and_date_cells_in_the_amount_column_are_refused_naming_row_and_column(
        tmp_path: Path, db: Database) -> None:  # noqa: F811
    path = write_formatted(tmp_path / "prosent.xlsx", [
        (["1200", "10100", "Lønn", 0.15], "0%"),
        (["1300", "10100", "Husleie", 0.125], "0.0 %"),
        (["1400", "10100", "Strøm", 1234], '#,##0 "kr"'),
        (["1500", "10100", "Dato", 45658], "dd.mm.yyyy"),
        (["1600", "10100", "Tekst-prosent", 5], '0 "%"'),
        (["1700", "10100", "Vanlig", 99.5], None),
    ])
    messages = refused(db, path)
    assert len(messages) == 3
    assert messages[0].startswith("Rad 2 i arket «Budsjett» i «prosent.xlsx» har «15 %» i beløpskolonnen «Beløp»: "
                                  "cellen er formatert som prosent (lagret verdi 0.15)")
    assert "et beløp i kroner kan ikke være en prosent" in messages[0]
    assert messages[1].startswith("Rad 3 i arket «Budsjett» i «prosent.xlsx» har «12,5 %» i beløpskolonnen «Beløp»")
    assert messages[2].startswith("Rad 5 i arket «Budsjett» i «prosent.xlsx» har datoen «2025-01-01» i "
                                  "beløpskolonnen «Beløp»: cellen er formatert som dato (lagret tall 45658)")
    plan = plan_budget_import(path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Beløp"), (3, "Beløp"), (5, "Beløp")]


def test_a_normal_workbook_and_other_formats_import_unchanged(tmp_path: Path) -> None:
    path = write_formatted(tmp_path / "vanlig.xlsx", [
        (["1200", "10100", "Lønn", 1234], '#,##0 "kr"'),
        (["1300", "10100", "Tekst-prosent", 5], '0 "%"'),
        (["1400", "10100", "Vanlig", 99.5], "#,##0.00"),
        (["1500", "10100", "Escape", 7], "0\\%"),
    ])
    plan = plan_budget_import(path)
    assert not plan.problems
    assert list(plan.lines.amounts[0]) == [123_400, 500, 9_950, 700]


def test_percent_and_date_formats_outside_the_amount_column_are_not_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Budsjett"
    sheet.append(["Ansvar", "Art", "Andel", "Bilagsdato", "Beløp"])
    sheet.append(["1200", "10100", 0.15, 45658, 1000])
    sheet["C2"].number_format = "0%"
    sheet["D2"].number_format = "dd.mm.yyyy"
    path = tmp_path / "andel.xlsx"
    book.save(path)
    plan = plan_budget_import(path)
    assert not plan.problems
    assert list(plan.lines.amounts[0]) == [100_000]


def test_the_reading_layer_marks_percent_and_date_cells_only(tmp_path: Path) -> None:
    path = write_formatted(tmp_path / "merker.xlsx", [
        (["1200", "10100", "a", 0.15], "0%"),
        (["1300", "10100", "b", 1234], '#,##0 "kr"'),
        (["1400", "10100", "c", 45658], "d/m/yy"),
        (["1500", "10100", "d", 5], '[Red]0 "%";0'),
    ])
    source = open_rows(path)
    assert source.marks == {(2, 3): Mark("percent", "0.15"), (4, 3): Mark("date", "45658")}
    plain = open_rows(write_formatted(tmp_path / "vanlig.xlsx", [(["1200", "10100", "a", 5], None)]))
    assert plain.marks == {}


def test_the_bounded_fallback_reader_marks_them_too_and_read_table_does_not_by_default(tmp_path: Path) -> None:
    """open_rows reads a sheet that reaches too far for calamine with read_table(style_marks=True);
    the org and indicator importers call read_table without it (an indicator may be a percentage)."""
    from app.io.reading import read_table

    path = write_formatted(tmp_path / "reserve.xlsx", [
        (["1200", "10100", "a", 0.15], "0.0%"),
        (["1300", "10100", "b", 1234], '#,##0 "kr"'),
        (["1400", "10100", "c", 45658], "yyyy-mm-dd"),
    ])
    assert read_table(path, style_marks=True).marks == {(2, 3): Mark("percent", "0.15"),
                                                         (4, 3): Mark("date", "45658")}
    assert read_table(path).marks == {}

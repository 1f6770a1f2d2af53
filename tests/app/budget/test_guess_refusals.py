"""The attack on issue 15's importer: files that gave a wrong number that looked right. Each is
refused, naming file, row and column, and nothing is stored."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.budget.importer import BudgetImportError, plan_budget_import
from app.budget.numbers import AmountError, parse_amount
from app.storage.database import Database
from tests.app.budget.test_real_file_rules import db, refused, write_csv, write_xlsx  # noqa: F401  (db: a fixture)

# --- 3: spaces that do not group thousands, two signs, more decimals than øre ----------------------


@pytest.mark.parametrize("text", ["1 000 00", "12 34", "-1 0", "1234 567", "1 2345", "1\u00a0000\u00a000",
                                  "12\u202f34", "+-5", "-5-", "+(5)", "1,2345", "-0,125", "1 234,567"])
def test_amounts_nobody_can_read_for_certain_are_refused(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


@pytest.mark.parametrize(("text", "ore"), [("1 234 567,89", 123456789), ("1\u00a0234", 123400), ("- 1 234", -123400),
                                          ("kr 1 234,50", 123450), ("+5", 500), ("1,2300", 123),
                                          ("12 345 678", 1234567800),
                                          ("1 234-", -123400), ("(1 234)", -123400), ("999", 99900)])
def test_grouped_and_plain_amounts_still_read(text: str, ore: int) -> None:
    assert parse_amount(text) == ore


@pytest.mark.parametrize(("amount", "words"), [("1 000 00", "mellomrom"), ("12 34", "mellomrom"), ("-1 0", "mellomrom"),
                                               ("+-5", "fortegn"), ("1,2345", "desimaler")])
def test_a_csv_amount_with_such_a_value_is_refused_naming_row_and_column(tmp_path: Path, db: Database,  # noqa: F811
                                                                         amount: str, words: str) -> None:
    path = write_csv(tmp_path / "mellomrom.csv", f"ansvar;art;beløp\n1200;10100;100\n1200;10100;{amount}\n")
    messages = refused(db, path)
    assert len(messages) == 1
    assert messages[0].startswith(f"Rad 3 i «mellomrom.csv» har beløpet «{amount}» i kolonnen «beløp»")
    assert words in messages[0]
    plan = plan_budget_import(path)
    assert plan.problems[0].row == 3 and plan.problems[0].column == "beløp"


# --- 1: a quote that opens a field and is not closed where it should be -----------------------------

HEADER = "omraade;art;ansvar;tjeneste;prosjekt_tekst;beloep\n"


def lines(count: int) -> str:
    return "".join(f"Drift;10100;{1200 + n};20100;Prosjekt {n};{n + 1} 000,00\n" for n in range(count))


def refused_file(db: Database, path: Path) -> str:  # noqa: F811
    """Plan a file refused as a whole; returns the message; asserts nothing was written."""
    from tests.app.budget.test_real_file_rules import every_table

    before = every_table(db)
    with pytest.raises(BudgetImportError) as caught:
        plan_budget_import(path)
    assert every_table(db) == before
    return str(caught.value)


def test_a_quote_never_closed_is_refused_naming_row_and_column_not_swallowing_the_rest(tmp_path: Path,
                                                                                        db: Database) -> None:  # noqa: F811
    path = write_csv(tmp_path / "anførsel.csv", HEADER + lines(100)
                     + 'Drift;10100;1300;20100;"12 TOMMER rør;5 000,00\n' + lines(70))
    message = refused_file(db, path)
    assert message.startswith("Rad 102, kolonne 5 («prosjekt_tekst») i «anførsel.csv» begynner med et "
                              "anførselstegn som aldri lukkes")


def test_a_quote_closed_lines_later_is_refused(tmp_path: Path, db: Database) -> None:  # noqa: F811
    path = write_csv(tmp_path / "anførsel.csv", HEADER + lines(30) + 'Drift;10100;1300;20100;"12 TOMMER rør;5 000,00\n'
                     + lines(5) + 'Drift;10100;1300;20100;Rør 3" x;5 000,00\n' + lines(5))
    message = refused_file(db, path)
    assert message.startswith("Rad 32, kolonne 5 («prosjekt_tekst») i «anførsel.csv» begynner med et "
                              "anførselstegn som først lukkes 6 linjer senere")


def test_a_quote_never_closed_on_the_last_line_is_refused(tmp_path: Path, db: Database) -> None:  # noqa: F811
    for ending in ("\n", ""):
        path = write_csv(tmp_path / "slutt.csv", HEADER + lines(3) + 'Drift;10100;1300;20100;"Rør;5 000,00' + ending)
        message = refused_file(db, path)
        assert message.startswith("Rad 5, kolonne 5 («prosjekt_tekst») i «slutt.csv» begynner med et anførselstegn "
                                  "som aldri lukkes")


def test_a_quoted_text_with_line_breaks_still_imports(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "linjeskift.csv", HEADER + lines(2)
                     + 'Drift;10100;1300;20100;"Rør; 3 tommer\nandre linje; med semikolon";5 000,00\n' + lines(2))
    plan = plan_budget_import(path)
    assert not plan.problems
    assert list(plan.lines.amount_ore) == [100000, 200000, 500000, 100000, 200000]
    assert plan.lines.ansvar[2] == "1300"


# --- 6: a line far too long or with far too many fields is refused at once -------------------------


def test_a_line_of_ten_megabytes_is_refused_at_once_with_its_own_message(tmp_path: Path,
                                                                         db: Database) -> None:  # noqa: F811
    path = write_csv(tmp_path / "lang.csv", "ansvar;art;beloep\n" + "x;" * 5_000_000 + "\n")
    message = refused_file(db, path)
    assert message.startswith("Rad 2 i «lang.csv» er 10 000 001 tegn lang; grensen er 1 000 000 tegn per linje")
    assert "desimalkomma" not in message


def test_a_row_of_thousands_of_fields_is_refused_with_its_own_message(tmp_path: Path,
                                                                      db: Database) -> None:  # noqa: F811
    path = write_csv(tmp_path / "bred.csv", "ansvar;art;beloep\n1200;10100;5\n" + "x;" * 5000 + "\n")
    message = refused_file(db, path)
    assert message.startswith("Rad 3 i «bred.csv» har 5 001 felt; grensen er 1 000")
    assert "desimalkomma" not in message


# --- 4: a sheet row wider than its header ---------------------------------------------------------


def test_a_value_in_a_sheet_column_without_header_is_refused_naming_row_and_column(tmp_path: Path,
                                                                                    db: Database) -> None:  # noqa: F811
    path = write_xlsx(tmp_path / "bred.xlsx", [["Ansvar", "Art", "Beløp"], ["1200", "10100", 100],
                                               ["1200", "10100", 200, None, 12345]])
    messages = refused(db, path)
    assert len(messages) == 1
    assert messages[0].startswith("Rad 3 i arket «Budsjett» i «bred.xlsx» har verdien «12345» i kolonne E, til "
                                  "høyre for den siste kolonnen med overskrift («Beløp»)")
    plan = plan_budget_import(path)
    assert (plan.problems[0].row, plan.problems[0].column) == (3, "kolonne E")


def test_an_empty_cell_past_the_header_is_no_problem(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bred.xlsx", [["Ansvar", "Art", "Beløp"], ["1200", "10100", 100, None, " "]])
    plan = plan_budget_import(path)
    assert not plan.problems and list(plan.lines.amount_ore) == [10000]


# --- 5: an amount merged over several data rows -----------------------------------------------------


def test_an_amount_merged_over_two_data_rows_is_refused_naming_the_range(tmp_path: Path,
                                                                          db: Database) -> None:  # noqa: F811
    path = write_xlsx(tmp_path / "flettet.xlsx", [["Ansvar", "Art", "Beløp"], ["1200", "10100", 100],
                                                  ["1200", "10200", 300], ["1300", "10100", None]])
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("C3:C4")
    book.save(path)
    messages = refused(db, path)
    assert len(messages) == 1
    assert messages[0].startswith("Rad 3 i arket «Budsjett» i «flettet.xlsx»: cellene C3:C4 i beløpskolonnen "
                                  "«Beløp» er slått sammen over 2 rader med tall")


# --- 7: leading zeros come from the file, never from the database -----------------------------------


def test_the_same_file_stores_the_same_codes_whatever_the_database_holds(tmp_path: Path,
                                                                          db: Database) -> None:  # noqa: F811
    from sqlalchemy import select

    from app.budget.importer import import_budget
    from db.models import BudgetLine, BudgetSet

    five = write_xlsx(tmp_path / "fem.xlsx", [["Ansvar", "Art", "Beløp"], ["1200", "04290", 10], ["1200", "00990", 5]])
    with db.session() as session:  # a database whose art codes are five digits, two with a leading zero
        import_budget(session, plan_budget_import(five), set_name="Fem", kind="budsjett", year=2026)
    numbers = write_xlsx(tmp_path / "tall.xlsx", [["Ansvar", "Art", "Beløp"], [1200, 4290, 100], [1200, 990, 50]])
    with db.session() as session:  # before, the database's 04290 and 00990 gave these numbers their zeros
        import_budget(session, plan_budget_import(numbers), set_name="Tall", kind="budsjett", year=2026)
    with db.session() as session:
        stored = session.scalars(select(BudgetLine.art).join(BudgetSet).where(BudgetSet.name == "Tall")
                                 .order_by(BudgetLine.amount_ore.desc())).all()
    assert stored == ["4290", "990"]


# --- 8: messages that say what the file is and where to fix it ---------------------------------------


def test_an_ods_date_cell_is_said_to_be_stored_as_a_date_to_fix_in_the_spreadsheet(tmp_path: Path,
                                                                                   db: Database) -> None:  # noqa: F811
    from tests.app.budget.test_number_formats_xls_ods import cell, row, text, write_ods

    path = write_ods(tmp_path / "dato.ods", [row(text("Ansvar"), text("Art"), text("Beløp")),
                                             row(text("1200"), text("10100"), cell("2023-03-15", "date"))])
    messages = refused(db, path)
    assert "(lagret som dato 2023-03-15)" in messages[0] and "lagret tall" not in messages[0]
    assert "i regnearket" in messages[0] and "Excel" not in messages[0]


def test_a_csv_renamed_to_xlsx_is_called_a_text_file_with_the_wrong_ending(tmp_path: Path,
                                                                            db: Database) -> None:  # noqa: F811
    path = write_csv(tmp_path / "egentlig.xlsx", "ansvar;art;beløp\n1200;10100;100\n")
    message = refused_file(db, path)
    assert message.startswith("«egentlig.xlsx» er ikke et .xlsx-regneark, men ser ut som en tekstfil (CSV) lagret "
                              "med feil filendelse")
    assert "skadet" not in message


def test_a_binary_file_with_a_spreadsheet_ending_is_not_an_archive(tmp_path: Path, db: Database) -> None:  # noqa: F811
    path = tmp_path / "rot.xlsx"
    path.write_bytes(bytes(range(256)) * 4)
    assert "filen er ikke et zip-arkiv slik en .xlsx-fil skal være" in refused_file(db, path)

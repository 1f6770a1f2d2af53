"""The same lines again, from an xlsx whose number cells lost the zeros the CSV's text codes
have: found as the same set (the walk imported Sogndal's xlsx after its CSV and got only a
name clash, so a second name would have imported the same money twice)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.budget.importer import DuplicateImportError, import_budget, plan_budget_import
from app.storage.database import Database, open_database
from db.models import BudgetKind, BudgetLine, BudgetSet


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "b.sdb")
    yield database
    database.close()


def test_an_xlsx_that_lost_the_zeros_of_the_csv_is_the_same_set(tmp_path: Path, db: Database) -> None:
    csv = tmp_path / "regnskap.csv"
    csv.write_text("Ansvar;Art;Funksjon;Beløp\n1000;00300;120;100,50\n1000;00310;121;-20\n", encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Ansvar", "Art", "Funksjon", "Beløp"], [1000, 300, 120, 100.5], [1000, 310, 121, -20]):
        sheet.append(row)
    xlsx = tmp_path / "regnskap.xlsx"
    book.save(xlsx)

    with db.session() as session:
        import_budget(session, plan_budget_import(csv), set_name="Regnskap", kind=BudgetKind.REGNSKAP, year=2013)
    with pytest.raises(DuplicateImportError) as caught, db.session() as session:
        import_budget(session, plan_budget_import(xlsx), set_name="Regnskap fra Excel", kind=BudgetKind.REGNSKAP,
                      year=2013)
    assert "«Regnskap»" in str(caught.value) and "regnskap.csv" in str(caught.value)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(BudgetSet)) == 1
        assert session.scalar(select(func.sum(BudgetLine.amount_ore))) == 8050


def test_codes_as_written_still_find_a_set_imported_with_the_old_hash(tmp_path: Path, db: Database) -> None:
    csv = tmp_path / "regnskap.csv"
    csv.write_text("Ansvar;Art;Funksjon;Beløp\n1000;00300;120;100,50\n", encoding="utf-8")
    plan = plan_budget_import(csv)
    with db.session() as session:
        import_budget(session, plan, set_name="Regnskap", kind=BudgetKind.REGNSKAP, year=2013)
        stored = session.scalars(select(BudgetSet)).one()
        stored.source_hash = plan.lines.content_hash(by_key=False)  # as an import before the keys counted
    with pytest.raises(DuplicateImportError), db.session() as session:
        import_budget(session, plan_budget_import(csv), set_name="Igjen", kind=BudgetKind.REGNSKAP, year=2013)

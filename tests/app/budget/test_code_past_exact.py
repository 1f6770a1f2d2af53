"""A code stored as a number at 2**53 or past it: a float no longer tells 9007199254740993 from
…992, so the code's last digit is not known. Refused naming row and column; before, the budget
import stored the code 9007199254740993 as «9007199254740992» (the bound was «past 2**53»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.org.importer import OrgImportError, plan_import
from app.storage.database import Database
from tests.app.budget.test_marks_hand_written import data_rows, sheet_xml, text, workbook
from tests.app.budget.test_real_file_rules import db, refused  # noqa: F401  (db: a fixture)


@pytest.mark.parametrize("stored", ["9007199254740993", "9007199254740992", "9.007199254740993E15"])
def test_a_numeric_ansvar_past_what_a_float_holds_exactly_is_refused(tmp_path: Path, db: Database,  # noqa: F811
                                                                     stored: str) -> None:
    rows = data_rows('<c r="C3"><v>7</v></c>').replace(text("A3", "1001"), f'<c r="A3"><v>{stored}</v></c>')
    path = workbook(tmp_path / "kode.xlsx", {"worksheets/sheet1.xml": sheet_xml(rows)})
    messages = refused(db, path)
    assert any("Rad 3" in m and "«Ansvar»" in m and "for stort til å være lagret nøyaktig" in m
               for m in messages), messages


def test_a_numeric_code_just_below_stays_as_written(tmp_path: Path) -> None:
    from app.budget.importer import plan_budget_import

    rows = data_rows('<c r="C3"><v>7</v></c>').replace(text("A3", "1001"), '<c r="A3"><v>9007199254740991</v></c>')
    plan = plan_budget_import(workbook(tmp_path / "kode.xlsx", {"worksheets/sheet1.xml": sheet_xml(rows)}))
    assert not plan.problems
    assert list(plan.lines.ansvar) == ["1000", "9007199254740991"]


def test_an_org_id_stored_as_such_a_float_is_refused(tmp_path: Path) -> None:
    rows = (f'<row r="1">{text("A1", "Id")}{text("B1", "Overordnet")}{text("C1", "Navn")}</row>'
            f'<row r="2">{text("A2", "1")}{text("C2", "Kommunen")}</row>'
            f'<row r="3"><c r="A3"><v>9.007199254740993E15</v></c>{text("B3", "1")}{text("C3", "Skole")}</row>')
    with pytest.raises(OrgImportError) as caught:
        plan_import(workbook(tmp_path / "enheter.xlsx", {"worksheets/sheet1.xml": sheet_xml(rows)}))
    assert any(str(p).startswith("Rad 3, kolonnen «Id»") and "nøyaktig" in str(p) for p in caught.value.problems)

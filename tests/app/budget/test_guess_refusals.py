"""The attack on issue 15's importer: files that gave a wrong number that looked right. Each is
refused, naming file, row and column, and nothing is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.budget.importer import plan_budget_import
from app.budget.numbers import AmountError, parse_amount
from app.storage.database import Database
from tests.app.budget.test_real_file_rules import db, refused, write_csv  # noqa: F401  (db: a fixture)

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

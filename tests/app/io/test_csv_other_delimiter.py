"""A CSV row written with another delimiter than the rest of the file («1001,10100,600» in a file
of «;») is one field: the budget import took it for a heading (one code, no amount) and left its
600 kr out without a word. Refused naming file, row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.budget.importer import plan_budget_import
from app.errors import AppError
from app.org.importer import plan_import


@pytest.mark.parametrize(("text", "other", "own"), [
    ("Ansvar;Art;Beløp\n1000;10100;500\n1001,10100,600\n", "komma", "semikolon"),
    ("Ansvar,Art,Beløp\n1000,10100,500\n1001;10100;600\n", "semikolon", "komma"),
    ("Ansvar\tArt\tBeløp\n1000\t10100\t500\n1001;10100;600\n", "semikolon", "tabulator"),
])
def test_a_budget_row_with_another_delimiter_is_refused(tmp_path: Path, text: str, other: str, own: str) -> None:
    path = tmp_path / "blandet.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AppError) as caught:
        plan_budget_import(path)
    message = str(caught.value)
    assert message.startswith("Rad 3, kolonne ") and "«blandet.csv»" in message
    assert f"skilt med {other}, ikke med {own}" in message


def test_an_org_row_with_another_delimiter_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "enheter.csv"
    path.write_text("Id;Overordnet;Navn\n1;;Kommunen\n2,1,Skole\n", encoding="utf-8")
    with pytest.raises(AppError) as caught:
        plan_import(path)
    assert "Rad 3, kolonne 1 («Id»)" in str(caught.value)


def test_a_short_row_whose_text_has_a_comma_still_imports(tmp_path: Path) -> None:
    """A text with a comma in a row that Excel wrote without its empty last fields is no mixed row."""
    path = tmp_path / "kort.csv"
    path.write_text("Ansvar;Art;Beløp;Tekst;Merknad\n1000;10100;500;Lønn, fast\n", encoding="utf-8")
    plan = plan_budget_import(path)
    assert not plan.problems
    assert list(plan.lines.amounts[0]) == [50000]

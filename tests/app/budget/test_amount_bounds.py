"""Amounts past what can be stored or summed, and a «1,5e3» that looks like a grouped number:
refused naming row and column, never a crash («uventet feil») and never a set whose every sum
fails (attack on issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.database import Database
from tests.app.budget.test_real_file_rules import db, refused, write_csv  # noqa: F401  (db: a fixture)


@pytest.mark.parametrize("amount", ["100 000 000 000 000 000", "-100000000000000000", "99999999999999999999999",
                                    "92233720368547758,07"])
def test_an_amount_over_a_billiard_in_a_csv_is_refused_not_a_crash(tmp_path: Path, db: Database,  # noqa: F811
                                                                   amount: str) -> None:
    path = write_csv(tmp_path / "stor.csv", f"Ansvar;Art;Beløp\n1000;10100;{amount}\n1001;10100;100\n")
    messages = refused(db, path)
    assert any("Rad 2" in m and "«Beløp»" in m and "billiard" in m for m in messages), messages


@pytest.mark.parametrize("other", ["1,234,567", "12,50", "7"])
def test_scientific_notation_that_looks_like_a_grouped_number_is_refused(tmp_path: Path, db: Database,  # noqa: F811
                                                                         other: str) -> None:
    """«1,5e3» has one comma and three characters after it, like «12,500»; read either way it is
    scientific notation."""
    path = write_csv(tmp_path / "e.csv", f'Ansvar;Art;Beløp\n1000;10100;"{other}"\n1001;10100;1,5e3\n')
    messages = refused(db, path)
    assert any("Rad 3" in m and "«1,5e3»" in m and "vitenskapelig notasjon" in m for m in messages), messages


def test_amounts_the_database_cannot_add_up_are_refused_at_the_row_where_the_sum_passes(tmp_path: Path,
                                                                                       db: Database) -> None:  # noqa: F811
    lines = "".join("1000;10100;900 000 000 000 000\n" for _ in range(120))
    path = write_csv(tmp_path / "sum.csv", "Ansvar;Art;Beløp\n" + lines)
    messages = refused(db, path)
    assert any("Rad 104" in m and "«Beløp»" in m and "summere" in m for m in messages), messages

"""The year proposed for an imported set: the amount column's header, else the one year in the
file name, else this year; and where the guess came from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.budget.importer import amount_columns
from app.budget.year_guess import YearGuess, guess_year, years_in_name

TODAY = date(2026, 12, 7)


def test_the_header_year_wins_over_the_file_name() -> None:
    columns = amount_columns(["ansvar", "art", "budsjett_2014"])
    assert guess_year("stavanger_investering_2016.csv", columns, today=TODAY) == \
        YearGuess(2014, "header", "budsjett_2014")


def test_a_bare_year_header_is_the_year() -> None:
    columns = amount_columns(["ansvar", "art", "2013"])
    assert guess_year("budsjett.xlsx", columns, today=TODAY) == YearGuess(2013, "header", "2013")


def test_the_chosen_column_first_then_the_others() -> None:
    columns = amount_columns(["ansvar", "rekneskap_2011", "budsjett_2012"])
    assert guess_year("fil.xlsx", columns, today=TODAY).year == 2011
    assert guess_year("fil.xlsx", columns[::-1], today=TODAY).year == 2012


@pytest.mark.parametrize("name, year", [
    ("stavanger_investering_2016.csv", 2016),
    ("sauda_investering_2013.xlsx", 2013),
    (Path("/home/ole/2019/budsjett 2021.xlsx"), 2021),  # the folder's year is not the file's
    ("2016 budsjett 2016.xlsx", 2016),  # the same year twice is one year
    ("regnskap-1995.ods", 1995),
])
def test_one_year_in_the_file_name(name: str | Path, year: int) -> None:
    columns = amount_columns(["ansvar", "art", "beloep"])  # a header without a year
    assert guess_year(name, columns, today=TODAY) == YearGuess(year, "file_name")


@pytest.mark.parametrize("name", [
    "okonomiplan_2016_2019.xlsx",  # two years: nothing certain
    "budsjett.csv",  # no year
    "eksport_20160101.csv",  # a date of eight digits, not a year
    "konto_12016.csv",  # five digits
    "budsjett_1989.csv",  # before 1990
    "budsjett_2100.csv",  # after 2099
])
def test_otherwise_the_current_year(name: str) -> None:
    assert guess_year(name, amount_columns(["ansvar", "beloep"]), today=TODAY) == YearGuess(2026, "today")


def test_without_columns_the_file_name_decides() -> None:
    assert guess_year("stavanger_investering_2016.csv", today=TODAY) == YearGuess(2016, "file_name")


def test_years_in_name_in_order() -> None:
    assert years_in_name("plan_2019-2016_2019.xlsx") == [2019, 2016]

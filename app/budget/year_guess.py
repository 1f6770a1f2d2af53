"""The year a budget or accounts file is for, guessed before the user confirms it.

A set imported for the wrong year is a quiet data error (a 2016 account filed as this year's),
so the import proposes the year the file itself says, and says where it found it:

1. the amount column's header («budsjett_2016», «rekneskap 2013», a bare «2016»): the importer
   reads kind and year from every amount column header (:class:`app.budget.importer.AmountColumn`,
   the same guess the several-sets import uses); the first column given that names a year wins;
2. else a four-digit year 1990–2099 in the file name, when it names exactly one year
   («stavanger_investering_2016.csv»); a name with two years («økonomiplan 2016–2019») says
   nothing certain;
3. else the current year.

The window shows the source beside the year («2016 (fra filnavnet)») so the user can check it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from app.budget.importer import AmountColumn

# The years the importer accepts (import_budget_sets refuses others).
FIRST_YEAR, LAST_YEAR = 1990, 2100
_NAME_YEAR = re.compile(r"(?<!\d)(199\d|20\d\d)(?!\d)")  # four digits, not part of a longer number

YearSource = Literal["header", "file_name", "today"]


@dataclass(frozen=True)
class YearGuess:
    """The proposed year and where it came from: ``header`` (with the header that names it),
    ``file_name`` or ``today``."""

    year: int
    source: YearSource
    header: str = ""


def years_in_name(file_name: str | PurePath) -> list[int]:
    """The distinct four-digit years (1990–2099) in a file name without its suffix, in order."""
    stem = PurePath(file_name).stem  # the name only: a year in a folder's name says nothing of the file
    found: list[int] = []
    for match in _NAME_YEAR.finditer(stem):
        year = int(match.group(1))
        if year not in found:
            found.append(year)
    return found


def guess_year(file_name: str | PurePath, columns: Iterable[AmountColumn] = (), *, today: date) -> YearGuess:
    """The year to propose for a set read from ``file_name`` whose amount columns are ``columns``
    (the chosen column first): a header's year, else the file name's one year, else ``today``'s."""
    for column in columns:
        if column.year is not None and FIRST_YEAR <= column.year <= LAST_YEAR:
            return YearGuess(column.year, "header", column.header)
    years = years_in_name(file_name)
    if len(years) == 1:
        return YearGuess(years[0], "file_name")
    return YearGuess(today.year, "today")

"""The org importer reads the same marks as the budget importer: a formula without a saved value
or an error value in a used column is refused naming row and column (issue 15's rule «a value
nobody can know for certain is refused»). Before, openpyxl's «=E2*2» in Årsverk imported as 0
årsverk, a formula in Ansvar as a unit without ansvar, and «#N/A» as a unit's name, without a word."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.org.importer import OrgImportError, plan_import

HEADER = ["Id", "Overordnet", "Navn", "Ansvar", "Årsverk"]


def unit_list(path: Path, third: list[object]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Enheter"
    for row in (HEADER, ["1", None, "Kommunen", "1000", 2], third):
        sheet.append(row)
    book.save(path)  # openpyxl saves a formula without its value
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(OrgImportError) as caught:
        plan_import(path)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(("third", "column", "shown"), [
    (["2", "1", "Skole", "2000", "=E2*2"], "Årsverk", "=E2*2"),
    (["2", "1", "Skole", "=D2+1000", 3], "Ansvar", "=D2+1000"),
    (["2", "=A2", "Skole", "2000", 3], "Overordnet", "=A2"),
])
def test_a_formula_without_a_saved_value_in_a_used_column_is_refused(tmp_path: Path, third: list[object],
                                                                      column: str, shown: str) -> None:
    messages = problems_of(unit_list(tmp_path / "enheter.xlsx", third))
    assert any(m.startswith(f"Rad 3, kolonnen «{column}»") and f"«{shown}» uten lagret verdi" in m
               for m in messages), messages


def test_an_error_value_in_the_name_column_is_refused_not_taken_as_the_name(tmp_path: Path) -> None:
    path = unit_list(tmp_path / "feil.xlsx", ["2", "1", "XNAMEX", "2000", 3])
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    shared = parts.get("xl/sharedStrings.xml", b"")
    if b"XNAMEX" in sheet:  # an inline string
        start = sheet.rindex(b"<c ", 0, sheet.index(b"XNAMEX"))
    else:  # a shared string: the cell C3 refers to it
        start = sheet.index(b'<c r="C3"')
        assert b"XNAMEX" in shared
    end = sheet.index(b"</c>", start) + 4
    parts["xl/worksheets/sheet1.xml"] = sheet[:start] + b'<c r="C3" t="e"><v>#N/A</v></c>' + sheet[end:]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    messages = problems_of(path)
    assert any(m.startswith("Rad 3, kolonnen «Navn»") and "«#N/A»" in m for m in messages), messages

"""OpenDocument cells calamine reads as empty while the cell shows a number: a number cell
without its value, and a value written with another namespace prefix than «office:». Each was
imported as 0 kr without a word; refused naming file, sheet, row and column."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.budget.importer import plan_budget_import
from app.errors import AppError

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def cell(text: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def ods(path: Path, amount_cell: str) -> Path:
    rows = [cell("Ansvar") + cell("Art") + cell("Beløp"),
            cell("1000") + cell("10100") + '<table:table-cell office:value-type="float" office:value="5">'
            "<text:p>5</text:p></table:table-cell>",
            cell("1001") + cell("10100") + amount_cell]
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Budsjett">'
               + "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
               + "</table:table></office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'))
        archive.writestr("content.xml", content)
    return path


@pytest.mark.parametrize(("amount_cell", "words"), [
    ('<table:table-cell office:value-type="float"><text:p>1 234</text:p></table:table-cell>', "uten lagret verdi"),
    ('<table:table-cell office:value-type="currency"><text:p>1 234 kr</text:p></table:table-cell>',
     "uten lagret verdi"),
    ('<table:table-cell xmlns:o2="urn:oasis:names:tc:opendocument:xmlns:office:1.0" o2:value-type="float" '
     'o2:value="9"><text:p>9</text:p></table:table-cell>', "navneromsprefikser"),
])
def test_a_number_calamine_cannot_see_is_refused(tmp_path: Path, amount_cell: str, words: str) -> None:
    with pytest.raises(AppError) as caught:
        plan_budget_import(ods(tmp_path / "tall.ods", amount_cell))
    message = str(caught.value)
    assert message.startswith("«tall.ods», arket «Budsjett», rad 3, kolonne C") and words in message


def test_a_number_with_its_value_and_a_formula_with_its_value_still_import(tmp_path: Path) -> None:
    amount = ('<table:table-cell table:formula="of:=[.C2]*2" office:value-type="float" office:value="10">'
              "<text:p>10</text:p></table:table-cell>")
    plan = plan_budget_import(ods(tmp_path / "ok.ods", amount))
    assert not plan.problems
    assert list(plan.lines.amounts[0]) == [500, 1000]

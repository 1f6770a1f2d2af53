"""The one reading layer (app.io): cells that keep what a value alone cannot say, one header
finder, the user's mapping; the same for the bounded expat reader and the calamine path."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.io import (
    MappingError,
    Mark,
    apply_mapping,
    column_label,
    find_column,
    find_header_row,
    normalise_header,
    open_rows,
    read_table,
)


def workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ark1"
    for row in [["Tittel"], [], ["Ansvar", "Beløp", "Tekst"], [1200, 10, "a"], [1300, "=1/0", "b"],
                ["Sum", "=SUM(B4:B5)", None]]:
        sheet.append(row)
    sheet.row_dimensions[4].hidden = True
    sheet.merge_cells("C4:C5")
    book.save(path)
    # A saved error value, as Excel writes it (openpyxl writes formulas without values only).
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b'<c r="B5"><f>1/0</f><v></v></c>', b'<c r="B5" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_formulas_without_values_errors_hidden_rows_and_merges_are_kept_by_both_readers(tmp_path: Path) -> None:
    path = workbook(tmp_path / "b.xlsx")
    expected = {(5, 1): Mark("error", "#DIV/0!"), (6, 1): Mark("formula", "SUM(B4:B5)")}
    source = open_rows(path)  # python-calamine, marks from the XML
    rows = dict(source.rows)
    assert source.marks == expected and source.hidden_rows == {4}
    assert rows[6][:2] == ["Sum", ""]  # calamine shows the formula without value as an empty cell
    assert ((3, 2), (4, 2)) in source.merged
    table = read_table(path)  # the bounded expat reader
    assert table.marks == expected and table.hidden_rows == {4}
    assert table.cell(4, 1) == "#DIV/0!" and table.cell(5, 1) is None
    assert table.merged == [((3, 2), (4, 2))]


def test_a_csv_row_source_reads_text_and_knows_it_is_text(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Ansvar;Beløp\n1200;1 000,50\n", encoding="utf-8")
    source = open_rows(path)
    assert source.text_file and list(source.rows) == [(1, ["Ansvar", "Beløp"]), (2, ["1200", "1 000,50"])]


def test_one_header_finder_for_known_headers_and_for_a_scoring_function() -> None:
    rows = [["Enhetsliste 2026"], [], ["Id", "Navn", "Overordnet"], [1, "Rådmannen", None]]
    assert find_header_row(rows, {"id", "navn", "overordnet"}) == 2
    assert find_header_row(rows, score=lambda row: len(row) if len(row) > 2 else 0, minimum=2) == 2
    assert find_header_row(rows, {"finnes"}, fallback_first=False) is None
    assert find_header_row(rows, {"finnes"}) == 0  # the first row with content, where a header usually is


def test_headers_are_normalised_and_columns_found_by_text_or_letter() -> None:
    assert normalise_header("ÅRS_VERK") == normalise_header("aarsverk") == "arsverk"
    headers = ["Ansvar", "", "Beløp 2026"]
    assert find_column(headers, "beløp 2026") == 2 and find_column(headers, "B") == 1
    assert column_label(headers, 1) == "kolonne B"


def test_the_users_mapping_corrects_guesses_and_names_what_it_cannot_use() -> None:
    headers = ["Ansv", "Kto", "Sum kr", "Budsjett"]
    mapping = apply_mapping(headers, {3: "amount"}, {"Ansv": "ansvar", "Sum kr": "amount"},
                            ("ansvar", "art", "amount", "ignore"), {}, repeatable=frozenset({"amount"}))
    assert mapping == {0: "ansvar", 2: "amount"}  # the named amount column wins over the guessed one
    with pytest.raises(MappingError) as caught:
        apply_mapping(headers, {}, {"Nei": "ansvar", "Kto": "tull"}, ("ansvar", "art", "ignore"), {})
    assert len(caught.value.problems) == 2 and "«Nei»" in str(caught.value) and "«tull»" in str(caught.value)


ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Ark1">{rows}</table:table></office:spreadsheet>'
    "</office:body></office:document-content>")


def ods_cell(value: object) -> str:
    if isinstance(value, str) and value.startswith("error:"):
        return ('<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
                f'calcext:value-type="error"><text:p>{value[6:]}</text:p></table:table-cell>')
    if isinstance(value, str) and value.startswith("="):
        return f'<table:table-cell table:formula="of:{value}"/>'  # a formula LibreOffice never computed
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
            "</table:table-cell>")


def test_error_values_and_formulas_without_values_in_an_ods_are_marked(tmp_path: Path) -> None:
    rows = [["Ansvar", "Beløp"], [1200, 100], [1300, "error:#DIV/0!"], [1400, "=[.B2]*2"]]
    content = ODS_CONTENT.format(rows="".join(
        "<table:table-row>" + "".join(ods_cell(v) for v in row) + "</table:table-row>" for row in rows))
    path = tmp_path / "ark.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>"))
    source = open_rows(path)
    assert dict(source.rows)[3] == [1300.0, ""]  # calamine reads the error as an empty cell
    assert source.marks == {(3, 1): Mark("error", "#DIV/0!"), (4, 1): Mark("formula", "[.B2]*2")}

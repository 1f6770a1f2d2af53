"""Workbooks written by hand (zip + XML) whose formulas without a saved value and error values the
byte-level mark scanner missed while calamine read the cells as empty: each was stored as 0 kr
without a word (attack on issue 15's rule «a value nobody can know for certain is refused»).

A sheet named with a tab or line break (calamine keeps it, expat reads a space), two sheets of
one name, a relationship naming its part in other letter case, a «>» inside a cell's attribute
value, a value in a CDATA section or behind a comment, and a cell text «x:row>» at the edge of
the scanner's 1 MiB piece."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.io import reading
from app.io.reading import MarkScanner
from app.storage.database import Database
from tests.app.budget.test_real_file_rules import db, refused  # noqa: F401  (db: a fixture)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def row(number: int, *cells: str) -> str:
    return f'<row r="{number}">' + "".join(cells) + "</row>"


def data_rows(amount_cell: str, number: int = 3) -> str:
    """A header, a plain line of 500 kr and line ``number`` with ``amount_cell`` in column C."""
    return (row(1, text("A1", "Ansvar"), text("B1", "Art"), text("C1", "Beløp"))
            + row(2, text("A2", "1000"), text("B2", "10100"), '<c r="C2"><v>500</v></c>')
            + row(number, text(f"A{number}", "1001"), text(f"B{number}", "10100"), amount_cell))


def sheet_xml(rows: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
            f"<sheetData>{rows}</sheetData></worksheet>").encode()


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
          '<xf numFmtId="9" applyNumberFormat="1"/></cellXfs></styleSheet>')  # style 1: «0%»


def workbook(path: Path, sheets: dict[str, bytes], names: list[str] | None = None,
             targets: list[str] | None = None, styles: str | None = None) -> Path:
    """``sheets``: part name under xl/ -> its XML; ``names``: the sheets' names (written as given,
    so a literal tab stays a tab); ``targets``: the relationships' targets (default the parts)."""
    parts = list(sheets)
    names = names or [f"Ark{i + 1}" for i in range(len(parts))]
    targets = targets or parts
    listing = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{WORKSHEET}" Target="{t}"/>' for i, t in enumerate(targets))
    if styles is not None:
        rels += ('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'styles" Target="styles.xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        archive.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="http://schemas.'
            f'openxmlformats.org/officeDocument/2006/relationships"><sheets>{listing}</sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">{rels}</Relationships>')
        for part, xml in sheets.items():
            archive.writestr(f"xl/{part}", xml)
        if styles is not None:
            archive.writestr("xl/styles.xml", styles)
    return path


FORMULA = '<c r="C3"><f>C2*2</f></c>'
ERROR = '<c r="C3" t="e"><v>#DIV/0!</v></c>'


def test_a_sheet_named_with_a_tab_or_line_break_still_has_its_formulas_and_errors_refused(
        tmp_path: Path, db: Database) -> None:  # noqa: F811
    for n, name in enumerate(["Ark\t1", "Ark\n1", "Ark\r\n1"]):
        path = workbook(tmp_path / f"navn{n}.xlsx", {"worksheets/sheet1.xml": sheet_xml(data_rows(FORMULA))},
                        names=[name])
        messages = refused(db, path)
        assert any("Rad 3" in m and "«Beløp»" in m and "=C2*2" in m for m in messages), messages


def test_two_sheets_of_one_name_have_the_marks_of_the_sheet_read(tmp_path: Path, db: Database) -> None:  # noqa: F811
    clean = sheet_xml(data_rows('<c r="C3"><v>7</v></c>'))
    path = workbook(tmp_path / "to_ark.xlsx", {"worksheets/sheet1.xml": sheet_xml(data_rows(ERROR)),
                                              "worksheets/sheet2.xml": clean}, names=["Ark1", "Ark1"])
    messages = refused(db, path)
    assert any("Rad 3" in m and "#DIV/0!" in m and "«Beløp»" in m for m in messages), messages


def test_a_target_in_other_letter_case_is_the_part_it_names(tmp_path: Path, db: Database) -> None:  # noqa: F811
    path = workbook(tmp_path / "store.xlsx", {"worksheets/sheet1.xml": sheet_xml(data_rows(ERROR))},
                    targets=["Worksheets/Sheet1.xml"])
    messages = refused(db, path)
    assert any("Rad 3" in m and "#DIV/0!" in m for m in messages), messages


def test_a_quoted_gt_in_a_cells_attributes_hides_no_error_or_formula(tmp_path: Path, db: Database) -> None:  # noqa: F811
    for n, cell in enumerate(['<c r="C3" x="a>b" t="e"><v>#N/A</v></c>', '<c r="C3" x="a>b"><f>C2*2</f></c>']):
        path = workbook(tmp_path / f"gt{n}.xlsx", {"worksheets/sheet1.xml": sheet_xml(data_rows(cell))})
        messages = refused(db, path)
        assert any("Rad 3" in m and "«Beløp»" in m for m in messages), messages


def test_a_value_in_cdata_or_behind_a_comment_is_read_as_it_is(tmp_path: Path, db: Database) -> None:  # noqa: F811
    for n, cell in enumerate(['<c r="C3"><f>C2*2</f><v><![CDATA[]]></v></c>',
                              '<c r="C3"><f>C2*2</f><!--<v>5</v>--></c>',
                              '<c r="C3"><!--</c>--><f>C2*2</f></c>',
                              '<c r="C3"><f>C2*2</f><v><?pi x?></v></c>']):
        path = workbook(tmp_path / f"cdata{n}.xlsx", {"worksheets/sheet1.xml": sheet_xml(data_rows(cell))})
        messages = refused(db, path)
        assert any("Rad 3" in m and "«Beløp»" in m and "uten lagret verdi" in m for m in messages), (cell, messages)


def test_a_cell_text_ending_in_row_gt_is_not_the_end_of_a_row() -> None:
    """The scanner cuts its pieces after the last row; «a:row>» in a formula's text is no row end."""
    scanner = MarkScanner()
    scanner.feed(b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="C2"><f>"a:row>"&amp;A1')
    scanner.feed(b"</f></c></row></sheetData>")
    scanner.finish()
    assert scanner.marks == {(2, 2): reading.Mark("formula", '"a:row>"&A1')}


def test_a_formula_cut_by_the_piece_edge_after_a_row_text_is_refused(tmp_path: Path, db: Database) -> None:  # noqa: F811
    """End to end: the 1 MiB piece ends just after «x:row>» inside the formula of the last line."""
    head = sheet_xml(data_rows('<c r="C3"><v>1</v></c>')).split(b"</sheetData>")[0]
    filler = b"".join(row(n, text(f"A{n}", "1002"), text(f"B{n}", "10100"),
                          f'<c r="C{n}"><v>1</v></c>').encode() for n in range(4, 12_000))
    last = 12_000
    before = (f'<row r="{last}">' + text(f"A{last}", "1003") + text(f"B{last}", "10100")
              + f'<c r="C{last}"><f>C2&amp;"x:row>').encode()
    pad = reading._PIECE * 2 - len(head) - len(filler) - len(before)
    assert pad > 0
    # the padding: a long code text on the last line, so the piece ends just after «x:row>»
    before = before.replace(b"<t>1003</t>", b"<t>1003" + b" " * pad + b"</t>")
    xml = head + filler + before + b'"</f></c></row></sheetData></worksheet>'
    assert xml.index(b"x:row>") + len(b"x:row>") == reading._PIECE * 2
    path = workbook(tmp_path / "kant.xlsx", {"worksheets/sheet1.xml": xml})
    messages = refused(db, path)
    assert any(f"Rad {last}" in m and "uten lagret verdi" in m for m in messages), messages


def test_a_percent_style_written_with_a_leading_zero_or_space_is_still_a_percent(tmp_path: Path,
                                                                                 db: Database) -> None:  # noqa: F811
    for n, style in enumerate(["1", "01", " 1", "1 "]):
        cell = f'<c r="C3" s="{style}"><v>0.15</v></c>'
        path = workbook(tmp_path / f"prosent{n}.xlsx", {"worksheets/sheet1.xml": sheet_xml(data_rows(cell))},
                        styles=STYLES)
        messages = refused(db, path)
        assert any("Rad 3" in m and "15 %" in m and "prosent" in m for m in messages), (style, messages)


def test_an_error_value_calamine_does_not_know_is_named_where_it_stands(tmp_path: Path, db: Database) -> None:  # noqa: F811
    """Excel 365 writes «#SPILL!» and «#CALC!»; calamine refused the whole file as damaged («Lagre den
    på nytt fra Excel», which keeps the error). Now the cell is named like any other error value."""
    for n, error in enumerate(["#SPILL!", "#CALC!"]):
        cell = f'<c r="C3" t="e"><f>SEQUENCE(2)</f><v>{error}</v></c>'
        path = workbook(tmp_path / f"ny{n}.xlsx", {"worksheets/sheet1.xml": sheet_xml(data_rows(cell))})
        messages = refused(db, path)
        assert any("Rad 3" in m and f"«{error}»" in m and "«Beløp»" in m for m in messages), messages

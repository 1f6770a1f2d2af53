"""The checks that stand between an untrusted file and a parser, one by one (app/io/reading.py)."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.io.reading import (
    MAX_COLUMN,
    SpreadsheetError,
    _refuse_garbled,
    _utf16_without_bom,
    _xml_root,
    ods_extent,
    worksheet_extent,
)
from tests.hostile.corpus import DECL, LAUGHS, _ods_parts, write_zip_to


@pytest.mark.parametrize(("head", "root"), [
    (DECL + b'<worksheet xmlns="x">', "worksheet"),
    (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a -- b --><?pi x?><!-- c -->\r\n<x:worksheet>', "x:worksheet"),
    ('<?xml version="1.0" encoding="UTF-16"?><workbook/>'.encode("utf-16"), "workbook"),
    (b"\xd0\xcf\x11\xe0 VBA", None),  # not XML: a picture, a VBA project
    (b"", None),
])
def test_the_root_element_is_found_past_declarations_comments_and_byte_order_marks(head: bytes, root: str) -> None:
    assert _xml_root(head, "f.xlsx", "del.xml", complete=True) == root


@pytest.mark.parametrize("head", [
    DECL + LAUGHS + b"<worksheet/>",
    DECL + b"<!--" + b"x" * 20_000 + b"-->" + LAUGHS + b"<worksheet/>",  # past the old 4 kB look
    b"<worksheet/>" + LAUGHS,  # junk after the root: still no reader should see a DTD
    "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE a [<!ENTITY b 'c'>]><a/>".encode("utf-16-le"),
    DECL + b'<!doctype w SYSTEM "file:///etc/passwd"><w/>',
])
def test_a_dtd_anywhere_in_the_prolog_is_refused(head: bytes) -> None:
    with pytest.raises(SpreadsheetError, match="dokumenttypedefinisjon"):
        _xml_root(head, "f.xlsx", "del.xml", complete=False)


def test_an_endless_prolog_is_refused() -> None:
    head = DECL + b"<!--" + b"x" * 70_000
    with pytest.raises(SpreadsheetError, match="kB før selve innholdet"):
        _xml_root(head[:65536], "f.xlsx", "del.xml", complete=False)
    assert _xml_root(head[:1000], "f.xlsx", "del.xml", complete=True) is None  # a short broken part: not XML


def sheet_archive(rows: bytes, prefix: str = "") -> tuple[zipfile.ZipFile, zipfile.ZipInfo]:
    p = prefix
    xml = (DECL + f'<{p}worksheet xmlns:r="http://r"><{p}sheetData>'.encode() + rows
           + f"</{p}sheetData></{p}worksheet>".encode())
    buffer = io.BytesIO()
    write_zip_to(buffer, {"xl/worksheets/sheet1.xml": xml})
    archive = zipfile.ZipFile(buffer)
    return archive, archive.getinfo("xl/worksheets/sheet1.xml")


def extent(rows: bytes, prefix: str = "", max_rows: int = 500_000) -> tuple[int, int, bool]:
    found = worksheet_extent(*sheet_archive(rows, prefix), max_rows=max_rows, max_cells=16_000_000, prefix=prefix)
    return found.rows, found.columns, found.exact


def test_a_narrow_sheet_is_settled_by_the_quick_search() -> None:
    row = b'<row r="%d"><c r="A%d"><v>1</v></c><c r="P%d"><v>2</v></c></row>'
    rows = b"".join(row % (i, i, i) for i in range(1, 50))
    assert extent(rows) == (999_999, 16, False)  # at most 16 columns of a million rows: within the bound


def test_far_cells_are_read_exactly() -> None:
    assert extent(b'<row r="1"><c r="A1"><v>1</v></c><c r="XFD2"><v>1</v></c></row>') == (2, MAX_COLUMN, True)
    assert extent(b'<row r="1"><c r="AB7"><v>1</v></c></row>') == (7, 28, True)
    assert extent(b'<row r="1"><c r="ZZZZZZZZ2"><v>1</v></c></row>')[1] == MAX_COLUMN + 1
    assert extent(b'<row r="1"><c r="A1048576"><v>1</v></c></row>')[0] == 1_048_576
    assert extent(b'<x:row r="1"><x:c r="Q9"><x:v>1</x:v></x:c></x:row>', prefix="x:") == (9, 17, True)


def test_rows_are_counted_when_they_carry_no_numbers_and_cells_without_references_are_unbounded() -> None:
    assert extent(b"<row><c><v>1</v></c></row>" * 60, max_rows=50)[0] > 50
    assert extent(b'<row r="1"><c t="n"><v>1</v></c></row>')[1] == MAX_COLUMN + 1
    assert extent(b'<row r="1"><c r="A1"/><c/></row>')[1] == MAX_COLUMN + 1


def test_repeated_opendocument_cells_are_counted_as_calamine_would_expand_them() -> None:
    def table(rows: str) -> zipfile.ZipFile:
        buffer = io.BytesIO()
        write_zip_to(buffer, _ods_parts(rows))
        return zipfile.ZipFile(buffer)

    valued = '<table:table-cell office:value-type="float" office:value="1"/>'
    bomb = ('<table:table-row table:number-rows-repeated="10000"><table:table-cell '
            'table:number-columns-repeated="9000" office:value-type="float" office:value="1"/></table:table-row>')
    assert ods_extent(table(bomb), "x.ods").cells == 90_000_000
    # LibreOffice's trailing empty rows and columns cost nothing.
    trailing = (f"<table:table-row>{valued}{valued}<table:table-cell table:number-columns-repeated=\"16382\"/>"
                '</table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell '
                'table:number-columns-repeated="16384"/></table:table-row>')
    assert ods_extent(table(trailing), "x.ods").cells == 2


@pytest.mark.parametrize("text", [
    "Id;Navn\n1;Sørbø «Åsen» skole – «Ørsta»\n2;Ærfugl barnehage\n3;Bjørnæs\n",
    "Kode;Navn\n1;Größe Füße\n",  # a few pairs are not enough
    "Navn\nÞórður\n",
])
def test_norwegian_text_read_as_windows_1252_is_not_taken_for_garbage(text: str) -> None:
    _refuse_garbled("f.csv", text)


@pytest.mark.parametrize(("data", "encoding"), [
    ("Id;Navn\n1;行政部门\n2;维兰学校\n".encode("gbk"), "cp1252"),
    ("Id;Navn\n1;행정부\n2;볼란학교\n".encode("euc_kr"), "cp1252"),
    ("Id;Navn\n1;Sørbø skole\n2;Ærfugl barnehage\n3;Åsen\n".encode(), "cp1252"),  # UTF-8 read as 1252
])
def test_other_encodings_read_as_windows_1252_are_refused_with_the_row(data: bytes, encoding: str) -> None:
    with pytest.raises(SpreadsheetError, match=r"rad 2.*CSV UTF-8"):
        _refuse_garbled("f.csv", data.decode(encoding))


def test_utf16_without_a_byte_order_mark_is_recognised() -> None:
    assert _utf16_without_bom("Id;Navn\r\n1;Sørbø\r\n".encode("utf-16-le")) == "utf-16-le"
    assert _utf16_without_bom("Id;Navn\r\n1;Sørbø\r\n".encode("utf-16-be")) == "utf-16-be"
    assert _utf16_without_bom(b"Id;Navn\r\n") is None
    assert _utf16_without_bom(b"\x00\x01\x02\x00" * 100) is None  # binary, not text


def test_a_huge_number_of_ftes_is_refused_as_too_large_not_a_crash(tmp_path: object) -> None:
    """Found by the fuzzing: Decimal.quantize raised InvalidOperation for 1e30 årsverk."""
    from pathlib import Path

    from app.org.importer import MAX_FTE, OrgImportError, parse_fte, plan_import

    assert parse_fte(1e30) > MAX_FTE and parse_fte("1e40") > MAX_FTE
    path = Path(str(tmp_path)) / "enheter.csv"
    path.write_text("Id;Overordnet;Navn;Årsverk\n1;;Rådmannen;1e30\n", encoding="utf-8")
    with pytest.raises(OrgImportError, match="urimelig stort"):
        plan_import(path)


@pytest.mark.parametrize("prefix", ["", "x:", "p" * 40 + ":"])
@pytest.mark.parametrize("cut", [1, 6, 14, 46])
@pytest.mark.parametrize(("tag", "number", "columns"), [
    ('<{p}row r="5"><{p}c r="XFD5"><{p}v>1</{p}v></{p}c></{p}row>', 5, MAX_COLUMN),
    ('<{p}row r="1048576"/>', 1_048_576, MAX_COLUMN + 1),  # past max_rows: refused, its width not needed
    ('<{p}row r="5"><{p}c><{p}v>1</{p}v></{p}c></{p}row>', None, MAX_COLUMN + 1),  # no reference: no bound
])
def test_an_unusual_tag_cut_in_two_between_the_pieces_read_is_still_seen(
        prefix: str, cut: int, tag: str, number: int | None, columns: int) -> None:
    """The sheet is read in pieces of 8 MiB; the quick search looks for unusual tags only, so
    one cut in two by the boundary (after ``cut`` bytes of it) must be seen all the same."""
    p = prefix
    head = len(DECL + f'<{p}worksheet xmlns:r="http://r"><{p}sheetData>'.encode())
    filler = f'<{p}row r="1"><{p}c r="A1"><{p}v>1</{p}v></{p}c></{p}row>'.encode()
    pad = f'<{p}row r="2"><{p}c r="B2" t="inlineStr"><{p}is><{p}t>'.encode()
    end = f'</{p}t></{p}is></{p}c></{p}row>'.encode()
    room = (8 << 20) - cut - head - len(pad) - len(end)
    rows = filler * (room // len(filler)) + pad + b"x" * (room % len(filler)) + end
    assert head + len(rows) == (8 << 20) - cut
    rows += tag.format(p=p).encode() + filler
    rows_found, columns_found, exact = extent(rows, prefix)
    # A cell cut right after «<c » is taken for one without a reference (as before): too wide all the same.
    assert columns_found == columns or (columns, columns_found) == (MAX_COLUMN, MAX_COLUMN + 1)
    if number is not None:  # a reference past P or too long: every reference was read
        assert exact
        assert rows_found == max(number, rows.count(f"<{p}row".encode()))  # rows are counted as well

"""Issue 15, «never store a guess», for binary workbooks: calamine reads an .xlsb's error cell
(``#DIV/0!``, ``#N/A`` saved as a formula's result) as an empty cell, which was imported as 0.
The reading layer now finds them in the sheet's records and the budget importer refuses them,
naming file, sheet, row and column, as in an .xlsx. No program here writes .xlsb (LibreOffice
only reads it), so the files are built record by record (MS-XLSB 2.3) below."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from app.budget.importer import plan_budget_import
from app.io.reading import Mark, open_rows
from app.storage.database import Database
from tests.app.budget.test_real_file_rules import db, refused  # noqa: F401  (the fixture)

PACKAGE = "http://schemas.openxmlformats.org/package/2006"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ERROR_CODES = {"#DIV/0!": 0x07, "#N/A": 0x2A, "#REF!": 0x17, "#VALUE!": 0x0F}


def record(kind: int, payload: bytes = b"") -> bytes:
    """One record: its type and size as 7-bit groups (MS-XLSB 2.1.4), then its data."""
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, (kind >> 7) & 0x7F])
    size, n = b"", len(payload)
    while True:
        n, low = n >> 7, n & 0x7F
        size += bytes([low | 0x80 if n else low])
        if not n:
            return head + size + payload


def wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def cell(column: int) -> bytes:
    return struct.pack("<II", column, 0)  # the column, then style 0 and no flags


def make(path: Path, rows: list[list[object]], sheet: str = "Budsjett") -> Path:
    """An .xlsb of one sheet: text cells (BrtCellSt), numbers (BrtCellReal), error cells
    (BrtCellError; «#N/A:f» is a formula whose saved result is the error, BrtFmlaError)."""
    book = (record(0x83) + record(0x8F) + record(0x9C, struct.pack("<II", 0, 1) + wide("rId1") + wide(sheet))
            + record(0x90) + record(0x84))
    width = max(len(r) for r in rows)
    data = record(0x81) + record(0x94, struct.pack("<IIII", 0, len(rows) - 1, 0, width - 1)) + record(0x91)
    for r, row in enumerate(rows):
        data += record(0x00, struct.pack("<I", r) + bytes(13))
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("#"):
                code = ERROR_CODES[value.split(":")[0]]
                if value.endswith(":f"):
                    formula = b"\x1e\x01\x00\x1e\x00\x00\x06"  # 1/0: ptgInt 1, ptgInt 0, ptgDiv
                    data += record(0x0B, cell(c) + bytes([code]) + bytes(2) + struct.pack("<I", len(formula))
                                   + formula + struct.pack("<I", 0))
                else:
                    data += record(0x03, cell(c) + bytes([code]))
            elif isinstance(value, str):
                data += record(0x06, cell(c) + wide(value))
            elif value is not None:
                data += record(0x05, cell(c) + struct.pack("<d", float(value)))  # type: ignore[arg-type]
    data += record(0x92) + record(0x82)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{PACKAGE}/content-types">'
            '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
            "</Types>"))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}/relationships">'
            f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.bin"/>'
            "</Relationships>"))
        archive.writestr("xl/workbook.bin", book)
        archive.writestr("xl/_rels/workbook.bin.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}/relationships">'
            f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.bin"/>'
            "</Relationships>"))
        archive.writestr("xl/worksheets/sheet1.bin", data)
    return path


def test_error_cells_in_an_xlsb_are_refused_not_read_as_zero(tmp_path: Path, db: Database) -> None:  # noqa: F811
    path = tmp_path / "feil.xlsb"
    make(path, [["Ansvar", "Art", "Beløp"], ["1200", "10100", 100], ["1300", "10100", "#DIV/0!"],
                ["1400", "10100", "#N/A:f"], ["1500", "10100", 7.5]])
    messages = refused(db, path)
    assert messages == [
        f"Rad {row} i arket «Budsjett» i «feil.xlsb» har feilverdien «{error}» i kolonnen «Beløp». "
        "Verdien kan ikke leses; rett formelen i Excel (eller skriv inn verdien) og importer på nytt."
        for row, error in ((3, "#DIV/0!"), (4, "#N/A"))]


def test_the_xlsb_reader_marks_error_cells_and_a_clean_xlsb_imports_exactly(tmp_path: Path) -> None:
    path = tmp_path / "merker.xlsb"
    make(path, [["Ansvar", "Art", "Beløp", "Merknad"], ["1200", "10100", 100, "#REF!"], ["1300", "10100", 2.5, None]])
    source = open_rows(path)
    assert source.marks == {(2, 3): Mark("error", "#REF!")}  # outside the amount column: not refused
    plan = plan_budget_import(path)
    assert not plan.problems
    assert list(plan.lines.amounts[0]) == [10_000, 250]
    clean = tmp_path / "vanlig.xlsb"
    make(clean, [["Ansvar", "Art", "Beløp"], ["1200", "10100", 100]])
    assert open_rows(clean).marks == {}

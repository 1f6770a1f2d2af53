"""XML allows an attribute as name="v", name='v' and name = "v": the byte-level mark scanner
must find the same error cells, formulas without values, percent and date cells and hidden rows
whichever way a writer spelt them (issue 15 attack, item 2: «t='e'» was stored as 0 kr)."""

from __future__ import annotations

import random
import re
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io import open_rows

_ATTRIBUTE = re.compile(rb'(\s)([\w:]+)="([^"]*)"')


def canonical(folder: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ark1"
    sheet.append(["Ansvar", "Art", "Beløp"])
    sheet.append(["1200", "10100", 1000])
    sheet.append(["1200", "10100", "=1000+2000"])  # a formula without a saved value
    sheet.append(["1200", "10100", 999])  # an error value, below
    sheet.append(["1200", "10100", 0.5])
    sheet.append(["1200", "10100", 45000])
    sheet.append(["1300", "10100", 7])
    sheet["C5"].number_format = "0%"
    sheet["C6"].number_format = "yyyy-mm-dd"
    sheet.row_dimensions[7].hidden = True
    path = folder / "kanonisk.xlsx"
    book.save(path)
    return rewrite(path, path, lambda sheet_xml: sheet_xml.replace(b'<c r="C4" t="n"', b'<c r="C4" t="e"').replace(
        b"<v>999</v>", b"<v>#REF!</v>"))


def rewrite(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def marks_of(path: Path) -> tuple[dict[tuple[int, int], str], set[int]]:
    """(cell -> mark kind, hidden rows). A variant may be read by the other reader (refs written
    r='C4' send a sheet to the bounded expat reader), so the values' Python types may differ."""
    source = open_rows(path)
    list(source.rows)
    return {key: mark.kind for key, mark in source.marks.items()}, set(source.hidden_rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32))
def test_every_attribute_spelling_gives_the_same_marks(seed: int) -> None:
    chance = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        base = canonical(Path(folder))
        expected = marks_of(base)
        assert expected[0] == {(3, 2): "formula", (4, 2): "error", (5, 2): "percent", (6, 2): "date"}
        assert expected[1] == {7}

        keep_refs = chance.random() < 0.7  # r="C4" as Excel writes it: the sheet goes to calamine and the scanner

        def spell(match: re.Match[bytes]) -> bytes:
            if keep_refs and match.group(2) == b"r":
                return match.group(0)
            quote = chance.choice([b'"', b"'"])
            before, after = chance.choice([b"", b" ", b"\t", b"  "]), chance.choice([b"", b" ", b"\n", b"  "])
            return match.group(1) + match.group(2) + before + b"=" + after + quote + match.group(3) + quote

        variant = rewrite(base, Path(folder) / "variant.xlsx", lambda xml: _ATTRIBUTE.sub(spell, xml))
        assert marks_of(variant) == expected


def test_single_quotes_and_spaces_around_the_equals_sign_are_the_same_error(tmp_path: Path) -> None:
    base = canonical(tmp_path)
    for spelling in (b"t='e'", b't = "e"'):
        path = rewrite(base, tmp_path / "v.xlsx", lambda xml, s=spelling: xml.replace(b't="e"', s))
        marks = open_rows(path).marks
        assert marks[(4, 2)].kind == "error" and marks[(4, 2)].text == "#REF!"

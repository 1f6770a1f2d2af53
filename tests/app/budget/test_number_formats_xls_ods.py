"""Issue 15, «never store a guess», for the other spreadsheet formats: a number shown as a
percentage or a date in an amount column is refused in a legacy .xls (xlrd's formatting
records) and an OpenDocument .ods (the cell's ``office:value-type``) as it is in an .xlsx,
naming file, sheet, row and column; elsewhere in the sheet it does not matter."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.budget.importer import plan_budget_import
from app.io.reading import Mark, open_rows
from app.storage.database import Database
from tests.app.budget.test_real_file_rules import db, refused  # noqa: F401  (the fixture)
from tests.app.io.test_reading import ODS_CONTENT

FILES = Path(__file__).parent / "files"


def test_percent_and_date_cells_in_an_xls_amount_column_are_refused(db: Database) -> None:  # noqa: F811
    """files/prosent.xls: saved by LibreOffice from an xlsx whose «Beløp» has 0.15 as «0%», 0.125
    as «0.0%», 45658 as «dd.mm.yyyy», and «#,##0 "kr"», «0 "%"» and no format on the others;
    «Andel» (not imported) has a percent cell too."""
    path = FILES / "prosent.xls"
    messages = refused(db, path)
    assert len(messages) == 3
    assert messages[0].startswith("Rad 2 i arket «Budsjett» i «prosent.xls» har «15 %» i beløpskolonnen «Beløp»: "
                                  "cellen er formatert som prosent (lagret verdi 0.15)")
    assert messages[1].startswith("Rad 3 i arket «Budsjett» i «prosent.xls» har «12,5 %» i beløpskolonnen «Beløp»")
    assert messages[2].startswith("Rad 5 i arket «Budsjett» i «prosent.xls» har datoen «2025-01-01» i "
                                  "beløpskolonnen «Beløp»: cellen er formatert som dato (lagret tall 45658)")
    plan = plan_budget_import(path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Beløp"), (3, "Beløp"), (5, "Beløp")]


def test_the_xls_reader_marks_percent_and_date_cells_only() -> None:
    source = open_rows(FILES / "prosent.xls")
    assert source.marks == {(2, 3): Mark("percent", "0.15"), (2, 4): Mark("percent", "0.5"),
                            (3, 3): Mark("percent", "0.125"), (5, 3): Mark("date", "45658")}
    assert dict(source.rows)[4][3] == 1234  # «#,##0 "kr"» is an amount as it stands


def cell(value: object, kind: str = "float", repeated: int = 1) -> str:
    attribute = {"float": "office:value", "percentage": "office:value", "currency": "office:value",
                 "date": "office:date-value", "time": "office:time-value"}[kind]
    repeat = f' table:number-columns-repeated="{repeated}"' if repeated > 1 else ""
    return (f'<table:table-cell office:value-type="{kind}" {attribute}="{value}"{repeat}>'
            f"<text:p>{value}</text:p></table:table-cell>")


def text(value: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def write_ods(path: Path, rows: list[str]) -> Path:
    """An OpenDocument spreadsheet written by hand (the XML LibreOffice writes), one table «Ark1»."""
    content = ODS_CONTENT.format(rows="".join(rows))
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
    return path


def row(*cells: str, repeated: int = 1) -> str:
    repeat = f' table:number-rows-repeated="{repeated}"' if repeated > 1 else ""
    return f"<table:table-row{repeat}>{''.join(cells)}</table:table-row>"


def test_percent_date_and_time_cells_in_an_ods_amount_column_are_refused(
        tmp_path: Path, db: Database) -> None:  # noqa: F811
    path = write_ods(tmp_path / "prosent.ods", [
        row(text("Ansvar"), text("Art"), text("Beløp"), text("Andel")),
        row(text("1200"), text("10100"), cell(0.15, "percentage"), cell(0.5, "percentage")),
        row(text("1300"), text("10100"), cell(1234, "currency"), cell(1)),
        row(text("1400"), text("10100"), cell("2025-01-01", "date"), cell(1)),
        row(text("1500"), text("10100"), cell("PT12H00M00S", "time"), cell(1)),
        row(text("1600"), text("10100"), cell(99.5), cell(0.25, "percentage")),
        # Two identical rows written once, with the amount repeated into «Andel»: both rows refused.
        row(text("1700"), text("10100"), cell(0.1, "percentage", repeated=2), repeated=2),
    ])
    messages = refused(db, path)
    assert [m.split(": ")[0] for m in messages] == [
        "Rad 2 i arket «Ark1» i «prosent.ods» har «15 %» i beløpskolonnen «Beløp»",
        "Rad 4 i arket «Ark1» i «prosent.ods» har datoen «2025-01-01» i beløpskolonnen «Beløp»",
        "Rad 5 i arket «Ark1» i «prosent.ods» har datoen «12:00:00» i beløpskolonnen «Beløp»",
        "Rad 7 i arket «Ark1» i «prosent.ods» har «10 %» i beløpskolonnen «Beløp»",
        "Rad 8 i arket «Ark1» i «prosent.ods» har «10 %» i beløpskolonnen «Beløp»",
    ]
    assert "et beløp i kroner kan ikke være en prosent" in messages[0]
    source = open_rows(path)
    assert source.marks[(7, 3)] == source.marks[(8, 3)] == Mark("percent", "0.1")  # «Andel» marked, not refused
    assert source.marks[(4, 2)] == Mark("date", "2025-01-01")


def test_an_ods_without_percent_or_date_cells_imports_unchanged(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "vanlig.ods", [
        row(text("Ansvar"), text("Art"), text("Dato"), text("Beløp")),
        row(text("1200"), text("10100"), cell("2025-01-01", "date"), cell(1234, "currency")),
        row(text("1300"), text("10100"), cell("2025-02-01", "date"), cell(99.5)),
    ])
    plan = plan_budget_import(path)
    assert not plan.problems
    assert list(plan.lines.amounts[0]) == [123_400, 9_950]
